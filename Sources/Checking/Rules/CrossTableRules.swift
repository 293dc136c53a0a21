import Disclosure

/// The same money printed in two tables must be the same figure (or, for a part, no larger):
/// 01 against 02/03, 02 against 04, 04 against 05/07/08, 05 against 06, and balances.
enum CrossTableRules {
    static var all: [RuleDraft] {
        totals + incomeSources + [classLines01vs03] + fiscal + [classLines(.generalBudgetExpenditure, .generalBudget)]
            + [basic05vs06] + fund + [classLines(.governmentFund, .governmentFund)]
            + [stateCapitalTotal, classLines(.stateCapital, .stateCapital)]
            + Within03.allCases.map(rowsWithin03) + [fiscalClassesWithin01]
            + [balanceWithin01(opening: true), balanceWithin01(opening: false)]
    }

    /// A printed figure (possibly the sum of several cells) and where it is.
    struct Figure {
        var cells: [Cell]
        var location: FindingLocation
    }

    static let equalMessage = LocalizedText(zh: "{where}：应与{other}一致（{expected}），列示 {actual}，相差 {difference}",
                                            en: "{where}: should equal {other} ({expected}), printed {actual}, difference {difference}")

    /// Two figures from two tables that must agree.
    private static func agree(_ title: LocalizedText, _ kinds: [TableKind], severity: Severity = .error,
                              actual: @escaping @Sendable (Tables) -> Figure?, expected: @escaping @Sendable (Tables) -> Figure?) -> RuleDraft {
        RuleDraft(family: .crossTable, severity: severity, title: title, message: equalMessage) { disclosure, rule in
            if let missing = kinds.first(where: { disclosure.tables.heading(of: $0) == nil }) { return [.missing(missing)] }
            guard let left = actual(disclosure.tables), let right = expected(disclosure.tables) else {
                return [.missing(LocalizedText(zh: "所比较的行", en: "a compared line"))]
            }
            return rule.balance(left.cells, against: right.cells, at: left.location, related: [right.location],
                                values: ["other": right.location.description]).map { [$0] } ?? []
        }
    }

    private static func line(_ line: SummaryLine?, _ kind: TableKind) -> Figure? {
        line.map { Figure(cells: [$0.amount], location: $0.location(in: kind)) }
    }

    private static func totalRow<Row: FunctionalRow>(_ table: FunctionalTable<Row>?, _ kind: TableKind, _ column: String,
                                                    _ cell: (Row) -> Cell?) -> Figure? {
        guard let row = table?.total, let value = cell(row) else { return nil }
        return Figure(cells: [value], location: FindingLocation(table: kind, rowLabel: "合计", column: column, source: row.location))
    }

    private static func fiscalTotal(_ table: FiscalSummary?, _ line: KeyPath<FiscalSummary, FiscalLine?>, _ column: FiscalColumn) -> Figure? {
        guard let fiscal = table?[keyPath: line] else { return nil }
        return Figure(cells: [fiscal.amounts[keyPath: column.keyPath]], location: fiscal.location(column: column))
    }

    private static var totals: [RuleDraft] {
        [
            agree(LocalizedText(zh: "公开01 本年收入合计 = 公开02 合计", en: "table 01 total income = table 02 total"), [.incomeExpenditureSummary, .income],
                  actual: { line($0.incomeExpenditureSummary?.incomeTotal, .incomeExpenditureSummary) },
                  expected: { totalRow($0.income, .income, "本年收入合计") { $0.total } }),
            agree(LocalizedText(zh: "公开01 本年支出合计 = 公开03 合计", en: "table 01 total expenditure = table 03 total"), [.incomeExpenditureSummary, .expenditure],
                  actual: { line($0.incomeExpenditureSummary?.expenditureTotal, .incomeExpenditureSummary) },
                  expected: { totalRow($0.expenditure, .expenditure, "本年支出合计") { $0.total } }),
            agree(LocalizedText(zh: "公开01 三项财政拨款收入之和 = 公开02 合计「财政拨款收入」", en: "table 01 fiscal income lines = table 02 fiscal column total"),
                  [.incomeExpenditureSummary, .income],
                  actual: { tables in
                      guard let summary = tables.incomeExpenditureSummary else { return nil }
                      let lines = FundSource.fiscal.compactMap { summary.income($0) }
                      guard let first = lines.first else { return nil }
                      return Figure(cells: lines.map(\.amount), location: first.location(in: .incomeExpenditureSummary))
                  },
                  expected: { totalRow($0.income, .income, "财政拨款收入") { $0.fiscal } }),
        ]
    }

