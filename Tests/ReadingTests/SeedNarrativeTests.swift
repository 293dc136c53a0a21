import Disclosure
import Foundation
import Testing

/// The seed's 情况说明 as read: its sections, and every figure quoted in them.
@Suite struct SeedNarrativeTests {
    @Test func sectionsAreTheTenPrintedOnes() throws {
        let narrative = try TestDocuments.readSeed().narrative
        #expect(narrative.sections.map(\.number) == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
        #expect(narrative.sections[8].title == "财政拨款“三公”经费支出决算情况说明")
        #expect(narrative.sections[0].location?.line == 477)
    }

    /// An independent pattern over the raw lines of the narrative finds the same figures, in
    /// the same order, with the same values.
    @Test func everyQuotedFigureIsRead() throws {
        let lines = try TestDocuments.seedText().components(separatedBy: "\n")[476..<592]
        let pattern = try NSRegularExpression(pattern: "([0-9][0-9,]*(?:\\.[0-9]+)?)(万元|%|辆|个|批次|人次|台（套）)")
        var expected: [String] = []
        for line in lines {
            let range = NSRange(line.startIndex..., in: line)
            for match in pattern.matches(in: line, range: range) {
                guard let number = Range(match.range(at: 1), in: line) else { continue }
                expected.append(String(line[number]).replacingOccurrences(of: ",", with: ""))
            }
        }
        let read = try TestDocuments.readSeed().narrative.figures.map { $0.value.description }
        #expect(expected.count > 140)
        #expect(read == expected)
    }

    @Test func figuresKnowWhatTheyMeasure() throws {
        let figures = try TestDocuments.readSeed().narrative.sections[0].paragraphs[0].figures
        #expect(figures.first?.subject == "2024年度收入总计")
        #expect(figures.first?.amount == Amount(parsing: "5029.36"))
        #expect(figures.filter { $0.direction == .decrease }.count == 4)
    }
}
