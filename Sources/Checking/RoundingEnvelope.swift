import Disclosure

/// How far a sum of independently rounded figures may honestly be from another figure.
///
/// Every published figure is rounded on its own to its printed decimals, so each may be off its
/// true value by half a unit of its last decimal. Two sides that are equal in truth may
/// therefore differ in print by at most the sum of those halves over every printed figure on
/// both sides. Blank cells are exact zeros and widen nothing. One figure against one figure of
/// the same decimals is the same number rounded the same way: no room at all.
public struct RoundingEnvelope: Sendable, Hashable {
    /// The width in units of 10⁻⁷ 万元, so that half a unit of a 6-decimal figure is whole.
    public let tenMillionths: Int64

    private static let scale = 7

    public init(left: [Cell], right: [Cell]) {
        let leftFigures = left.compactMap(\.printed)
        let rightFigures = right.compactMap(\.printed)
        if leftFigures.count == 1, rightFigures.count == 1, leftFigures[0].decimals == rightFigures[0].decimals {
            tenMillionths = 0
            return
        }
        tenMillionths = (leftFigures + rightFigures).reduce(0) { $0 + RoundingEnvelope.halfUnit(decimals: $1.decimals) }
    }

    /// Half a unit of the last of `decimals` 万元 decimals, in 10⁻⁷ 万元.
    static func halfUnit(decimals: Int) -> Int64 {
        5 * Int64.tenToThe(RoundingEnvelope.scale - 1 - decimals)
    }

    /// Whether rounding alone can explain `difference`.
    public func contains(_ difference: Amount) -> Bool {
        // One fen (10⁻⁶ 万元) is ten units of the envelope.
        difference.fen.magnitude * 10 <= UInt64(tenMillionths)
    }

    /// The width in 万元, without trailing zeros: `0.015`. The zeros are dropped from the integer
    /// rather than the text: trimming the text went through Foundation and cost more than the sums.
    public var description: String {
        var units = tenMillionths
        var scale = RoundingEnvelope.scale
        while scale > 0, units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        return ExactDecimal(units: units, scale: scale).description
    }
}

extension Int64 {
    static func tenToThe(_ exponent: Int) -> Int64 {
        (0..<Swift.max(0, exponent)).reduce(1) { product, _ in product * 10 }
    }
}
