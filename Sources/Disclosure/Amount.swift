/// The unit a document prints its amounts in.
public enum MoneyUnit: String, Sendable, Codable, CaseIterable {
    case yuan = "元"
    case tenThousandYuan = "万元"

    /// Decimals of 万元 in one unit's decimal place: a 元 figure's 2 decimals are 6 of 万元.
    var shiftToTenThousand: Int { self == .yuan ? 4 : 0 }
}

/// An exact sum of money, never floating point.
///
/// Held as an integer count of fen (0.01 元), so that 万元 figures with up to six decimals and
/// 元 figures with two are exact. `decimals` is the number of 万元 decimals the figure was
/// published with: the rounding tolerance of a sum depends on it, and printing keeps it.
public struct Amount: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let fen: Int64
    public let decimals: Int

    /// Fen per 万元.
    static let fenPerTenThousand: Int64 = 1_000_000
    static let maxDecimals = 6

    /// An amount of `fen`; `decimals` grows if needed so that printing never loses a digit.
    public init(fen: Int64, decimals: Int = 2) {
        self.fen = fen
        self.decimals = max(min(decimals, Amount.maxDecimals), Amount.requiredDecimals(fen))
    }

    public static let zero = Amount(fen: 0, decimals: 2)

    /// Parses a printed amount in `unit`: `5,029.36`, `5029.36`, `-0.5`, full-width digits.
    /// Nil when the text is not a number or holds more decimals than fen can represent.
    public init?(parsing text: String, unit: MoneyUnit = .tenThousandYuan) {
        guard let parsed = NumberText.parse(text) else { return nil }
        let decimals = parsed.scale + unit.shiftToTenThousand
        guard decimals <= Amount.maxDecimals else { return nil }
        let (fen, overflow) = parsed.units.multipliedReportingOverflow(by: Int64.power10(Amount.maxDecimals - decimals))
        guard !overflow else { return nil }
        self.init(fen: fen, decimals: decimals)
    }

    /// An amount given as an exact number of 万元.
    public init?(tenThousandYuan value: ExactDecimal) {
        guard value.scale <= Amount.maxDecimals else { return nil }
        self.init(fen: value.units * Int64.power10(Amount.maxDecimals - value.scale), decimals: value.scale)
    }

    public var isZero: Bool { fen == 0 }
    public var isNegative: Bool { fen < 0 }

    /// The value in 万元 at the published number of decimals.
    public var tenThousandYuan: ExactDecimal {
        ExactDecimal(units: fen / Int64.power10(Amount.maxDecimals - decimals), scale: decimals)
    }

    /// Printed in 万元 with the published decimals, without grouping: `5029.36`.
    public var description: String { tenThousandYuan.description }

    /// Printed in 万元 with thousands separators, as narratives print it: `5,029.36`.
    public var grouped: String { tenThousandYuan.groupedDescription }

    /// Printed with exactly `places` decimals of 万元, rounding half away from zero.
    public func formatted(decimals places: Int, grouping: Bool = false) -> String {
        let value = tenThousandYuan.rounded(to: places)
        return grouping ? value.groupedDescription : value.description
    }

    /// Same value, ignoring how many decimals were printed.
    public func hasSameValue(as other: Amount) -> Bool { fen == other.fen }

    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        lhs.fen != rhs.fen ? lhs.fen < rhs.fen : lhs.decimals < rhs.decimals
    }

    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        Amount(fen: lhs.fen + rhs.fen, decimals: max(lhs.decimals, rhs.decimals))
    }

    public static func - (lhs: Amount, rhs: Amount) -> Amount {
        Amount(fen: lhs.fen - rhs.fen, decimals: max(lhs.decimals, rhs.decimals))
    }

    public static prefix func - (value: Amount) -> Amount {
        Amount(fen: -value.fen, decimals: value.decimals)
    }

    public static func += (lhs: inout Amount, rhs: Amount) { lhs = lhs + rhs }

    public var magnitude: Amount { Amount(fen: Swift.abs(fen), decimals: decimals) }

    /// The 万元 decimals needed to print `fen` exactly.
    static func requiredDecimals(_ fen: Int64) -> Int {
        var decimals = Amount.maxDecimals
        var value = fen
        while decimals > 0, value % 10 == 0 {
            value /= 10
            decimals -= 1
        }
        return decimals
    }
}

extension Sequence where Element == Amount {
    /// The exact sum, printed with the most decimals of its terms; `.zero` for an empty sequence.
    /// Inlinable, so that it is specialised where it is called: a generic sum boxed every term
    /// it took from the iterator, and checking sums thousands of rows.
    @inlinable
    public func sum() -> Amount {
        var iterator = makeIterator()
        guard let first = iterator.next() else { return .zero }
        var total = first
        while let next = iterator.next() { total += next }
        return total
    }
}

extension Amount: Codable {
    /// Encoded as the printed 万元 string (`"5029.36"`): exact, and keeps the published decimals.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let amount = Amount(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an amount in 万元, found \(text)")
        }
        self = amount
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A percentage as printed (`94.87` for 94.87%), exact.
public struct Percentage: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let value: ExactDecimal

    public init(_ value: ExactDecimal) { self.value = value }

    public init?(parsing text: String) {
        var trimmed = NumberText.normalized(text)
        if trimmed.hasSuffix("%") || trimmed.hasSuffix("％") { trimmed.removeLast() }
        guard let value = ExactDecimal(parsing: trimmed) else { return nil }
        self.value = value
    }

    /// `part / whole × 100`, rounded once, half away from zero; nil when `whole` is zero.
    public static func ratio(_ part: Amount, of whole: Amount, decimals: Int = 2) -> Percentage? {
        ExactDecimal.quotient(part.fen * 100, whole.fen, decimals: decimals).map(Percentage.init)
    }

    /// The change from `prior` to `current` as a percentage of `prior`; nil from a zero base.
    public static func change(from prior: Amount, to current: Amount, decimals: Int = 2) -> Percentage? {
        ratio(current - prior, of: prior, decimals: decimals)
    }

    public var description: String { value.description + "%" }

    public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.value < rhs.value }

    public init(from decoder: Decoder) throws { value = try ExactDecimal(from: decoder) }
    public func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
