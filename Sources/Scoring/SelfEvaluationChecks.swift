import Disclosure

/// The `JX` family: checks of the project self-evaluations against their own arithmetic, the
/// department and the narrative. Each rule is a pure function of the disclosure and the policy.
public struct SelfEvaluationRule: Sendable {
    public var id: String
    public var title: String
    public var check: @Sendable (Disclosure, ScoringPolicy) -> [SelfEvaluationFinding]
}

public enum SelfEvaluationChecks {
    public static let rules: [SelfEvaluationRule] = [
        SelfEvaluationRule(id: "JX-001", title: "执行率、结余与执行率得分的算术", check: fundArithmetic),
        SelfEvaluationRule(id: "JX-002", title: "指标分值合计为90（另加执行率10分）", check: weightTotal),
        SelfEvaluationRule(id: "JX-003", title: "指标得分不超过分值", check: scoreWithinWeight),
        SelfEvaluationRule(id: "JX-004", title: "总分等于执行率得分加各指标得分", check: totalOfParts),
        SelfEvaluationRule(id: "JX-005", title: "等级与总分相符", check: gradeMatchesTotal),
        SelfEvaluationRule(id: "JX-006", title: "主管部门与预算单位代码与本部门一致", check: codesAgree),
        SelfEvaluationRule(id: "JX-007", title: "自评表不得空表公开", check: emptyTable),
        SelfEvaluationRule(id: "JX-008", title: "达标扣分或未达标满分", check: scoreAgainstResult),
        SelfEvaluationRule(id: "JX-009", title: "同一指标在各项目间评分一致", check: sameIndicatorAcrossProjects),
        SelfEvaluationRule(id: "JX-010", title: "情况说明中的自评汇总与附件一致", check: narrativeSummary),
        SelfEvaluationRule(id: "JX-011", title: "全年预算数调减至与执行数相等", check: budgetCutToSpending),
    ]

    /// Every rule's findings, in rule order.
    public static func check(_ disclosure: Disclosure, policy: ScoringPolicy = .central) -> [SelfEvaluationFinding] {
        rules.flatMap { $0.check(disclosure, policy) }
    }

    static let cent = ExactDecimal(units: 1, scale: 2)

    static func exceeds(_ difference: ExactDecimal, _ tolerance: ExactDecimal) -> Bool {
        (tolerance - difference.magnitude).isNegative
    }

    static func fundArithmetic(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        var findings: [SelfEvaluationFinding] = []
        for evaluation in disclosure.selfEvaluations {
            for line in evaluation.fundLines {
                let at = line.location ?? evaluation.location
                let source = line.source ?? "资金行"
                if let annual = line.annualBudget, let executed = line.executed, let balance = line.balance,
                   !(annual - executed).hasSameValue(as: balance) {
                    findings.append(SelfEvaluationFinding(ruleID: "JX-001", severity: .error, project: evaluation.projectName, location: at,
                                                          expected: (annual - executed).description, actual: balance.description,
                                                          message: "\(source)结余应为全年预算数减全年执行数"))
                }
                let executed = line.executed ?? line.annualBudget.flatMap { annual in line.balance.map { annual - $0 } }
                if let annual = line.annualBudget, let executed, let printed = line.executionRate,
                   let rate = policy.executionRate(executed: executed, annualBudget: annual), exceeds(rate.value - printed.value, cent) {
                    findings.append(SelfEvaluationFinding(ruleID: "JX-001", severity: .error, project: evaluation.projectName, location: at,
                                                          expected: rate.description, actual: printed.description, message: "\(source)执行率与执行数/全年预算数不符"))
                }
                if let printed = line.executionRate, let score = line.executionScore,
                   exceeds(policy.executionScore(rate: printed) - score, cent) {
                    findings.append(SelfEvaluationFinding(ruleID: "JX-001", severity: .error, project: evaluation.projectName, location: at,
                                                          expected: policy.executionScore(rate: printed).description, actual: score.description,
                                                          message: "\(source)执行率得分应为执行率×10（至多10分）"))
                }
            }
        }
        return findings
    }

    static func weightTotal(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        disclosure.selfEvaluations.filter { !$0.isPublishedEmpty }.compactMap { evaluation in
            let sum = evaluation.indicators.compactMap(\.weight).reduce(ExactDecimal.zero, +)
            guard !sum.hasSameValue(as: policy.indicatorWeightTotal) else { return nil }
            let message = evaluation.indicators.isEmpty ? "没有印出任何指标行" : "指标分值合计\(sum)，应为\(policy.indicatorWeightTotal)；缺少或多出的指标行无法核对"
            return SelfEvaluationFinding(ruleID: "JX-002", severity: .error, project: evaluation.projectName, location: evaluation.location,
                                         expected: policy.indicatorWeightTotal.description, actual: sum.description, message: message)
        }
    }

