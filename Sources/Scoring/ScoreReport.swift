import Disclosure

/// The text `juesuan score` prints: per project, published and recomputed 执行率得分, 总分 and
/// grade with their differences, and what part of a total cannot be accounted for.
public enum ScoreReport {
    public static func text(_ disclosure: Disclosure, policy: ScoringPolicy = .central) -> String {
        let scorer = SelfEvaluationScorer(policy: policy)
        var out = "项目支出绩效自评 \(disclosure.selfEvaluations.count) 个项目（公布值 / 重算值 / 差额）\n"
        for (index, evaluation) in disclosure.selfEvaluations.enumerated() {
            out += "\n" + project(index + 1, scorer.score(evaluation), policy: policy)
        }
        return out
    }

    static func project(_ number: Int, _ score: ProjectScore, policy: ScoringPolicy) -> String {
        let place = score.location?.line.map { "（第\($0)行）" } ?? ""
        var out = "\(number). \(score.projectName)\(place)\n"
        if score.isPublishedEmpty {
            return out + "   空表：未公布任何数字，无法评分。\n"
        }
        let derived = score.executedIsDerived ? "（全年执行数未印出，按全年预算数−结余推得）" : ""
        out += "   执行率    \(show(score.publishedRate?.value)) / \(show(score.recomputedRate?.value)) / \(difference(score.publishedRate?.value, score.recomputedRate?.value))\(derived)\n"
        out += "   执行率得分 \(show(score.publishedExecutionScore)) / \(show(score.recomputedExecutionScore)) / \(difference(score.publishedExecutionScore, score.recomputedExecutionScore))\n"
        out += "   指标      分值合计 \(score.weightSum)，得分合计 \(score.indicatorScoreSum)\n"
        out += "   总分      \(show(score.publishedTotal)) / \(show(score.recomputedTotal)) / \(difference(score.publishedTotal, score.recomputedTotal))\n"
        out += "   等级      \(score.publishedGrade ?? "—") / \(score.recomputedGrade ?? "—")"
        if let expected = score.gradeOfPublishedTotal, let printed = score.publishedGrade, expected != printed {
            out += "（按公布总分应为“\(expected)”）"
        }
        out += "\n"
        let missing = score.missingWeight
        if (ExactDecimal.zero - missing).isNegative {
            out += "   ！指标分值合计\(score.weightSum)，比\(policy.indicatorWeightTotal)少\(missing)：这部分指标行未印出"
            if let unaccounted = score.unaccounted, !unaccounted.isZero {
                out += "，总分中有\(unaccounted)分无法由印出的内容核对"
            }
            out += "\n"
        } else if let unaccounted = score.unaccounted, !unaccounted.isZero {
            out += "   ！总分与各部分之和相差\(unaccounted)分\n"
        }
        return out
    }

    static func show(_ value: ExactDecimal?) -> String { value?.description ?? "—" }

    static func difference(_ published: ExactDecimal?, _ recomputed: ExactDecimal?) -> String {
        guard let published, let recomputed else { return "—" }
        let difference = published - recomputed
        if difference.isZero { return "0" }
        return difference.isNegative ? difference.description : "+" + difference.description
    }
}