    private static let nonFiscalSources: [(FundSource, String, @Sendable (IncomeRow) -> Cell)] = [
        (.superiorSubsidy, "上级补助收入", { $0.superiorSubsidy }), (.business, "事业收入", { $0.business }),
        (.operating, "经营收入", { $0.operating }), (.affiliatedRemittance, "附属单位上缴收入", { $0.affiliatedRemittance }),
        (.other, "其他收入", { $0.other }),
    ]

    private static var incomeSources: [RuleDraft] {
        nonFiscalSources.map { source, column, cell in
            agree(LocalizedText(zh: "公开01 \(column) = 公开02 合计「\(column)」", en: "table 01 \(source) = table 02 total \(column)"),
                  [.incomeExpenditureSummary, .income],
                  actual: { line($0.incomeExpenditureSummary?.income(source), .incomeExpenditureSummary) },
                  expected: { totalRow($0.income, .income, column, cell) })
        }
    }

    /// Per 类: a summary table's class line against the class row of a functional table; a
    /// class in one and not the other compares against zero.
    private static func perClass(_ rule: Rule, summary: [(code: FunctionalCode, cell: Cell, location: FindingLocation)],
                                 rows: [(code: FunctionalCode, cell: Cell, location: FindingLocation)], otherTable: TableKind) -> [RuleOutcome] {
        let codes = Set(summary.map(\.code)).union(rows.map(\.code)).sorted()
        return codes.compactMap { code in
            let left = summary.first { $0.code == code }
            let right = rows.first { $0.code == code }
            let missingRow = FindingLocation(table: otherTable, rowCode: code.digits, rowLabel: "（未列示）")
            guard let location = left?.location ?? right?.location else { return nil }
            let other = right?.location ?? missingRow
            return rule.balance([left?.cell ?? .blank], against: [right?.cell ?? .blank], at: location, related: [other],
                                values: ["other": other.description])
        }
    }

    private static func classRows<Row: FunctionalRow>(_ table: FunctionalTable<Row>, _ kind: TableKind, _ column: String,
                                                      _ cell: (Row) -> Cell) -> [(code: FunctionalCode, cell: Cell, location: FindingLocation)] {
        table.children(of: nil).compactMap { row in
            row.code.map { ($0, cell(row), FindingLocation(table: kind, rowCode: $0.digits, rowLabel: row.name, column: column, source: row.location)) }
        }
    }

    private static var classLines01vs03: RuleDraft {
        RuleDraft(family: .crossTable, severity: .error,
                  title: LocalizedText(zh: "公开01 各类支出 = 公开03 各类「本年支出合计」", en: "table 01 class lines = table 03 class rows"),
                  message: equalMessage) { disclosure, rule in
            guard let summary = disclosure.tables.incomeExpenditureSummary else { return [.missing(.incomeExpenditureSummary)] }
            guard let expenditure = disclosure.tables.expenditure else { return [.missing(.expenditure)] }
            let lines = summary.expenditure.compactMap { line in
                line.code.map { ($0, line.line.amount, line.line.location(in: .incomeExpenditureSummary)) }
            }
            return perClass(rule, summary: lines, rows: classRows(expenditure, .expenditure, "本年支出合计") { $0.total }, otherTable: .expenditure)
        }
    }

