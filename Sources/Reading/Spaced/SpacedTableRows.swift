import Classification
import Disclosure

/// Rebuilds table cells from text whose cells are separated by spaces (pdfplumber's text,
/// `pdftotext -layout`), so the table readers can read it as they read tab-separated rows.
///
/// Such text loses what tabs keep: blank cells vanish, names wrap onto the next lines, codes
/// print in pieces. Rows are reassembled from codes, names and amounts; where the text keeps
/// the page's alignment, each amount goes to the header column it stands under.
struct SpacedTableRows {
    let catalogue: Catalogue

    /// True when no line of the region has tab-separated cells.
    static func isSpaced(_ region: DocumentParts.TableRegion) -> Bool {
        !region.lines.contains { $0.isTabbed }
    }

    func cellular(_ region: DocumentParts.TableRegion, notes: inout ReadingNotes) -> DocumentParts.TableRegion {
        var result = region
        var titleBlock: [SourceText.Line] = []
        var body: [(line: SourceText.Line, tokens: [SpacedToken])] = []
        let tokenized = region.lines.map { (line: $0, tokens: $0.spacedTokens) }
        for (line, tokens) in tokenized {
            let trimmed = line.trimmed
            if trimmed.isEmpty { continue }
            // A note's last words wrapped onto a line of their own (`情况。`) stay with the note.
            let continuesNote = tokens.count == 1 && !tokens[0].isAmount
                && titleBlock.last.map { TabbedTable.isNote(TableTitles.normalise($0.trimmed)) } == true
                && body.last.map { $0.line.number < titleBlock[titleBlock.count - 1].number } != false
            if SpacedTableRows.isTitleLine(trimmed, tokens: tokens) || continuesNote {
                titleBlock.append(line)
            } else {
                body.append((line, tokens))
            }
        }
        let part = region.kind.rawValue
        let rows: [SourceText.Line]
        switch region.kind {
        case .incomeExpenditureSummary, .fiscalSummary:
            rows = summaryRows(body, part: part, notes: &notes, fiscal: region.kind == .fiscalSummary)
        case .income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital:
            rows = FunctionalRows(catalogue: catalogue, part: part, partColumns: FunctionalTableReader.partColumns(of: region.kind))
                .rows(body, notes: &notes)
        case .basicExpenditure:
            rows = PanelBands(catalogue: catalogue, part: part).rows(tokenized, notes: &notes)
                ?? basicRows(body, part: part, notes: &notes)
        case .threePublicExpenses:
            rows = threePublicRows(body, part: part, notes: &notes)
        case .supplementaryStatistics:
            rows = statisticsRows(body)
        }
        result.lines = titleBlock + rows
        return result
    }

    /// A line of the title block, given trimmed. The label, 部门名称, year and 金额单位 may share
    /// one line, each its own word.
    static func isTitleLine(_ trimmed: String, tokens: [SpacedToken]) -> Bool {
        TabbedTable.isTitleBlockText(trimmed) || tokens.contains { TabbedTable.isTitleBlockText($0.text) }
    }

    /// `单位：万元`, `注：…`, `说明：…`, `部门名称：…`, normalised: kept as they are, one cell.
    static func isTitleBlock(compact: String) -> Bool {
        ["注", "说明", "备注", "部门名称", "单位名称", "编制单位"].contains { compact.hasBytePrefix($0) }
            || compact.includes("单位") && compact.hasByteSuffix("元") && compact.count <= 12
    }

    /// The line with its cells rebuilt; where it stands stays as it was.
    func row(_ line: SourceText.Line, _ cells: [String]) -> SourceText.Line {
        var row = line
        row.cells = cells
        return row
    }

    // MARK: Two-sided summary tables

