import Disclosure
import Foundation
import Testing
@testable import Classification

/// The shipped catalogue must know every code the real documents print, under the name they print.
@Suite struct SeedAgreementTests {
    /// The seed (大同市市场监督管理局 2024) as kept in the repository, found from this file's path
    /// so the test does not depend on the working directory.
    static let seedURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/documents/datong-market-regulation-2024.txt")

    static var seedIsPresent: Bool { FileManager.default.fileExists(atPath: seedURL.path) }

    /// The lines of the seed from the line starting with `start` up to the next note line.
    private func seedTable(_ start: String) throws -> [Substring] {
        let text = try String(contentsOf: Self.seedURL, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(lines.firstIndex { $0.hasPrefix(start) }, "no \(start) in the seed")
        let end = lines[begin...].firstIndex { $0.hasPrefix("注：") } ?? lines.endIndex
        return Array(lines[begin..<end])
    }

    @Test(.enabled(if: seedIsPresent))
    func everyFunctionalCodeOfSeedTable02IsCataloguedWithTheSameName() throws {
        let catalogue = try Catalogue.bundled()
        var checked = 0
        for line in try seedTable("公开02") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count >= 2, let code = FunctionalCode(String(cells[0])) else { continue }
            let entry = catalogue.functional(code)
            #expect(entry?.name == String(cells[1]), "seed 公开02 prints \(code) \(cells[1])")
            checked += 1
        }
        #expect(checked == 28)
    }

    @Test(.enabled(if: seedIsPresent))
    func everyEconomicCodeOfSeedTable06IsCataloguedWithTheSameName() throws {
        let catalogue = try Catalogue.bundled()
        var checked = 0
        for line in try seedTable("公开06") {
            // Four side-by-side panels of (code, name, amount).
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            for start in stride(from: 0, to: cells.count - 1, by: 3) {
                guard let code = EconomicCode(cells[start]) else { continue }
                #expect(catalogue.isCurrentName(cells[start + 1], for: code), "seed 公开06 prints \(code) \(cells[start + 1])")
                checked += 1
            }
        }
        #expect(checked == 108)
    }
}
