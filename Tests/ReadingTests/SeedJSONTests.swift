import Disclosure
import Foundation
import Reading
import Testing

/// The seed's canonical JSON: valid against the published schema (checked by an independent
/// validator) and read back into the identical model.
@Suite struct SeedJSONTests {
    @Test func seedJSONValidatesAgainstTheSchema() throws {
        let json = try DisclosureJSON.encode(TestDocuments.readSeed())
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-seed-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestDocuments.packageRoot.appendingPathComponent("Tests/schema/validate.py").path,
                             TestDocuments.packageRoot.appendingPathComponent("schema/disclosure.schema.json").path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "validate.py: \(output)")
    }

    @Test func seedJSONReadsBackIntoTheIdenticalModel() throws {
        let disclosure = try TestDocuments.readSeed()
        let json = try DisclosureJSON.encode(disclosure)
        #expect(try DisclosureJSON.decode(json) == disclosure)
        // And through the one entry point, which sniffs JSON from the content.
        #expect(try TestDocuments.reader().read(Data(json.utf8), fileName: "seed.json") == disclosure)
    }
}
