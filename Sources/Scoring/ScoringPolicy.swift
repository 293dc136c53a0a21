import Disclosure

/// How a region scores a project self-evaluation. Every number here is a setting, not a law:
/// the defaults are the central rule (执行率 10 points, indicators 90, 优/良/中/差 at 90/80/60) and
/// the commonly stated, unverified guidance for level weights (产出 50, 效益 30, 满意度 10).
public struct ScoringPolicy: Sendable, Equatable {
    /// Points for budget execution (执行率得分 = weight × 执行率, capped at the weight).
    public var executionWeight: ExactDecimal
    /// What the indicator weights (分值) should add up to.
    public var indicatorWeightTotal: ExactDecimal
    /// Expected weight per 一级指标; only used to flag, never to fail.
    public var levelWeights: [String: ExactDecimal]
    public var bands: GradeBands
    public var indicatorPolicy: IndicatorScoringPolicy

    public init(executionWeight: ExactDecimal = ExactDecimal(10), indicatorWeightTotal: ExactDecimal = ExactDecimal(90),
                levelWeights: [String: ExactDecimal] = ["产出指标": ExactDecimal(50), "效益指标": ExactDecimal(30), "满意度指标": ExactDecimal(10)],
                bands: GradeBands = .central, indicatorPolicy: IndicatorScoringPolicy = IndicatorScoringPolicy()) {
        self.executionWeight = executionWeight
        self.indicatorWeightTotal = indicatorWeightTotal
        self.levelWeights = levelWeights
        self.bands = bands
        self.indicatorPolicy = indicatorPolicy
    }

    public static let central = ScoringPolicy()

    /// 执行率 = 执行数 / 全年预算数, as a percentage with 2 decimals, half away from zero; nil
    /// when the budget is zero.
    public func executionRate(executed: Amount, annualBudget: Amount) -> Percentage? {
        Percentage.ratio(executed, of: annualBudget, decimals: 2)
    }

    /// 执行率得分 = weight × 执行率, 2 decimals, at most the weight.
    public func executionScore(rate: Percentage) -> ExactDecimal {
        let rate = rate.value
        // weight × rate / 100, exactly, then rounded once.
        let product = ExactDecimal(units: executionWeight.units * rate.units, scale: executionWeight.scale + rate.scale + 2).rounded(to: 2)
        return (executionWeight - product).isNegative ? executionWeight.rounded(to: 2) : product
    }
}
