import Disclosure

/// Row sums and hierarchy sums of the tables whose rows are functional codes: 02, 03, 05, 07, 08.
/// One hierarchy rule per table, column and level, so that a reviewer can switch off exactly the
/// identity a region does not keep.
enum FunctionalTableRules {
    static var all: [RuleDraft] {
        let income = FunctionalTableShape<IncomeRow>(
            kind: .income, table: { $0.income },
            columns: [
                .init(zh: "本年收入合计", en: "total income") { $0.total }, .init(zh: "财政拨款收入", en: "fiscal appropriation") { $0.fiscal },
                .init(zh: "上级补助收入", en: "subsidy from superior") { $0.superiorSubsidy }, .init(zh: "事业收入", en: "business income") { $0.business },
                .init(zh: "经营收入", en: "operating income") { $0.operating },
                .init(zh: "附属单位上缴收入", en: "remittance from affiliates") { $0.affiliatedRemittance },
                .init(zh: "其他收入", en: "other income") { $0.other },
            ],
            rowIdentities: [
                RowIdentity(title: LocalizedText(zh: "本年收入合计 = 各项收入之和", en: "total income = sum of the sources"),
                            column: LocalizedText(zh: "本年收入合计", en: "total income"),
                            actual: { [$0.total] }, expected: { $0.parts }),
            ])
        let expenditure = FunctionalTableShape<ExpenditureRow>(
            kind: .expenditure, table: { $0.expenditure },
            columns: [
                .init(zh: "本年支出合计", en: "total expenditure") { $0.total }, .init(zh: "基本支出", en: "basic") { $0.basic },
                .init(zh: "项目支出", en: "project") { $0.project }, .init(zh: "上缴上级支出", en: "remitted to superior") { $0.toSuperior },
                .init(zh: "经营支出", en: "operating") { $0.operating },
                .init(zh: "对附属单位补助支出", en: "subsidies to affiliates") { $0.affiliatedSubsidy },
            ],
            rowIdentities: [
                RowIdentity(title: LocalizedText(zh: "本年支出合计 = 各类支出之和", en: "total expenditure = sum of its kinds"),
                            column: LocalizedText(zh: "本年支出合计", en: "total expenditure"),
                            actual: { [$0.total] }, expected: { $0.parts }),
            ])
        let general = FunctionalTableShape<SplitRow>(
            kind: .generalBudgetExpenditure, table: { $0.generalBudgetExpenditure },
            columns: [
                .init(zh: "小计", en: "subtotal") { $0.total }, .init(zh: "基本支出", en: "basic") { $0.basic },
                .init(zh: "项目支出", en: "project") { $0.project },
            ],
            rowIdentities: [splitIdentity(SplitRow.self, total: \.total, basic: \.basic, project: \.project)])
        return income.drafts + expenditure.drafts + general.drafts
            + fundFlow(.governmentFund) { $0.governmentFund }.drafts + fundFlow(.stateCapital) { $0.stateCapital }.drafts
    }

    /// 07 and 08 share a row shape; columns a region does not print are skipped by the rules.
    private static func fundFlow(_ kind: TableKind, _ table: @escaping @Sendable (Tables) -> FunctionalTable<FundFlowRow>?)
        -> FunctionalTableShape<FundFlowRow> {
        FunctionalTableShape(
            kind: kind, table: table,
            columns: [
                .init(zh: "年初结转和结余", en: "opening balance") { $0.opening }, .init(zh: "本年收入", en: "income") { $0.income },
                .init(zh: "本年支出合计", en: "total expenditure") { $0.total }, .init(zh: "基本支出", en: "basic") { $0.basic },
                .init(zh: "项目支出", en: "project") { $0.project }, .init(zh: "年末结转和结余", en: "closing balance") { $0.closing },
            ],
            rowIdentities: [
                splitIdentity(FundFlowRow.self, total: \.total, basic: \.basic, project: \.project),
                // 年末 = 年初 + 收入 − 支出, compared as 年末 + 支出 = 年初 + 收入 so both sides are sums.
                RowIdentity(title: LocalizedText(zh: "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出", en: "closing = opening + income − expenditure"),
                            column: LocalizedText(zh: "年末结转和结余", en: "closing balance"),
                            actual: { row in row.closing.map { [$0, row.total] } },
                            expected: { row in row.opening.flatMap { opening in row.income.map { [opening, $0] } } }),
            ])
    }

    private static func splitIdentity<Row: FunctionalRow>(_: Row.Type, total: KeyPath<Row, Cell> & Sendable, basic: KeyPath<Row, Cell> & Sendable,
                                                          project: KeyPath<Row, Cell> & Sendable) -> RowIdentity<Row> {
        RowIdentity(title: LocalizedText(zh: "本年支出小计 = 基本支出 + 项目支出", en: "subtotal = basic + project"),
                    column: LocalizedText(zh: "小计", en: "subtotal"),
                    actual: { [$0[keyPath: total]] }, expected: { [$0[keyPath: basic], $0[keyPath: project]] })
    }
}

/// A column of a functional table: its name and how to read it from a row (nil when the
/// region does not print it).
struct FunctionalColumn<Row: FunctionalRow>: Sendable {
    let name: LocalizedText
    let cell: @Sendable (Row) -> Cell?

    init(zh: String, en: String, cell: @escaping @Sendable (Row) -> Cell?) {
        name = LocalizedText(zh: zh, en: en)
        self.cell = cell
    }
}

