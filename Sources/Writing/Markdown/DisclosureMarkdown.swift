import Disclosure

/// A whole disclosure as Markdown, for reading in a repository or a chat: the tables as pipe
/// tables (merged header cells flattened into one header line, `收入·项目`), the narrative, the
/// glossary and the self-evaluations.
public enum DisclosureMarkdown {
    public static func render(_ disclosure: Disclosure) -> String {
        var out = "# " + DisclosureHTML.documentTitle(disclosure.metadata) + "\n\n"
        let overview = disclosure.overview
        if !overview.duties.isEmpty || !overview.organisation.isEmpty {
            out += "## 第一部分 概况\n\n### 一、主要职能\n\n"
            if let introduction = overview.dutiesIntroduction { out += introduction + "\n\n" }
            for duty in overview.duties { out += "- " + duty.replacingCharacters("\n", with: " ") + "\n" }
            if !overview.organisation.isEmpty { out += "\n### 二、机构设置情况\n\n" + overview.organisation + "\n" }
            out += "\n"
        }
        let grids = disclosure.tables.grids
        if !grids.isEmpty {
            out += "## 第二部分 决算表\n\n"
            for grid in grids { out += table(grid) }
        }
        if !disclosure.narrative.sections.isEmpty {
            out += "## 第三部分 情况说明\n\n"
            for section in disclosure.narrative.sections {
                out += "### " + (section.number.map { $0 + "、" } ?? "") + section.title + "\n\n"
                for paragraph in section.paragraphs { out += paragraph.text + "\n\n" }
            }
        }
        if !disclosure.glossary.isEmpty {
            out += "## 第四部分 名词解释\n\n"
            for entry in disclosure.glossary { out += "**" + entry.term + "**：" + entry.definition + "\n\n" }
        }
        if !disclosure.selfEvaluations.isEmpty {
            out += "## 第五部分 附件\n\n"
            out += disclosure.selfEvaluations.map(SelfEvaluationMarkdown.render).joined(separator: "\n")
        }
        return out
    }

    static func table(_ grid: TableGrid) -> String {
        var out = "### " + grid.kind.rawValue + " " + grid.heading.title + "\n\n"
        out += grid.titleLines.joined(separator: "　") + "\n\n"
        let header = flattenedHeader(grid)
        out += SelfEvaluationMarkdown.row(header) + SelfEvaluationMarkdown.row(header.map { _ in "---" })
        for row in grid.bodyRows {
            out += SelfEvaluationMarkdown.row(row.map { slot in
                if case .cell(let cell) = slot { return cell.content.printed }
                return ""
            })
        }
        out += "\n"
        for note in grid.heading.notes { out += "> " + note + "\n" }
        return out + (grid.heading.notes.isEmpty ? "" : "\n")
    }

    /// One header word per column: the words of every header row above it, top down, merged
    /// cells counted once (`本年支出·小计`).
    static func flattenedHeader(_ grid: TableGrid) -> [String] {
        (0..<grid.width).map { column in
            var words: [String] = []
            for row in grid.headerRows {
                let text: String
                switch row[column] {
                case .cell(let cell): text = cell.content.printed
                case .covered(let originRow, let originColumn):
                    guard case .cell(let origin) = grid.rows[originRow][originColumn] else { continue }
                    text = origin.content.printed
                }
                if !text.isEmpty, words.last != text { words.append(text) }
            }
            return words.joined(separator: "·")
        }
    }
}