    /// Each printed line is a run of (label, 行次, amounts…) groups. A group whose label is a 支出
    /// line goes right, anything else left; the header is rebuilt to match. Where the header
    /// names 行次, a bare whole number right after a label is that row's 行次, not part of it.
    private func summaryRows(_ body: [(line: SourceText.Line, tokens: [SpacedToken])], part: String, notes: inout ReadingNotes,
                             fiscal: Bool) -> [SourceText.Line] {
        // A narrow 行次 column prints its header on two lines, `行` above `次`.
        let printedWords = Set(body.flatMap { entry in entry.tokens.map { PrintedWord(TableTitles.normalise($0.text)) } })
        let hasRowNumbers = printedWords.contains("行次") || printedWords.isSuperset(of: ["行", "次"])
        var parsed: [(line: SourceText.Line, income: SummaryGroup?, expenditure: SummaryGroup?)] = []
        var expenditureWidth = 1
        for entry in body {
            var groups: [SummaryGroup] = []
            var previous: SpacedToken?
            for token in entry.tokens {
                defer { previous = token }
                // A space inside a label is about one character wide; a gap wider than two
                // characters is the way to the next cell.
                let adjacent = previous.map { previous in
                    token.start - previous.end <= 2 * max(1, (previous.end - previous.start) / max(1, previous.text.characterCount))
                } ?? false
                if token.isAmount {
                    if groups.isEmpty { groups.append(SummaryGroup(label: "")) }
                    groups[groups.count - 1].amounts.append(token.text)
                } else if hasRowNumbers, let last = groups.last, last.amounts.isEmpty, last.rowNumber == nil, !last.label.isEmpty,
                          token.text.utf8.count <= 3, token.text.allSatisfy(\.isASCIIDigit) {
                    groups[groups.count - 1].rowNumber = token.text
                } else if adjacent, let last = groups.last, last.amounts.isEmpty, last.rowNumber == nil, !last.label.isEmpty,
                          Paragraphs.numbering(of: token.text) == nil, !SpacedTableRows.isSummaryLabel(token.text) {
                    // A label printed with a space inside it.
                    groups[groups.count - 1].label += token.text
                } else {
                    groups.append(SummaryGroup(label: token.text))
                }
            }
            // Labels' tails wrapped onto a line of their own (`支出`, `款`, `安排的支出`; one per
            // side) go back to the labels they end, on either side of the last two lines.
            // A tail may also share its line with the next row's cells (`本年收入合计 2,940.05 的支出
            // 本年支出合计 2,940.05`). A tail joins a label on its own page only: the header
            // repeated atop a new page (`收入 支出`) is none.
            func isTail(_ group: SummaryGroup) -> Bool {
                group.amounts.isEmpty && group.rowNumber == nil && group.label.characterCount <= 5 && !SpacedTableRows.headerWords.contains(PrintedWord(group.label))
                    && Paragraphs.numbering(of: group.label) == nil && !SpacedTableRows.isSummaryLabel(group.label)
            }
            if groups.allSatisfy(isTail), groups.count <= 2, !parsed.isEmpty,
               groups.allSatisfy({ SpacedTableRows.joinTail($0.label, page: entry.line.page, into: &parsed) }) {
                continue
            }
            if groups.contains(where: { SpacedTableRows.isSummaryLabel($0.label) }) {
                groups.removeAll { isTail($0) && SpacedTableRows.joinTail($0.label, page: entry.line.page, into: &parsed) }
            }
            // Header lines and stray words carry no amount and no recognisable label.
            // A source's name cut short where its cell wrapped (`一般公共预算财政拨` over `款`)
            // is a line label when a 行次 follows it; without one it is a header fragment.
            let labelled = groups.filter { group in
                SpacedTableRows.isSummaryLabel(group.label)
                    || group.rowNumber != nil && SpacedTableRows.isCutSourceLabel(group.label)
            }
            guard !labelled.isEmpty else { continue }
            var income: SummaryGroup?
            var expenditure: SummaryGroup?
            for group in labelled {
                if income == nil, !SpacedTableRows.isExpenditureLabel(group.label) {
                    income = group
                } else if expenditure == nil {
                    expenditure = group
                    expenditureWidth = max(expenditureWidth, group.amounts.count)
                }
            }
            parsed.append((entry.line, income, expenditure))
        }
        guard let first = parsed.first?.line else { return [] }
        let side = hasRowNumbers ? ["项目", "行次"] : ["项目"]
        let header = row(first, side + ["金额"] + side + Array(repeating: "金额", count: expenditureWidth))
        func cells(_ group: SummaryGroup?, width: Int) -> [String] {
            let amounts = group?.amounts ?? []
            return [group?.label ?? ""] + (hasRowNumbers ? [group?.rowNumber ?? ""] : [])
                + amounts.prefix(width) + Array(repeating: "", count: max(0, width - amounts.count))
        }
        // 04's 支出 columns after 合计 that the widest lines fill, in the order the reader takes them.
        let fiscalColumns = Array(["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"].prefix(expenditureWidth - 1))
        let loneParts = fiscal ? Self.loneExpenditureColumns(parsed.map { $0.expenditure }, parts: fiscalColumns.count) : [:]
        return [header] + parsed.indices.map { index in
            let entry = parsed[index]
            var expenditure = entry.expenditure
            if let placed = loneParts[index], let printed = expenditure?.amounts {
                expenditure?.amounts = LoneParts.amounts(printed, column: placed, of: fiscalColumns, by: "本年支出合计各栏之和",
                                                         at: entry.line.location, part: part, excerpt: entry.line.trimmed, notes: &notes)
            }
            return row(entry.line, cells(entry.income, width: 1) + cells(expenditure, width: expenditureWidth))
        }
    }

