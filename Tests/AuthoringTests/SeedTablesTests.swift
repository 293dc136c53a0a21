import Authoring
import Classification
import Disclosure
import Testing
import TestSupport

/// `author` regenerates the seed's ten tables from base figures written to reproduce it.
@Suite struct SeedTablesTests {
    /// Where the seed's own figures disagree with each other the base figures decide; these are
    /// the only printed figures that differ, each for the reason given.
    static let expectedDifferences: [PrintedFigures.Key: (seed: String?, authored: String?, why: String)] = [
        PrintedFigures.Key(table: "公开06", row: "30299", column: "名称"): (nil, "其他商品和服务支出", "the seed lost the 30299 row (its narrative quotes 13.42) so 302 does not add up"),
        PrintedFigures.Key(table: "公开06", row: "30299", column: "决算数"): (nil, "13.42", "the lost 30299 row, restored"),
    ]

    @Test func everyPrintedFigureOfTheSeedIsRegenerated() throws {
        let seed = PrintedFigures(try SeedAuthoring.readSeed()).values
        let authored = PrintedFigures(try SeedAuthoring.authored()).values
        #expect(seed.count > 400, "the seed's tables were read")
        var mismatches: [String] = []
        for key in Set(seed.keys).union(authored.keys).sorted(by: { $0.description < $1.description }) {
            let expected = Self.expectedDifferences[key]
            let seedValue = seed[key], authoredValue = authored[key]
            if let expected {
                if expected.seed != seedValue || expected.authored != authoredValue { mismatches.append("\(key): expected difference changed: seed \(seedValue ?? "–"), authored \(authoredValue ?? "–")") }
                continue
            }
            if key.column == "名称", let seedValue, let authoredValue, PrintedNameComparison.same(seedValue, authoredValue) { continue }
            if seedValue != authoredValue { mismatches.append("\(key): seed \(seedValue ?? "–"), authored \(authoredValue ?? "–")") }
        }
        #expect(mismatches.isEmpty, Comment(rawValue: "\(mismatches.count) figures differ:\n" + mismatches.joined(separator: "\n")))
    }
}

/// Names compare as the catalogue compares them: parenthesis width and spaces do not count.
enum PrintedNameComparison {
    static func same(_ a: String, _ b: String) -> Bool {
        func folded(_ text: String) -> String {
            text.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")").filter { !$0.isWhitespace }
        }
        return folded(a) == folded(b)
    }
}