    static func scoreWithinWeight(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        disclosure.selfEvaluations.flatMap { evaluation in
            evaluation.indicators.compactMap { indicator in
                guard let weight = indicator.weight, let score = indicator.score, (weight - score).isNegative else { return nil }
                return SelfEvaluationFinding(ruleID: "JX-003", severity: .error, project: evaluation.projectName, location: indicator.location,
                                             expected: "≤\(weight)", actual: score.description, message: "指标“\(indicator.name)”得分超过分值")
            }
        }
    }

    static func totalOfParts(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        let scorer = SelfEvaluationScorer(policy: policy)
        return disclosure.selfEvaluations.compactMap { evaluation in
            let score = scorer.score(evaluation)
            guard let unaccounted = score.unaccounted, exceeds(unaccounted, cent), let total = score.recomputedTotal else { return nil }
            var message = "总分\(score.publishedTotal?.description ?? "")不等于执行率得分加各指标得分\(total)，差\(unaccounted)"
            if (ExactDecimal.zero - score.missingWeight).isNegative {
                message += "；指标分值合计只有\(score.weightSum)，缺\(score.missingWeight)分值的指标行未印出"
            }
            return SelfEvaluationFinding(ruleID: "JX-004", severity: .error, project: evaluation.projectName, location: evaluation.location,
                                         expected: total.description, actual: score.publishedTotal?.description, message: message)
        }
    }

    static func gradeMatchesTotal(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        disclosure.selfEvaluations.compactMap { evaluation in
            guard let total = evaluation.totalScore, let grade = evaluation.grade, let expected = policy.bands.grade(for: total), expected != grade else { return nil }
            return SelfEvaluationFinding(ruleID: "JX-005", severity: .error, project: evaluation.projectName, location: evaluation.location,
                                         expected: expected, actual: grade, message: "总分\(total)应评为“\(expected)”")
        }
    }

    static func codesAgree(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        guard let department = disclosure.metadata.departmentCode else { return [] }
        return disclosure.selfEvaluations.flatMap { evaluation -> [SelfEvaluationFinding] in
            var findings: [SelfEvaluationFinding] = []
            if let unit = evaluation.budgetUnit, !unit.code.hasPrefix(department) {
                findings.append(SelfEvaluationFinding(ruleID: "JX-006", severity: .error, project: evaluation.projectName, location: evaluation.location,
                                                      expected: "\(department)…", actual: unit.code, message: "预算单位代码\(unit.code)不属于本部门\(department)"))
            }
            if let supervisor = evaluation.supervisingDepartment, supervisor.code != department {
                findings.append(SelfEvaluationFinding(ruleID: "JX-006", severity: .note, project: evaluation.projectName, location: evaluation.location,
                                                      expected: department, actual: supervisor.code,
                                                      message: "主管部门为\(supervisor.description)，非本部门（上级转移支付项目常见）"))
            }
            return findings
        }
    }

    static func emptyTable(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        disclosure.selfEvaluations.filter(\.isPublishedEmpty).map { evaluation in
            SelfEvaluationFinding(ruleID: "JX-007", severity: .error, project: evaluation.projectName, location: evaluation.location,
                                  message: "“\(evaluation.title)”只有标题，没有内容")
        }
    }

    static func scoreAgainstResult(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        disclosure.selfEvaluations.flatMap { evaluation in
            evaluation.indicators.compactMap { indicator -> SelfEvaluationFinding? in
                guard let weight = indicator.weight, let met = policy.indicatorPolicy.isMet(indicator) else { return nil }
                let score = indicator.score ?? ExactDecimal.zero
                if met, (score - weight).isNegative, indicator.actual?.kind != .qualitative {
                    return SelfEvaluationFinding(ruleID: "JX-008", severity: .warning, project: evaluation.projectName, location: indicator.location,
                                                 expected: weight.description, actual: score.description,
                                                 message: "指标“\(indicator.name)”实际值\(indicator.actual?.printed ?? "")达到目标\(indicator.target?.printed ?? "")，却被扣分")
                }
                if !met, score.hasSameValue(as: weight), !weight.isZero {
                    return SelfEvaluationFinding(ruleID: "JX-008", severity: .warning, project: evaluation.projectName, location: indicator.location,
                                                 expected: policy.indicatorPolicy.expectedScore(indicator).map { "约\($0)" }, actual: score.description,
                                                 message: "指标“\(indicator.name)”实际值\(indicator.actual?.printed ?? "")未达到目标\(indicator.target?.printed ?? "")，却得满分")
                }
                return nil
            }
        }
    }

