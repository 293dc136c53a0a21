import Disclosure

/// Recomputes a project's 执行率, 执行率得分, 总分 and grade from its printed parts.
public struct SelfEvaluationScorer: Sendable {
    public var policy: ScoringPolicy

    public init(policy: ScoringPolicy = .central) {
        self.policy = policy
    }

    public func score(_ evaluation: SelfEvaluation) -> ProjectScore {
        let line = Self.scoredLine(of: evaluation)
        var executedIsDerived = false
        var executed = line?.executed
        if executed == nil, let annual = line?.annualBudget, let balance = line?.balance {
            executed = annual - balance
            executedIsDerived = true
        }
        let rate = executed.flatMap { executed in line?.annualBudget.flatMap { policy.executionRate(executed: executed, annualBudget: $0) } }
        // A zero budget has no rate; nothing spent then scores nothing.
        let recomputedExecutionScore = rate.map(policy.executionScore) ?? (line?.annualBudget?.isZero == true ? ExactDecimal(units: 0, scale: 2) : nil)
        let weights = evaluation.indicators.compactMap(\.weight)
        let weightSum = weights.reduce(ExactDecimal.zero, +)
        let scoreSum = evaluation.indicators.compactMap(\.score).reduce(ExactDecimal.zero, +)
        let executionPart = recomputedExecutionScore ?? line?.executionScore
        let total = evaluation.isPublishedEmpty ? nil : executionPart.map { $0 + scoreSum }
        return ProjectScore(
            projectName: evaluation.projectName, location: evaluation.location, fundLine: line,
            publishedRate: line?.executionRate, recomputedRate: rate, executedIsDerived: executedIsDerived,
            publishedExecutionScore: line?.executionScore, recomputedExecutionScore: recomputedExecutionScore,
            weightSum: weightSum, indicatorScoreSum: scoreSum,
            missingWeight: evaluation.isPublishedEmpty ? ExactDecimal.zero : policy.indicatorWeightTotal - weightSum,
            publishedTotal: evaluation.totalScore, recomputedTotal: total, publishedGrade: evaluation.grade,
            gradeOfPublishedTotal: evaluation.totalScore.flatMap(policy.bands.grade(for:)),
            recomputedGrade: total.flatMap(policy.bands.grade(for:)), isPublishedEmpty: evaluation.isPublishedEmpty)
    }

    /// The line whose 得分 is the project's execution score: 资金总额 when it carries figures,
    /// otherwise the first line with a printed 得分, otherwise the first line.
    public static func scoredLine(of evaluation: SelfEvaluation) -> FundLine? {
        let lines = evaluation.fundLines
        let isTotal: (FundLine) -> Bool = { $0.source?.hasBytePrefix("资金总额") == true }
        return lines.first { isTotal($0) && $0.executionScore != nil && $0.annualBudget != nil }
            ?? lines.first { $0.executionScore != nil && $0.annualBudget != nil }
            ?? lines.first { isTotal($0) && $0.annualBudget != nil }
            ?? lines.first { $0.annualBudget != nil }
            ?? lines.first
    }
}
