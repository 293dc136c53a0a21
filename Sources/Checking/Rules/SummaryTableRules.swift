import Disclosure

/// The identities of the two summary tables: 01 (all money) and 04 (财政拨款 only, its
/// expenditure side split by source). Each side adds up, and the two 总计 agree.
enum SummaryTableRules {
    static var all: [RuleDraft] {
        summary + fiscalIncome + FiscalColumn.allCases.map(fiscalExpenditureTotal) + FiscalColumn.allCases.map(fiscalGrandTotal)
            + [fiscalLineSplit, fiscalGrandTotalsAgree] + FundSource.fiscal.map(fiscalSourceBalance)
    }

    static let message = LocalizedText(zh: "{where}：应为 {expected}，列示 {actual}，相差 {difference}",
                                       en: "{where}: should be {expected}, printed {actual}, difference {difference}")

    /// A rule on 01 comparing one printed line with the sum of others.
    private static func onSummary(_ title: LocalizedText,
                                  _ sides: @escaping @Sendable (IncomeExpenditureSummary) -> (actual: SummaryLine?, expected: [Cell])?) -> RuleDraft {
        RuleDraft(family: .summaryIdentities, severity: .error, title: LocalizedText(zh: "公开01：", en: "Table 01: ") + title, message: message) { disclosure, rule in
            guard let table = disclosure.tables.incomeExpenditureSummary else { return [.missing(.incomeExpenditureSummary)] }
            guard let sides = sides(table), let line = sides.actual else { return [.missing(LocalizedText(zh: "合计或总计行", en: "a total line"))] }
            return rule.balance([line.amount], against: sides.expected, at: line.location(in: .incomeExpenditureSummary)).map { [$0] } ?? []
        }
    }

    private static var summary: [RuleDraft] {
        [
            onSummary(LocalizedText(zh: "本年收入合计 = 各项收入之和", en: "total income = sum of the sources")) { table in
                (table.incomeTotal, table.income.map(\.line.amount))
            },
            onSummary(LocalizedText(zh: "本年支出合计 = 各类支出之和", en: "total expenditure = sum of the class lines")) { table in
                (table.expenditureTotal, table.expenditure.map(\.line.amount))
            },
            onSummary(LocalizedText(zh: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
                                    en: "income grand total = total income + use of non-fiscal balance + opening balance")) { table in
                guard let total = table.incomeTotal else { return nil }
                return (table.incomeGrandTotal, [total.amount] + [table.useOfNonFiscalBalance, table.openingBalance].compactMap { $0?.amount })
            },
            onSummary(LocalizedText(zh: "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
                                    en: "expenditure grand total = total expenditure + balance distribution + closing balance")) { table in
                guard let total = table.expenditureTotal else { return nil }
                return (table.expenditureGrandTotal, [total.amount] + [table.balanceDistribution, table.closingBalance].compactMap { $0?.amount })
            },
            onSummary(LocalizedText(zh: "收入总计 = 支出总计", en: "income grand total = expenditure grand total")) { table in
                guard let income = table.incomeGrandTotal else { return nil }
                return (table.expenditureGrandTotal, [income.amount])
            },
        ]
    }

    /// A rule on 04.
    static func onFiscal(_ title: LocalizedText, severity: Severity = .error,
                         _ body: @escaping @Sendable (FiscalSummary, Rule) -> [RuleOutcome]) -> RuleDraft {
        RuleDraft(family: .summaryIdentities, severity: severity, title: LocalizedText(zh: "公开04：", en: "Table 04: ") + title, message: message) { disclosure, rule in
            guard let table = disclosure.tables.fiscalSummary else { return [.missing(.fiscalSummary)] }
            return body(table, rule)
        }
    }

    private static let totalLineMissing = RuleOutcome.missing(LocalizedText(zh: "合计或总计行", en: "a total line"))

    private static var fiscalIncome: [RuleDraft] {
        [
            onFiscal(LocalizedText(zh: "本年收入合计 = 三项财政拨款收入之和", en: "total income = sum of the three fiscal sources")) { table, rule in
                guard let total = table.incomeTotal else { return [totalLineMissing] }
                return rule.balance([total.amount], against: table.income.map(\.line.amount), at: total.location(in: .fiscalSummary)).map { [$0] } ?? []
            },
            onFiscal(LocalizedText(zh: "年初财政拨款结转和结余 = 分来源之和", en: "opening balance = sum of its split by source")) { table, rule in
                guard let opening = table.openingBalance, !table.openingBalanceBySource.isEmpty else { return [] }
                return rule.balance([opening.amount], against: table.openingBalanceBySource.map(\.line.amount),
                                    at: opening.location(in: .fiscalSummary)).map { [$0] } ?? []
            },
            onFiscal(LocalizedText(zh: "收入总计 = 本年收入合计 + 年初财政拨款结转和结余", en: "income grand total = total income + opening balance")) { table, rule in
                guard let grand = table.incomeGrandTotal, let total = table.incomeTotal else { return [totalLineMissing] }
                return rule.balance([grand.amount], against: [total.amount, table.openingBalance?.amount ?? .blank],
                                    at: grand.location(in: .fiscalSummary)).map { [$0] } ?? []
            },
        ]
    }

