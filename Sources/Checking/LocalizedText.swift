/// A text in Chinese and English. Chinese is what documents and their readers use; English is
/// for `--lang en`.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String { language == .zh ? zh : en }

    /// Both texts with `{name}` placeholders filled from `value` (which gives each a Chinese and an
    /// English form). A placeholder without a value stays visible, so a bad template shows.
    public func filled(_ value: (String) -> LocalizedText?) -> LocalizedText {
        LocalizedText(zh: Self.fill(zh) { value($0)?.zh }, en: Self.fill(en) { value($0)?.en })
    }

    /// `template` with each `{name}` that `value` knows replaced, in one pass: every finding
    /// fills its message, and a Foundation replacement per placeholder cost more than the rule.
    /// The braces are found among the bytes: they are ASCII, so always a scalar of their own, and
    /// decoding the Chinese between them was most of the cost.
    private static func fill(_ template: String, _ value: (String) -> String?) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")), let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            let after = rest.unicodeScalars.index(after: close)
            result += Substring(rest.unicodeScalars[..<open])
            let name = String(rest.unicodeScalars[rest.unicodeScalars.index(after: open)..<close])
            result += value(name) ?? String(rest.unicodeScalars[open..<after])
            rest = Substring(rest.unicodeScalars[after...])
        }
        return result + rest
    }

    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(zh: lhs.zh + rhs.zh, en: lhs.en + rhs.en)
    }
}

extension LocalizedText {
    /// The same text in both languages: codes, figures, names that have no translation.
    public init(_ same: String) {
        self.init(zh: same, en: same)
    }
}

/// The language of messages in reports.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en
}
