import Classification
import Disclosure
import Foundation
import Reading

/// Paths of the real documents bundled with the package, and a reader set up as the CLI's.
enum TestDocuments {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = packageRoot.appendingPathComponent("data/documents/datong-market-regulation-2024.txt")
    static let fixtures = packageRoot.appendingPathComponent("Tests/ReadingTests/Fixtures")

    static func reader() throws -> DisclosureReader {
        DisclosureReader(catalogue: try Catalogue.bundled())
    }

    static func seedText() throws -> String {
        try String(contentsOf: seed, encoding: .utf8)
    }

    static func readSeed() throws -> Disclosure {
        try reader().read(path: seed.path)
    }

    /// Reads text as if it were a file called `name`.
    static func read(text: String, name: String = "damaged.txt") throws -> Disclosure {
        try reader().read(Data(text.utf8), fileName: name)
    }
}
