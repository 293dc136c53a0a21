import Disclosure

/// 基本支出决算明细表 (06), 三公 (09) and 相关信息统计表 (10) as printed.
extension TableGrid {
    /// 06: side-by-side panels of (科目代码, 科目名称, 决算数): 人员经费 in the first, 公用经费
    /// shared out over the other three; the totals on the last row.
    init(_ table: BasicExpenditureTable) {
        let panelCount = 4
        var builder = GridBuilder(width: 3 * panelCount)
        builder.add([.text("人员经费", columnSpan: 3), .text("公用经费", columnSpan: 9)])
        builder.add((0..<panelCount).flatMap { _ in ["科目代码", "科目名称", "决算数"].map { GridCell.text($0) } })
        let personnel = table.lines.filter(\.code.isPersonnel)
        let publicUse = table.lines.filter { !$0.code.isPersonnel }
        let perPanel = (publicUse.count + panelCount - 2) / (panelCount - 1)
        let panels = [personnel] + (0..<(panelCount - 1)).map { index in
            Array(publicUse.dropFirst(index * perPanel).prefix(perPanel))
        }
        for index in 0..<(panels.map(\.count).max() ?? 0) {
            builder.add(panels.flatMap { panel in
                index < panel.count ? TableGrid.economicCells(panel[index]) : [.empty, .empty, .empty]
            })
        }
        var totals: [GridCell] = []
        if let personnelTotal = table.personnelTotal {
            totals += [.text(personnelTotal.label, columnSpan: 2), .figure(personnelTotal.amount, TableGrid.totalKey(personnelTotal))]
        } else {
            totals += [.empty, .empty, .empty]
        }
        if let publicUseTotal = table.publicUseTotal {
            totals += [.text(publicUseTotal.label, columnSpan: 8), .figure(publicUseTotal.amount, TableGrid.totalKey(publicUseTotal))]
        }
        if totals.contains(where: { $0.key != nil }) { builder.add(totals) }
        if let total = table.total {
            builder.add([.text(total.label, columnSpan: 11), .figure(total.amount, TableGrid.totalKey(total))])
        }
        self.init(kind: .basicExpenditure, heading: table.heading, width: 3 * panelCount, rows: builder.slots, headerRowCount: 2,
                  columnWidths: Array(repeating: [8, 24, 10], count: panelCount).flatMap { $0 })
    }

    static func economicCells(_ line: EconomicLine) -> [GridCell] {
        let code = ClassificationCode(line.code)
        let key = { (column: String, role: FigureKey.Role) in
            FigureKey(row: line.code.digits, column: column, role: role, label: line.name, code: code)
        }
        return [.text(line.code.digits), GridCell(.text(line.name), key: key("名称", .name)), .figure(line.amount, key("决算数", .measure))]
    }

    static func totalKey(_ line: SummaryLine) -> FigureKey {
        FigureKey(row: line.label, column: "决算数", label: line.label, rowNumber: line.rowNumber)
    }

    /// 09: 预算数 and 决算数 side by side, each 合计, 出国, 公车 (小计, 购置, 运行), 接待.
    init(_ table: ThreePublicExpensesTable) {
        let groups: [(name: String, figures: ThreePublicFigures)] = [table.budget.map { ("预算数", $0) }, ("决算数", table.actual)].compactMap { $0 }
        let width = 6 * groups.count
        var builder = GridBuilder(width: width)
        builder.add(groups.map { .text($0.name, columnSpan: 6) })
        builder.add(groups.flatMap { _ in
            [.text("合计", rowSpan: 2), .text("因公出国(境)费", rowSpan: 2), .text("公务用车购置及运行维护费", columnSpan: 3), .text("公务接待费", rowSpan: 2)]
        })
        builder.add(groups.flatMap { _ in ["小计", "公务用车购置费", "公务用车运行维护费"].map { GridCell.text($0) } })
        builder.add((1...width).map { GridCell(.integer($0)) })
        builder.add(groups.flatMap { group in
            group.figures.columns.map { GridCell.figure($0.cell, FigureKey(row: group.name, column: $0.column, label: group.name)) }
        })
        self.init(kind: .threePublicExpenses, heading: table.heading, width: width, rows: builder.slots, headerRowCount: 4,
                  columnWidths: Array(repeating: 14, count: width))
    }

    /// 10: three sections (政府采购, 机关运行经费, 国有资产占用), each line label, 行次, figure.
    init(_ table: SupplementaryStatisticsTable) {
        var builder = GridBuilder(width: 3)
        let procurement = [table.procurementTotal, table.procurementGoods, table.procurementWorks, table.procurementServices].compactMap { $0 }
        let operating = [table.operatingCostsAdministrative, table.operatingCostsCivilServiceManaged].compactMap { $0 }
        let counts = [table.vehicleTotal].compactMap { $0 } + table.vehicles.map(\.line) + [table.largeEquipment].compactMap { $0 }
        let sections: [(title: String, rows: [[GridCell]])] = [
            ("一、政府采购情况", procurement.map(TableGrid.statisticsCells)),
            ("二、机关运行经费", operating.map(TableGrid.statisticsCells)),
            ("三、国有资产占用情况", counts.map(TableGrid.countCells)),
        ]
        var headerRowCount = 0
        for (index, section) in sections.enumerated() where !section.rows.isEmpty {
            builder.add([.text(section.title, columnSpan: 3)])
            builder.add(["项目", "行次", "统计数"].map { GridCell.text($0) })
            if index == 0 { headerRowCount = 2 }
            for row in section.rows { builder.add(row) }
        }
        self.init(kind: .supplementaryStatistics, heading: table.heading, width: 3, rows: builder.slots, headerRowCount: headerRowCount,
                  columnWidths: [44, 6, 12])
    }

    static func statisticsCells(_ line: SummaryLine) -> [GridCell] {
        let key = { (column: String, role: FigureKey.Role) in
            FigureKey(row: line.label, column: column, role: role, label: line.label, rowNumber: line.rowNumber)
        }
        return [.text(line.label), rowNumberCell(line.rowNumber, key("行次", .rowNumber)), .figure(line.amount, key("统计数", .measure))]
    }

    static func countCells(_ line: CountLine) -> [GridCell] {
        let key = { (column: String, role: FigureKey.Role) in
            FigureKey(row: line.label, column: column, role: role, label: line.label, rowNumber: line.rowNumber)
        }
        return [.text(line.label), rowNumberCell(line.rowNumber, key("行次", .rowNumber)),
                GridCell(line.count.map(GridCell.Content.integer) ?? .blank, key: key("统计数", .measure))]
    }
}
