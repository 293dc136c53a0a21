import Disclosure
import Foundation

/// A disclosure's tables as an XLSX workbook, one sheet per table in the official layout: the
/// title in a merged row, the title block (表号, 部门名称, 年度, 金额单位), the header rows with
/// their merged cells, the body, the notes. Amounts are numbers formatted with the decimals they
/// were published with, so `juesuan read` reads the workbook back to the same figures.
public enum DisclosureWorkbook {
    public static func data(_ disclosure: Disclosure) throws -> Data {
        try XLSXWriter(sheets: disclosure.tables.grids.map(sheet)).data()
    }

    static func sheet(_ grid: TableGrid) -> Worksheet {
        var sheet = Worksheet(name: sheetName(grid))
        sheet.columnWidths = grid.columnWidths
        let lastColumn = grid.width - 1
        sheet.set(0, 0, .init(value: .text(grid.heading.title), look: .title))
        sheet.merges.append(.init(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: lastColumn))
        var row = 1
        for line in grid.titleLines {
            sheet.set(row, 0, .init(value: .text(line), look: .plain))
            row += 1
        }
        let top = row
        for (index, slots) in grid.rows.enumerated() {
            for (column, slot) in slots.enumerated() {
                guard case .cell(let cell) = slot else { continue }
                let header = index < grid.headerRowCount
                if let entry = entry(cell.content, header: header) { sheet.set(top + index, column, entry) }
                if cell.rowSpan > 1 || cell.columnSpan > 1 {
                    sheet.merges.append(.init(firstRow: top + index, firstColumn: column,
                                              lastRow: top + index + cell.rowSpan - 1, lastColumn: column + cell.columnSpan - 1))
                }
            }
        }
        sheet.frozenRows = top + grid.headerRowCount
        row = top + grid.rows.count
        for note in grid.heading.notes {
            sheet.set(row, 0, .init(value: .text(note), look: .plain))
            row += 1
        }
        return sheet
    }

    /// The cell written for a grid cell; nil for a blank one (blank means nothing printed).
    static func entry(_ content: GridCell.Content, header: Bool) -> Worksheet.Entry? {
        switch content {
        case .blank: nil
        case .text(let text): .init(value: .text(text), look: header ? .header : .label)
        case .notApplicable: .init(value: .text(Cell.notApplicableMark), look: .label)
        case .amount(let amount): .init(value: .number(amount.tenThousandYuan, decimals: amount.decimals), look: .label)
        case .integer(let number): .init(value: .number(ExactDecimal(number), decimals: 0), look: header ? .header : .label)
        }
    }

    /// `公开01 收入支出决算总表`, cut to Excel's 31 characters, without the characters it forbids.
    static func sheetName(_ grid: TableGrid) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let name = (grid.kind.rawValue + " " + grid.kind.chineseName).filter { !forbidden.contains($0) }
        return String(name.prefix(31))
    }
}
