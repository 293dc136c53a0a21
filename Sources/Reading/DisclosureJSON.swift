import Disclosure
import Foundation

/// The canonical JSON of a disclosure: sorted keys and pretty-printed, so that the same model
/// always gives the same bytes.
public enum DisclosureJSON {
    public static func encode(_ disclosure: Disclosure) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(disclosure), as: UTF8.self) + "\n"
    }

    public static func decode(_ text: String) throws -> Disclosure {
        try JSONDecoder().decode(Disclosure.self, from: Data(text.utf8))
    }
}
