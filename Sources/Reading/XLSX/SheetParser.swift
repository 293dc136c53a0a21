import Disclosure
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams one worksheet's XML into row → column → text.
final class SheetParser: NSObject, XMLParserDelegate {
    private let strings: [String]
    private let decimals: [Int?]
    private let maxRows: Int
    private let rowLimit: Int
    private(set) var rows: [Int: [Int: String]] = [:]
    /// A problem found while parsing, reported after the parser stops.
    private(set) var failure: String?

    private var row = 0
    private var column = 0
    private var type = ""
    private var style = 0
    private var value = ""
    private var inValue = false
    private var rowCount = 0

    private init(strings: [String], decimals: [Int?], maxRows: Int, rowLimit: Int) {
        self.strings = strings
        self.decimals = decimals
        self.maxRows = maxRows
        self.rowLimit = rowLimit
    }

    /// The sheet's rows; at most `maxRows` of them (what is left of the workbook's `rowLimit`).
    static func parse(_ data: Data, strings: [String], decimals: [Int?], maxRows: Int, rowLimit: Int, file: String, sheet: String) throws -> [Int: [Int: String]] {
        let delegate = SheetParser(strings: strings, decimals: decimals, maxRows: maxRows, rowLimit: rowLimit)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        let parsed = parser.parse()
        if let failure = delegate.failure {
            throw ReadingError(file: file, location: SourceLocation(sheet: sheet), reason: .other(failure))
        }
        guard parsed else {
            throw ReadingError(file: file, location: SourceLocation(sheet: sheet), reason: .other("工作表 XML 无法解析：\(parser.parserError.map { String(describing: $0) } ?? "格式错误")"))
        }
        return delegate.rows
    }

    /// Stops the parser; `parse` reports `message` once it returns.
    private func fail(_ parser: XMLParser, _ message: String) {
        failure = message
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "row":
            rowCount += 1
            if rowCount > maxRows {
                fail(parser, "工作簿超过 \(rowLimit) 行的读取上限；可用 --max-rows 调高")
                return
            }
            row = attributes["r"].flatMap(Int.init) ?? row + 1
            guard (1...SheetParser.lastRow).contains(row) else {
                fail(parser, "行号 \(row) 超出 Excel 的范围（1–\(SheetParser.lastRow)）")
                return
            }
            column = -1
        case "c":
            if let reference = attributes["r"] {
                guard let parsed = SheetParser.cellReference(reference) else {
                    fail(parser, "单元格引用“\(reference.prefix(20))”无效或超出 Excel 的范围（XFD1048576）")
                    return
                }
                row = parsed.row
                column = parsed.column
            } else if column + 1 < SheetParser.columnCount {
                column += 1
            } else {
                fail(parser, "第 \(row) 行的单元格超过 Excel 的 \(SheetParser.columnCount) 列")
                return
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
        case "v", "t":
            inValue = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            inValue = false
        case "c":
            let text: String
            switch type {
            case "s":
                guard let index = Int(value), strings.indices.contains(index) else {
                    fail(parser, "单元格 \(SourceLocation.columnLetters(max(column, 0)))\(row) 引用了不存在的共享字符串 \(value.prefix(20))")
                    return
                }
                text = strings[index]
            case "n":
                text = value.isEmpty ? "" : SheetParser.number(value, decimals: decimals.indices.contains(style) ? decimals[style] : nil)
            default:
                text = value
            }
            if !text.isEmpty { rows[row, default: [:]][max(column, 0)] = text }
        default:
            break
        }
    }

    /// A stored number printed as the sheet shows it: rounded half away from zero to the
    /// style's decimals, or, in the General format, without binary noise such as
    /// `5029.3599999999997`. Decimal arithmetic, never floating point.
    static func number(_ stored: String, decimals: Int?) -> String {
        guard var value = Decimal(string: stored, locale: Locale(identifier: "en_US_POSIX")) else { return stored }
        let places = decimals ?? 6
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        var text = NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
        guard decimals != nil else { return text }
        let present = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        if places > 0 && present == 0 { text += "." }
        return text + String(repeating: "0", count: max(0, places - present))
    }

    /// Excel's last row (1-based) and its number of columns (A–XFD): a reference beyond them
    /// is not a cell of any workbook Excel can write.
    static let lastRow = 1_048_576
    static let columnCount = 16_384

    /// `B12` → (row 12, column 1); nil unless it names a cell within Excel's range.
    static func cellReference(_ reference: String) -> (row: Int, column: Int)? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        guard (1...3).contains(letters.count), let row = Int(reference.dropFirst(letters.count)), (1...lastRow).contains(row) else { return nil }
        var column = 0
        for scalar in letters.uppercased().unicodeScalars { column = column * 26 + Int(scalar.value) - 64 }
        return column <= columnCount ? (row, column - 1) : nil
    }
}
