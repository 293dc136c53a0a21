import Checking
import Classification
import Disclosure
import Foundation
import Reading

/// The seed read as the CLI reads it, and the standard catalogue of rules.
enum SeedDocument {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = packageRoot.appendingPathComponent("data/documents/datong-market-regulation-2024.txt").path

    static func read() throws -> Disclosure {
        try DisclosureReader(catalogue: try Catalogue.bundled()).read(path: path)
    }

    static func catalogue() throws -> RuleCatalogue {
        RuleCatalogue(classification: try Catalogue.bundled())
    }

    static func check(_ disclosure: Disclosure) throws -> CheckReport {
        Checker(catalogue: try catalogue()).check(disclosure)
    }

    /// Checks a copy of the seed changed by `change`.
    static func check(changing change: (inout Disclosure) -> Void) throws -> CheckReport {
        var disclosure = try read()
        change(&disclosure)
        return try check(disclosure)
    }
}

extension CheckReport {
    func findings(_ ruleID: String) -> [Finding] {
        findings.filter { $0.ruleID == ruleID }
    }

    func errors(_ ruleID: String) -> [Finding] {
        findings(ruleID).filter { $0.severity == .error }
    }
}

extension Cell {
    static func wan(_ text: String) -> Cell {
        Amount(parsing: text).map(Cell.amount) ?? .blank
    }
}
