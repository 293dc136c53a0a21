import Disclosure

/// A whole disclosure as one self-contained HTML file: cover, 概况, the tables in their official
/// layouts, charts, 情况说明, 名词解释 and the self-evaluations. Inline CSS, inline SVG, no script,
/// no network. Written straight into UTF-8 buffers, a piece of the page on each core at once,
/// since rendering must stay fast.
///
/// Every figure cell carries `data-table`, `data-row` and `data-column`, so a test (or a
/// scraper) can find each figure of the model in the page.
public enum DisclosureHTML {
    public static func render(_ disclosure: Disclosure) -> String {
        page(disclosure).text
    }

    /// The page as the UTF-8 bytes a file or a response holds: made into a `String`, the page's
    /// bytes would be validated again, which took a tenth of rendering.
    public static func renderUTF8(_ disclosure: Disclosure) -> [UInt8] {
        page(disclosure).utf8
    }

    /// A part of the page that is written on its own.
    private enum Piece {
        case front, table(TableKind), narrative, selfEvaluation(SelfEvaluation)
    }

    /// The page's pieces are written on all cores at once and joined in order. The
    /// self-evaluations are two fifths of a page like the seed's and the tables most of the
    /// rest, so each table is a piece of its own: written in one piece, the part before the
    /// attachments took longer than all the self-evaluations.
    private static func page(_ disclosure: Disclosure) -> MarkupBuffer {
        let tables = disclosure.tables.present.map(\.kind)
        // The longest pieces first, so that no core is left with one at the end.
        let pieces = tables.map(Piece.table) + [.narrative, .front] + disclosure.selfEvaluations.map(Piece.selfEvaluation)
        let written = pieces.concurrentMap { piece in write(piece, of: disclosure) }
        let (narrative, front) = (written[tables.count], written[tables.count + 1])
        // Room for the pieces and the tags between them (some 200 bytes): outgrown, the whole
        // page was copied once more into a buffer twice its size.
        var out = MarkupBuffer(capacity: written.reduce(1024) { $0 + $1.utf8.count })
        out += front
        if !tables.isEmpty {
            out += "<section class=\"part\" id=\"tables\">\n<h2>第二部分 决算表</h2>\n"
            for table in written[..<tables.count] { out += table }
            out += "</section>\n"
        }
        out += narrative
        attachments(disclosure, evaluations: written[(tables.count + 2)...], into: &out)
        out += "</body>\n</html>\n"
        return out
    }

    private static func write(_ piece: Piece, of disclosure: Disclosure) -> MarkupBuffer {
        switch piece {
        case .front:
            var out = MarkupBuffer(capacity: 16 * 1024)
            let title = documentTitle(disclosure.metadata)
            out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"juesuan\">\n"
            out += "<title>"; out.escaped(title); out += "</title>\n<style>\n" + HTMLStyle.css + "\n</style>\n</head>\n<body>\n"
            cover(disclosure.metadata, title: title, into: &out)
            overview(disclosure.overview, into: &out)
            return out
        case .table(let kind):
            var out = MarkupBuffer(capacity: 16 * 1024)
            if let grid = disclosure.tables.grid(kind) { table(grid, into: &out) }
            return out
        case .narrative:
            var out = MarkupBuffer(capacity: 32 * 1024)
            out += "<section class=\"part\" id=\"narrative\">\n<h2>第三部分 情况说明</h2>\n"
            charts(ExpenditureStructure(disclosure), into: &out)
            narrative(disclosure.narrative, into: &out)
            out += "</section>\n"
            glossary(disclosure.glossary, into: &out)
            return out
        case .selfEvaluation(let evaluation):
            var out = MarkupBuffer(capacity: 8 * 1024)
            SelfEvaluationHTML.render(evaluation, into: &out)
            return out
        }
    }

    static func documentTitle(_ metadata: Metadata) -> String {
        metadata.title ?? metadata.departmentName + (metadata.fiscalYear.map { "\($0)年度" } ?? "") + "部门决算公开"
    }

    static func cover(_ metadata: Metadata, title: String, into out: inout MarkupBuffer) {
        out += "<section class=\"cover\">\n<h1>"; out.escaped(title); out += "</h1>\n<p>"
        out.escaped(metadata.departmentName)
        out += "</p>\n"
        if let year = metadata.fiscalYear { out += "<p>\(year)年度</p>\n" }
        out += "</section>\n"
    }

    static func overview(_ overview: Overview, into out: inout MarkupBuffer) {
        guard !overview.duties.isEmpty || !overview.organisation.isEmpty || overview.dutiesIntroduction != nil else { return }
        out += "<section class=\"part\" id=\"overview\">\n<h2>第一部分 概况</h2>\n<h3>一、主要职能</h3>\n"
        if let introduction = overview.dutiesIntroduction { paragraph(introduction, into: &out) }
        if !overview.duties.isEmpty {
            out += "<ol class=\"duties\">\n"
            for duty in overview.duties { out += "<li>"; out.escaped(duty); out += "</li>\n" }
            out += "</ol>\n"
        }
        if !overview.organisation.isEmpty {
            out += "<h3>二、机构设置情况</h3>\n"
            paragraph(overview.organisation, into: &out)
        }
        out += "</section>\n"
    }

