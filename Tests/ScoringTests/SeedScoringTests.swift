import Disclosure
import Scoring
import Testing

/// Scores and JX checks on the seed: the inconsistencies the document really has, and none it has not.
struct SeedScoringTests {
    @Test func publishedExecutionScoresAreRecomputedExactly() throws {
        let scorer = SelfEvaluationScorer()
        for evaluation in try SeedDocument.read().selfEvaluations where !evaluation.isPublishedEmpty {
            let score = scorer.score(evaluation)
            if let published = score.publishedExecutionScore {
                #expect(score.recomputedExecutionScore?.hasSameValue(as: published) == true, "\(evaluation.projectName)")
            }
        }
        let food = scorer.score(try SeedDocument.evaluation(atLine: 1805))
        #expect(food.publishedExecutionScore == nil && food.recomputedExecutionScore == d("10.00"))
        #expect(food.recomputedTotal == d("97.00"))
    }

    @Test func theProjectsWhoseTotalIsNotTheSumOfItsPartsAreFound() throws {
        let findings = SelfEvaluationChecks.check(try SeedDocument.read()).filter { $0.ruleID == "JX-004" }
        #expect(findings.compactMap(\.location?.line) == [764, 864, 1379, 1958])
        #expect(findings.map(\.actual) == ["96.36", "86.01", "97.81", "85"])
        #expect(findings.map(\.expected) == ["86.36", "49.01", "95.81", "75.00"])
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test func aProjectWithIndicatorRowsMissingSaysWhichPartCannotBeAccountedFor() throws {
        let score = SelfEvaluationScorer().score(try SeedDocument.evaluation(atLine: 864))
        #expect(score.weightSum == d("50") && score.missingWeight == d("40"))
        #expect(score.unaccounted == d("37.00"))
        let report = ScoreReport.text(try SeedDocument.read())
        #expect(report.contains("！指标分值合计50，比90少40：这部分指标行未印出，总分中有37.00分无法由印出的内容核对"))
        #expect(report.hasPrefix("项目支出绩效自评 31 个项目"))
        #expect(report.components(separatedBy: "\n").filter { $0.hasPrefix("   总分") }.count == 30)
        #expect(report.contains("12. 公平竞争审查经费（第1175行）\n   空表：未公布任何数字，无法评分。"))
    }

    @Test func theEmptyTableAndTheForeignUnitCodeAreFound() throws {
        let findings = SelfEvaluationChecks.check(try SeedDocument.read())
        #expect(findings.filter { $0.ruleID == "JX-007" }.compactMap(\.location?.line) == [1175])
        let unit = findings.filter { $0.ruleID == "JX-006" && $0.severity == .error }
        #expect(unit.map(\.project) == ["Z智慧监管综合服务平台建设经费"] && unit.first?.actual == "010001")
        // Five projects are supervised by 906-大同市财政局行政科: a note, not an error.
        #expect(findings.filter { $0.ruleID == "JX-006" && $0.severity == .note }.count == 5)
    }

    @Test func theNarrativeSummaryIsNotSupportedByTheAttachment() throws {
        let disclosure = try SeedDocument.read()
        let summary = try #require(NarrativeEvaluationSummary.find(in: disclosure.narrative, grades: GradeBands.central.grades))
        #expect(summary.projectCount == 44 && summary.funds == a("2592.68"))
        #expect(summary.gradeCounts.map(\.grade) == ["优", "良", "中", "差"] && summary.gradeCounts.map(\.count) == [36, 6, 1, 1])
        let findings = SelfEvaluationChecks.check(disclosure).filter { $0.ruleID == "JX-010" }
        #expect(findings.map(\.actual) == ["44", "2592.68", "36"])
        #expect(findings.map(\.expected) == ["31（其中30张有内容）", "2447.487", "22"])
    }

    @Test func weightsThatDoNotAddUpToNinetyAreFound() throws {
        let findings = SelfEvaluationChecks.check(try SeedDocument.read()).filter { $0.ruleID == "JX-002" }
        #expect(findings.compactMap(\.location?.line) == [764, 864, 1379, 1447, 1958])
        #expect(findings.map(\.actual) == ["80", "50", "88.0", "83", "80"])
    }

    @Test func anInternallyConsistentProjectRaisesNoError() throws {
        let findings = SelfEvaluationChecks.check(try SeedDocument.read())
        for project in ["J信用监管经费", "J残疾人保障金", "Z计量监管经费", "XM行政事业单位遗属补助经费"] {
            #expect(findings.filter { $0.project == project && $0.severity == .error }.isEmpty, "\(project)")
        }
        #expect(findings.filter { $0.ruleID == "JX-001" || $0.ruleID == "JX-003" || $0.ruleID == "JX-005" }.isEmpty)
    }

    @Test func aBudgetCutDownToSpendingIsAWarning() throws {
        let findings = SelfEvaluationChecks.check(try SeedDocument.read()).filter { $0.ruleID == "JX-011" }
        #expect(findings.map(\.project) == ["Z特种设备作业人员考试补贴经费", "基层市场监管补助资金", "两品一械抽样检验经费",
                                            "2024年中央食品监管补助资金", "2024年中央药品监管补助资金"])
        #expect(findings.first?.expected == "执行率（对年初预算）61.00%")
        #expect(findings.allSatisfy { $0.severity == .warning })
    }
}
