import Disclosure
import Scoring
import Testing

struct ScoringPolicyTests {
    @Test func executionScoreIsTenTimesTheRateRoundedHalfAwayFromZeroAndCapped() throws {
        let policy = ScoringPolicy.central
        #expect(policy.executionScore(rate: try #require(Percentage(parsing: "53.55"))) == d("5.36"))
        #expect(policy.executionScore(rate: try #require(Percentage(parsing: "87.28"))) == d("8.73"))
        #expect(policy.executionScore(rate: try #require(Percentage(parsing: "112.5"))) == d("10.00"))
        #expect(policy.executionRate(executed: try #require(a("13.092")), annualBudget: try #require(a("15"))) == Percentage(parsing: "87.28"))
        #expect(policy.executionRate(executed: .zero, annualBudget: .zero) == nil)
    }

    @Test func gradeBandsAreASettingWithRegionalWords() {
        #expect(GradeBands.central.grade(for: ExactDecimal(90)) == "优")
        #expect(GradeBands.central.grade(for: ExactDecimal(units: 8999, scale: 2)) == "良")
        #expect(GradeBands.central.grade(for: ExactDecimal(units: 7236, scale: 2)) == "中")
        #expect(GradeBands.central.grade(for: ExactDecimal(0)) == "差")
        #expect(GradeBands.passFail.grade(for: ExactDecimal(60)) == "合格")
        #expect(GradeBands.passFail.grade(for: ExactDecimal(units: 5999, scale: 2)) == "不合格")
        let strict = GradeBands([.init(grade: "差", minimum: ExactDecimal(0)), .init(grade: "优", minimum: ExactDecimal(95))])
        #expect(strict.grades == ["优", "差"] && strict.grade(for: ExactDecimal(94)) == "差")
    }

    @Test func theIndicatorPolicyFlagsButScoresByTheDefaultGuidance() {
        let policy = IndicatorScoringPolicy()
        let missed = PerformanceIndicator(name: "用能单位审查", target: IndicatorValue(parsing: "≥30家次"), actual: IndicatorValue(parsing: "≥8家次"),
                                          weight: d("6"), score: d("3"))
        #expect(policy.isMet(missed) == false)
        #expect(policy.expectedScore(missed) == d("1.60"))
        let met = PerformanceIndicator(name: "成本", target: IndicatorValue(parsing: "≤460元/人/天"), actual: IndicatorValue(parsing: "≤380元/人/天"),
                                       weight: d("2"), score: d("2"))
        #expect(policy.isMet(met) == true && policy.expectedScore(met) == d("2"))
        let qualitative = PerformanceIndicator(name: "知识产权意识", target: IndicatorValue(parsing: "逐步深入"),
                                               actual: IndicatorValue(parsing: "达成预期指标并具有一定效果"), weight: d("3"))
        #expect(policy.expectedScore(qualitative) == d("2.40"))
        #expect(IndicatorValue(parsing: "2024年12月31日前").kind == .date)
        #expect(IndicatorValue(parsing: "不断提高").kind == .qualitative)
    }

    @Test func aMissedTargetWithFullMarksIsFlaggedOnTheSeed() throws {
        let findings = SelfEvaluationChecks.check(try SeedDocument.read()).filter { $0.ruleID == "JX-008" }
        #expect(findings.allSatisfy { $0.severity == .warning })
        // 特种设备日常监督检查: ≥75家次 targeted, 58家次 done, 6 of 6 (line 1461).
        #expect(findings.contains { $0.location?.line == 1461 && $0.message.contains("未达到目标") })
    }
}
