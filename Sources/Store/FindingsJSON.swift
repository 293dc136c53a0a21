import Checking
import Foundation

/// Findings as the store keeps them: a JSON array with sorted keys, so equal findings are
/// equal bytes.
enum FindingsJSON {
    static func encode(_ findings: [Finding]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(findings), as: UTF8.self)
    }
}
