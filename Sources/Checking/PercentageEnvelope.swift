import Disclosure

/// Whether a printed percentage restates `part / whole × 100`, allowing for the rounding of all
/// three printed figures: the amounts may each be off by half a unit of their last decimal, and
/// the percentage by half a unit of its own.
enum PercentageCheck: Equatable {
    case exact
    case withinRounding
    /// One unit of the percentage's last decimal beyond the envelope: what computing from
    /// unrounded (元-level) figures gives, worth a warning rather than an error.
    case justBeyondRounding(expected: ExactDecimal)
    case differs(expected: ExactDecimal)

    /// `wholeFigures` is how many printed figures the whole is derived from (a prior year
    /// computed as this year ∓ the change has the slack of both).
    init?(printed: ExactDecimal, part: Amount, whole: Amount, wholeFigures: Int64 = 1) {
        guard !whole.isZero, let exact = Percentage.ratio(part, of: whole, decimals: printed.scale)?.value else { return nil }
        if exact.hasSameValue(as: printed) {
            self = .exact
            return
        }
        // In 10⁻⁷ 万元, where half a unit of any printed decimal is whole.
        let partUnits = part.fen * 10, wholeUnits = whole.fen * 10
        let partSlack = RoundingEnvelope.halfUnit(decimals: part.decimals)
        let wholeSlack = RoundingEnvelope.halfUnit(decimals: whole.decimals) * wholeFigures
        let lowWhole = wholeUnits.magnitude > wholeSlack.magnitude ? wholeUnits - wholeSlack * wholeUnits.signum() : wholeUnits
        guard let low = ExactDecimal.quotient((partUnits - partSlack) * 100, wholeUnits + wholeSlack * wholeUnits.signum(), decimals: printed.scale),
              let high = ExactDecimal.quotient((partUnits + partSlack) * 100, lowWhole, decimals: printed.scale) else { return nil }
        let (lower, upper) = low < high ? (low, high) : (high, low)
        let unit = ExactDecimal(units: 1, scale: printed.scale)
        if lower <= printed && printed <= upper {
            self = .withinRounding
        } else if lower - unit <= printed && printed <= upper + unit {
            self = .justBeyondRounding(expected: exact)
        } else {
            self = .differs(expected: exact)
        }
    }
}
