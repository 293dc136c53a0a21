import Foundation
import Writing

/// The portal's one way to put text into HTML: the writers' escaping, so pages and documents
/// escape alike.
enum MarkupEscape {
    static func text(_ text: String) -> String { MarkupText.escape(text) }

    /// A path segment or query value: percent-encoded, then escaped for the attribute it sits in.
    static func urlComponent(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return MarkupText.escape(text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }
}
