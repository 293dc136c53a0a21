import Disclosure
import Foundation
@testable import Reading
import Testing
import ZIPFoundation

/// The XLSX container read from each entry's own bytes: stored, deflated, streamed
/// (data-descriptor) and ZIP64 archives read alike, and every kind of damage ends in a `ReadingError`
/// naming the part, never in a wait or a trap.
@Suite struct ZipContainerTests {
    func error(_ data: Data) -> String? {
        do {
            _ = try TestDocuments.reader().read(data, fileName: "damaged.xlsx")
            return nil
        } catch {
            return String(describing: error)
        }
    }

    /// The central directory record of `path`, found by its name.
    func centralRecord(of path: String, in data: Data) -> Int? {
        let name = Data(path.utf8)
        var search = data.startIndex
        while let found = data.range(of: Data([0x50, 0x4B, 0x01, 0x02]), in: search..<data.endIndex) {
            let start = found.lowerBound
            let length = Int(data[start + 28]) | Int(data[start + 29]) << 8
            if data[(start + 46)..<(start + 46 + length)] == name { return start }
            search = found.upperBound
        }
        return nil
    }

    func patched(_ data: Data, _ path: String, at field: Int, _ value: UInt32, bytes: Int = 4) throws -> Data {
        var data = data
        let record = try #require(centralRecord(of: path, in: data))
        for index in 0..<bytes { data[record + field + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
        return data
    }

    /// Written again by Python's zipfile to a stream that cannot seek, as Excel does (local
    /// headers record no sizes; only the central directory does), and by hand in ZIP64 form, as
    /// streaming writers may do (Fixtures/make_streamed_xlsx.py, make_zip64_xlsx.py).
    @Test(arguments: ["seed-tables-streamed.xlsx", "seed-tables-zip64.xlsx"])
    func aWorkbookReadsAsItsPlainTwin(_ name: String) throws {
        let twin = try TestDocuments.reader().read(path: TestDocuments.fixtures.appendingPathComponent(name).path)
        let plain = try TestDocuments.reader().read(path: WorkbookTests.workbook.path)
        #expect(twin.tables == plain.tables)
        #expect(twin.tables.present.count == TableKind.allCases.count)
    }

    @Test func aZIP64RecordThatIsNotThereIsNoContainer() throws {
        var data = try Data(contentsOf: TestDocuments.fixtures.appendingPathComponent("seed-tables-zip64.xlsx"))
        // The locator (20 bytes before the 22-byte end record) points at the ZIP64 end record.
        let locator = data.count - 22 - 20
        data[locator + 8] ^= 0x01
        #expect(error(data) == "damaged.xlsx：XLSX 文件无法打开（不是有效的 ZIP 容器）")
    }

    @Test func storedAndDeflatedEntriesReadAlike() throws {
        let parts = [("xl/workbook.xml", HostileInputTests.workbookXML),
                     ("xl/_rels/workbook.xml.rels", HostileInputTests.relations(target: "worksheets/sheet1.xml")),
                     ("xl/worksheets/sheet1.xml", HostileInputTests.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>收入支出决算总表</t></is></c></row>"))]
        let stored = try TestDocuments.reader().sourceLines(HostileInputTests.workbook(parts, method: .none), fileName: "stored.xlsx")
        let deflated = try TestDocuments.reader().sourceLines(HostileInputTests.workbook(parts, method: .deflate), fileName: "deflated.xlsx")
        #expect(stored == deflated)
        #expect(stored.contains { $0.contains("收入支出决算总表") })
    }

    @Test func aDeflateStreamCutShortIsDamageNotAWait() throws {
        let data = try Data(contentsOf: WorkbookTests.workbook)
        let record = try #require(centralRecord(of: "xl/worksheets/sheet1.xml", in: data))
        let size = UInt32(data[record + 20]) | UInt32(data[record + 21]) << 8 | UInt32(data[record + 22]) << 16 | UInt32(data[record + 23]) << 24
        let start = Date()
        let found = try error(patched(data, "xl/worksheets/sheet1.xml", at: 20, size / 2))
        #expect(found == "damaged.xlsx：XLSX 部件 xl/worksheets/sheet1.xml 无法解压（文件可能已损坏或不完整）")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func aChecksumOrSizeThatDisagreesIsDamage() throws {
        let data = try Data(contentsOf: WorkbookTests.workbook)
        let expected = "damaged.xlsx：XLSX 部件 xl/workbook.xml 无法解压（文件可能已损坏或不完整）"
        #expect(try error(patched(data, "xl/workbook.xml", at: 16, 0xDEAD_BEEF)) == expected)
        #expect(try error(patched(data, "xl/workbook.xml", at: 24, 7)) == expected)
        // A local header moved off its signature.
        #expect(try error(patched(data, "xl/workbook.xml", at: 42, 1)) == expected)
    }

    @Test func anEncryptedOrUnknownMethodIsNamed() throws {
        let data = try Data(contentsOf: WorkbookTests.workbook)
        #expect(try error(patched(data, "xl/workbook.xml", at: 10, 12, bytes: 2))
            == "damaged.xlsx：XLSX 部件 xl/workbook.xml 的压缩方式（12）不受支持：只能读取存储（0）和 Deflate（8）")
        #expect(try error(patched(data, "xl/workbook.xml", at: 8, 1, bytes: 2)) == "damaged.xlsx：XLSX 部件 xl/workbook.xml 已加密，无法读取")
    }

    @Test func aDirectoryThatDoesNotFitIsNoContainer() throws {
        let data = try Data(contentsOf: WorkbookTests.workbook)
        let expected = "damaged.xlsx：XLSX 文件无法打开（不是有效的 ZIP 容器）"
        // The end record names a directory past itself; a name runs past the directory.
        let end = try #require(data.range(of: Data([0x50, 0x4B, 0x05, 0x06]), options: .backwards)).lowerBound
        var moved = data
        moved[end + 16] = 0xFF; moved[end + 17] = 0xFF; moved[end + 18] = 0xFF
        #expect(error(moved) == expected)
        #expect(try error(patched(data, "[Content_Types].xml", at: 28, 0xFFFF, bytes: 2)) == expected)
        #expect(error(data.prefix(data.count - 30)) == expected)
    }

    @Test func aPartThatIsNotUTF8IsRefusedBeforeTheXMLParser() throws {
        let parts = [("xl/workbook.xml", Data("<workbook><sheets><sheet name=\"".utf8) + Data([0xC3, 0x28]) + Data("\" r:id=\"rId1\"/></sheets></workbook>".utf8))]
        #expect(error(try HostileInputTests.workbook(parts)) == "damaged.xlsx：XLSX 部件 xl/workbook.xml 不是 UTF-8 编码的 XML（文件可能已损坏）")
    }
}
