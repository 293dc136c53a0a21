import Classification
import Disclosure

/// A table region of tab-separated text split into what surrounds the table (title block,
/// notes) and its rows. Each table reader starts from this.
struct TabbedTable {
    struct Row {
        var cells: [String]
        var line: SourceText.Line
        var location: SourceLocation { line.location }

        func cell(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
    }

    var heading: TableHeading
    var rows: [Row]

    init(_ region: DocumentParts.TableRegion, notes: inout ReadingNotes) {
        let part = region.kind.rawValue
        heading = TableHeading(title: region.title, location: region.titleLine.location)
        rows = []
        var pendingLabel: (text: String, line: SourceText.Line)?
        // A blank line between two rows is a page or extraction break inside the table.
        var blankAfterRow: SourceText.Line?
        var afterNote = false
        for line in region.lines {
            // A note or unit line stays text even when a workbook pads it with empty cells.
            if line.isTabbed, !(line.soleCell.map(TabbedTable.isTitleBlockText) ?? false) {
                let cells = line.cells
                if cells.allSatisfy(\.isEmpty) { continue }
                // Except before a section heading of the table (`二、机关运行经费`).
                if let blank = blankAfterRow, Paragraphs.numbering(of: cells[0]) == nil {
                    notes.repaired("表格行之间有空行（分页或提取所致），已接续", at: blank.location, part: part)
                }
                blankAfterRow = nil
                afterNote = false
                rows.append(Row(cells: cells, line: line))
                continue
            }
            let text = line.trimmed
            if text.isEmpty {
                if blankAfterRow == nil, let last = rows.last, last.line.number == line.number - 1 { blankAfterRow = line }
                continue
            }
            blankAfterRow = nil
            // The label, 部门名称, year and 金额单位 may share one line, each its own word.
            let words = line.spacedTokens.map(\.text)
            let segments = words.count > 1 && words.allSatisfy(TabbedTable.isTitleBlockText) ? words : [text]
            for text in segments {
                let compact = TableTitles.normalise(text)
                if let label = TableTitles.label(in: text) {
                    heading.label = label.hasSuffix("表") ? label : label + "表"
                    if !label.hasSuffix("表") { pendingLabel = (label, line) }
                } else if compact == "表", let pending = pendingLabel {
                    notes.repaired("表号“\(pending.text)表”被拆成两行，已合并", at: pending.line.location, part: part, excerpt: pending.text + " / 表")
                    pendingLabel = nil
                } else if TabbedTable.isNote(compact) {
                    heading.notes.append(text)
                    if compact.includes("无数据") || compact.includes("无此项") || compact.includes("没有") && compact.includes("故本表") {
                        heading.printedEmpty = true
                    }
                } else if compact.hasBytePrefix("部门名称") || compact.hasBytePrefix("单位名称") || compact.hasBytePrefix("编制单位") {
                    TabbedTable.readNameLine(compact, into: &heading)
                } else if compact.includes("单位") && compact.hasByteSuffix("元") {
                    heading.unit = compact.hasByteSuffix("万元") ? .tenThousandYuan : .yuan
                } else if let year = TabbedTable.fiscalYear(in: compact), compact.count <= 8 {
                    heading.fiscalYear = year
                } else if Watermark.isWatermark(compact) {
                    notes.repaired("跳过页面水印“\(text)”", at: line.location, part: part, excerpt: text)
                } else if let last = heading.notes.indices.last, afterNote {
                    // A note wrapped onto the next line.
                    heading.notes[last] += text
                    continue
                } else {
                    notes.unplaced("表格区域中有无法归类的文字", at: line.location, part: part, excerpt: text)
                }
                afterNote = TabbedTable.isNote(compact)
            }
        }
    }

    /// `注：…`, `说明：…`, `备注：…` under a table.
    static func isNote(_ compact: String) -> Bool {
        compact.hasBytePrefix("注") || compact.hasBytePrefix("说明") || compact.hasBytePrefix("备注")
    }

