import Disclosure
import Store

/// `/compare`: 公开03 class totals side by side, either one department over several years
/// (`?department=CODE&years=2024,2025`) or every department of one year (`?year=2024`).
enum ComparePage {
    /// One column of the comparison: its heading and the class totals under it.
    struct Column: Sendable {
        let heading: String
        let link: String
        let totals: ClassTotals
    }

    static func render(title: String, columns: [Column]) -> PortalPage {
        var body = "<h1>\(MarkupEscape.text(title))</h1>\n<p>一般公共预算财政拨款支出决算表（公开03）按类的本年支出合计，单位：万元。</p>\n"
        guard !columns.isEmpty else { return PortalPage(title: title, body: body + "<p>没有可比较的已公开决算。</p>\n") }
        var names: [String: String] = [:]
        for column in columns { for (code, row) in column.totals.rows where names[code] == nil { names[code] = row.name } }
        body += "<table class=\"portal\" id=\"compare\">\n<thead><tr><th>科目代码</th><th>科目名称</th>"
        for column in columns { body += "<th><a href=\"\(column.link)\">\(MarkupEscape.text(column.heading))</a></th>" }
        body += "</tr></thead>\n<tbody>\n"
        for code in names.keys.sorted() {
            body += "<tr><td>\(MarkupEscape.text(code))</td><td>\(MarkupEscape.text(names[code] ?? ""))</td>"
            for column in columns { body += cell(column.totals.rows[code]?.amount) }
            body += "</tr>\n"
        }
        body += "<tr><th colspan=\"2\">合计</th>" + columns.map { cell($0.totals.total) }.joined() + "</tr>\n"
        body += "</tbody>\n</table>\n"
        return PortalPage(title: title, body: body)
    }

    /// The choices when no comparison is asked for: each year, and each department's years.
    static func index(_ published: [PublishedDisclosure]) -> PortalPage {
        var body = "<h1>比较</h1>\n<h2>同一年度的各部门</h2>\n<ul>\n"
        for year in Set(published.map(\.fiscalYear)).sorted(by: >) {
            body += "<li><a href=\"/compare?year=\(year)\">\(year) 年度</a></li>\n"
        }
        body += "</ul>\n<h2>同一部门的各年度</h2>\n<ul>\n"
        let byDepartment = Dictionary(grouping: published, by: \.department)
        for department in byDepartment.keys.sorted(by: { $0.name < $1.name }) {
            let years = (byDepartment[department] ?? []).map(\.fiscalYear).sorted()
            let list = years.map(String.init).joined(separator: ",")
            body += "<li><a href=\"/compare?department=\(MarkupEscape.urlComponent(department.code))&amp;years=\(list)\">"
            body += "\(MarkupEscape.text(department.name))（\(list)）</a></li>\n"
        }
        return PortalPage(title: "比较", body: body + "</ul>\n")
    }

    private static func cell(_ amount: Amount?) -> String {
        "<td class=\"amount\">\(amount.map { MarkupEscape.text($0.grouped) } ?? "—")</td>"
    }
}
