import Foundation
@testable import Reading
import Testing

/// Every input the fuzzers (scripts/fuzz.sh) once crashed, hung or exhausted memory on, read
/// again through the real readers without the sanitizer build: each must now end in a result
/// or a `ReadingError`, within seconds.
@Suite struct FuzzRegressionTests {
    static func inputs(_ harness: String) -> [URL] {
        let folder = TestDocuments.packageRoot.appendingPathComponent("Tests/Fuzz/regressions/\(harness)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Reads `input` as the harness does; an error is a fine answer, a crash fails the run.
    func replay(_ harness: String, _ input: URL) throws {
        let data = try Data(contentsOf: input)
        let reader = try TestDocuments.reader()
        let start = Date()
        switch harness {
        case "tsv":
            let words = PDFLayout.words(fromTSV: String(decoding: data, as: UTF8.self))
            _ = try? TextDisclosureReader(catalogue: reader.catalogue).read(PDFLayout.sourceText(words), fileName: input.lastPathComponent, sha256: "")
        default:
            do {
                _ = try reader.read(data, fileName: input.lastPathComponent)
            } catch is ReadingError {
                // Refused with a message: the answer bad input should get.
            }
        }
        #expect(Date().timeIntervalSince(start) < 10, "\(input.lastPathComponent) took too long")
    }

    @Test(arguments: ["text", "tsv", "xlsx", "json"])
    func regressionsReadWithoutCrashing(harness: String) throws {
        for input in Self.inputs(harness) { try replay(harness, input) }
    }
}
