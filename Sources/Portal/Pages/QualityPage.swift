import Store

/// `/quality`: how each published disclosure checked, by severity, from the counts the store
/// kept with each version.
enum QualityPage {
    static func render(_ published: [PublishedDisclosure]) -> PortalPage {
        var body = "<h1>数据质量</h1>\n<p>每份已公开决算的核对结果（按级别计数）。</p>\n"
        body += "<table class=\"portal\" id=\"quality\">\n<thead><tr><th>部门</th><th>年度</th><th>版本</th><th class=\"error\">错误</th><th class=\"warning\">警告</th><th class=\"note\">提示</th></tr></thead>\n<tbody>\n"
        for item in published {
            let counts = item.version.findingCounts
            body += "<tr><td><a href=\"\(DisclosurePaths.page(item.department.code, item.fiscalYear))#findings\">\(MarkupEscape.text(item.department.name))</a></td>"
            body += "<td>\(item.fiscalYear)</td><td>第 \(item.version.number) 版</td>"
            body += "<td class=\"amount\">\(counts.errors)</td><td class=\"amount\">\(counts.warnings)</td><td class=\"amount\">\(counts.notes)</td></tr>\n"
        }
        return PortalPage(title: "数据质量", body: body + "</tbody>\n</table>\n")
    }
}