    /// 04's class lines in one source column against the class rows of 05, 07 or 08.
    private static func classLines(_ kind: TableKind, _ column: FiscalColumn) -> RuleDraft {
        RuleDraft(family: .crossTable, severity: .error,
                  title: LocalizedText(zh: "公开04「\(column.name.zh)」各类 = \(kind.rawValue) 各类合计",
                                       en: "table 04 \(column.name.en) class lines = table \(kind.rawValue.dropFirst(2)) class rows"),
                  message: equalMessage) { disclosure, rule in
            guard let fiscal = disclosure.tables.fiscalSummary else { return [.missing(.fiscalSummary)] }
            let rows: [(code: FunctionalCode, cell: Cell, location: FindingLocation)]
            switch kind {
            case .generalBudgetExpenditure:
                guard let table = disclosure.tables.generalBudgetExpenditure else { return [.missing(kind)] }
                rows = classRows(table, kind, "小计") { $0.total }
            case .governmentFund, .stateCapital:
                guard let table = kind == .governmentFund ? disclosure.tables.governmentFund : disclosure.tables.stateCapital else { return [.missing(kind)] }
                rows = classRows(table, kind, "本年支出合计") { $0.total }
            default:
                return []
            }
            let lines = fiscal.expenditure.compactMap { line in
                line.code.map { ($0, line.amounts[keyPath: column.keyPath], line.location(column: column)) }
            }
            return perClass(rule, summary: lines, rows: rows, otherTable: kind)
        }
    }

    private static var fiscal: [RuleDraft] {
        [
            agree(LocalizedText(zh: "公开02 合计「财政拨款收入」= 公开04 本年收入合计", en: "table 02 fiscal column total = table 04 total income"),
                  [.income, .fiscalSummary],
                  actual: { totalRow($0.income, .income, "财政拨款收入") { $0.fiscal } },
                  expected: { line($0.fiscalSummary?.incomeTotal, .fiscalSummary) }),
        ] + FundSource.fiscal.map { source in
            agree(LocalizedText(zh: "公开01「\(source.rawValue)」= 公开04 同名收入", en: "table 01 \(source) income = table 04 \(source) income"),
                  [.incomeExpenditureSummary, .fiscalSummary],
                  actual: { line($0.incomeExpenditureSummary?.income(source), .incomeExpenditureSummary) },
                  expected: { line($0.fiscalSummary?.income(source), .fiscalSummary) })
        } + [
            agree(LocalizedText(zh: "公开04「一般公共预算财政拨款」本年支出合计 = 公开05 合计", en: "table 04 general-budget expenditure = table 05 total"),
                  [.fiscalSummary, .generalBudgetExpenditure],
                  actual: { fiscalTotal($0.fiscalSummary, \.expenditureTotal, .generalBudget) },
                  expected: { totalRow($0.generalBudgetExpenditure, .generalBudgetExpenditure, "小计") { $0.total } }),
        ]
    }

    private static var basic05vs06: RuleDraft {
        agree(LocalizedText(zh: "公开05 合计「基本支出」= 公开06 人员经费合计 + 公用经费合计", en: "table 05 basic total = table 06 personnel + public-use"),
              [.generalBudgetExpenditure, .basicExpenditure],
              actual: { totalRow($0.generalBudgetExpenditure, .generalBudgetExpenditure, "基本支出") { $0.basic } },
              expected: { tables in
                  guard let basic = tables.basicExpenditure else { return nil }
                  if let total = basic.total { return Figure(cells: [total.amount], location: total.location(in: .basicExpenditure)) }
                  guard let personnel = basic.personnelTotal, let publicUse = basic.publicUseTotal else { return nil }
                  return Figure(cells: [personnel.amount, publicUse.amount], location: personnel.location(in: .basicExpenditure))
              })
    }

