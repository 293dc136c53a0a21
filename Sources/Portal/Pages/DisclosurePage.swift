import Checking
import Disclosure
import Hummingbird
import Writing

/// `/d/{department}/{year}`: the published version as `DisclosureHTML` prints it (tables,
/// narrative, charts, self-evaluations), with the portal's navigation, the downloads and the
/// stored findings added around it. The document keeps its own print style.
struct DisclosurePage {
    let opened: PublicView.Opened

    var html: String {
        Self.html(opened.model, findings: opened.findings, header: header)
    }

    /// The document with the portal's navigation, `header` (escaped HTML) above it and the
    /// findings below: the public page, and the editor's preview of a draft.
    static func html(_ model: Disclosure, findings: [Finding], header: String) -> String {
        var document = DisclosureHTML.render(model)
        if let head = document.range(of: "</head>") {
            document.insert(contentsOf: "<style>\(PortalPage.navigationCSS)</style>\n", at: head.lowerBound)
        }
        if let body = document.range(of: "<body>\n") {
            document.insert(contentsOf: PortalPage.navigation + "\n" + header, at: body.upperBound)
        }
        if let end = document.range(of: "</body>", options: .backwards) {
            document.insert(contentsOf: Self.findings(findings), at: end.lowerBound)
        }
        return document
    }

    private var header: String {
        let code = opened.department.code, year = opened.fiscalYear, summary = opened.version.summary
        var out = "<aside class=\"portal-downloads\"><p>第 \(summary.number) 版 · 源文件 \(MarkupEscape.text(summary.sourceFileName))"
        out += "（SHA-256 \(MarkupEscape.text(summary.sourceSHA256))）</p>\n<p>下载："
        out += DownloadFormat.allCases.map { "<a href=\"\(DisclosurePaths.download(code, year, $0))\">\($0.label)</a>" }.joined(separator: " · ")
        out += "</p></aside>\n"
        return out
    }

    static func findings(_ findings: [Finding]) -> String {
        var out = "<section class=\"part\" id=\"findings\">\n<h2>核对结果</h2>\n"
        guard !findings.isEmpty else { return out + "<p>未发现问题。</p>\n</section>\n" }
        let counts = Severity.allCases.map { severity in "\(severity.chineseName) \(findings.count { $0.severity == severity }) 项" }
        out += "<p>" + counts.joined(separator: "，") + "</p>\n"
        out += "<table class=\"portal\"><thead><tr><th>规则</th><th>级别</th><th>位置</th><th>说明</th><th>应为</th><th>实为</th><th>差额</th></tr></thead>\n<tbody>\n"
        for finding in findings.sorted(by: { ($0.severity, $0.ruleID) < ($1.severity, $1.ruleID) }) {
            out += "<tr class=\"\(finding.severity.rawValue)\"><td>\(MarkupEscape.text(finding.ruleID))</td><td>\(finding.severity.chineseName)</td>"
            out += "<td>\(MarkupEscape.text(finding.location.description.zh))</td><td>\(MarkupEscape.text(finding.message.zh))</td>"
            for value in [finding.expected, finding.actual, finding.difference] {
                out += "<td class=\"amount\">\(MarkupEscape.text(value ?? ""))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }
}
