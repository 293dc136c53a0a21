import Disclosure

/// Whether a printed percentage restates `part / whole × 100`, allowing for the rounding of all
/// three printed figures: the amounts may each be off by half a unit of their last decimal, and
/// the percentage by half a unit of its own.
enum PercentageCheck: Equatable {
    case exact
    case withinRounding
    case differs(expected: ExactDecimal)

    init?(printed: ExactDecimal, part: Amount, whole: Amount) {
        guard !whole.isZero, let exact = Percentage.ratio(part, of: whole, decimals: printed.scale)?.value else { return nil }
        if exact.hasSameValue(as: printed) {
            self = .exact
            return
        }
        // In 10⁻⁷ 万元, where half a unit of any printed decimal is whole.
        let partUnits = part.fen * 10, wholeUnits = whole.fen * 10
        let partSlack = RoundingEnvelope.halfUnit(decimals: part.decimals), wholeSlack = RoundingEnvelope.halfUnit(decimals: whole.decimals)
        let lowWhole = wholeUnits.magnitude > wholeSlack.magnitude ? wholeUnits - wholeSlack * wholeUnits.signum() : wholeUnits
        guard let low = ExactDecimal.quotient((partUnits - partSlack) * 100, wholeUnits + wholeSlack * wholeUnits.signum(), decimals: printed.scale),
              let high = ExactDecimal.quotient((partUnits + partSlack) * 100, lowWhole, decimals: printed.scale) else { return nil }
        let (lower, upper) = low < high ? (low, high) : (high, low)
        self = lower <= printed && printed <= upper ? .withinRounding : .differs(expected: exact)
    }
}
