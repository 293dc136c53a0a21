import Disclosure
import Foundation
@testable import Reading
import Testing
import ZIPFoundation

/// Input built to hurt the reader — too large, too long, too deep, in the wrong encoding, or a
/// workbook that lies — is refused with a `ReadingError` naming the file and the place, quickly
/// and in bounded memory.
@Suite struct HostileInputTests {
    func error(_ data: Data, name: String, limits: ReadingLimits = ReadingLimits()) throws -> ReadingError? {
        do {
            _ = try DisclosureReader(catalogue: TestDocuments.reader().catalogue, limits: limits).read(data, fileName: name)
            return nil
        } catch let error as ReadingError {
            return error
        }
    }

    @Test func gbkTextIsRecognisedAndNamed() throws {
        // “部门决算\t收入支出决算总表\n” in GBK.
        let gbk = Data([0xB2, 0xBF, 0xC3, 0xC5, 0xBE, 0xF6, 0xCB, 0xE3, 0x09, 0xCA, 0xD5, 0xC8, 0xEB, 0xD6, 0xA7, 0xB3, 0xF6,
                        0xBE, 0xF6, 0xCB, 0xE3, 0xD7, 0xDC, 0xB1, 0xED, 0x0A])
        let found = try error(gbk, name: "gbk.txt")
        #expect(found?.reason == .legacyChineseEncoding)
        #expect(found?.description.hasPrefix("gbk.txt：") == true)
        #expect(found?.description.contains("GB18030") == true)
        // Binary bytes are not mistaken for GBK.
        #expect(try error(Data([0xB2, 0xBF, 0x00, 0x01, 0xFF]), name: "blob.bin")?.reason == .unknownFormat)
    }

    @Test func aLineLongerThanTheLimitIsRefusedAtItsLine() throws {
        let text = "第一行\n第二行\n" + String(repeating: "很长", count: 100) + "\n"
        let found = try error(Data(text.utf8), name: "long.txt", limits: ReadingLimits(maxLineBytes: 500))
        guard case .limitExceeded = found?.reason else { Issue.record("expected a limit, got \(String(describing: found))"); return }
        #expect(found?.location?.line == 3)
    }

    @Test func aOneGigabyteFileIsRefusedBeforeItIsLoaded() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-huge-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 1 << 30)  // sparse: no disk space, no time
        try handle.close()
        let start = Date()
        #expect {
            try TestDocuments.reader().read(path: file.path)
        } throws: { error in
            guard let error = error as? ReadingError, case .limitExceeded = error.reason else { return false }
            return error.description.contains("--max-input-mb")
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func deeplyNestedJSONIsRefusedBeforeDecoding() throws {
        let arrays = Data(("{\"metadata\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}").utf8)
        guard case .limitExceeded = try error(arrays, name: "deep.json")?.reason else { Issue.record("nesting not refused"); return }
        // Brackets inside strings are text, not nesting.
        try InputChecks.checkJSONDepth(Data(("[\"" + String(repeating: "[{", count: 1000) + "\"]").utf8), fileName: "s.json", maxDepth: 5)
    }

    @Test func jsonOfTheWrongTypeSaysWhereInChinese() throws {
        let found = try error(Data(#"{"metadata": 1}"#.utf8), name: "wrong.json")
        #expect(found?.description.contains("wrong.json：JSON 不符合 juesuan 模型：metadata：类型不符") == true)
        let syntax = try error(Data(#"{"metadata": "#.utf8), name: "cut.json")
        #expect(syntax?.description.contains("无法读取") == true)
    }

    /// A workbook whose parts are `parts` (path → contents), each stored with `method`.
    static func workbook(_ parts: [(String, Data)], method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: method, provider: { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            })
        }
        return try #require(archive.data)
    }

    static let workbookXML = Data("""
        <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="收入支出决算总表" r:id="rId1"/></sheets></workbook>
        """.utf8)

    static func relations(target: String) -> Data {
        Data("<Relationships><Relationship Id=\"rId1\" Target=\"\(target)\"/></Relationships>".utf8)
    }

    static func sheet(_ rows: String) -> Data {
        Data("<worksheet><sheetData>\(rows)</sheetData></worksheet>".utf8)
    }

    @Test func aZipBombStopsAtThePartLimit() throws {
        let bomb = Data(count: 8 << 20)  // 8 MB of zeros: a few KB compressed
        let data = try Self.workbook([("xl/workbook.xml", Self.workbookXML), ("xl/_rels/workbook.xml.rels", Self.relations(target: "worksheets/sheet1.xml")),
                                      ("xl/worksheets/sheet1.xml", bomb)])
        #expect(data.count < 100_000)
        let found = try error(data, name: "bomb.xlsx", limits: ReadingLimits(maxXLSXPartBytes: 1 << 20))
        #expect(found?.description.contains("ZIP 炸弹") == true)
    }

    @Test func pathTraversalInEntriesNeverLeavesTheArchive() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-traversal-\(UUID().uuidString)")
        let data = try Self.workbook([("xl/workbook.xml", Self.workbookXML), ("xl/_rels/workbook.xml.rels", Self.relations(target: "/../../etc/passwd")),
                                      ("../../etc/passwd", Self.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")),
                                      ("../../" + marker.path, Data("x".utf8))])
        // The entry named ../../etc/passwd is read as the sheet it claims to be, from the archive:
        // no file outside it is read, and none is written.
        let lines = try TestDocuments.reader().sourceLines(data, fileName: "traversal.xlsx")
        #expect(lines.contains { $0.contains("\tx") })
        #expect(!lines.contains { $0.contains("root:") })
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func aMillionRowsStopAtTheRowLimit() throws {
        var rows = ""
        rows.reserveCapacity(30_000_000)
        for number in 1...1_000_000 { rows += "<row r=\"\(number)\"><c><v>1</v></c></row>" }
        let data = try Self.workbook([("xl/workbook.xml", Self.workbookXML), ("xl/_rels/workbook.xml.rels", Self.relations(target: "worksheets/sheet1.xml")),
                                      ("xl/worksheets/sheet1.xml", Self.sheet(rows))])
        let found = try error(data, name: "rows.xlsx")
        #expect(found?.description.contains("100000 行") == true)
        #expect(found?.description.contains("--max-rows") == true)
    }

    @Test func cellsFarToTheRightOrOutOfRangeAreRefused() throws {
        let wide = (1...100).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
        let parts = { (sheet: Data) in
            try Self.workbook([("xl/workbook.xml", Self.workbookXML), ("xl/_rels/workbook.xml.rels", Self.relations(target: "worksheets/sheet1.xml")),
                               ("xl/worksheets/sheet1.xml", sheet)])
        }
        #expect(try error(parts(Self.sheet(wide)), name: "wide.xlsx", limits: ReadingLimits(maxCells: 1_000_000))?.description.contains("单元格") == true)
        let beyond = try error(parts(Self.sheet("<row r=\"1\"><c r=\"AAAAAAAAAAAAAAAAAAAAAAAA1\"><v>1</v></c></row>")), name: "beyond.xlsx")
        #expect(beyond?.description.contains("超出 Excel 的范围") == true)
        let row = try error(parts(Self.sheet("<row r=\"9223372036854775807\"><c><v>1</v></c></row><row><c><v>1</v></c></row>")), name: "row.xlsx")
        #expect(row?.description.contains("行号") == true)
    }
}
