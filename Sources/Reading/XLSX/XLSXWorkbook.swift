import Disclosure
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The cells of an XLSX workbook as text, sheet by sheet: shared strings resolved, numbers
/// printed with the decimals their number format shows, merged cells left to their first cell.
///
/// The container is read by `ZipContainer` and each part with Foundation's streaming
/// `XMLParser`, so a large sheet is never held as a tree.
struct XLSXWorkbook {
    struct Sheet {
        var name: String
        /// Row number (1-based) → column index (0-based) → text.
        var rows: [Int: [Int: String]]

        /// Cells in each laid-out row: up to the rightmost filled column, at least two.
        static func width(of rows: [Int: [Int: String]]) -> Int {
            max(2, (rows.values.compactMap { $0.keys.max() }.max() ?? 0) + 1)
        }
    }

    var sheets: [Sheet]

    /// Reads the workbook within `limits`: each part and all parts together are measured while
    /// they decompress (a zip bomb's declared sizes may lie), rows are counted across sheets,
    /// and the laid-out grid of cells is bounded before it is built.
    init(data: Data, fileName: String, limits: ReadingLimits) throws {
        let archive: ZipContainer
        do {
            archive = try ZipContainer(data)
        } catch {
            throw ReadingError(file: fileName, reason: .other("XLSX 文件无法打开（不是有效的 ZIP 容器）"))
        }
        var extracted = 0
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            let tooLarge = ReadingError(file: fileName, reason: .limitExceeded(
                "XLSX 部件 \(path) 解压后大于 \(ReadingLimits.megabytes(limits.maxXLSXPartBytes))，或全部部件解压后大于 \(ReadingLimits.megabytes(limits.maxInputBytes))（可能是 ZIP 炸弹）；可用 --max-xlsx-part-mb 调高"))
            guard entry.uncompressedSize <= limits.maxXLSXPartBytes else { throw tooLarge }
            var bytes = Data()
            do {
                try archive.extract(entry) { chunk in
                    bytes.append(chunk)
                    extracted += chunk.count
                    if bytes.count > limits.maxXLSXPartBytes || extracted > limits.maxInputBytes { throw tooLarge }
                }
            } catch let error as ReadingError {
                throw error
            } catch ZipContainer.Failure.unsupported(let method, let encrypted) {
                throw ReadingError(file: fileName, reason: .other(encrypted
                    ? "XLSX 部件 \(path) 已加密，无法读取"
                    : "XLSX 部件 \(path) 的压缩方式（\(method)）不受支持：只能读取存储（0）和 Deflate（8）"))
            } catch {
                throw ReadingError(file: fileName, reason: .other("XLSX 部件 \(path) 无法解压（文件可能已损坏或不完整）"))
            }
            // Foundation's XMLParser traps on an attribute that is not UTF-8 (found by
            // scripts/fuzz.sh), and every workbook Excel or juesuan writes is UTF-8.
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw ReadingError(file: fileName, reason: .other("XLSX 部件 \(path) 不是 UTF-8 编码的 XML（文件可能已损坏）"))
            }
            return bytes
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw ReadingError(file: fileName, reason: .other("XLSX 缺少 xl/workbook.xml，不是 Excel 工作簿"))
        }
        let relations = try part("xl/_rels/workbook.xml.rels").map { XMLParts.relations($0) } ?? [:]
        let strings = try part("xl/sharedStrings.xml").map { XMLParts.sharedStrings($0) } ?? []
        let decimals = try part("xl/styles.xml").map { XMLParts.styleDecimals($0) } ?? []
        sheets = []
        var rows = 0
        var cells = 0
        for (name, relation) in XMLParts.sheetList(workbook) {
            guard let target = relations[relation] else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try part(path) else {
                throw ReadingError(file: fileName, location: SourceLocation(sheet: name), reason: .other("XLSX 缺少工作表部件 \(path)"))
            }
            let parsed = try SheetParser.parse(xml, strings: strings, decimals: decimals, maxRows: limits.maxRows - rows, rowLimit: limits.maxRows, file: fileName, sheet: name)
            rows += parsed.count
            cells += parsed.count * Sheet.width(of: parsed)
            guard cells <= limits.maxCells else {
                throw ReadingError(file: fileName, location: SourceLocation(sheet: name), reason: .limitExceeded(
                    "工作簿的行数 × 列数超过 \(limits.maxCells) 个单元格"))
            }
            sheets.append(Sheet(name: name, rows: parsed))
        }
    }

    /// All sheets as one run of lines, each row a line with its cells. A sheet whose own rows
    /// carry no table title but whose name is one gets that title as its first line.
    func sourceText() -> SourceText {
        var lines: [SourceText.Line] = []
        for sheet in sheets {
            let numbers = sheet.rows.keys.sorted()
            let hasTitle = numbers.contains { number in
                let filled = (sheet.rows[number] ?? [:]).values.filter { !$0.isEmpty }
                return filled.count == 1 && TableTitles.kind(ofTitleLine: filled[0]) != nil
            }
            if !hasTitle, TableTitles.kind(ofTitleLine: sheet.name) != nil {
                lines.append(SourceText.Line(number: 0, page: nil, text: sheet.name, cells: [sheet.name], sheet: sheet.name))
            }
            // Every row of a sheet is a row of cells, however many of them are filled.
            let width = Sheet.width(of: sheet.rows)
            for number in numbers {
                let row = sheet.rows[number] ?? [:]
                let cells = (0..<width).map { (row[$0] ?? "").trimmingSpaces() }
                lines.append(SourceText.Line(number: number, page: nil, text: cells.joined(separator: "\t"), cells: cells, sheet: sheet.name))
            }
        }
        return SourceText(lines: lines)
    }
}

