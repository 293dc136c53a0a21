import Disclosure
import Foundation
import Reading
import TestSupport
import Testing
import TestSupport
import ZIPFoundation

/// XLSX workbooks: the seed's tables as a workbook made by openpyxl read to the same figures as
/// the seed's text; hostile workbooks rejected with a clear error.
@Suite struct WorkbookTests {
    static let workbook = TestDocuments.fixtures.appendingPathComponent("seed-tables.xlsx")

    @Test func aWorkbookOfTheSeedsTablesReadsToTheSameFigures() throws {
        let fromWorkbook = try TestDocuments.reader().read(path: Self.workbook.path)
        #expect(fromWorkbook.provenance.reader == "xlsx")
        #expect(fromWorkbook.tables.present.map(\.kind) == TableKind.allCases)
        let expected = try PrintedFigures.expected(from: TestDocuments.fixtures.appendingPathComponent("seed-expected.tsv"))
        let read = PrintedFigures(fromWorkbook).values
        for (key, value) in expected.sorted(by: { $0.key.description < $1.key.description }) {
            #expect(read[key] == value, "\(key)")
        }
        #expect(read.count == expected.count)
        // Sheet and row say where a figure came from.
        let total = try #require(fromWorkbook.tables.incomeExpenditureSummary?.incomeGrandTotal)
        #expect(total.location?.sheet == "收入支出决算总表")
    }

    /// Replaces one part of the fixture workbook.
    func workbook(replacing path: String, with contents: String) throws -> Data {
        let archive = try Archive(data: Data(contentsOf: Self.workbook), accessMode: .update)
        if let entry = archive[path] { try archive.remove(entry) }
        let bytes = Data(contents.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), provider: { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        })
        return try #require(archive.data)
    }

    @Test func aSharedStringIndexOutOfRangeIsAnError() throws {
        let sheet = """
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>
        """
        let data = try workbook(replacing: "xl/worksheets/sheet1.xml", with: sheet)
        #expect {
            try TestDocuments.reader().read(data, fileName: "bad.xlsx")
        } throws: { error in
            String(describing: error).contains("A1") && String(describing: error).contains("共享字符串")
        }
    }

    @Test func aZipThatIsNoWorkbookIsAnError() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let bytes = Data("hello".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(bytes.count), provider: { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        })
        let data = try #require(archive.data)
        #expect(throws: ReadingError.self) { try TestDocuments.reader().read(data, fileName: "other.zip") }
    }
}
