import Foundation

/// A workbook's sheets as text cells, for modules that read a layout of their own (the
/// authoring workbook): the same container limits, shared strings and number formats as the
/// disclosure reader.
public struct WorkbookSheet: Sendable {
    public var name: String
    /// Row number (1-based) → column index (0-based) → text as the sheet shows it.
    public var rows: [Int: [Int: String]]

    /// Reads every sheet of an XLSX file within `limits`; errors name `fileName` and the part.
    public static func sheets(of data: Data, fileName: String, limits: ReadingLimits = ReadingLimits()) throws -> [WorkbookSheet] {
        try XLSXWorkbook(data: data, fileName: fileName, limits: limits).sheets.map { WorkbookSheet(name: $0.name, rows: $0.rows) }
    }
}
