import Disclosure
import Foundation
import Reading
import Testing

/// A copy of the seed damaged on purpose: what was lost or garbled must be reported at its
/// line, neither dropped silently nor silently fixed.
@Suite struct DamagedSeedTests {
    /// The seed with `line` (1-based) replaced by `replacement`, or removed when it is nil.
    func seed(changing line: Int, to replacement: String?) throws -> String {
        var lines = try TestDocuments.seedText().components(separatedBy: "\n")
        if let replacement { lines[line - 1] = replacement } else { lines.remove(at: line - 1) }
        return lines.joined(separator: "\n")
    }

    @Test func aGarbledNumberIsReportedAtItsLineAndNotGuessed() throws {
        let original = try TestDocuments.seedText().components(separatedBy: "\n")[183]
        #expect(original.hasPrefix("2080501\t行政单位离退休\t481.34"))
        let damaged = try TestDocuments.read(text: seed(changing: 184, to: original.replacingOccurrences(of: "481.34\t481.34", with: "48l.34\t481.34")))
        let note = damaged.provenance.readingNotes.first { $0.location.line == 184 && $0.kind == .unplaced }
        #expect(note?.excerpt == "48l.34")
        #expect(note?.part == "公开02")
        let row = damaged.tables.income?.row(FunctionalCode("2080501")!)
        #expect(row?.total == .blank, "the garbled figure must not be replaced by a guess")
        #expect(row?.fiscal == .amount(Amount(parsing: "481.34")!), "the rest of the row is still read")
    }

    /// Some PDF fonts map 大, 一 and 食 to Kangxi and CJK radicals that look the same.
    @Test func radicalCharactersReadAsTheIdeographsTheyStandFor() throws {
        let text = try TestDocuments.seedText()
        let damaged = text.replacingOccurrences(of: "大", with: "\u{2F24}").replacingOccurrences(of: "一", with: "\u{2F00}")
            .replacingOccurrences(of: "食", with: "\u{2EDD}")
        #expect(damaged != text)
        let read = try TestDocuments.read(text: damaged)
        let intact = try TestDocuments.readSeed()
        #expect(read.metadata.departmentName == intact.metadata.departmentName)
        #expect(read.tables == intact.tables)
        #expect(read.narrative == intact.narrative)
        let note = read.provenance.readingNotes.first { $0.message.contains("康熙部首") }
        #expect(note?.kind == .repaired)
    }

    @Test func aDeletedDetailRowIsReportedAtItsParentLine() throws {
        let original = try TestDocuments.seedText().components(separatedBy: "\n")[221]
        #expect(original.hasPrefix("2013810\t质量基础\t90.99"))
        let damaged = try TestDocuments.read(text: seed(changing: 222, to: nil))
        #expect(damaged.tables.expenditure?.row(FunctionalCode("2013810")!) == nil)
        // 20138 stands on line 217, above the deletion, so its number is unchanged.
        let note = damaged.provenance.readingNotes.first { $0.location.line == 217 && $0.part == "公开03" }
        #expect(note?.kind == .uncertain)
        #expect(note?.message.contains("20138") == true)
        let intact = try TestDocuments.readSeed()
        #expect(!intact.provenance.readingNotes.contains { $0.part == "公开03" }, "the intact seed's 公开03 needs no note")
    }

    @Test func aDeletedSummaryRowShowsAsAGapInRowNumbers() throws {
        let original = try TestDocuments.seedText().components(separatedBy: "\n")[126]
        #expect(original.hasPrefix("八、其他收入\t8"))
        let damaged = try TestDocuments.read(text: seed(changing: 127, to: nil))
        let gap = damaged.provenance.readingNotes.first { $0.part == "公开01" && $0.message.contains("缺少第8") }
        #expect(gap?.kind == .uncertain)
        #expect(gap?.location.line == 127, "reported at the row after the gap, which now stands on line 127")
    }

    @Test func textWithNoTableIsNotADisclosure() throws {
        #expect(throws: ReadingError.self) { try TestDocuments.read(text: "这是一份普通的通知。\n没有任何表格。\n") }
        #expect(throws: ReadingError.self) { try TestDocuments.read(text: "") }
    }
}