    private static var fund: [RuleDraft] {
        let columns: [(String, String, @Sendable (FiscalSummary) -> Figure?, @Sendable (FundFlowRow) -> Cell?)] = [
            ("本年支出合计", "expenditure", { fiscalTotal($0, \.expenditureTotal, .governmentFund) }, { $0.total }),
            ("本年收入", "income", { line($0.income(.governmentFund), .fiscalSummary) }, { $0.income }),
            ("年初结转和结余", "opening balance", { fiscal in
                line(fiscal.openingBalanceBySource.first { $0.source == .governmentFund }?.line, .fiscalSummary)
            }, { $0.opening }),
            ("年末结转和结余", "closing balance", { fiscalTotal($0, \.closingBalance, .governmentFund) }, { $0.closing }),
        ]
        return columns.map { zh, en, fiscal, cell in
            agree(LocalizedText(zh: "公开04 政府性基金「\(zh)」= 公开07 合计「\(zh)」", en: "table 04 government-fund \(en) = table 07 total \(en)"),
                  [.fiscalSummary, .governmentFund],
                  actual: { tables in tables.fiscalSummary.flatMap(fiscal) },
                  expected: { totalRow($0.governmentFund, .governmentFund, zh, cell) })
        }
    }

    private static var stateCapitalTotal: RuleDraft {
        agree(LocalizedText(zh: "公开04 国有资本经营「本年支出合计」= 公开08 合计", en: "table 04 state-capital expenditure = table 08 total"),
              [.fiscalSummary, .stateCapital],
              actual: { fiscalTotal($0.fiscalSummary, \.expenditureTotal, .stateCapital) },
              expected: { totalRow($0.stateCapital, .stateCapital, "本年支出合计") { $0.total } })
    }

    /// Columns of 03 that bound the same code's figures in 05, 07 and 08.
    enum Within03: CaseIterable {
        case generalTotal, generalBasic, generalProject, fundTotal, stateCapitalTotal

        var table: TableKind {
            switch self {
            case .generalTotal, .generalBasic, .generalProject: .generalBudgetExpenditure
            case .fundTotal: .governmentFund
            case .stateCapitalTotal: .stateCapital
            }
        }

        var columns: (part: String, whole: String) {
            switch self {
            case .generalBasic: ("基本支出", "基本支出")
            case .generalProject: ("项目支出", "项目支出")
            case .generalTotal: ("小计", "本年支出合计")
            case .fundTotal, .stateCapitalTotal: ("本年支出合计", "本年支出合计")
            }
        }

        func whole(_ row: ExpenditureRow) -> Cell {
            switch self {
            case .generalBasic: row.basic
            case .generalProject: row.project
            default: row.total
            }
        }

        /// (code, cell, name, source) of every row of the part table; where it stands is made
        /// into a `FindingLocation` only for a finding (`location(of:)`).
        func parts(_ tables: Tables) -> [Part]? {
            func rows<Row: FunctionalRow>(_ table: FunctionalTable<Row>?, _ cell: (Row) -> Cell) -> [Part]? {
                guard let table else { return nil }
                return ([table.total].compactMap { $0 } + table.rows).map { row in (row.code, cell(row), row.name, row.location) }
            }
            switch self {
            case .generalTotal: return rows(tables.generalBudgetExpenditure) { $0.total }
            case .generalBasic: return rows(tables.generalBudgetExpenditure) { $0.basic }
            case .generalProject: return rows(tables.generalBudgetExpenditure) { $0.project }
            case .fundTotal: return rows(tables.governmentFund) { $0.total }
            case .stateCapitalTotal: return rows(tables.stateCapital) { $0.total }
            }
        }

        typealias Part = (code: FunctionalCode?, cell: Cell, name: String, source: SourceLocation?)

        func location(of part: Part) -> FindingLocation {
            FindingLocation(table: table, rowCode: part.code?.digits, rowLabel: part.code == nil ? "合计" : part.name, column: columns.part, source: part.source)
        }
    }

