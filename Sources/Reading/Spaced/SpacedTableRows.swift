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
        for line in region.lines where !line.isBlank {
            let tokens = line.spacedTokens
            if SpacedTableRows.isTitleBlock(line.trimmed) || TableTitles.label(in: line.trimmed) != nil {
                titleBlock.append(line)
            } else {
                body.append((line, tokens))
            }
        }
        let part = region.kind.rawValue
        let rows: [SourceText.Line]
        switch region.kind {
        case .incomeExpenditureSummary, .fiscalSummary:
            rows = summaryRows(body)
        case .income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital:
            rows = FunctionalRows(catalogue: catalogue, part: part).rows(body, notes: &notes)
        case .basicExpenditure:
            rows = PanelBands(catalogue: catalogue, part: part).rows(region.lines, notes: &notes)
                ?? basicRows(body, part: part, notes: &notes)
        case .threePublicExpenses:
            rows = threePublicRows(body, part: part, notes: &notes)
        case .supplementaryStatistics:
            rows = body.map { entry in
                let label = entry.tokens.filter { !$0.isAmount && !$0.isCodePiece }.map(\.text).joined()
                let numbers = entry.tokens.filter { $0.isAmount || $0.isCodePiece }.map(\.text)
                return row(entry.line, [label] + (numbers.count >= 2 ? numbers : [""] + numbers))
            }
        }
        result.lines = titleBlock + rows
        return result
    }

    /// `单位：万元`, `注：…`, `说明：…`, `部门名称：…`: kept as they are, one cell.
    static func isTitleBlock(_ text: String) -> Bool {
        let compact = TableTitles.normalise(text)
        return ["注", "说明", "备注", "部门名称", "单位名称", "编制单位"].contains { compact.hasPrefix($0) }
            || compact.contains("单位") && (compact.hasSuffix("万元") || compact.hasSuffix("元")) && compact.count <= 12
    }

    /// The line with its cells rebuilt; where it stands stays as it was.
    func row(_ line: SourceText.Line, _ cells: [String]) -> SourceText.Line {
        var row = line
        row.cells = cells
        return row
    }

    // MARK: Two-sided summary tables

    /// Each printed line is a run of (label, amounts…) groups. A group whose label is a 支出
    /// line goes right, anything else left; the header is rebuilt to match.
    private func summaryRows(_ body: [(line: SourceText.Line, tokens: [SpacedToken])]) -> [SourceText.Line] {
        var parsed: [(line: SourceText.Line, income: (String, [String])?, expenditure: (String, [String])?)] = []
        var expenditureWidth = 1
        for entry in body {
            var groups: [(label: String, amounts: [String])] = []
            for token in entry.tokens {
                if token.isAmount {
                    if groups.isEmpty { groups.append(("", [])) }
                    groups[groups.count - 1].amounts.append(token.text)
                } else if let last = groups.last, last.amounts.isEmpty, !last.label.isEmpty,
                          Paragraphs.numbering(of: token.text) == nil, !SpacedTableRows.isSummaryLabel(token.text) {
                    // A label printed with a space inside it.
                    groups[groups.count - 1].label += token.text
                } else {
                    groups.append((token.text, []))
                }
            }
            // A label's tail wrapped onto a line of its own (`支出`, `款`) goes back to the label
            // it ends, on either side of the last two lines.
            if groups.count == 1, let tail = groups.first, tail.amounts.isEmpty, tail.label.count <= 3,
               Paragraphs.numbering(of: tail.label) == nil, SpacedTableRows.joinTail(tail.label, into: &parsed) {
                continue
            }
            // Header lines and stray words carry no amount and no recognisable label.
            let labelled = groups.filter { SpacedTableRows.isSummaryLabel($0.label) }
            guard !labelled.isEmpty else { continue }
            var income: (String, [String])?
            var expenditure: (String, [String])?
            for group in labelled {
                if income == nil, !SpacedTableRows.isExpenditureLabel(group.label) {
                    income = (group.label, group.amounts)
                } else if expenditure == nil {
                    expenditure = (group.label, group.amounts)
                    expenditureWidth = max(expenditureWidth, group.amounts.count)
                }
            }
            parsed.append((entry.line, income, expenditure))
        }
        guard let first = parsed.first?.line else { return [] }
        let header = row(first, ["项目", "金额", "项目"] + Array(repeating: "金额", count: expenditureWidth))
        return [header] + parsed.map { entry in
            let left = entry.income.map { [$0.0, $0.1.first ?? ""] } ?? ["", ""]
            let amounts = entry.expenditure?.1 ?? []
            let right = [entry.expenditure?.0 ?? ""] + amounts + Array(repeating: "", count: max(0, expenditureWidth - amounts.count))
            return row(entry.line, left + right)
        }
    }

    /// Appends a wrapped tail to the most recent label that is not yet complete.
    static func joinTail(_ tail: String, into parsed: inout [(line: SourceText.Line, income: (String, [String])?, expenditure: (String, [String])?)]) -> Bool {
        for index in parsed.indices.reversed().prefix(2) {
            if let income = parsed[index].income, !isCompleteLabel(income.0) {
                let joined = (income.0 + tail, income.1)
                // `二十一、国有资本经营预算` + `支出` turns out to be a 支出 line.
                if isExpenditureLabel(joined.0), parsed[index].expenditure == nil {
                    parsed[index].income = nil
                    parsed[index].expenditure = joined
                } else {
                    parsed[index].income = joined
                }
                return true
            }
            if let expenditure = parsed[index].expenditure, !isCompleteLabel(expenditure.0) {
                parsed[index].expenditure = (expenditure.0 + tail, expenditure.1)
                return true
            }
        }
        return false
    }

    /// A label ends the way whole labels end.
    private static func isCompleteLabel(_ label: String) -> Bool {
        ["收入", "支出", "合计", "结余", "财政拨款", "总计", "分配", "）", ")"].contains { LabelText.core(label).hasSuffix($0) }
    }

    static func isExpenditureLabel(_ label: String) -> Bool {
        let core = LabelText.core(label)
        // A numbered line that names no source of income is a 支出 class, even cut short.
        if Paragraphs.numbering(of: TableTitles.normalise(label)) != nil, LabelText.fundSource(label) == nil, core.count > 2 { return true }
        // `…管理支` is a 支出 line whose last character wrapped onto the next line.
        return core.count > 2 && (core.hasSuffix("支出") || core.hasSuffix("支") || core.contains("支出合计") || core.hasPrefix("结余分配") || core.hasPrefix("年末"))
    }

    /// A whole line label, not a header word (`支出`, `决算数`) or a header fragment
    /// (`政府性基金预算`, `财政拨款`): it is numbered, or one of the unnumbered line labels.
    static func isSummaryLabel(_ label: String) -> Bool {
        let core = LabelText.core(label)
        if Paragraphs.numbering(of: TableTitles.normalise(label)) != nil { return core.count > 2 }
        let unnumbered = ["本年收入", "本年支出", "使用非财政拨款", "年初", "年末", "结余分配", "总计"]
        let sources = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
        return unnumbered.contains { core.hasPrefix($0) } || sources.contains { core.hasPrefix($0) }
    }

    // MARK: 三公 figures

    /// The twelve figures: in order when all are printed; otherwise each under the nearest
    /// 预算数/决算数 mark of the header, which aligned text keeps in place.
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
                if token.text.hasSuffix("合计"), !token.isAmount {
                    let amount = index + 1 < tokens.count && tokens[index + 1].isAmount ? tokens[index + 1].text : ""
                    cells += [token.text, "", amount]
                    index += amount.isEmpty ? 1 : 2
                    sawCode = true
                    continue
                }
                guard let code = EconomicCode(token.text) else {
                    index += 1
                    continue
                }
                sawCode = true
                index += 1
                var name = ""
                while index < tokens.count, !tokens[index].isAmount, EconomicCode(tokens[index].text) == nil {
                    name += tokens[index].text
                    index += 1
                }
                let amount = index < tokens.count && tokens[index].isAmount ? tokens[index].text : ""
                if !amount.isEmpty { index += 1 }
                if name.isEmpty || catalogueName(code)?.hasPrefix(name) == true && catalogueName(code) != name {
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
