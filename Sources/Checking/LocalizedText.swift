import Foundation

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

    /// Both texts with `{name}` placeholders filled from `values` (which give each a Chinese and an
    /// English form). A placeholder without a value stays visible, so a bad template shows.
    public func filled(_ values: [String: LocalizedText]) -> LocalizedText {
        var zh = self.zh
        var en = self.en
        for (name, value) in values {
            zh = zh.replacingOccurrences(of: "{\(name)}", with: value.zh)
            en = en.replacingOccurrences(of: "{\(name)}", with: value.en)
        }
        return LocalizedText(zh: zh, en: en)
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