    /// 05, 07 and 08 are parts of 03: no code may spend more there than in 03.
    private static func rowsWithin03(_ which: Within03) -> RuleDraft {
        let (part, whole) = which.columns
        return RuleDraft(family: .crossTable, severity: .error,
                         title: LocalizedText(zh: "\(which.table.rawValue) 每行「\(part)」≤ 公开03 同一科目「\(whole)」",
                                              en: "table \(which.table.rawValue.dropFirst(2)) \(part) ≤ table 03 \(whole), code by code"),
                         message: LocalizedText(zh: "{where}：{actual} 大于公开03 同一科目的「\(whole)」{expected}，超出 {difference}",
                                                en: "{where}: {actual} exceeds table 03's \(whole) for the same code, {expected}, by {difference}")) { disclosure, rule in
            guard let parts = which.parts(disclosure.tables) else { return [.missing(which.table)] }
            guard let expenditure = disclosure.tables.expenditure else { return [.missing(.expenditure)] }
            // 03's rows by code once, instead of a search through them for every row of the part.
            let byCode = Dictionary(expenditure.rows.compactMap { row in row.code.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
            return parts.compactMap { part in
                let row = part.code.map { byCode[$0] } ?? expenditure.total
                // Both locations are made only when a row exceeds (the arguments are autoclosures).
                return rule.atMost([part.cell], [row.map(which.whole) ?? .blank], at: which.location(of: part),
                                   related: [FindingLocation(table: .expenditure, rowCode: part.code?.digits, rowLabel: row?.name ?? "（未列示）",
                                                             column: whole, source: row?.location)])
            }
        }
    }

    private static var fiscalClassesWithin01: RuleDraft {
        RuleDraft(family: .crossTable, severity: .error,
                  title: LocalizedText(zh: "公开04 各类财政拨款支出 ≤ 公开01 同类支出", en: "table 04 class lines ≤ table 01 class lines"),
                  message: LocalizedText(zh: "{where}：财政拨款支出 {actual} 大于公开01 同类全部支出 {expected}，超出 {difference}",
                                         en: "{where}: fiscal expenditure {actual} exceeds all expenditure of the class in table 01, {expected}, by {difference}")) { disclosure, rule in
            guard let fiscal = disclosure.tables.fiscalSummary else { return [.missing(.fiscalSummary)] }
            guard let summary = disclosure.tables.incomeExpenditureSummary else { return [.missing(.incomeExpenditureSummary)] }
            return fiscal.expenditure.compactMap { line in
                guard let code = line.code else { return nil }
                let whole = summary.expenditure(code)
                return rule.atMost([line.amounts.total], [whole?.amount ?? .blank], at: line.location(column: .total),
                                   related: whole.map { [$0.location(in: .incomeExpenditureSummary)] } ?? [])
            }
        }
    }

    /// 财政拨款 balances are part of all balances. A warning: a negative non-fiscal balance,
    /// though rare, is possible.
    private static func balanceWithin01(opening: Bool) -> RuleDraft {
        let name = opening ? LocalizedText(zh: "年初", en: "opening") : LocalizedText(zh: "年末", en: "closing")
        return RuleDraft(family: .crossTable, severity: .warning,
                         title: LocalizedText(zh: "公开04 \(name.zh)财政拨款结转和结余 ≤ 公开01 \(name.zh)结转和结余",
                                              en: "table 04 \(name.en) fiscal balance ≤ table 01 \(name.en) balance"),
                         message: LocalizedText(zh: "{where}：财政拨款结转和结余 {actual} 大于公开01 全部结转和结余 {expected}，超出 {difference}",
                                                en: "{where}: fiscal balance {actual} exceeds the whole balance in table 01, {expected}, by {difference}")) { disclosure, rule in
            guard let fiscal = disclosure.tables.fiscalSummary else { return [.missing(.fiscalSummary)] }
            guard let summary = disclosure.tables.incomeExpenditureSummary else { return [.missing(.incomeExpenditureSummary)] }
            let part = opening ? fiscal.openingBalance.map { ($0.amount, $0.location(in: .fiscalSummary)) }
                : fiscal.closingBalance.map { ($0.amounts.total, $0.location(column: .total)) }
            let whole = opening ? summary.openingBalance : summary.closingBalance
            guard let part else { return [] }
            return rule.atMost([part.0], [whole?.amount ?? .blank], at: part.1,
                               related: whole.map { [$0.location(in: .incomeExpenditureSummary)] } ?? []).map { [$0] } ?? []
        }
    }
}
