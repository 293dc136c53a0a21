import Disclosure

/// Where a finding points: a table cell (table, row code or label, column), or a sentence of the
/// narrative, or a place in the document's other text; with the source line when known.
public struct FindingLocation: Sendable, Hashable, Codable {
    public var table: TableKind?
    /// The row's classification code, when the row has one (`2013801`, `30201`).
    public var rowCode: String?
    /// The row's printed name or label (`行政运行`, `本年收入合计`).
    public var rowLabel: String?
    /// The column's meaning (`财政拨款收入`, `决算数·合计`).
    public var column: String?
    /// The narrative section's title, for findings in the prose.
    public var section: String?
    /// 1-based paragraph within the section.
    public var paragraph: Int?
    /// 1-based sentence within the paragraph.
    public var sentence: Int?
    /// The project, for findings in a 项目支出绩效自评表.
    public var project: String?
    public var source: SourceLocation?

    public init(table: TableKind? = nil, rowCode: String? = nil, rowLabel: String? = nil, column: String? = nil,
                section: String? = nil, paragraph: Int? = nil, sentence: Int? = nil, project: String? = nil, source: SourceLocation? = nil) {
        self.table = table
        self.rowCode = rowCode
        self.rowLabel = rowLabel
        self.column = column
        self.section = section
        self.paragraph = paragraph
        self.sentence = sentence
        self.project = project
        self.source = source
    }

    /// `公开02 201 一般公共服务支出 · 财政拨款收入`, or `情况说明「二、收入决算情况说明」第1段第2句`.
    public var description: LocalizedText {
        var zh: [String] = []
        var en: [String] = []
        if let table {
            zh.append(table.rawValue)
            en.append("Table \(table.rawValue.dropFirst(2))")
        }
        let row = [rowCode, rowLabel].compactMap { $0 }.joined(separator: " ")
        if !row.isEmpty {
            zh.append(row)
            en.append(row)
        }
        if let column {
            zh.append("· " + column)
            en.append("· " + column)
        }
        if let section {
            var place = "情况说明「\(section)」"
            var english = "narrative \"\(section)\""
            if let paragraph {
                place += "第\(paragraph)段"
                english += " paragraph \(paragraph)"
            }
            if let sentence {
                place += "第\(sentence)句"
                english += " sentence \(sentence)"
            }
            zh.append(place)
            en.append(english)
        }
        if let project {
            zh.append("绩效自评表「\(project)」")
            en.append("self-evaluation \"\(project)\"")
        }
        if zh.isEmpty {
            zh.append("全文")
            en.append("document")
        }
        return LocalizedText(zh: zh.joined(separator: " "), en: en.joined(separator: " "))
    }

    /// The source line, for reports: `第171行`.
    public var lineDescription: LocalizedText? {
        source?.line.map { LocalizedText(zh: "第\($0)行", en: "line \($0)") }
    }
}
