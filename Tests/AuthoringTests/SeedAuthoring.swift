import Authoring
import Classification
import Disclosure
import Foundation
import Reading

/// The seed disclosure and the one authored from its base figures (`Fixtures/seed-base.json`,
/// derived by hand from the seed's tables and narrative).
enum SeedAuthoring {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = packageRoot.appendingPathComponent("data/documents/datong-market-regulation-2024.txt")
    static let fixtures = packageRoot.appendingPathComponent("Tests/AuthoringTests/Fixtures")
    static let baseFigures = fixtures.appendingPathComponent("seed-base.json")

    static func catalogue() throws -> Catalogue { try Catalogue.bundled() }

    static func readSeed() throws -> Disclosure {
        try DisclosureReader(catalogue: catalogue()).read(path: seed.path)
    }

    static func authored() throws -> Disclosure {
        try AuthoringFile(catalogue: catalogue()).disclosure(path: baseFigures.path)
    }

    static func input() throws -> AuthoringInput {
        try AuthoringFile(catalogue: catalogue()).input(path: baseFigures.path)
    }
}
