import Disclosure
import Foundation
import Testing
import TestSupport
import Writing

/// seed → HTML: every figure in the page's table cells equals the model's; the page is
/// self-contained and escapes what it prints.
@Suite struct HTMLTests {
    /// (table, row, column) → cell text of every `<td>` or `<th>` that carries data attributes.
    static func figures(in html: String) -> [PrintedFigures.Key: String] {
        let cell = #/<t[dh][^>]*? data-table="([^"]*)" data-row="([^"]*)" data-column="([^"]*)">([^<]*)</t[dh]>/#
        var result: [PrintedFigures.Key: String] = [:]
        for match in html.matches(of: cell) {
            let key = PrintedFigures.Key(table: unescape(String(match.1)), row: unescape(String(match.2)), column: unescape(String(match.3)))
            result[key] = unescape(String(match.4))
        }
        return result
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func everyFigureInTheTablesEqualsTheModels() throws {
        let seed = try WritingFixtures.seed()
        let html = DisclosureHTML.render(seed)
        let printed = Self.figures(in: html).filter { !$0.value.isEmpty }
        let expected = PrintedFigures(seed).values
        #expect(expected.count > 500)
        for (key, value) in expected.sorted(by: { $0.key.description < $1.key.description }) {
            #expect(printed[key] == value, "\(key)")
        }
        for key in printed.keys where expected[key] == nil { Issue.record("figure not in the model: \(key)") }
    }

    /// The self-evaluations are written on other cores while one writes the rest of the page.
    @Test func thePageWrittenOnAllCoresIsThePageWrittenOnOne() throws {
        let seed = try WritingFixtures.seed()
        #expect(seed.selfEvaluations.count > 1)
        let serial = ConcurrentMapping.$spreadsOverCores.withValue(false) { DisclosureHTML.renderUTF8(seed) }
        #expect(DisclosureHTML.renderUTF8(seed) == serial)
    }

    @Test func thePageIsSelfContainedWithChartsAndAPagePerTable() throws {
        let seed = try WritingFixtures.seed()
        let html = DisclosureHTML.render(seed)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count - 1 == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
        #expect(!html.contains("https://"))
        #expect(html.contains("\"Noto Sans CJK SC\"") && html.contains("\"Noto Serif CJK SC\""))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.components(separatedBy: "<section class=\"table-page").count - 1 == 10)
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 3)
        // Merged header cells and the 三公 chart's exact labels.
        #expect(html.contains("<th colspan=\"3\">收入</th>"))
        #expect(html.contains("<th rowspan=\"2\">本年收入合计</th>"))
        #expect(html.contains("预算 26.26万元") && html.contains("决算 26.26万元"))
        // The narrative, the glossary and the self-evaluations follow the tables.
        let order = ["第二部分 决算表", "第三部分 情况说明", "第四部分 名词解释", "第五部分 附件"].compactMap { html.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
        #expect(html.components(separatedBy: "<section class=\"self-evaluation\">").count - 1 == seed.selfEvaluations.count)
    }

    @Test func blankCellsStayBlankAndNotApplicableIsKept() throws {
        let html = DisclosureHTML.render(try WritingFixtures.seed())
        #expect(html.contains("data-table=\"公开06\" data-row=\"30908\" data-column=\"决算数\">——</td>"))
        #expect(html.contains("data-table=\"公开06\" data-row=\"30203\" data-column=\"决算数\"></td>"))
    }

    @Test func textIsEscaped() {
        var disclosure = Disclosure(metadata: Metadata(departmentName: "A<script>&\"B\""),
                                    provenance: Provenance(sourceFileName: "x", sha256: "", reader: "test"))
        disclosure.glossary = [GlossaryEntry(term: "<b>", definition: "x & y")]
        let html = DisclosureHTML.render(disclosure)
        #expect(!html.contains("<script>"))
        #expect(html.contains("A&lt;script&gt;&amp;&quot;B&quot;"))
        #expect(html.contains("<dt>&lt;b&gt;</dt><dd>x &amp; y</dd>"))
    }

    @Test func sharesAreExactAndComputedOnce() throws {
        let structure = ExpenditureStructure(try WritingFixtures.seed())
        #expect(structure.byClass.map(\.label) == ["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"])
        #expect(structure.byClass.first?.share?.description == "76.93%")
        #expect(structure.basicAndProject.map { $0.amount.description } == ["2963.86", "2059.17"])
        #expect(structure.threePublic.first?.actual.description == "26.26")
    }
}
