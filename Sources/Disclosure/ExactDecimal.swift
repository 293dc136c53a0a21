/// A decimal number held as an integer and a scale, so that printed figures such as
/// `94.87`, `16.9` or `1.568` are kept exactly, with the number of decimals they were printed with.
///
/// Equality compares both the value and the scale (`1.5` and `1.50` are different printings);
/// use ``hasSameValue(as:)`` to compare values only.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value multiplied by `10^scale`.
    public let units: Int64
    /// Digits after the decimal point.
    public let scale: Int

    public init(units: Int64, scale: Int) {
        precondition((0...12).contains(scale), "scale out of range")
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) {
        self.init(units: Int64(integer), scale: 0)
    }

    public static let zero = ExactDecimal(units: 0, scale: 0)

    /// Parses `-12.5`, `１２．５`, `1,234.5`; nil when the text is not a plain decimal number.
    public init?(parsing text: String) {
        guard let parsed = NumberText.parse(text) else { return nil }
        self.init(units: parsed.units, scale: parsed.scale)
    }

    public var isZero: Bool { units == 0 }
    public var isNegative: Bool { units < 0 }

    /// The same value at a larger scale; nil when `newScale` is smaller or the value overflows.
    public func rescaled(to newScale: Int) -> ExactDecimal? {
        guard newScale >= scale else { return nil }
        let (product, overflow) = units.multipliedReportingOverflow(by: Int64.power10(newScale - scale))
        return overflow ? nil : ExactDecimal(units: product, scale: newScale)
    }

    /// Rounded to `decimals` digits, half away from zero: the convention of published documents.
    public func rounded(to decimals: Int) -> ExactDecimal {
        if decimals >= scale { return rescaled(to: decimals) ?? self }
        let divisor = Int64.power10(scale - decimals)
        return ExactDecimal(units: units.dividedRoundingHalfAwayFromZero(by: divisor), scale: decimals)
    }

    /// `numerator / denominator`, rounded half away from zero to `decimals` digits; nil when the
    /// denominator is zero. Integer arithmetic only.
    public static func quotient(_ numerator: Int64, _ denominator: Int64, decimals: Int) -> ExactDecimal? {
        guard denominator != 0 else { return nil }
        let scaled = numerator.multipliedFullWidth(by: Int64.power10(decimals))
        let value = Int64.divideRoundingHalfAwayFromZero(high: scaled.high, low: scaled.low, by: denominator)
        return value.map { ExactDecimal(units: $0, scale: decimals) }
    }

    public func hasSameValue(as other: ExactDecimal) -> Bool {
        ExactDecimal.compareValues(self, other) == 0
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let order = compareValues(lhs, rhs)
        return order != 0 ? order < 0 : lhs.scale < rhs.scale
    }

    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let scale = max(lhs.scale, rhs.scale)
        return ExactDecimal(units: lhs.aligned(to: scale) + rhs.aligned(to: scale), scale: scale)
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs + ExactDecimal(units: -rhs.units, scale: rhs.scale)
    }

    public var magnitude: ExactDecimal { ExactDecimal(units: Swift.abs(units), scale: scale) }

    public var description: String { NumberText.format(units: units, scale: scale, grouping: false) }

    /// With thousands separators, as the narrative prints amounts (`5,029.36`).
    public var groupedDescription: String { NumberText.format(units: units, scale: scale, grouping: true) }

    private func aligned(to newScale: Int) -> Int64 {
        units * Int64.power10(newScale - scale)
    }

    /// -1, 0, 1 comparing values without overflow on realistic magnitudes.
    private static func compareValues(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        let scale = max(a.scale, b.scale)
        let left = a.units.multipliedFullWidth(by: Int64.power10(scale - a.scale))
        let right = b.units.multipliedFullWidth(by: Int64.power10(scale - b.scale))
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }
}

extension ExactDecimal: Codable {
    /// Encoded as its printed string (`"94.87"`) so that the scale survives a round trip.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ExactDecimal(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a decimal number, found \(text)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Int64 {
    static func power10(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<Swift.max(0, exponent) { result *= 10 }
        return result
    }

    func dividedRoundingHalfAwayFromZero(by divisor: Int64) -> Int64 {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        if Swift.abs(remainder) * 2 >= Swift.abs(divisor) {
            return quotient + ((self < 0) != (divisor < 0) ? -1 : 1)
        }
        return quotient
    }

    /// Divides a 128-bit signed value by `divisor`, rounding half away from zero; nil on overflow.
    static func divideRoundingHalfAwayFromZero(high: Int64, low: UInt64, by divisor: Int64) -> Int64? {
        let negative = (high < 0) != (divisor < 0)
        // Magnitude of the 128-bit dividend.
        var magnitudeHigh = UInt64(bitPattern: high)
        var magnitudeLow = low
        if high < 0 {
            magnitudeLow = ~magnitudeLow &+ 1
            magnitudeHigh = ~magnitudeHigh &+ (magnitudeLow == 0 ? 1 : 0)
        }
        let divisorMagnitude = divisor.magnitude
        guard magnitudeHigh < divisorMagnitude else { return nil }
        let (quotient, remainder) = divisorMagnitude.dividingFullWidth((magnitudeHigh, magnitudeLow))
        var rounded = quotient
        if remainder >= divisorMagnitude - remainder { rounded += 1 }
        guard rounded <= UInt64(Int64.max) else { return nil }
        return negative ? -Int64(rounded) : Int64(rounded)
    }
}
