import Foundation

/// A workbook of plain text sheets with a header row (the authoring template): written by the
/// same SpreadsheetML writer as the disclosure workbooks, with the header frozen and styled.
public enum TextWorkbook {
    public struct Sheet: Sendable {
        public var name: String
        /// The first row is the header.
        public var rows: [[String]]

        public init(name: String, rows: [[String]]) {
            self.name = name
            self.rows = rows
        }
    }

    public static func data(_ sheets: [Sheet]) throws -> Data {
        try XLSXWriter(sheets: sheets.map(worksheet)).data()
    }

    private static func worksheet(_ sheet: Sheet) -> Worksheet {
        var worksheet = Worksheet(name: sheet.name)
        for (rowIndex, row) in sheet.rows.enumerated() {
            for (column, text) in row.enumerated() where !text.isEmpty {
                worksheet.set(rowIndex, column, Worksheet.Entry(value: .text(text), look: rowIndex == 0 ? .header : .plain))
            }
        }
        worksheet.frozenRows = sheet.rows.isEmpty ? 0 : 1
        let width = sheet.rows.map(\.count).max() ?? 0
        worksheet.columnWidths = (0..<width).map { column in
            min(60, max(8, sheet.rows.map { column < $0.count ? $0[column].count * 2 : 0 }.max() ?? 8))
        }
        return worksheet
    }
}
