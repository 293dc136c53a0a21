import Classification
import Disclosure
import Foundation
import Reading

/// The seed, read once as the CLI reads it.
enum SeedDocument {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = packageRoot.appendingPathComponent("data/documents/datong-market-regulation-2024.txt").path

    static let disclosure: Result<Disclosure, Error> = Result {
        try DisclosureReader(catalogue: try Catalogue.bundled()).read(path: path)
    }

    static func read() throws -> Disclosure { try disclosure.get() }

    static func evaluation(atLine line: Int) throws -> SelfEvaluation {
        let found = try read().selfEvaluations.first { $0.location?.line == line }
        guard let found else { throw LookupError(line: line) }
        return found
    }

    struct LookupError: Error { var line: Int }
}

func d(_ text: String) -> ExactDecimal? { ExactDecimal(parsing: text) }
func a(_ text: String) -> Amount? { Amount(parsing: text) }
