import Disclosure

/// Reads 基本支出决算明细表, printed as side-by-side panels of (科目代码, 科目名称, 决算数):
/// every panel of every line is unfolded into one list of economic lines.
struct BasicExpenditureReader {
    func read(_ region: DocumentParts.TableRegion, notes: inout ReadingNotes) -> BasicExpenditureTable {
        let part = region.kind.rawValue
        let table = TabbedTable(region, notes: &notes)
        var result = BasicExpenditureTable(heading: table.heading)
        // Panels start where the header says 科目代码.
        let panelStarts = table.rows.lazy.map { row in row.cells.indices.filter { PrintedWord(row.cells[$0]) == "科目代码" } }.first { !$0.isEmpty } ?? [0, 3, 6, 9]
        for row in table.rows {
            if row.cells.contains(where: { PrintedWord($0) == "科目代码" || PrintedWord($0) == "科目名称" }) || PrintedWord(row.cell(0)) == "人员经费" { continue }
            if row.cells.contains(where: { $0.hasSuffix("合计") }) {
                readTotals(row, panelStarts: panelStarts, into: &result, unit: table.heading.unit, part: part, notes: &notes)
                continue
            }
            for start in panelStarts {
                let codeText = row.cell(start), name = row.cell(start + 1), amountText = row.cell(start + 2)
                if codeText.isEmpty && name.isEmpty && amountText.isEmpty { continue }
                guard let code = EconomicCode(codeText) else {
                    notes.unplaced("第\(start / 3 + 1)栏组应以经济分类科目代码开头，实际为“\(codeText)”", at: row.location, part: part, excerpt: row.line.text)
                    continue
                }
                let amount = TabbedTable.cell(amountText, at: row.location, part: part, column: name, unit: table.heading.unit, notes: &notes)
                result.lines.append(EconomicLine(code: code, name: name, amount: amount, location: row.location))
            }
        }
        result.lines.sort { $0.code < $1.code }
        return result
    }

    /// The last line: `人员经费合计 ⇥ ⇥ 2711.37 ⇥ 公用经费合计 ⇥ … ⇥ 252.49`. Each total's amount
    /// is the first figure after its label; when it is not in its own panel's amount column,
    /// the shift is noted.
    private func readTotals(_ row: TabbedTable.Row, panelStarts: [Int], into result: inout BasicExpenditureTable, unit: MoneyUnit, part: String, notes: inout ReadingNotes) {
        let labels = row.cells.indices.filter { row.cells[$0].hasSuffix("合计") }
        for (position, index) in labels.enumerated() {
            let end = position + 1 < labels.count ? labels[position + 1] : row.cells.count
            let label = row.cells[index]
            let figure = (index + 1..<end).first { !row.cells[$0].isEmpty }
            let amount = figure.map { TabbedTable.cell(row.cells[$0], at: row.location, part: part, column: label, unit: unit, notes: &notes) } ?? .blank
            if let figure, figure != index + 2 {
                notes.repaired("“\(label)”的金额出现在第\(figure + 1)栏而非第\(index + 3)栏，已归位", at: row.location, part: part, excerpt: row.cells[figure])
            }
            let line = SummaryLine(label: label, amount: amount, location: row.location)
            if label.includes("人员经费") {
                result.personnelTotal = line
            } else if label.includes("公用经费") {
                result.publicUseTotal = line
            } else {
                result.total = line
            }
        }
    }
}