/// An identity within one row: Σ `actual` = Σ `expected`; nil sides mean the region does not
/// print a column the identity needs.
struct RowIdentity<Row: FunctionalRow>: Sendable {
    let title: LocalizedText
    let column: LocalizedText
    let actual: @Sendable (Row) -> [Cell]?
    let expected: @Sendable (Row) -> [Cell]?
}

/// The levels of the functional hierarchy at which a printed figure is the sum of the figures
/// below it.
enum HierarchyLevel: CaseIterable {
    /// 合计 = Σ 类
    case total
    /// 类 = Σ 款
    case classes
    /// 款 = Σ 项
    case sections

    var title: LocalizedText {
        switch self {
        case .total: LocalizedText(zh: "合计 = 各类之和", en: "total = sum of classes (类)")
        case .classes: LocalizedText(zh: "类 = 所属各款之和", en: "class (类) = sum of its sections (款)")
        case .sections: LocalizedText(zh: "款 = 所属各项之和", en: "section (款) = sum of its items (项)")
        }
    }

    var partsName: LocalizedText {
        switch self {
        case .total: LocalizedText(zh: "各类", en: "classes")
        case .classes: LocalizedText(zh: "所属各款", en: "its sections")
        case .sections: LocalizedText(zh: "所属各项", en: "its items")
        }
    }
}

/// One functional table's columns and row identities, from which its rules are generated.
struct FunctionalTableShape<Row: FunctionalRow>: Sendable {
    let kind: TableKind
    /// The table, read by a closure rather than a key path (not even a key path literal as a
    /// function): applying a key path copied all of `Tables` for each of the dozens of rules.
    let table: @Sendable (Tables) -> FunctionalTable<Row>?
    let columns: [FunctionalColumn<Row>]
    let rowIdentities: [RowIdentity<Row>]

    var drafts: [RuleDraft] {
        rowIdentities.map(rowDraft) + columns.flatMap { column in HierarchyLevel.allCases.map { hierarchyDraft(column, $0) } }
    }

    private func rowDraft(_ identity: RowIdentity<Row>) -> RuleDraft {
        let kind = self.kind, table = self.table
        return RuleDraft(
            family: .rowSums, severity: .error,
            title: LocalizedText(zh: "\(kind.rawValue) 每行：", en: "Table \(kind.rawValue.dropFirst(2)), every row: ") + identity.title,
            message: LocalizedText(zh: "{where}：应为 {expected}，列示 {actual}，相差 {difference}",
                                   en: "{where}: should be {expected}, printed {actual}, difference {difference}")
        ) { disclosure, rule in
            guard let printed = table(disclosure.tables) else { return [.missing(kind)] }
            var outcomes: [RuleOutcome] = []
            for row in [printed.total].compactMap({ $0 }) + printed.rows {
                guard let actual = identity.actual(row), let expected = identity.expected(row) else {
                    return [.notEvaluated(LocalizedText(zh: "本表未列示该恒等式所需的栏目", en: "the table does not print the columns this identity needs"))]
                }
                let location = FunctionalTableShape.location(kind, row, column: identity.column)
                if let outcome = rule.balance(actual, against: expected, at: location) { outcomes.append(outcome) }
            }
            return outcomes
        }
    }

    private func hierarchyDraft(_ column: FunctionalColumn<Row>, _ level: HierarchyLevel) -> RuleDraft {
        let kind = self.kind, table = self.table
        return RuleDraft(
            family: .hierarchySums, severity: .error,
            title: LocalizedText(zh: "\(kind.rawValue)「\(column.name.zh)」栏：", en: "Table \(kind.rawValue.dropFirst(2)), \(column.name.en): ") + level.title,
            message: LocalizedText(zh: "{where}：{parts}之和为 {expected}，列示 {actual}，相差 {difference}",
                                   en: "{where}: {parts} add up to {expected}, printed {actual}, difference {difference}"),
            onInput: { input, rule in
            guard let printed = table(input.disclosure.tables), let hierarchy = input.hierarchies[kind] else { return [.missing(kind)] }
            let parents: [Row]
            switch level {
            case .total: parents = printed.total.map { [$0] } ?? []
            case .classes: parents = hierarchy.levels[.class, default: []].map { printed.rows[$0] }
            case .sections: parents = hierarchy.levels[.section, default: []].map { printed.rows[$0] }
            }
            var outcomes: [RuleOutcome] = []
            for parent in parents {
                guard let children = hierarchy.children[parent.code] else { continue }
                guard let total = column.cell(parent) else {
                    return [.notEvaluated(LocalizedText(zh: "本表未列示「\(column.name.zh)」栏", en: "the table does not print \(column.name.en)"))]
                }
                let parts = children.map { column.cell(printed.rows[$0]) ?? .blank }
                if let outcome = rule.balance([total], against: parts, at: FunctionalTableShape.location(kind, parent, column: column.name),
                                              values: ["parts": level.partsName]) {
                    outcomes.append(outcome)
                }
            }
            return outcomes
        })
    }

    static func location(_ kind: TableKind, _ row: Row, column: LocalizedText) -> FindingLocation {
        FindingLocation(table: kind, rowCode: row.code?.digits, rowLabel: row.code == nil ? "合计" : row.name,
                        column: column.zh, source: row.location)
    }
}
