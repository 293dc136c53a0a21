import Disclosure

/// The default way to score one indicator, used to flag implausible published scores, never to
/// overrule them: a target met earns the full weight; a quantitative target missed earns about
/// actual/target of the weight; a qualitative result earns a share by its band.
public struct IndicatorScoringPolicy: Sendable, Equatable {
    /// Share of the weight per qualitative result phrase (matched by prefix, longest first).
    public var qualitativeBands: [(phrase: String, share: ExactDecimal)]

    public init(qualitativeBands: [(phrase: String, share: ExactDecimal)] = IndicatorScoringPolicy.defaultBands) {
        self.qualitativeBands = qualitativeBands.sorted { $0.phrase.count > $1.phrase.count }
    }

    public static let defaultBands: [(phrase: String, share: ExactDecimal)] = [
        ("达成预期指标并具有", ExactDecimal(units: 8, scale: 1)),
        ("达成预期指标", ExactDecimal(1)), ("完成预期指标", ExactDecimal(1)),
        ("部分达成预期指标", ExactDecimal(units: 6, scale: 1)),
        ("未完成预期指标且效果较差", ExactDecimal(0)), ("未达成预期指标", ExactDecimal(0)),
    ]

    public static func == (lhs: IndicatorScoringPolicy, rhs: IndicatorScoringPolicy) -> Bool {
        lhs.qualitativeBands.map(\.phrase) == rhs.qualitativeBands.map(\.phrase) && lhs.qualitativeBands.map(\.share) == rhs.qualitativeBands.map(\.share)
    }

    /// Whether the actual value meets the target; nil when the two cannot be compared.
    public func isMet(_ indicator: PerformanceIndicator) -> Bool? {
        guard let target = indicator.target, let actual = indicator.actual else { return nil }
        if actual.kind == .qualitative { return share(of: actual.printed).map { $0 == ExactDecimal(1) } }
        guard target.kind == .quantitative, actual.kind == .quantitative, let goal = target.value, let reached = actual.value,
              target.unit == actual.unit || actual.unit == nil || target.unit == nil else { return nil }
        switch target.comparator ?? .equal {
        case .atLeast, .greater: return !(reached - goal).isNegative
        case .atMost, .less: return !(goal - reached).isNegative
        case .equal, .approximately: return reached.hasSameValue(as: goal) || (goal.isZero == false && !(reached - goal).isNegative)
        }
    }

    /// The score this policy would give, or nil when it cannot tell.
    public func expectedScore(_ indicator: PerformanceIndicator) -> ExactDecimal? {
        guard let weight = indicator.weight, let actual = indicator.actual else { return nil }
        if actual.kind == .qualitative, let share = share(of: actual.printed) { return (weight * share).rounded(to: 2) }
        guard let met = isMet(indicator) else { return nil }
        if met { return weight }
        guard let target = indicator.target, let goal = target.value, let reached = actual.value, !goal.isZero,
              target.comparator == .atLeast || target.comparator == .greater || target.comparator == .equal else { return nil }
        return ExactDecimal.quotient(weight.units * reached.units * Int64.tenPower(goal.scale), goal.units * Int64.tenPower(weight.scale + reached.scale), decimals: 2)
    }

    /// Compared by bytes: `hasPrefix` compares Chinese text character by character, and the
    /// checks ask this of every indicator.
    private func share(of phrase: String) -> ExactDecimal? {
        qualitativeBands.first { phrase.hasBytePrefix($0.phrase) }?.share
    }
}

extension ExactDecimal {
    static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        ExactDecimal(units: lhs.units * rhs.units, scale: lhs.scale + rhs.scale)
    }
}

extension Int64 {
    static func tenPower(_ exponent: Int) -> Int64 {
        (0..<Swift.max(0, exponent)).reduce(1) { result, _ in result * 10 }
    }
}
