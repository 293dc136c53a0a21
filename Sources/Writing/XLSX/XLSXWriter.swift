import Disclosure
import Foundation
import ZIPFoundation

/// Writes worksheets as an Office Open XML workbook (SpreadsheetML): shared strings, a style
/// sheet with one number format per printed number of decimals, merged cells, frozen panes and
/// column widths, zipped with ZIPFoundation. Numbers are written as numbers, from their exact
/// decimal text, never through floating point.
struct XLSXWriter {
    var sheets: [Worksheet]

    /// Highest number of decimals a format is declared for (fen in 万元 has six).
    static let maxDecimals = 6

    func data() throws -> Data {
        var strings = SharedStrings()
        let sheetXML = sheets.map { sheetPart($0, strings: &strings) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelations), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRelations), ("xl/styles.xml", XLSXWriter.styles), ("xl/sharedStrings.xml", strings.xml),
        ]
        for (index, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", xml)) }
        let archive = try Archive(data: Data(), accessMode: .create)
        // A fixed date keeps the same model's workbook byte-for-byte the same.
        let date = Date(timeIntervalSince1970: 946_684_800)
        for (path, xml) in parts {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw XLSXWriterError.archiveNotInMemory }
        return data
    }

    private var contentTypes: String {
        var xml = XLSXWriter.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        for index in sheets.indices {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    private var rootRelations: String {
        XLSXWriter.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>"
    }

    private var workbook: String {
        var xml = XLSXWriter.declaration + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(MarkupText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    private var workbookRelations: String {
        var xml = XLSXWriter.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let styles = sheets.count + 1
        xml += "<Relationship Id=\"rId\(styles)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(styles + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    private func sheetPart(_ sheet: Worksheet, strings: inout SharedStrings) -> String {
        var xml = XLSXWriter.declaration + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let topLeft = Worksheet.reference(row: sheet.frozenRows, column: 0)
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() where !row.isEmpty {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for column in row.keys.sorted() {
                guard let entry = row[column] else { continue }
                let reference = Worksheet.reference(row: rowIndex, column: column)
                switch entry.value {
                case .text(let text):
                    xml += "<c r=\"\(reference)\" s=\"\(XLSXWriter.styleIndex(entry.look))\" t=\"s\"><v>\(strings.index(text))</v></c>"
                case .number(let value, let decimals):
                    xml += "<c r=\"\(reference)\" s=\"\(XLSXWriter.numberStyleIndex(decimals))\"><v>\(value.description)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
            for merge in sheet.merges {
                xml += "<mergeCell ref=\"\(Worksheet.reference(row: merge.firstRow, column: merge.firstColumn)):\(Worksheet.reference(row: merge.lastRow, column: merge.lastColumn))\"/>"
            }
            xml += "</mergeCells>"
        }
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(sheet.columnWidths.count > 9 ? "landscape" : "portrait")\"/>"
        return xml + "</worksheet>"
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// `cellXfs` order: 0 default, 1 title, 2 plain text, 3 header, 4 label, then one number
    /// style per decimals 0…`maxDecimals`.
    static func styleIndex(_ look: Worksheet.Look) -> Int {
        switch look {
        case .plain: 2
        case .title: 1
        case .header: 3
        case .label: 4
        }
    }

    static func numberStyleIndex(_ decimals: Int) -> Int {
        5 + min(max(decimals, 0), maxDecimals)
    }

    /// Number format ids 164… are `0`, `0.0`, `0.00`, …: one per printed number of decimals.
    static let styles: String = {
        let formats = (0...maxDecimals).map { decimals in
            "<numFmt numFmtId=\"\(164 + decimals)\" formatCode=\"\(decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals))\"/>"
        }
        var xml = declaration + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<numFmts count=\"\(formats.count)\">" + formats.joined() + "</numFmts>"
        xml += "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Noto Sans CJK SC\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"14\"/><name val=\"Noto Sans CJK SC\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"Noto Sans CJK SC\"/><family val=\"2\"/></font></fonts>"
        xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEEF1F5\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        xml += "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        var cells = [
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>",
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment wrapText=\"0\"/></xf>",
            "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>",
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>",
        ]
        cells += (0...maxDecimals).map { decimals in
            "<xf numFmtId=\"\(164 + decimals)\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>"
        }
        xml += "<cellXfs count=\"\(cells.count)\">" + cells.joined() + "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }()
}

/// The shared-string table: each distinct text once, cells refer to it by index.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var references = 0

    mutating func index(_ text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var xml = XLSXWriter.declaration
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\" uniqueCount=\"\(ordered.count)\">"
        for text in ordered {
            let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            xml += "<si><t\(space ? " xml:space=\"preserve\"" : "")>\(MarkupText.escape(text))</t></si>"
        }
        return xml + "</sst>"
    }
}

enum XLSXWriterError: Error, CustomStringConvertible {
    case archiveNotInMemory

    var description: String { "XLSX 工作簿无法在内存中生成 (the workbook archive could not be built in memory)" }
}
