import Disclosure

/// Reads 财政拨款“三公”经费支出决算表: one row of twelve figures, 预算数 and 决算数 of 合计,
/// 因公出国(境)费, 公务用车 小计/购置/运行维护, 公务接待费 — printed either as two groups of six
/// or as six pairs of (预算数, 决算数).
struct ThreePublicExpensesReader {
    func read(_ region: DocumentParts.TableRegion, notes: inout ReadingNotes) -> ThreePublicExpensesTable? {
        let part = region.kind.rawValue
        let table = TabbedTable(region, notes: &notes)
        let interleaved = table.rows.contains { row in
            let marks = row.cells.filter { $0 == "预算数" || $0 == "决算数" }
            return marks.count >= 4
        }
        guard let data = table.rows.first(where: isFigureRow) else {
            notes.missing("未找到“三公”经费的数据行", at: region.titleLine.location, part: part)
            // A form printed with its columns and no figures (a blank template, or cells left
            // empty) is still the table, published: its cells are blank, not missing.
            guard table.rows.contains(where: { $0.cells.contains { $0.includes("决算数") } }) else { return nil }
            let blank = figures(Array(repeating: .blank, count: 6))
            return ThreePublicExpensesTable(heading: table.heading, budget: blank, actual: blank, location: region.titleLine.location)
        }
        let cells = (0..<12).map { index in
            TabbedTable.cell(data.cell(index), at: data.location, part: part, column: "第\(index + 1)栏", unit: table.heading.unit, notes: &notes)
        }
        if data.cells.count > 12, data.cells[12...].contains(where: { !$0.isEmpty }) {
            notes.unplaced("“三公”经费行多于12栏，多出部分未能归位", at: data.location, part: part, excerpt: data.line.text)
        }
        let budgetCells = interleaved ? stride(from: 0, to: 12, by: 2).map { cells[$0] } : Array(cells[0..<6])
        let actualCells = interleaved ? stride(from: 1, to: 12, by: 2).map { cells[$0] } : Array(cells[6..<12])
        return ThreePublicExpensesTable(heading: table.heading, budget: figures(budgetCells), actual: figures(actualCells), location: data.location)
    }

    /// A row of figures only, which is not the 栏次 row `1 2 3 … 12`.
    private func isFigureRow(_ row: TabbedTable.Row) -> Bool {
        let filled = row.cells.filter { !$0.isEmpty }
        guard !filled.isEmpty, filled.allSatisfy({ CellText.read($0) != .unreadable }) else { return false }
        let isColumnNumbering = filled.enumerated().allSatisfy { CellText.integer($0.element) == $0.offset + 1 }
        return !isColumnNumbering
    }

    private func figures(_ cells: [Cell]) -> ThreePublicFigures {
        ThreePublicFigures(total: cells[0], overseasTravel: cells[1], vehicleSubtotal: cells[2],
                           vehiclePurchase: cells[3], vehicleOperation: cells[4], reception: cells[5])
    }
}
