import Disclosure

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
    /// Worked on the bytes: the braces are ASCII, so always a scalar of their own, and walking
    /// the Chinese between them as a string's views was most of the cost.
    private static func fill(_ template: String, _ value: (String) -> String?) -> String {
        template.withUTF8Bytes { bytes in
            var result = ""
            var copied = 0
            var index = 0
            while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")), let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
                if let filled = value(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)) {
                    result += String(decoding: bytes[copied..<open], as: UTF8.self) + filled
                    copied = close + 1
                }
                index = close + 1
            }
            return result + String(decoding: bytes[copied...], as: UTF8.self)
        }
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
