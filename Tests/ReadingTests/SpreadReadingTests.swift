import Disclosure
import Foundation
@testable import Reading
import Testing

/// A document's pieces (blocks of lines, self-evaluation tables, the statutory tables and
/// prose) are read on all cores at once; what is read, and the order of its notes, must be what
/// reading them one after another on one core gives.
@Suite struct SpreadReadingTests {
    static let documents = try! FileManager.default.contentsOfDirectory(atPath: TestDocuments.packageRoot.appendingPathComponent("data/documents").path).sorted()

    @Test(arguments: documents)
    func readsTheSameOnAllCoresAsOnOne(name: String) throws {
        let path = TestDocuments.packageRoot.appendingPathComponent("data/documents/\(name)").path
        let reader = try TestDocuments.reader()
        let spread = try reader.read(path: path)
        let serial = try ConcurrentMapping.$spreadsOverCores.withValue(false) { try reader.read(path: path) }
        #expect(spread == serial)
    }

    /// Blocks of lines are cut apart; each must start on the page the form feeds before it reach,
    /// and keep its lines' numbers, whether a feed starts a line or stands after text on it.
    @Test func linesKeepTheirPagesAndNumbersAcrossBlocks() {
        var text = ""
        var expected: [(number: Int, page: Int, text: String)] = []
        var page = 1
        for number in 1...2_000 {
            if number % 97 == 0 {
                text += "尾\(number)\u{0C}"
                expected.append((number, page, "尾\(number)"))
                page += 1
            } else if number % 89 == 0 {
                text += "\u{0C}"
                page += 1
            }
            text += "第\(number)行\t\(number)\n"
            expected.append((number, page, "第\(number)行\t\(number)"))
        }
        let lines = SourceText(text).lines.filter { !$0.text.isEmpty }
        #expect(lines.count == expected.count)
        for (line, want) in zip(lines, expected) where line.number != want.number || line.page != want.page || line.text != want.text {
            Issue.record("line \(line.number) page \(line.page ?? 0) “\(line.text)”, expected line \(want.number) page \(want.page) “\(want.text)”")
            break
        }
    }
}
