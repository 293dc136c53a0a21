import Disclosure

/// 项目支出绩效自评表 as HTML: one `<section>` per project, tables in the seed's order.
public enum SelfEvaluationHTML {
    public static func render(_ evaluation: SelfEvaluation) -> String {
        var out = MarkupBuffer(capacity: 16 * 1024)
        render(evaluation, into: &out)
        return out.text
    }

    /// Appends the section to `out`: a disclosure page holds dozens of these tables, so every
    /// cell is escaped straight into the page's one buffer.
    static func render(_ evaluation: SelfEvaluation, into out: inout MarkupBuffer) {
        out += "<section class=\"self-evaluation\">\n<h2>"
        out.escaped(evaluation.title)
        out += "</h2>\n"
        if evaluation.isPublishedEmpty {
            out += "<p class=\"empty\">（本表公开时为空表。）</p>\n</section>\n"
            return
        }
        // Tags as whole constants: interpolating the name made two strings for every cell.
        func element(_ open: String, _ text: String, _ close: String) {
            out += open
            out.escaped(text)
            out += close
        }
        for block in SelfEvaluationLayout.blocks(evaluation) {
            out += "<table>\n"
            if let heading = block.heading {
                element("<caption>", heading, "</caption>")
                out += "\n"
            }
            out += "<thead><tr>"
            for cell in block.header { element("<th>", cell, "</th>") }
            out += "</tr></thead>\n<tbody>\n"
            for cells in block.rows {
                out += "<tr>"
                for cell in cells { element("<td>", cell, "</td>") }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        for remark in evaluation.remarks {
            out += "<p class=\"remark\">"
            out.escaped(remark)
            out += "</p>\n"
        }
        out += "</section>\n"
    }

    /// The whole attachment as one HTML document.
    public static func render(attachment evaluations: [SelfEvaluation]) -> String {
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>项目支出绩效自评表</title></head>\n<body>\n<h1>项目支出绩效自评表</h1>\n"
            + evaluations.map(render).joined() + "</body>\n</html>\n"
    }
}
