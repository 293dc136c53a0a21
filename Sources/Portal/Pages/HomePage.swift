import Foundation
import Store

/// `/`: every published disclosure as departments × years, with a search by department name.
enum HomePage {
    static func render(_ published: [PublishedDisclosure], query: String) -> PortalPage {
        let needle = query.trimmingCharacters(in: .whitespaces)
        let shown = needle.isEmpty ? published : published.filter { $0.department.name.localizedCaseInsensitiveContains(needle) }
        let years = Array(Set(shown.map(\.fiscalYear))).sorted(by: >)
        var departments: [Department] = []
        for item in shown where !departments.contains(item.department) { departments.append(item.department) }
        let published = Dictionary(shown.map { (Key(code: $0.department.code, year: $0.fiscalYear), $0) }, uniquingKeysWith: { a, _ in a })

        var body = "<h1>部门决算公开</h1>\n"
        body += "<form method=\"get\" action=\"/\"><label>按部门名称搜索 <input type=\"search\" name=\"q\" value=\"\(MarkupEscape.text(needle))\"></label> <button type=\"submit\">搜索</button></form>\n"
        guard !departments.isEmpty else {
            body += needle.isEmpty ? "<p>尚无已公开的决算。</p>\n" : "<p>没有名称包含“\(MarkupEscape.text(needle))”的部门。</p>\n"
            return PortalPage(title: "首页", body: body)
        }
        body += "<table class=\"portal\" id=\"disclosures\">\n<thead><tr><th>部门</th>"
        for year in years { body += "<th><a href=\"/compare?year=\(year)\">\(year) 年度</a></th>" }
        body += "</tr></thead>\n<tbody>\n"
        for department in departments {
            body += "<tr><th scope=\"row\">\(MarkupEscape.text(department.name))</th>"
            for year in years {
                if published[Key(code: department.code, year: year)] != nil {
                    body += "<td><a href=\"\(DisclosurePaths.page(department.code, year))\">\(year) 年度决算</a></td>"
                } else {
                    body += "<td>—</td>"
                }
            }
            body += "</tr>\n"
        }
        body += "</tbody>\n</table>\n"
        return PortalPage(title: "首页", body: body)
    }

    private struct Key: Hashable {
        let code: String
        let year: Int
    }
}