    /// Where the lone parts of 支出 lines printed without their blank cells go (`LoneParts`): the
    /// numbered 支出 lines add up, column by column, to 本年支出合计.
    private static func loneExpenditureColumns(_ expenditure: [SummaryGroup?], parts: Int) -> [Int: Int?] {
        guard parts >= 2, expenditure.contains(where: { $0?.amounts.count == 2 }),
              let total = expenditure.firstIndex(where: { $0.map { LabelText.core($0.label) == "本年支出合计" } ?? false }) else { return [:] }
        let lines = expenditure.indices.filter { index in
            guard let group = expenditure[index] else { return false }
            return Paragraphs.numbering(of: group.label) != nil && isExpenditureLabel(group.label)
        }
        let rows = expenditure.map { LoneParts.Row(amounts: ($0?.amounts ?? []).map { Amount(parsing: $0) }) }
        return LoneParts(parts: parts).columns(of: rows, groups: [LoneParts.Group(parent: total, children: lines)])
    }

    /// Words of a summary table's header, which wrap onto lines of their own as labels' tails do.
    private static let headerWords: Set<PrintedWord> = ["项目", "行次", "金额", "栏次", "行", "次"]

    /// One side of a printed summary line: its label, its 行次 where printed, its amounts.
    struct SummaryGroup {
        var label: String
        var rowNumber: String?
        var amounts: [String] = []
    }

    /// Appends a wrapped tail to the most recent label that is not yet complete.
    static func joinTail(_ tail: String, page: Int?, into parsed: inout [(line: SourceText.Line, income: SummaryGroup?, expenditure: SummaryGroup?)]) -> Bool {
        for index in parsed.indices.reversed().prefix(2) where parsed[index].line.page == page {
            if var joined = parsed[index].income, !isCompleteLabel(joined.label) {
                joined.label += tail
                // `二十一、国有资本经营预算` + `支出` turns out to be a 支出 line.
                if isExpenditureLabel(joined.label), parsed[index].expenditure == nil {
                    parsed[index].income = nil
                    parsed[index].expenditure = joined
                } else {
                    parsed[index].income = joined
                }
                return true
            }
            if let expenditure = parsed[index].expenditure, !isCompleteLabel(expenditure.label) {
                parsed[index].expenditure?.label += tail
                return true
            }
        }
        return false
    }

    /// A label ends the way whole labels end.
    private static func isCompleteLabel(_ label: String) -> Bool {
        let core = LabelText.core(label)
        return ["收入", "支出", "合计", "结余", "财政拨款", "总计", "分配", "）", ")"].contains { core.hasByteSuffix($0) }
    }

