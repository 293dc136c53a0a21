/// A self-contained HTML page (inline style, no scripts, no external resources) that an
/// auditor can open or mail: counts, then a table of findings per disclosure table.
public enum HTMLReport {
    public static func render(_ reports: [CheckReport], language: Language) -> String {
        // The parts cannot throw.
        (try? stream(language: language).render(reports)) ?? ""
    }

    /// The page's head and style, a section per disclosure, the end of the page.
    public static func stream(language: Language) -> ReportStream {
        let zh = language == .zh
        let head = """
        <!DOCTYPE html>
        <html lang="\(zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <title>\(zh ? "决算公开核对报告" : "Disclosure check report")</title>
        <style>
        body{font-family:"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
        th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#f3f3f3}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .error{color:#b00020;font-weight:bold}.warning{color:#a65e00}.note{color:#555}
        </style>
        </head>
        <body>

        """
        let columns = zh ? ["级别", "规则", "位置", "行", "应为", "列示", "差额", "说明"]
            : ["Severity", "Rule", "Location", "Line", "Expected", "Actual", "Difference", "Message"]
        return ReportStream(head: head, tail: "</body>\n</html>\n") { report in
            var html = ""
            let year = report.fiscalYear.map { zh ? "\($0)年度" : "\($0)" } ?? ""
            html += "<h1>\(escaped(report.departmentName)) \(year)</h1>\n"
            html += "<p>\(escaped(report.document))：" + (zh
                ? "规则 \(report.rulesRun) 条，通过 \(report.rulesPassed)；<span class=\"error\">错误 \(report.count(.error))</span>，<span class=\"warning\">警告 \(report.count(.warning))</span>，<span class=\"note\">提示 \(report.count(.note))</span></p>\n"
                : "\(report.rulesRun) rules, \(report.rulesPassed) passed; <span class=\"error\">\(report.count(.error)) errors</span>, <span class=\"warning\">\(report.count(.warning)) warnings</span>, <span class=\"note\">\(report.count(.note)) notes</span></p>\n")
            for group in ReportGroups.byTable(report) {
                html += "<h2>\(escaped(group.title.text(in: language)))</h2>\n<table>\n<tr>"
                html += columns.map { "<th>\($0)</th>" }.joined() + "</tr>\n"
                for finding in group.findings {
                    let severity = zh ? finding.severity.chineseName : finding.severity.rawValue
                    let cells = [
                        "<td class=\"\(finding.severity.rawValue)\">\(severity)</td>", "<td>\(finding.ruleID)</td>",
                        "<td>\(escaped(finding.location.description.text(in: language)))</td>",
                        "<td class=\"num\">\(finding.location.source?.line.map(String.init) ?? "")</td>",
                        "<td class=\"num\">\(escaped(finding.expected ?? ""))</td>", "<td class=\"num\">\(escaped(finding.actual ?? ""))</td>",
                        "<td class=\"num\">\(escaped(finding.difference ?? ""))</td>", "<td>\(escaped(finding.message.text(in: language)))</td>",
                    ]
                    html += "<tr>" + cells.joined() + "</tr>\n"
                }
                html += "</table>\n"
            }
            return html
        }
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