    private static func fiscalExpenditureTotal(_ column: FiscalColumn) -> RuleDraft {
        onFiscal(LocalizedText(zh: "「\(column.name.zh)」栏：本年支出合计 = 各类支出之和", en: "\(column.name.en): total expenditure = sum of the class lines")) { table, rule in
            guard let total = table.expenditureTotal else { return [totalLineMissing] }
            return rule.balance([total.amounts[keyPath: column.keyPath]], against: table.expenditure.map { $0.amounts[keyPath: column.keyPath] },
                                at: total.location(column: column)).map { [$0] } ?? []
        }
    }

    private static func fiscalGrandTotal(_ column: FiscalColumn) -> RuleDraft {
        onFiscal(LocalizedText(zh: "「\(column.name.zh)」栏：支出总计 = 本年支出合计 + 年末财政拨款结转和结余",
                               en: "\(column.name.en): expenditure grand total = total expenditure + closing balance")) { table, rule in
            guard let grand = table.expenditureGrandTotal, let total = table.expenditureTotal else { return [totalLineMissing] }
            let parts = [total.amounts[keyPath: column.keyPath], table.closingBalance?.amounts[keyPath: column.keyPath] ?? .blank]
            return rule.balance([grand.amounts[keyPath: column.keyPath]], against: parts, at: grand.location(column: column)).map { [$0] } ?? []
        }
    }

    private static var fiscalLineSplit: RuleDraft {
        onFiscal(LocalizedText(zh: "支出每行：合计 = 一般公共预算 + 政府性基金 + 国有资本经营", en: "every expenditure line: total = sum of the three sources")) { table, rule in
            let lines = table.expenditure + [table.expenditureTotal, table.closingBalance, table.expenditureGrandTotal].compactMap { $0 }
            return lines.compactMap { line in
                rule.balance([line.amounts.total], against: line.amounts.parts, at: line.location(column: .total))
            }
        }
    }

    private static var fiscalGrandTotalsAgree: RuleDraft {
        onFiscal(LocalizedText(zh: "收入总计 = 支出总计", en: "income grand total = expenditure grand total")) { table, rule in
            guard let income = table.incomeGrandTotal, let expenditure = table.expenditureGrandTotal else { return [totalLineMissing] }
            return rule.balance([expenditure.amounts.total], against: [income.amount], at: expenditure.location(column: .total),
                                related: [income.location(in: .fiscalSummary)]).map { [$0] } ?? []
        }
    }

    /// Per source: what came in (this year and carried over) went out or is carried forward.
    private static func fiscalSourceBalance(_ source: FundSource) -> RuleDraft {
        let column = FiscalColumn(source)
        return onFiscal(LocalizedText(zh: "\(column.name.zh)：本年收入 + 年初结转和结余 = 本年支出 + 年末结转和结余",
                                      en: "\(column.name.en): income + opening balance = expenditure + closing balance")) { table, rule in
            guard let total = table.expenditureTotal else { return [totalLineMissing] }
            let closing = table.closingBalance?.amounts[keyPath: column.keyPath] ?? .blank
            let income = table.income(source)?.amount ?? .blank
            let opening = table.openingBalanceBySource.first { $0.source == source }?.line.amount ?? .blank
            return rule.balance([total.amounts[keyPath: column.keyPath], closing], against: [income, opening],
                                at: total.location(column: column)).map { [$0] } ?? []
        }
    }
}

/// The four amount columns of 04's expenditure side.
enum FiscalColumn: CaseIterable {
    case total, generalBudget, governmentFund, stateCapital

    init(_ source: FundSource) {
        switch source {
        case .governmentFund: self = .governmentFund
        case .stateCapital: self = .stateCapital
        default: self = .generalBudget
        }
    }

    var keyPath: KeyPath<FiscalColumns, Cell> & Sendable {
        switch self {
        case .total: \.total
        case .generalBudget: \.generalBudget
        case .governmentFund: \.governmentFund
        case .stateCapital: \.stateCapital
        }
    }

    var name: LocalizedText {
        switch self {
        case .total: LocalizedText(zh: "合计", en: "total")
        case .generalBudget: LocalizedText(zh: "一般公共预算财政拨款", en: "general budget")
        case .governmentFund: LocalizedText(zh: "政府性基金预算财政拨款", en: "government funds")
        case .stateCapital: LocalizedText(zh: "国有资本经营预算财政拨款", en: "state capital")
        }
    }
}

extension SummaryLine {
    func location(in table: TableKind, column: String? = nil) -> FindingLocation {
        FindingLocation(table: table, rowLabel: label, column: column, source: location)
    }
}

extension FiscalLine {
    func location(column: FiscalColumn) -> FindingLocation {
        FindingLocation(table: .fiscalSummary, rowCode: code?.digits, rowLabel: label, column: column.name.zh, source: location)
    }
}
