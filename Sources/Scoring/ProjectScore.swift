import Disclosure

/// One project's score recomputed next to the published one. What cannot be recomputed is nil,
/// and what the published total holds beyond its printed parts is `unaccounted`.
public struct ProjectScore: Sendable, Equatable {
    public var projectName: String
    public var location: SourceLocation?
    /// The fund line the execution score is taken from.
    public var fundLine: FundLine?
    public var publishedRate: Percentage?
    public var recomputedRate: Percentage?
    /// True when 全年执行数 was not printed and was taken as 全年预算数 − 结余.
    public var executedIsDerived: Bool
    public var publishedExecutionScore: ExactDecimal?
    public var recomputedExecutionScore: ExactDecimal?
    /// Σ 分值 and Σ 得分 of the printed indicator rows (a blank 得分 counts as zero).
    public var weightSum: ExactDecimal
    public var indicatorScoreSum: ExactDecimal
    /// The policy's indicator total minus Σ 分值: weight whose rows are not printed.
    public var missingWeight: ExactDecimal
    public var publishedTotal: ExactDecimal?
    /// 执行率得分 (recomputed, else published) + Σ 得分.
    public var recomputedTotal: ExactDecimal?
    public var publishedGrade: String?
    /// The grade the published 总分 earns under the policy's bands.
    public var gradeOfPublishedTotal: String?
    /// The grade the recomputed 总分 earns.
    public var recomputedGrade: String?
    public var isPublishedEmpty: Bool

    /// Published 总分 − recomputed 总分; nil when either is missing.
    public var unaccounted: ExactDecimal? {
        guard let publishedTotal, let recomputedTotal else { return nil }
        return publishedTotal - recomputedTotal
    }

    /// Published − recomputed 执行率得分.
    public var executionScoreDifference: ExactDecimal? {
        guard let publishedExecutionScore, let recomputedExecutionScore else { return nil }
        return publishedExecutionScore - recomputedExecutionScore
    }
}
