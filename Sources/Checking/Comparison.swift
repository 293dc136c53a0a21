import Disclosure

/// The two comparisons every figure rule is made of, in one place so that all of them treat
/// rounding alike: equality of two sides (a total and its parts, the same figure in two
/// tables) and "part at most whole".
extension Rule {
    /// Compares Σ `actual` (the printed total) with Σ `expected` (what its parts add up to).
    /// Equal: nothing. Within the rounding envelope: a note (尾数误差). Beyond: a finding at
    /// the rule's severity. Nil when the two sides agree. Where and what to say are worked out
    /// only for a finding: most comparisons agree, and a location's strings cost more than the sum.
    func balance(_ actual: [Cell], against expected: [Cell], at location: @autoclosure () -> FindingLocation,
                 related: @autoclosure () -> [FindingLocation] = [], values: @autoclosure () -> [String: LocalizedText] = [:]) -> RuleOutcome? {
        let actualSum = actual.lazy.map(\.value).sum()
        let expectedSum = expected.lazy.map(\.value).sum()
        let difference = actualSum - expectedSum
        guard !difference.isZero else { return nil }
        let envelope = RoundingEnvelope(left: actual, right: expected)
        let rounding = envelope.contains(difference)
        return finding(at: location(), related: related(), severity: rounding ? .note : nil,
                       expected: expectedSum.description, actual: actualSum.description, difference: difference.description,
                       values: values(), suffix: rounding ? Rule.roundingSuffix(envelope) : nil)
    }

    /// `part ≤ whole`, allowing for rounding when the two were printed with different decimals.
    func atMost(_ part: [Cell], _ whole: [Cell], at location: @autoclosure () -> FindingLocation,
                related: @autoclosure () -> [FindingLocation] = [], values: @autoclosure () -> [String: LocalizedText] = [:]) -> RuleOutcome? {
        let partSum = part.lazy.map(\.value).sum()
        let wholeSum = whole.lazy.map(\.value).sum()
        let excess = partSum - wholeSum
        guard excess.fen > 0 else { return nil }
        let envelope = RoundingEnvelope(left: part, right: whole)
        let rounding = envelope.contains(excess)
        return finding(at: location(), related: related(), severity: rounding ? .note : nil,
                       expected: "≤ " + wholeSum.description, actual: partSum.description, difference: excess.description,
                       values: values(), suffix: rounding ? Rule.roundingSuffix(envelope) : nil)
    }

    static func roundingSuffix(_ envelope: RoundingEnvelope) -> LocalizedText {
        LocalizedText(zh: "（差额在尾数误差范围 ±\(envelope.description) 万元内）",
                      en: " (within the rounding envelope of ±\(envelope.description) 万元)")
    }
}
