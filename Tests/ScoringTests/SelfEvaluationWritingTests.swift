import Disclosure
import Testing
import Writing

struct SelfEvaluationWritingTests {
    @Test func markdownPrintsOneProjectInTheSeedsOrder() throws {
        let markdown = SelfEvaluationMarkdown.render(try SeedDocument.evaluation(atLine: 714))
        #expect(markdown.hasPrefix("## J信用监管经费项目支出绩效自评表\n\n**(2024年度)**\n\n| 项目名称 | J信用监管经费 |"))
        #expect(markdown.contains("| 资金总额 | 0 | 15 | 15 | 13.092 | 1.908 | 87.28 | 8.73 |  |"))
        #expect(markdown.contains("| 产出指标 | 数量指标 | 开展“双随机、一公开”监管工作市场主体公示信息和登记事项抽查 | ≥家次 | ≥300家次 | ≥281家次 | 8 | 7 | 年初指标设置过低,加强指标编制的合理性。 |"))
        #expect(markdown.contains("| 总分 |  |  |  |  |  |  | 95.73 | 优 |"))
        let order = ["项目资金预算安排", "项目年度绩效目标", "绩效指标", "项目绩效分析"].compactMap { markdown.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
    }

    @Test func htmlPrintsTheWholeAttachmentEscaped() throws {
        let evaluations = try SeedDocument.read().selfEvaluations
        let html = SelfEvaluationHTML.render(attachment: evaluations)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<section class=\"self-evaluation\">").count == 32)
        #expect(html.contains("<h2>公平竞争审查经费项目支出绩效自评表</h2>\n<p class=\"empty\">（本表公开时为空表。）</p>"))
        #expect(html.contains("<td>≥300家次</td>"))
        let escaped = SelfEvaluationHTML.render(SelfEvaluation(projectName: "A<B>", title: "A<B>&\"C\"", annualGoal: "x"))
        #expect(escaped.contains("<h2>A&lt;B&gt;&amp;&quot;C&quot;</h2>"))
        #expect(SelfEvaluationMarkdown.render(attachment: evaluations).components(separatedBy: "\n## ").count == 32)
    }
}
