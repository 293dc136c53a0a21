import Disclosure
import Scoring

/// The `JX` family: the project self-evaluations' checks, written in `Scoring` as pure
/// functions of the model and the scoring policy, entered here in the catalogue under the
/// central policy so that `juesuan check` reports them with every other finding.
enum SelfEvaluationRules {
    /// English titles, in the order of `SelfEvaluationChecks.rules`.
    private static let englishTitles = [
        "execution rate, balance and execution score arithmetic", "indicator weights total 90 (plus 10 for execution)",
        "an indicator's score does not exceed its weight", "total = execution score + indicator scores",
        "grade matches the total", "supervising department and budget unit codes match the department",
        "a self-evaluation table is not published empty", "targets met but penalised, or missed with full marks",
        "the same indicator scored alike across projects", "the narrative's self-evaluation summary matches the attachment",
        "annual budget cut down to equal spending",
    ]

    static var all: [RuleDraft] {
        SelfEvaluationChecks.rules.enumerated().map { index, check in
            let english = index < englishTitles.count ? englishTitles[index] : check.id
            return RuleDraft(family: .selfEvaluation, severity: worstSeverity(of: check.id),
                             title: LocalizedText(zh: check.title, en: english),
                             message: LocalizedText(zh: "{where}：{detail}", en: "{where}: \(english) — {detail}")) { disclosure, rule in
                guard !disclosure.selfEvaluations.isEmpty else {
                    return [.notEvaluated(LocalizedText(zh: "未公开项目支出绩效自评表", en: "no project self-evaluations published"))]
                }
                return check.check(disclosure, .central).map { finding in
                    let location = FindingLocation(project: finding.project, source: finding.location)
                    return rule.finding(at: location, severity: severity(finding.severity), expected: finding.expected, actual: finding.actual,
                                        difference: difference(expected: finding.expected, actual: finding.actual),
                                        values: ["detail": LocalizedText(zh: finding.message, en: finding.message)])
                }
            }
        }
    }

    /// Checks that only ever warn are listed as warnings; the rest can be errors.
    private static func worstSeverity(of id: String) -> Severity {
        ["JX-008", "JX-009", "JX-011"].contains(id) ? .warning : .error
    }

    private static func severity(_ severity: SelfEvaluationFinding.Severity) -> Severity {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }

    /// actual − expected, when both are plain decimals.
    private static func difference(expected: String?, actual: String?) -> String? {
        guard let expected = expected.flatMap(ExactDecimal.init(parsing:)), let actual = actual.flatMap(ExactDecimal.init(parsing:)) else { return nil }
        return (actual - expected).description
    }
}
