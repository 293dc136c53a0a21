import Disclosure

/// The tables whose rows are functional codes (02, 03, 05, 07, 08) as printed: 科目代码 and
/// 科目名称 under a merged 项目, one column per amount, a 栏次 row, the 合计 row, then 类/款/项 rows.
extension TableGrid {
    init(_ kind: TableKind, _ table: IncomeTable) {
        self.init(kind, table, header: .flat(IncomeRow(code: nil, name: "", total: .blank).columns.map(\.column)))
    }

    init(_ kind: TableKind, _ table: ExpenditureTable) {
        self.init(kind, table, header: .flat(ExpenditureRow(code: nil, name: "", total: .blank).columns.map(\.column)))
    }

    init(_ kind: TableKind, _ table: GeneralBudgetExpenditureTable) {
        self.init(kind, table, header: .grouped(before: [], group: "本年支出", members: ["小计", "基本支出", "项目支出"], after: []))
    }

    /// 07 and 08: the balance columns the region prints, around 本年支出 split three ways.
    init(_ kind: TableKind, _ table: FunctionalTable<FundFlowRow>) {
        let sample = table.total ?? table.rows.first
        let before = [sample?.opening.map { _ in "年初结转和结余" }, sample?.income.map { _ in "本年收入" }].compactMap { $0 }
        let after = [sample?.closing.map { _ in "年末结转和结余" }].compactMap { $0 }
        let subtotal = before.isEmpty && after.isEmpty ? "合计" : "小计"
        self.init(kind, table, header: .grouped(before: before, group: "本年支出", members: [subtotal, "基本支出", "项目支出"], after: after))
    }

    /// How the amount columns are headed.
    enum FunctionalHeader {
        /// One header word per column (02, 03).
        case flat([String])
        /// Some columns, a merged group over its members, more columns (05, 07, 08).
        case grouped(before: [String], group: String, members: [String], after: [String])

        var count: Int {
            switch self {
            case .flat(let names): names.count
            case .grouped(let before, _, let members, let after): before.count + members.count + after.count
            }
        }
    }

    private init<Row: FunctionalRow>(_ kind: TableKind, _ table: FunctionalTable<Row>, header: FunctionalHeader) {
        let width = 2 + header.count
        var builder = GridBuilder(width: width)
        switch header {
        case .flat(let names):
            builder.add([.text("项目", columnSpan: 2)] + names.map { .text($0, rowSpan: 2) })
            builder.add([.text("科目代码"), .text("科目名称")])
        case .grouped(let before, let group, let members, let after):
            builder.add([.text("项目", columnSpan: 2)] + before.map { .text($0, rowSpan: 2) } + [.text(group, columnSpan: members.count)]
                        + after.map { .text($0, rowSpan: 2) })
            builder.add([.text("科目代码"), .text("科目名称")] + members.map { .text($0) })
        }
        builder.add([.text("栏次", columnSpan: 2)] + (1...header.count).map { GridCell(.integer($0)) })
        for row in (table.total.map { [$0] } ?? []) + table.rows {
            builder.add(TableGrid.functionalCells(row))
        }
        self.init(kind: kind, heading: table.heading, width: width, rows: builder.slots, headerRowCount: 3,
                  columnWidths: [10, 32] + Array(repeating: 14, count: header.count))
    }

    /// Code, name and amounts; the 合计 row prints its label in the name column.
    static func functionalCells<Row: FunctionalRow>(_ row: Row) -> [GridCell] {
        guard let code = row.code else {
            let key = { (column: String) in FigureKey(row: "合计", column: column, label: "合计") }
            return [.empty, .text(row.name.isEmpty ? "合计" : row.name)] + row.columns.map { .figure($0.cell, key($0.column)) }
        }
        let classification = ClassificationCode(code)
        let key = { (column: String, role: FigureKey.Role) in
            FigureKey(row: code.digits, column: column, role: role, label: row.name, code: classification)
        }
        return [.text(code.digits), GridCell(.text(row.name), key: key("名称", .name))]
            + row.columns.map { .figure($0.cell, key($0.column, .measure)) }
    }
}
