import Disclosure
import Foundation
import Testing
@testable import Classification

/// The Shanghai samples (pdfplumber text) break names across lines, so only their codes are
/// checked here; the names were rejoined by hand in catalogue.tsv.
@Suite struct SampleAgreementTests {
    static let documents = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/documents")

    static let samples = ["putuo-ecology-bureau-2025.txt", "putuo-culture-tourism-bureau-2025.txt"]
        .filter { FileManager.default.fileExists(atPath: documents.appendingPathComponent($0).path) }

    /// Lines from the table titled `start` (pages begin with a form feed) up to the one titled `end`.
    private func region(of sample: String, from start: String, to end: String) throws -> [String] {
        let text = try String(contentsOf: Self.documents.appendingPathComponent(sample), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\u{0C}")) }
        let begin = try #require(lines.firstIndex(of: start), "no \(start) in \(sample)")
        let finish = try #require(lines[begin...].firstIndex(of: end), "no \(end) in \(sample)")
        return Array(lines[begin..<finish])
    }

    @Test(arguments: samples)
    func everyFunctionalCodeOfTheTablesIsCatalogued(sample: String) throws {
        let catalogue = try Catalogue.bundled()
        let rowCode = /^(\d{3}|\d{5}|\d{7})(?:\s|$)/
        var checked = 0
        for line in try region(of: sample, from: "收入决算表", to: "一般公共预算财政拨款基本支出决算表") {
            guard let match = line.firstMatch(of: rowCode), let code = FunctionalCode(String(match.1)) else { continue }
            #expect(catalogue.functional(code) != nil, "\(sample) prints \(code)")
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test(arguments: samples)
    func everyEconomicCodeOfTheBasicExpenditureTableIsCatalogued(sample: String) throws {
        let catalogue = try Catalogue.bundled()
        // Two panels per line; Shanghai prints `301 01` as well as `30101`.
        let economicCode = /(?:^|\s)(3\d{2}(?: \d{2}|\d{2})?)(?=\s|$)/
        var checked = 0
        for line in try region(of: sample, from: "一般公共预算财政拨款基本支出决算表", to: "财政拨款“三公”经费支出决算表") {
            for match in line.matches(of: economicCode) {
                let code = try #require(EconomicCode(String(match.1)))
                #expect(catalogue.economic(code) != nil, "\(sample) prints \(code)")
                checked += 1
            }
        }
        #expect(checked > 60)
    }
}
