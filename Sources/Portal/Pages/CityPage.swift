import Classification
import Disclosure
import Store

/// `/city`: the city's consolidation — each 类 of 公开03 summed over the published disclosures
/// of every department, by year (`DisclosureStore.aggregate`, exact in the database).
enum CityPage {
    static func render(_ totals: [ClassTotal], catalogue: Catalogue) -> PortalPage {
        var body = "<h1>全市汇总</h1>\n<p>各部门已公开决算的一般公共预算财政拨款支出（公开03）按类汇总，单位：万元；括号内为部门数。</p>\n"
        guard !totals.isEmpty else { return PortalPage(title: "全市汇总", body: body + "<p>尚无已公开的决算。</p>\n") }
        let years = Set(totals.map(\.fiscalYear)).sorted()
        let byKey = Dictionary(totals.map { ("\($0.code)/\($0.fiscalYear)", $0) }, uniquingKeysWith: { a, _ in a })
        body += "<table class=\"portal\" id=\"city\">\n<thead><tr><th>科目代码</th><th>科目名称</th>"
        body += years.map { "<th>\($0) 年度</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for code in Set(totals.map(\.code)).sorted() {
            let name = FunctionalCode(code).flatMap { catalogue.functional($0)?.name } ?? ""
            body += "<tr><td>\(MarkupEscape.text(code))</td><td>\(MarkupEscape.text(name))</td>"
            for year in years {
                if let total = byKey["\(code)/\(year)"] {
                    body += "<td class=\"amount\">\(MarkupEscape.text(total.total.grouped))（\(total.departments)）</td>"
                } else {
                    body += "<td class=\"amount\">—</td>"
                }
            }
            body += "</tr>\n"
        }
        var sums: [Int: Amount] = [:]
        for total in totals { sums[total.fiscalYear, default: .zero] += total.total }
        body += "<tr><th colspan=\"2\">合计</th>" + years.map { "<td class=\"amount\">\(MarkupEscape.text((sums[$0] ?? .zero).grouped))</td>" }.joined()
        return PortalPage(title: "全市汇总", body: body + "</tr>\n</tbody>\n</table>\n")
    }
}