    /// Text of the block around a table (label, unit, year, notes) rather than a row.
    static func isTitleBlockText(_ text: String) -> Bool {
        // Each of these starts with one of a few characters, or holds a 单位 or a 年: most words
        // and lines of a table are ruled out in one pass over their scalars before a normalised
        // copy is made, and an ASCII word (an amount, a code) before that.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        var first: Unicode.Scalar?
        var holdsUnitOrYear = false
        for scalar in text.unicodeScalars {
            if scalar == "单" || scalar == "年" {
                holdsUnitOrYear = true
                break
            }
            if first == nil, !TableTitles.isIgnored(scalar) { first = scalar }
        }
        guard holdsUnitOrYear || first.map(startsTitleBlock) == true else { return false }
        let compact = TableTitles.normalise(text)
        return SpacedTableRows.isTitleBlock(compact: compact) || TableTitles.label(in: compact) != nil
            || fiscalYear(in: compact) != nil && compact.count <= 8
    }

    /// 注、说明、备注、部门名称、单位、编制单位、公开表、附表: a switch, where a set hashed each word.
    private static func startsTitleBlock(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "注", "说", "备", "部", "单", "编", "公", "附": true
        default: false
        }
    }

    /// `部门名称：大同市市场监督管理局 2024年度` → name and year.
    private static func readNameLine(_ compact: String, into heading: inout TableHeading) {
        guard let colon = compact.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return }
        var name = String(compact[compact.index(after: colon)...])
        if let year = fiscalYear(in: name), let range = name.range(of: "\(year)年度") {
            heading.fiscalYear = year
            name = String(name[..<range.lowerBound])
        }
        heading.departmentName = name
    }

    /// `2024年度` → 2024.
    static func fiscalYear(in text: String) -> Int? {
        guard let range = text.ranges(ofBytes: "年度").first ?? text.ranges(ofBytes: "年").first else { return nil }
        let digits = text[..<range.lowerBound].utf8.reversed().prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard digits.count == 4, let year = Int(String(decoding: digits.reversed(), as: UTF8.self)), (1990...2100).contains(year) else { return nil }
        return year
    }

    /// Reads an amount cell; a cell that is no number becomes blank with a note quoting it, so
    /// the figure is neither dropped nor guessed.
    static func cell(_ raw: String, at location: SourceLocation, part: String, column: String, unit: MoneyUnit, notes: inout ReadingNotes) -> Cell {
        switch CellText.read(raw, unit: unit) {
        case .cell(let cell), .commaAsDecimalPoint(let cell):
            return cell
        case .unreadable:
            notes.unplaced("“\(column)”栏应为金额，实际为“\(raw)”，未能读出", at: location, part: part, excerpt: raw)
            return .blank
        }
    }
}

/// Text stamped on every page of a draft ("仅供内部审核") that extraction mixes into rows.
enum Watermark {
    static let phrases = ["仅供内部审核", "内部资料", "仅供参考", "草稿"]

    static func isWatermark(_ compact: String) -> Bool {
        phrases.contains(compact)
    }

    /// Whether a whole line, normalised as titles are, is a watermark. Most lines start otherwise
    /// than every phrase or print more than the longest, which their first few scalars show
    /// before any text is copied.
    static func isWatermark(line: String) -> Bool {
        var printed = 0
        for scalar in line.unicodeScalars where !PrintedName.isSpace(scalar) && !TableTitles.isIgnored(scalar) {
            if printed == 0, !phraseStarts.contains(scalar) { return false }
            printed += 1
            if printed > longestPhrase { return false }
        }
        return isWatermark(TableTitles.normalise(line.trimmingSpaces()))
    }

    private static let longestPhrase = phrases.map(\.unicodeScalars.count).max() ?? 0
    private static let phraseStarts = phrases.compactMap(\.unicodeScalars.first)
}
