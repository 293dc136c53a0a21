import Disclosure

/// Reads the tables whose rows are functional codes (02, 03, 05, 07, 08): a code, a name, and
/// amount columns whose meaning comes from the header rows.
struct FunctionalTableReader {
    /// A column's meaning and the words in a header that announce it. Earlier keys win, so
    /// `项目支出` is tried before anything that merely contains `支出`.
    struct ColumnSpec {
        var field: String
        var keywords: [String]
    }

    static let incomeColumns = [
        ColumnSpec(field: "fiscal", keywords: ["财政拨款"]), ColumnSpec(field: "superiorSubsidy", keywords: ["上级补助"]),
        ColumnSpec(field: "business", keywords: ["事业收入"]), ColumnSpec(field: "operating", keywords: ["经营收入"]),
        ColumnSpec(field: "affiliatedRemittance", keywords: ["附属单位"]), ColumnSpec(field: "other", keywords: ["其他收入"]),
        ColumnSpec(field: "total", keywords: ["合计", "本年收入"]),
    ]
    static let expenditureColumns = [
        ColumnSpec(field: "toSuperior", keywords: ["上缴上级"]), ColumnSpec(field: "operating", keywords: ["经营支出"]),
        ColumnSpec(field: "affiliatedSubsidy", keywords: ["附属单位"]), ColumnSpec(field: "basic", keywords: ["基本支出"]),
        ColumnSpec(field: "project", keywords: ["项目支出"]), ColumnSpec(field: "total", keywords: ["合计", "本年支出"]),
    ]
    static let splitColumns = [
        ColumnSpec(field: "basic", keywords: ["基本支出"]), ColumnSpec(field: "project", keywords: ["项目支出"]),
        ColumnSpec(field: "total", keywords: ["小计", "合计", "本年支出"]),
    ]
    static let fundFlowColumns = [
        ColumnSpec(field: "opening", keywords: ["年初"]), ColumnSpec(field: "closing", keywords: ["年末"]),
        ColumnSpec(field: "income", keywords: ["本年收入"]), ColumnSpec(field: "basic", keywords: ["基本支出"]),
        ColumnSpec(field: "project", keywords: ["项目支出"]), ColumnSpec(field: "total", keywords: ["小计", "合计", "本年支出"]),
    ]

    /// A data row read into cells by field name.
    struct ParsedRow {
        var code: FunctionalCode?
        var name: String
        var cells: [String: Cell]
        var location: SourceLocation

        func callAsFunction(_ field: String) -> Cell { cells[field] ?? .blank }
        func optional(_ field: String) -> Cell? { cells[field] }
    }

    /// Default column order when a header cannot be understood.
    let defaultOrder: [String]
    let specs: [ColumnSpec]

    static let income = FunctionalTableReader(
        defaultOrder: ["total", "fiscal", "superiorSubsidy", "business", "operating", "affiliatedRemittance", "other"], specs: incomeColumns)
    static let expenditure = FunctionalTableReader(
        defaultOrder: ["total", "basic", "project", "toSuperior", "operating", "affiliatedSubsidy"], specs: expenditureColumns)
    static let split = FunctionalTableReader(defaultOrder: ["total", "basic", "project"], specs: splitColumns)
    static let fundFlow = FunctionalTableReader(
        defaultOrder: ["opening", "income", "total", "basic", "project", "closing"], specs: fundFlowColumns)

    /// The columns after the total, named as their headers name them, in the order a row printed
    /// without its blank cells is read: for the tables whose rows lead with their total (02, 03,
    /// 05); nil for 07 and 08, whose rows lead with the opening balance.
    static func partColumns(of kind: TableKind) -> [String]? {
        let reader: FunctionalTableReader
        switch kind {
        case .income: reader = .income
        case .expenditure: reader = .expenditure
        case .generalBudgetExpenditure: reader = .split
        default: return nil
        }
        return reader.defaultOrder.dropFirst().map { field in reader.specs.first { $0.field == field }?.keywords.first ?? field }
    }

    /// Reads a region into its heading, the 合计 row and the code rows.
    func read(_ region: DocumentParts.TableRegion, notes: inout ReadingNotes) -> (heading: TableHeading, total: ParsedRow?, rows: [ParsedRow]) {
        let part = region.kind.rawValue
        let table = TabbedTable(region, notes: &notes)
        let firstData = table.rows.firstIndex { FunctionalTableReader.isDataRow($0) } ?? table.rows.count
        let header = Array(table.rows[..<firstData])
        let fields = columnFields(header: header, width: table.rows.map(\.cells.count).max() ?? 0, part: part,
                                  location: region.titleLine.location, notes: &notes)
        var total: ParsedRow?
        var rows: [ParsedRow] = []
        for row in table.rows[firstData...] {
            guard var parsed = parse(row, fields: fields, unit: table.heading.unit, part: part, notes: &notes) else { continue }
            if parsed.code == nil {
                if total == nil { total = parsed } else {
                    notes.unplaced("多出一行合计", at: row.location, part: part, excerpt: row.line.text)
                }
            } else {
                if parsed.name.isEmpty { notes.uncertain("科目\(row.cell(0))没有名称", at: row.location, part: part) }
                parsed.name = parsed.name.trimmingSpaces()
                rows.append(parsed)
            }
        }
        FunctionalTableReader.noteIncompleteHierarchy(rows, fields: fields, part: part, notes: &notes)
        return (table.heading, total, rows)
    }

