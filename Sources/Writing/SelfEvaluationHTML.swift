import Disclosure

/// 项目支出绩效自评表 as HTML: one `<section>` per project, tables in the seed's order.
public enum SelfEvaluationHTML {
    public static func render(_ evaluation: SelfEvaluation) -> String {
        var out = "<section class=\"self-evaluation\">\n<h2>\(MarkupText.escape(evaluation.title))</h2>\n"
        if evaluation.isPublishedEmpty {
            return out + "<p class=\"empty\">（本表公开时为空表。）</p>\n</section>\n"
        }
        for block in SelfEvaluationLayout.blocks(evaluation) {
            out += "<table>\n"
            if let heading = block.heading { out += "<caption>\(MarkupText.escape(heading))</caption>\n" }
            out += "<thead><tr>" + block.header.map { "<th>\(MarkupText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for cells in block.rows { out += "<tr>" + cells.map { "<td>\(MarkupText.escape($0))</td>" }.joined() + "</tr>\n" }
            out += "</tbody>\n</table>\n"
        }
        for remark in evaluation.remarks { out += "<p class=\"remark\">\(MarkupText.escape(remark))</p>\n" }
        return out + "</section>\n"
    }

    /// The whole attachment as one HTML document.
    public static func render(attachment evaluations: [SelfEvaluation]) -> String {
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>项目支出绩效自评表</title></head>\n<body>\n<h1>项目支出绩效自评表</h1>\n"
            + evaluations.map(render).joined() + "</body>\n</html>\n"
    }
}
