/// The level of a functional classification code: 类 (3 digits), 款 (5) or 项 (7).
public enum FunctionalLevel: String, Sendable, Codable, CaseIterable {
    case `class` = "类"
    case section = "款"
    case item = "项"
}

/// A 支出功能分类科目 code. Each code's prefix is its parent, so the hierarchy needs no table.
public struct FunctionalCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let digits: String

    /// Nil unless `text` is 3, 5 or 7 ASCII digits (spaces between groups, as some PDFs print
    /// `208 05 01`, are removed).
    public init?(_ text: String) {
        guard let digits = CodeDigits.of(text, counts: [3, 5, 7]) else { return nil }
        self.digits = digits
    }

    public var level: FunctionalLevel {
        switch digits.utf8.count {
        case 3: .class
        case 5: .section
        default: .item
        }
    }

    /// A prefix of a valid code is valid: no need to check it again.
    private init(validPrefix: Substring) { digits = String(validPrefix) }

    public var parent: FunctionalCode? {
        digits.utf8.count > 3 ? FunctionalCode(validPrefix: digits.prefix(digits.utf8.count - 2)) : nil
    }

    /// The 类 this code belongs to.
    public var classCode: FunctionalCode { FunctionalCode(validPrefix: digits.prefix(3)) }

    /// Whether `other` is directly below this code, asked without building `other.parent`: the
    /// hierarchy checks ask it of every row pair.
    public func isParent(of other: FunctionalCode) -> Bool {
        other.digits.utf8.count == digits.utf8.count + 2 && other.digits.hasBytePrefix(digits)
    }

    public func isAncestor(of other: FunctionalCode) -> Bool {
        other.digits.utf8.count > digits.utf8.count && other.digits.hasBytePrefix(digits)
    }

    public var description: String { digits }
    public static func < (lhs: FunctionalCode, rhs: FunctionalCode) -> Bool { lhs.digits < rhs.digits }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = FunctionalCode(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a 3, 5 or 7 digit functional code, found \(text)")
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}

/// The level of an economic classification code: 类 (3 digits) or 款 (5).
public enum EconomicLevel: String, Sendable, Codable, CaseIterable {
    case `class` = "类"
    case section = "款"
}

/// A 支出经济分类科目 code (部门预算 edition): 301 工资福利支出, 30101 基本工资, ….
public struct EconomicCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let digits: String

    public init?(_ text: String) {
        guard let digits = CodeDigits.of(text, counts: [3, 5]) else { return nil }
        self.digits = digits
    }

    public var level: EconomicLevel { digits.utf8.count == 3 ? .class : .section }
    private init(validPrefix: Substring) { digits = String(validPrefix) }

    public var parent: EconomicCode? { digits.utf8.count == 5 ? EconomicCode(validPrefix: digits.prefix(3)) : nil }
    public var classCode: EconomicCode { EconomicCode(validPrefix: digits.prefix(3)) }

    /// 人员经费 classes (301, 303); every other class is 公用经费.
    public var isPersonnel: Bool { classCode.digits == "301" || classCode.digits == "303" }

    public var description: String { digits }
    public static func < (lhs: EconomicCode, rhs: EconomicCode) -> Bool { lhs.digits < rhs.digits }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = EconomicCode(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a 3 or 5 digit economic code, found \(text)")
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}

/// The digits of a printed code: ASCII digits, with spaces between groups removed, as some
/// PDFs print `208 05 01`. Told by the bytes, since a digit or a space is one byte and one
/// character: most texts asked are no code, and any other byte rules them out before a copy.
enum CodeDigits {
    static func of(_ text: String, counts: [Int]) -> String? {
        var count = 0
        for byte in text.utf8 {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { count += 1 } else if byte != UInt8(ascii: " ") { return nil }
        }
        guard counts.contains(count) else { return nil }
        return count == text.utf8.count ? text : text.filter { $0 != " " }
    }
}

extension Character {
    /// 0–9 only: `isNumber` alone also takes full-width digits and numerals such as 五.
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
