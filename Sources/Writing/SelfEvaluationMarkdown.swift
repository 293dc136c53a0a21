import Disclosure

/// 项目支出绩效自评表 as Markdown: one section per project, tables in the seed's order.
public enum SelfEvaluationMarkdown {
    public static func render(_ evaluation: SelfEvaluation) -> String {
        var out = "## \(evaluation.title)\n\n"
        if evaluation.isPublishedEmpty {
            return out + "（本表公开时为空表。）\n"
        }
        for block in SelfEvaluationLayout.blocks(evaluation) {
            if let heading = block.heading { out += "**\(escape(heading))**\n\n" }
            out += row(block.header) + row(block.header.map { _ in "---" })
            for cells in block.rows { out += row(cells) }
            out += "\n"
        }
        if !evaluation.remarks.isEmpty {
            out += evaluation.remarks.map { "> \(escape($0))" }.joined(separator: "\n>\n") + "\n"
        }
        return out
    }

    /// The whole attachment: every project in printed order.
    public static func render(attachment evaluations: [SelfEvaluation]) -> String {
        "# 项目支出绩效自评表\n\n" + evaluations.map(render).joined(separator: "\n")
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingCharacters("|", with: "\\|").replacingCharacters("\n", with: "<br>")
    }
}

extension String {
    /// Replaces every `character` without Foundation.
    func replacingCharacters(_ character: Character, with replacement: String) -> String {
        var result = ""
        for scalar in self { if scalar == character { result += replacement } else { result.append(scalar) } }
        return result
    }
}