    static func table(_ grid: TableGrid, into out: inout MarkupBuffer) {
        let part = grid.kind.rawValue
        out += "<section class=\"table-page\(grid.width > 9 ? " wide" : "")\" id=\"\(part)\">\n<h3 style=\"text-align:center\">"
        out.escaped(grid.heading.title)
        out += "</h3>\n<div class=\"title-block\">"
        for line in grid.titleLines { out += "<span>"; out.escaped(line); out += "</span>" }
        out += "</div>\n<table data-table=\"\(part)\">\n<thead>\n"
        let keyStart = " data-table=\"\(part)\" data-row=\""
        for (index, row) in grid.rows.enumerated() {
            if index == grid.headerRowCount { out += "</thead>\n<tbody>\n" }
            out += "<tr>"
            for slot in row {
                guard case .cell(let cell) = slot else { continue }
                self.cell(cell, header: index < grid.headerRowCount, keyStart: keyStart, into: &out)
            }
            out += "</tr>\n"
        }
        if grid.headerRowCount == grid.rows.count { out += "</thead>\n<tbody>\n" }
        out += "</tbody>\n</table>\n"
        if !grid.heading.notes.isEmpty {
            out += "<div class=\"notes\">"
            for note in grid.heading.notes { out += "<p>"; out.escaped(note); out += "</p>" }
            out += "</div>\n"
        }
        out += "</section>\n"
    }

    /// One cell, in as few whole pieces as its markup allows: the seed's tables have some 1,700
    /// cells, and each piece appended costs about as much as the bytes it copies. `keyStart` is
    /// the table's part of a keyed cell's attributes, up to the row key.
    static func cell(_ cell: GridCell, header: Bool, keyStart: String, into out: inout MarkupBuffer) {
        out += header ? "<th" : "<td"
        if cell.rowSpan > 1 { out += " rowspan=\"\(cell.rowSpan)\"" }
        if cell.columnSpan > 1 { out += " colspan=\"\(cell.columnSpan)\"" }
        switch cell.content {
        case .amount, .integer: if !header { out += " class=\"num\"" }
        case .notApplicable: out += " class=\"na\""
        case .text(let text) where !header && isNumeric(text): out += " class=\"code\""
        default: break
        }
        if let key = cell.key {
            out += keyStart; out.escaped(key.row)
            out += "\" data-column=\""; out.escaped(key.column); out += "\">"
        } else {
            out += ">"
        }
        out.escaped(cell.content.printed)
        out += header ? "</th>" : "</td>"
    }

    /// Whether every character of `text` is a number, as `Character.isNumber` says: a code
    /// such as 2010101 is told by its bytes, since the only numbers in ASCII are its digits.
    static func isNumeric(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.allSatisfy { (0x30...0x39).contains($0) } : text.allSatisfy(\.isNumber)
    }

    static func charts(_ structure: ExpenditureStructure, into out: inout MarkupBuffer) {
        guard !structure.byClass.isEmpty || !structure.threePublic.isEmpty else { return }
        out += "<div class=\"charts\">\n"
        if !structure.byClass.isEmpty { out += SVGCharts.bars(title: "图1 本年支出按功能分类（类）构成", parts: structure.byClass) }
        if !structure.basicAndProject.isEmpty { out += SVGCharts.bars(title: "图2 基本支出与项目支出", parts: structure.basicAndProject) }
        if !structure.threePublic.isEmpty {
            out += SVGCharts.budgetAgainstActual(title: "图3 财政拨款“三公”经费预算数与决算数", items: structure.threePublic)
        }
        out += "</div>\n"
    }

    static func narrative(_ narrative: Narrative, into out: inout MarkupBuffer) {
        for section in narrative.sections {
            out += "<h3>"
            if let number = section.number { out.escaped(number + "、") }
            out.escaped(section.title)
            out += "</h3>\n"
            for paragraph in section.paragraphs { self.paragraph(paragraph.text, into: &out) }
        }
    }

    static func glossary(_ entries: [GlossaryEntry], into out: inout MarkupBuffer) {
        guard !entries.isEmpty else { return }
        out += "<section class=\"part\" id=\"glossary\">\n<h2>第四部分 名词解释</h2>\n<dl>\n"
        for entry in entries {
            out += "<dt>"; out.escaped(entry.term); out += "</dt><dd>"
            out.escaped(entry.definition); out += "</dd>\n"
        }
        out += "</dl>\n</section>\n"
    }

    /// The self-evaluations in their own layout (`evaluations`, written apart); attachments no
    /// reader understood as raw text.
    static func attachments(_ disclosure: Disclosure, evaluations: ArraySlice<MarkupBuffer>, into out: inout MarkupBuffer) {
        guard !disclosure.selfEvaluations.isEmpty || !disclosure.attachments.isEmpty else { return }
        out += "<section class=\"part\" id=\"attachments\">\n<h2>第五部分 附件</h2>\n"
        if disclosure.selfEvaluations.isEmpty {
            for attachment in disclosure.attachments {
                out += "<h3>"; out.escaped(attachment.title); out += "</h3>\n"
                paragraph(attachment.text, into: &out)
            }
        } else {
            for evaluation in evaluations { out += evaluation }
        }
        out += "</section>\n"
    }

    /// A paragraph; line breaks inside it are kept.
    static func paragraph(_ text: String, into out: inout MarkupBuffer) {
        out += "<p>"
        out.escaped(text, lineBreak: "<br>")
        out += "</p>\n"
    }
}