/// The small XML parts of a workbook: sheet list, relationships, shared strings, styles.
enum XMLParts {
    /// Collects elements' attributes and text with one delegate for every small part.
    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [String] = []
        private var text = ""
        private var inText = false
        private let textElement: String?
        private let itemElement: String?

        init(textElement: String? = nil, itemElement: String? = nil) {
            self.textElement = textElement
            self.itemElement = itemElement
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            elements.append((local, attributes))
            if local == itemElement { text = "" }
            if local == textElement { inText = true }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            if local == textElement { inText = false }
            if local == itemElement { texts.append(text) }
        }
    }

    private static func collect(_ data: Data, textElement: String? = nil, itemElement: String? = nil) -> Collector {
        let collector = Collector(textElement: textElement, itemElement: itemElement)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        parser.parse()
        return collector
    }

    /// (sheet name, relationship id) in workbook order.
    static func sheetList(_ data: Data) -> [(String, String)] {
        collect(data).elements.filter { $0.name == "sheet" }.compactMap { element in
            guard let name = element.attributes["name"],
                  let id = element.attributes["r:id"] ?? element.attributes.first(where: { $0.key.hasSuffix(":id") })?.value else { return nil }
            return (name, id)
        }
    }

    static func relations(_ data: Data) -> [String: String] {
        var result: [String: String] = [:]
        for element in collect(data).elements where element.name == "Relationship" {
            if let id = element.attributes["Id"], let target = element.attributes["Target"] { result[id] = target }
        }
        return result
    }

    /// Each `<si>`'s text, rich-text runs joined.
    static func sharedStrings(_ data: Data) -> [String] {
        collect(data, textElement: "t", itemElement: "si").texts
    }

    /// For each cell style (`cellXfs` index), the decimals its number format shows, or nil.
    static func styleDecimals(_ data: Data) -> [Int?] {
        let elements = collect(data).elements
        var formats: [Int: String] = [2: "0.00", 4: "#,##0.00", 10: "0.00%", 1: "0", 3: "#,##0"]
        for element in elements where element.name == "numFmt" {
            if let id = element.attributes["numFmtId"].flatMap(Int.init), let code = element.attributes["formatCode"] { formats[id] = code }
        }
        var result: [Int?] = []
        var inCellXfs = false
        for element in elements {
            if element.name == "cellXfs" { inCellXfs = true; continue }
            if element.name == "cellStyleXfs" || element.name == "cellStyles" || element.name == "dxfs" { inCellXfs = false }
            guard inCellXfs, element.name == "xf" else { continue }
            let code = element.attributes["numFmtId"].flatMap(Int.init).flatMap { formats[$0] }
            result.append(code.map(decimals(of:)))
        }
        return result
    }

    /// `#,##0.00` → 2; `0` → 0.
    static func decimals(of formatCode: String) -> Int {
        let section = formatCode.split(separator: ";").first.map(String.init) ?? formatCode
        guard let point = section.firstIndex(of: ".") else { return 0 }
        return section[section.index(after: point)...].prefix { $0 == "0" || $0 == "#" }.count
    }
}
