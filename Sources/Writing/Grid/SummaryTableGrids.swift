import Disclosure

/// 收入支出决算总表 (01) and 财政拨款收入支出决算总表 (04) as printed: 收入 on the left, 支出 on
/// the right, class lines side by side, then the totals and balances aligned across both sides.
extension TableGrid {
    init(_ table: IncomeExpenditureSummary) {
        let kind = TableKind.incomeExpenditureSummary
        var builder = GridBuilder(width: 6)
        builder.add([.text("收入", columnSpan: 3), .text("支出", columnSpan: 3)])
        builder.add(["项目", "行次", "金额", "项目", "行次", "金额"].map { .text($0) })
        builder.add([.text("栏次"), .empty, GridCell(.integer(1)), .text("栏次"), .empty, GridCell(.integer(2))])
        let income = table.income.map(\.line)
        let expenditure = table.expenditure.map { (line: $0.line, code: $0.code) }
        for index in 0..<max(income.count, expenditure.count) {
            let left = index < income.count ? TableGrid.summaryCells(income[index], side: "收入") : TableGrid.emptySide(1)
            let right = index < expenditure.count
                ? TableGrid.summaryCells(expenditure[index].line, side: "支出", code: expenditure[index].code) : TableGrid.emptySide(1)
            builder.add(left + right)
        }
        let bottom: [(SummaryLine?, SummaryLine?)] = [
            (table.incomeTotal, table.expenditureTotal), (table.useOfNonFiscalBalance, table.balanceDistribution),
            (table.openingBalance, table.closingBalance), (table.incomeGrandTotal, table.expenditureGrandTotal),
        ]
        for (left, right) in bottom where left != nil || right != nil {
            builder.add((left.map { TableGrid.summaryCells($0, side: "收入") } ?? TableGrid.emptySide(1))
                        + (right.map { TableGrid.summaryCells($0, side: "支出") } ?? TableGrid.emptySide(1)))
        }
        self.init(kind: kind, heading: table.heading, width: 6, rows: builder.slots, headerRowCount: 3,
                  columnWidths: [30, 6, 12, 30, 6, 12])
    }

    init(_ table: FiscalSummary) {
        let kind = TableKind.fiscalSummary
        var builder = GridBuilder(width: 9)
        builder.add([.text("收入", columnSpan: 3), .text("支出", columnSpan: 6)])
        builder.add(["项目", "行次", "金额", "项目", "行次"].map { .text($0) } + TableGrid.fiscalColumnNames.map { .text($0) })
        builder.add([.text("栏次"), .empty, GridCell(.integer(1)), .text("栏次"), .empty] + (2...5).map { GridCell(.integer($0)) })
        let income = table.income.map(\.line)
        for index in 0..<max(income.count, table.expenditure.count) {
            let left = index < income.count ? TableGrid.summaryCells(income[index], side: "收入") : TableGrid.emptySide(1)
            let right = index < table.expenditure.count ? TableGrid.fiscalCells(table.expenditure[index]) : TableGrid.emptySide(4)
            builder.add(left + right)
        }
        let bottom: [(SummaryLine?, FiscalLine?)] = [(table.incomeTotal, table.expenditureTotal), (table.openingBalance, table.closingBalance)]
            + table.openingBalanceBySource.map { ($0.line, nil) } + [(table.incomeGrandTotal, table.expenditureGrandTotal)]
        for (left, right) in bottom where left != nil || right != nil {
            builder.add((left.map { TableGrid.summaryCells($0, side: "收入") } ?? TableGrid.emptySide(1))
                        + (right.map(TableGrid.fiscalCells) ?? TableGrid.emptySide(4)))
        }
        self.init(kind: kind, heading: table.heading, width: 9, rows: builder.slots, headerRowCount: 3,
                  columnWidths: [28, 6, 12, 28, 6, 12, 14, 14, 14])
    }

    /// The four amount columns of 04's expenditure side, in printing order.
    static let fiscalColumnNames = ["合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]

    /// Label, 行次 and amount of one side.
    static func summaryCells(_ line: SummaryLine, side: String, code: FunctionalCode? = nil) -> [GridCell] {
        let row = side + ":" + line.label
        let classification = code.map(ClassificationCode.init)
        let key = { (column: String, role: FigureKey.Role) in
            FigureKey(row: row, column: column, role: role, label: line.label, code: classification, rowNumber: line.rowNumber)
        }
        return [.text(line.label), rowNumberCell(line.rowNumber, key("行次", .rowNumber)), .figure(line.amount, key("金额", .measure))]
    }

    static func fiscalCells(_ line: FiscalLine) -> [GridCell] {
        let row = "支出:" + line.label
        let key = { (column: String, role: FigureKey.Role) in
            FigureKey(row: row, column: column, role: role, label: line.label, code: line.code.map(ClassificationCode.init), rowNumber: line.rowNumber)
        }
        let amounts = [line.amounts.total] + line.amounts.parts
        return [.text(line.label), rowNumberCell(line.rowNumber, key("行次", .rowNumber))]
            + zip(fiscalColumnNames, amounts).map { name, cell in .figure(cell, key(name, .measure)) }
    }

    static func rowNumberCell(_ number: Int?, _ key: FigureKey) -> GridCell {
        GridCell(number.map(GridCell.Content.integer) ?? .blank, key: key)
    }

    /// A side with nothing printed: label, 行次 and `amounts` empty cells.
    static func emptySide(_ amounts: Int) -> [GridCell] {
        Array(repeating: .empty, count: 2 + amounts)
    }
}