    static func sameIndicatorAcrossProjects(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        // Same name, target and actual across projects should earn the same share of the weight.
        // Keyed by the printed words' bytes: String's hashing normalises Unicode first, which made
        // this check a tenth of checking the seed.
        struct Key: Hashable { var name: PrintedWord, target: PrintedWord, actual: PrintedWord }
        var seen: [Key: (project: String, share: ExactDecimal)] = [:]
        seen.reserveCapacity(disclosure.selfEvaluations.reduce(0) { $0 + $1.indicators.count })
        var findings: [SelfEvaluationFinding] = []
        // Indicators read in place by index: copying each one out cost as much as the lookups.
        for evaluation in disclosure.selfEvaluations.indices {
            let project = disclosure.selfEvaluations[evaluation].projectName
            let indicators = disclosure.selfEvaluations[evaluation].indicators
            for index in indicators.indices {
                guard let weight = indicators[index].weight, !weight.isZero, let target = indicators[index].target?.printed,
                      let actual = indicators[index].actual?.printed else { continue }
                let score = indicators[index].score ?? .zero
                guard let share = ExactDecimal.quotient(score.units * Int64.tenPower(weight.scale), weight.units * Int64.tenPower(score.scale), decimals: 2) else { continue }
                let name = indicators[index].name
                let key = Key(name: PrintedWord(name), target: PrintedWord(target), actual: PrintedWord(actual))
                guard let earlier = seen[key] else {
                    seen[key] = (project, share)
                    continue
                }
                if earlier.project != project, !earlier.share.hasSameValue(as: share) {
                    findings.append(SelfEvaluationFinding(ruleID: "JX-009", severity: .warning, project: project, location: indicators[index].location,
                                                          expected: "得分率\(earlier.share)", actual: "得分率\(share)",
                                                          message: "指标“\(name)”目标与实际相同，但与“\(earlier.project)”的评分不一致"))
                }
            }
        }
        return findings
    }

    static func narrativeSummary(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        guard let summary = NarrativeEvaluationSummary.find(in: disclosure.narrative, grades: policy.bands.grades) else { return [] }
        let evaluations = disclosure.selfEvaluations
        var findings: [SelfEvaluationFinding] = []
        let published = evaluations.filter { !$0.isPublishedEmpty }
        if let count = summary.projectCount, count != evaluations.count {
            findings.append(SelfEvaluationFinding(ruleID: "JX-010", severity: .error, location: summary.location,
                                                  expected: "\(evaluations.count)（其中\(published.count)张有内容）", actual: "\(count)",
                                                  message: "情况说明称自评项目\(count)个，附件只有\(evaluations.count)张自评表；未公开的\(max(0, count - evaluations.count))个项目须说明原因"))
        }
        if let funds = summary.funds {
            let covered = published.compactMap { SelfEvaluationScorer.scoredLine(of: $0)?.annualBudget }.sum()
            if !funds.hasSameValue(as: covered) {
                findings.append(SelfEvaluationFinding(ruleID: "JX-010", severity: .error, location: summary.location,
                                                      expected: covered.description, actual: funds.description,
                                                      message: "情况说明称涉及资金\(funds)万元，附件各表全年预算数合计\(covered)万元"))
            }
        }
        for (grade, count) in summary.gradeCounts {
            let actual = published.filter { $0.grade == grade }.count
            if actual != count {
                findings.append(SelfEvaluationFinding(ruleID: "JX-010", severity: .error, location: summary.location, expected: "\(actual)", actual: "\(count)",
                                                      message: "情况说明称\(count)个项目自评为“\(grade)”，附件中有\(actual)个"))
            }
        }
        return findings
    }

    static func budgetCutToSpending(_ disclosure: Disclosure, _ policy: ScoringPolicy) -> [SelfEvaluationFinding] {
        disclosure.selfEvaluations.compactMap { evaluation in
            guard let line = SelfEvaluationScorer.scoredLine(of: evaluation), let initial = line.initialBudget, let annual = line.annualBudget,
                  let executed = line.executed, (annual - initial).isNegative, executed.hasSameValue(as: annual), !executed.isZero,
                  let against = policy.executionRate(executed: executed, annualBudget: initial) else { return nil }
            return SelfEvaluationFinding(ruleID: "JX-011", severity: .warning, project: evaluation.projectName, location: line.location,
                                         expected: "执行率（对年初预算）\(against)", actual: "执行率\(line.executionRate?.description ?? "100%")",
                                         message: "全年预算数由\(initial)调减为\(annual)，恰等于执行数；对年初预算的执行率只有\(against)")
        }
    }
}