    static func isExpenditureLabel(_ label: String) -> Bool {
        let text = TableTitles.normalise(label)
        let core = LabelText.core(normalised: text)
        guard core.characterCount > 2 else { return false }
        // A numbered line that names no source of income is a 支出 class, even cut short.
        if Paragraphs.numbering(of: text) != nil, LabelText.fundSource(core: core) == nil { return true }
        // `…管理支` is a 支出 line whose last character wrapped onto the next line.
        return core.hasByteSuffix("支出") || core.hasByteSuffix("支") || core.includes("支出合计") || core.hasBytePrefix("结余分配") || core.hasBytePrefix("年末")
    }

    /// A whole line label, not a header word (`支出`, `决算数`) or a header fragment
    /// (`政府性基金预算`, `财政拨款`): it is numbered, or one of the unnumbered line labels.
    static let sourceLabels = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]

    static func isSummaryLabel(_ label: String) -> Bool {
        let text = TableTitles.normalise(label)
        let core = LabelText.core(normalised: text)
        if Paragraphs.numbering(of: text) != nil { return core.characterCount > 2 }
        let unnumbered = ["本年收入", "本年支出", "使用非财政拨款", "年初", "年末", "结余分配", "总计"]
        return unnumbered.contains { core.hasBytePrefix($0) } || sourceLabels.contains { core.hasBytePrefix($0) }
    }

    /// The start of a source of funds' name, at least six characters of it.
    static func isCutSourceLabel(_ label: String) -> Bool {
        let core = LabelText.core(label)
        return core.characterCount >= 6 && sourceLabels.contains { $0.hasBytePrefix(core) }
    }

    // MARK: Statistics

    /// Labelled lines with a 行次 and one figure (table 10). A line with one number printed
    /// has a blank 行次 or a blank figure. Where lines with both show where each column's
    /// numbers end (they are right-aligned in cells wider than their header words), the number
    /// belongs to the column it ends nearer to; otherwise to the header word (`行次`, `统计数`)
    /// it stands nearer to; without either, it is the 行次 when it follows the previous one.
    private func statisticsRows(_ body: [(line: SourceText.Line, tokens: [SpacedToken])]) -> [SourceText.Line] {
        func numbers(_ tokens: [SpacedToken]) -> [SpacedToken] { tokens.filter { $0.isAmount || $0.isCodePiece } }
        let pairs = body.map { numbers($0.tokens) }.filter { $0.count == 2 }
        let columnEnds = pairs.isEmpty ? nil : (rowNumber: pairs.map(\.[0].end).sorted()[pairs.count / 2], figure: pairs.map(\.[1].end).sorted()[pairs.count / 2])
        var marks: (rowNumber: Int, figure: Int)?
        var lastRowNumber = 0
        return body.map { entry in
            if let figure = entry.tokens.first(where: { $0.text == "统计数" }) {
                marks = entry.tokens.first { $0.text == "行次" }.map { ($0.center, figure.center) }
                return row(entry.line, entry.tokens.map(\.text))
            }
            let label = entry.tokens.filter { !$0.isAmount && !$0.isCodePiece }.map(\.text).joined(separator: " ")
            let printed = numbers(entry.tokens)
            // A section heading (`一、政府采购情况`) is a row of its own with no figure.
            var cells = printed.isEmpty ? ["", ""] : printed.map(\.text)
            if let number = printed.first, printed.count == 1 {
                let isRowNumber = if let columnEnds {
                    abs(number.end - columnEnds.rowNumber) < abs(number.end - columnEnds.figure)
                } else if let marks {
                    abs(number.center - marks.rowNumber) < abs(number.center - marks.figure)
                } else {
                    Int(number.text) == lastRowNumber + 1
                }
                cells = isRowNumber ? [number.text, ""] : ["", number.text]
            }
            if let rowNumber = cells.first.flatMap({ Int($0) }) { lastRowNumber = rowNumber }
            return row(entry.line, [label] + cells)
        }
    }

    // MARK: 三公 figures

    /// The twelve figures: in order when all are printed; otherwise each under the nearest
    /// 预算数/决算数 mark of the header, or column number of the 栏次 line, which aligned text
    /// keeps in place.
    private func threePublicRows(_ body: [(line: SourceText.Line, tokens: [SpacedToken])], part: String, notes: inout ReadingNotes) -> [SourceText.Line] {
        var marks: [SpacedToken] = []
        var rows: [SourceText.Line] = []
        for entry in body {
            let lineMarks = entry.tokens.filter { $0.text == "预算数" || $0.text == "决算数" }
            if lineMarks.count >= 4 {
                marks = lineMarks
                rows.append(row(entry.line, lineMarks.map(\.text)))
                continue
            }
            // Where the header groups its columns, the 栏次 line numbers each of the twelve.
            if entry.tokens.map(\.text) == (1...12).map(String.init) {
                marks = entry.tokens
                continue
            }
            let amounts = entry.tokens.filter(\.isAmount)
            guard !amounts.isEmpty, entry.tokens.count == amounts.count else { continue }
            if amounts.count == 12 || marks.count != 12 {
                rows.append(row(entry.line, amounts.map(\.text)))
                continue
            }
            var cells = Array(repeating: "", count: 12)
            for amount in amounts {
                let column = marks.indices.min { abs(marks[$0].center - amount.center) < abs(marks[$1].center - amount.center) } ?? 0
                cells[column] = amount.text
            }
            notes.repaired("“三公”经费行只印出部分金额，按表头位置归栏", at: entry.line.location, part: part, excerpt: entry.line.trimmed)
            rows.append(row(entry.line, cells))
        }
        return rows
    }

    // MARK: Basic expenditure panels

    /// Panels of (code, name, amount); a name that wrapped away is taken from the catalogue.
    private func basicRows(_ body: [(line: SourceText.Line, tokens: [SpacedToken])], part: String, notes: inout ReadingNotes) -> [SourceText.Line] {
        var rows: [SourceText.Line] = []
        for entry in body {
            var cells: [String] = []
            var index = 0
            let tokens = entry.tokens
            var sawCode = false
            while index < tokens.count {
                let token = tokens[index]
                if token.text.hasByteSuffix("合计"), !token.isAmount {
                    let amount = index + 1 < tokens.count && tokens[index + 1].isAmount ? tokens[index + 1].text : ""
                    cells += [token.text, "", amount]
                    index += amount.isEmpty ? 1 : 2
                    sawCode = true
                    continue
                }
                guard let code = token.economicCode else {
                    index += 1
                    continue
                }
                sawCode = true
                index += 1
                var name = ""
                while index < tokens.count, !tokens[index].isAmount, tokens[index].economicCode == nil {
                    name += tokens[index].text
                    index += 1
                }
                let amount = index < tokens.count && tokens[index].isAmount ? tokens[index].text : ""
                if !amount.isEmpty { index += 1 }
                if name.isEmpty || catalogueName(code)?.hasBytePrefix(name) == true && catalogueName(code) != name {
                    if let known = catalogueName(code) {
                        notes.repaired("科目\(code.digits)的名称被拆到相邻行，按分类目录补全为“\(known)”", at: entry.line.location, part: part, excerpt: name)
                        name = known
                    }
                }
                cells += [code.digits, name, amount]
            }
            if sawCode {
                rows.append(row(entry.line, cells))
            } else if tokens.contains(where: \.isAmount) {
                notes.unplaced("金额所在行没有科目代码，无法对应到科目", at: entry.line.location, part: part, excerpt: entry.line.trimmed)
            } else if !rows.isEmpty {
                notes.repaired("表格中的折行文字（科目名称的一部分）已并入相应科目", at: entry.line.location, part: part, excerpt: entry.line.trimmed)
            }
        }
        return rows
    }

    private func catalogueName(_ code: EconomicCode) -> String? {
        catalogue.economic(code)?.name
    }
}