    /// Column index → field, from the words of the header rows above each column.
    private func columnFields(header: [TabbedTable.Row], width: Int, part: String, location: SourceLocation, notes: inout ReadingNotes) -> [Int: String] {
        var fields: [Int: String] = [:]
        var taken: Set<String> = []
        for column in 2..<max(2, width) {
            let words = header.map { $0.cell(column) }.joined()
            guard let spec = specs.first(where: { spec in !taken.contains(spec.field) && spec.keywords.contains { words.contains($0) } }) else { continue }
            fields[column] = spec.field
            taken.insert(spec.field)
        }
        let understood = fields.count >= min(defaultOrder.count, max(0, width - 2)) && taken.contains("total")
        if !understood {
            if !header.isEmpty {
                notes.uncertain("表头未能完全识别，按标准栏目顺序读取（\(defaultOrder.joined(separator: "、"))）", at: location, part: part)
            }
            fields = Dictionary(uniqueKeysWithValues: defaultOrder.enumerated().map { ($0.offset + 2, $0.element) })
        }
        return fields
    }

    /// A row that starts with a code, or is the 合计 row.
    static func isDataRow(_ row: TabbedTable.Row) -> Bool {
        let first = row.cell(0)
        if FunctionalCode(first) != nil { return true }
        if LabelText.isTotal(first) || LabelText.isTotal(row.cell(1)) { return true }
        // A code with its name in one cell, when a tab was lost: "2013801 行政运行".
        return FunctionalCode(String(first.prefix { $0 != " " })) != nil && first.contains(" ")
    }

    private func parse(_ row: TabbedTable.Row, fields: [Int: String], unit: MoneyUnit, part: String, notes: inout ReadingNotes) -> ParsedRow? {
        var cells = row.cells
        let first = row.cell(0)
        var code = FunctionalCode(first)
        // Repair: code and name fused into one cell by a lost tab.
        if code == nil, let space = first.firstIndex(of: " "), let fused = FunctionalCode(String(first[..<space])) {
            code = fused
            cells.replaceSubrange(0...0, with: [fused.digits, String(first[first.index(after: space)...]).trimmingSpaces()])
            notes.repaired("科目代码与名称挤在同一栏，已拆开", at: row.location, part: part, excerpt: first)
        }
        if code == nil, !(LabelText.isTotal(first) || LabelText.isTotal(row.cell(1))) {
            notes.unplaced("不是科目行也不是合计行", at: row.location, part: part, excerpt: row.line.text)
            return nil
        }
        let name = code == nil ? "合计" : (cells.count > 1 ? cells[1] : "")
        let lastField = fields.keys.max() ?? 1
        if cells.count > lastField + 1, cells[(lastField + 1)...].contains(where: { !$0.isEmpty }) {
            notes.unplaced("本行的金额栏多于表头栏目，多出的部分未能归位", at: row.location, part: part, excerpt: row.line.text)
        }
        var parsed = ParsedRow(code: code, name: name, cells: [:], location: row.location)
        for (column, field) in fields {
            let raw = column < cells.count ? cells[column] : ""
            parsed.cells[field] = TabbedTable.cell(raw, at: row.location, part: part, column: field, unit: unit, notes: &notes)
        }
        return parsed
    }

    /// How far a sum of `rows` printed rows may be from the truth in fen: each figure, printed to
    /// 0.01 of its unit, may be off by half of that.
    static func roundingTolerance(rows: Int) -> Int64 {
        Int64(rows) * 5_000
    }

    /// Under each 类 and 款, the rows below should add up to it; when they fall short, a row
    /// was probably lost — said here at the parent's line so it is not lost silently.
    static func noteIncompleteHierarchy(_ rows: [ParsedRow], fields: [Int: String], part: String, notes: inout ReadingNotes) {
        for parent in rows {
            guard let code = parent.code, code.level != .item else { continue }
            // The children by index: copying every row below every parent cost more than the sums.
            let children = rows.indices.filter { rows[$0].code.map(code.isParent(of:)) ?? false }
            guard !children.isEmpty else {
                notes.uncertain("科目\(code.digits)下没有下级科目行", at: parent.location, part: part)
                continue
            }
            let stated = parent("total")
            let summed = children.map { rows[$0]("total").value }.sum()
            let tolerance = roundingTolerance(rows: children.count + 1)
            if abs(stated.value.fen - summed.fen) > tolerance {
                notes.uncertain("科目\(code.digits)“\(parent.name)”的下级科目合计\(summed)与本行\(stated.value)不符，可能缺少明细行",
                                at: parent.location, part: part)
            }
        }
    }
}
