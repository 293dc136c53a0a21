import Classification
import Disclosure

/// Reads every 项目支出绩效自评表 of the attachment part into a `SelfEvaluation`. A table is read
/// part by part (header, funds, goals, indicators, total, analysis, remarks); within a part,
/// rows are read by what their cells hold, because extraction shifts columns from row to row.
/// Each repair becomes a reading note with its line; nothing printed is dropped silently.
struct SelfEvaluationReader {
    static let part = "附件"

    /// One self-evaluation table: the attachment that titles it and the lines under the title.
    struct Table: Sendable {
        let attachment: Attachment
        let body: ArraySlice<SourceText.Line>
    }

    /// The tables of the `attachments` titled `…自评表`, cut from the part's `lines` at the
    /// titles' indices. Each is read on its own (`read(_:)`), so they can be read at once.
    func tables(_ lines: [SourceText.Line], attachments: [(attachment: Attachment, titleIndex: Int)]) -> [Table] {
        let titled = attachments.filter { $0.attachment.title.hasByteSuffix("自评表") }
        return titled.indices.map { index in
            let end = index + 1 < titled.count ? titled[index + 1].titleIndex : lines.count
            return Table(attachment: titled[index].attachment, body: lines[(titled[index].titleIndex + 1)..<end])
        }
    }

    /// One table read, with its reading notes.
    @Sendable func read(_ table: Table) -> (evaluation: SelfEvaluation, notes: ReadingNotes) {
        var notes = ReadingNotes()
        let evaluation = readTable(table.attachment, body: WrappedCells.joined(table.body), notes: &notes)
        return (evaluation, notes)
    }

    private enum Stage { case header, funds, goals, indicators, analysis, remarks }

    private static let titleSuffixes = ["项目支出绩效自评表", "支出绩效自评表", "绩效自评表", "自评表"]
    private static let fundHeaderWords = ["目标申报数", "预算编制数", "全年预算数", "全年执行数", "年初预算数", "执行率"]
    private static let goalLabels: Set<PrintedWord> = ["项目年度绩效目标", "绩效指标", "年度目标", "实际完成情况"]

    private func readTable(_ attachment: Attachment, body: ArraySlice<SourceText.Line>, notes: inout ReadingNotes) -> SelfEvaluation {
        let titleName = Self.titleSuffixes.first { attachment.title.hasByteSuffix($0) }.map { String(attachment.title.dropLast($0.count)) } ?? attachment.title
        var evaluation = SelfEvaluation(projectName: titleName, title: attachment.title, location: attachment.location)
        let part = "\(Self.part)·\(titleName)"
        var stage = Stage.header
        var pendingSource: String?
        var fundRows: [(row: FundLineReader.Row, line: SourceText.Line, isHeaderFused: Bool)] = []
        var goalTexts: [String] = []
        var indicators = IndicatorRowReader()
        var printedAnything = false

        for line in body {
            if line.text.unicodeScalars.allSatisfy(PrintedName.isSpace) { continue }
            if Watermark.isWatermark(line: line.text) {
                notes.repaired("跳过页面水印“\(line.trimmed)”", at: line.location, part: part, excerpt: line.trimmed)
                continue
            }
            if !line.isTabbed, SelfEvaluationCells.startsWithoutSpaces(line.text, with: "备注") { stage = .remarks }
            if stage == .remarks {
                evaluation.remarks.append(line.trimmed)
                continue
            }
            if stage == .header, let sole = line.soleCell, let year = fiscalYear(SelfEvaluationCells.compact(sole)) {
                evaluation.fiscalYear = year
                continue
            }
            // Untabbed text (a PDF's words, space-aligned text) has a cell per word.
            let cells = line.isTabbed ? line.cells : line.spacedTokens.map(\.text)
            // Room made for every cell: `filter` grows its array cell by cell.
            var filled: [String] = []
            filled.reserveCapacity(cells.count)
            for cell in cells where !cell.isEmpty { filled.append(cell) }
            // Each filled cell without spaces, compared by its bytes: a row is tested against many labels.
            let words = filled.map(SelfEvaluationCells.word)
            printedAnything = true

            if stage == .header {
                if let nameIndex = words.firstIndex(of: "项目名称") {
                    if nameIndex + 1 < filled.count { evaluation.projectName = filled[nameIndex + 1] }
                    continue
                }
                // 预算单位 shares the 主管部门 row or has a row of its own.
                if words.contains(where: { $0.text.hasBytePrefix("主管部门") || $0 == "预算单位" }) {
                    readCodes(filled, into: &evaluation)
                    continue
                }
                if words.contains(where: { $0.text.includes("项目资金") || $0.text.includes("年初预算数") || $0.text.hasBytePrefix("资金总额") }) {
                    stage = .funds
                } else {
                    notes.unplaced("自评表表头中无法归入的行", at: line.location, part: part, excerpt: line.trimmed)
                    continue
                }
            }

            if stage == .funds {
                let row = FundLineReader.row(filled, words: words)
                let isHeader = words.contains { cell in Self.fundHeaderWords.contains { cell.text.hasBytePrefix($0) } }
                if row.numbers.count >= 3 {
                    fundRows.append((row, line, isHeader))
                    continue
                }
                let startsGoals = words.contains { $0 == "年度目标" || $0 == "实际完成情况" } && !words.contains { $0.text.hasBytePrefix("年初预算数") || $0.text.hasBytePrefix("全年预算数") }
                if !startsGoals {
                    if words.contains(where: { $0.text.hasBytePrefix("资金总额") }) { pendingSource = "资金总额" }
                    if row.fusedSource {
                        notes.unplaced("表头中的“\(filled.first { SelfEvaluationCells.compact($0).hasBytePrefix("资金总额") } ?? "")”无法归入任何资金行", at: line.location, part: part, excerpt: line.trimmed)
                    }
                    continue
                }
                stage = .goals
                continue
            }

            if stage == .goals {
                if words.contains("三级指标") {
                    stage = .indicators
                    if !words.contains("得分") { notes.missing("指标表头没有“得分”列", at: line.location, part: part) }
                    continue
                }
                goalTexts += zip(filled, words).filter { !Self.goalLabels.contains($1) }.map(\.0)
                continue
            }

            if stage == .indicators {
                // The indicators' header again, where the table continues on a new page.
                if words.contains("三级指标") { continue }
                if let totalIndex = words.firstIndex(where: SelfEvaluationCells.isTotalLabel) {
                    let after = filled[(totalIndex + 1)...]
                    evaluation.totalScore = after.lazy.compactMap(SelfEvaluationCells.plainNumber).first
                    evaluation.grade = after.first { SelfEvaluationCells.grades.contains(SelfEvaluationCells.word($0)) }
                    stage = .analysis
                    continue
                }
                if !words.contains(where: SelfEvaluationCells.isAnalysisHeading) {
                    guard let (indicator, repairs) = indicators.read(filled, words: words, location: line.location) else { continue }
                    note(repairs, indicator: indicator, line: line, part: part, notes: &notes)
                    // Appended last, so moved rather than copied with its dozen strings.
                    evaluation.indicators.append(indicator)
                    continue
                }
                notes.missing("指标之后没有“总分”行", at: line.location, part: part)
                stage = .analysis
            }

            // stage == .analysis; its header row (`项目绩效分析 | 分析 | 内容`) holds no text.
            if words.allSatisfy({ SelfEvaluationCells.isLevelOrOuterLabel($0) || $0 == "分析" || $0 == "内容" }) { continue }
            if let headingIndex = words.lastIndex(where: SelfEvaluationCells.isAnalysisHeading) {
                let text = filled[(headingIndex + 1)...].joinedText(separator: " ")
                evaluation.analyses.append(AnalysisText(heading: words[headingIndex].text, text: text, location: line.location))
            } else if let last = evaluation.analyses.indices.last {
                let text = zip(filled, words).filter { !SelfEvaluationCells.isLevelOrOuterLabel($1) }.map(\.0).joinedText(separator: " ")
                evaluation.analyses[last].text += evaluation.analyses[last].text.isEmpty ? text : " " + text
                notes.repaired("分析文字续行并入“\(evaluation.analyses[last].heading)”", at: line.location, part: part, excerpt: line.trimmed)
            } else {
                notes.unplaced("无法归入分析部分的行", at: line.location, part: part, excerpt: line.trimmed)
            }
        }

        evaluation.annualGoal = goalTexts.first
        if goalTexts.count > 1 { evaluation.actualCompletion = goalTexts.dropFirst().joined(separator: "\n") }
        evaluation.fundLines = fundLines(fundRows, pendingSource: pendingSource, part: part, notes: &notes)
        if !printedAnything {
            evaluation.isPublishedEmpty = true
            notes.missing("“\(attachment.title)”只印出标题，表中没有任何内容", at: attachment.location ?? SourceLocation(), part: part)
        } else if evaluation.indicators.isEmpty {
            notes.missing("自评表中没有绩效指标行", at: attachment.location ?? SourceLocation(), part: part)
        }
        return evaluation
    }

    private func fiscalYear(_ compact: String) -> Int? {
        guard compact.includes("年度"), compact.characterCount <= 12 else { return nil }
        return TabbedTable.fiscalYear(in: compact)
    }

    private func readCodes(_ filled: [String], into evaluation: inout SelfEvaluation) {
        let unitIndex = filled.firstIndex { SelfEvaluationCells.compact($0) == "预算单位" } ?? filled.count
        for (index, cell) in filled.enumerated() {
            guard let coded = CodedName(parsing: cell) else { continue }
            if index > unitIndex, evaluation.budgetUnit == nil {
                evaluation.budgetUnit = coded
            } else if evaluation.supervisingDepartment == nil {
                evaluation.supervisingDepartment = coded
            }
        }
    }

    private func fundLines(_ rows: [(row: FundLineReader.Row, line: SourceText.Line, isHeaderFused: Bool)], pendingSource: String?,
                           part: String, notes: inout ReadingNotes) -> [FundLine] {
        var pending = pendingSource
        var result: [FundLine] = []
        for (index, entry) in rows.enumerated() {
            var row = entry.row
            let location = entry.line.location
            // A header row with figures that the next row prints again is a repeat, not a line.
            if entry.isHeaderFused, index + 1 < rows.count, isSubset(row.numbers, of: rows[index + 1].row.numbers) {
                notes.repaired("表头行中混入的数字与下一行重复，不作资金行", at: location, part: part, excerpt: entry.line.trimmed)
                continue
            }
            if row.source == nil, let source = pending {
                row.source = source
                notes.repaired("资金行未印出来源，按表头的“\(source)”补上", at: location, part: part, excerpt: entry.line.trimmed)
            } else if row.source == nil {
                notes.uncertain("资金行未印出资金来源", at: location, part: part, excerpt: entry.line.trimmed)
            }
            if row.source?.hasBytePrefix("资金总额") == true { pending = nil }
            guard let placement = FundLineReader.place(row.numbers) else {
                notes.unplaced("资金行的数字无法归入各列", at: location, part: part, excerpt: entry.line.trimmed)
                continue
            }
            let values = placement.values
            let amount: (Int) -> Amount? = { values[$0].flatMap(Amount.init(tenThousandYuan:)) }
            let reason = row.trailingText.joined(separator: " ")
            result.append(FundLine(source: row.source, declaredBudget: amount(0), initialBudget: amount(1), annualBudget: amount(2),
                                   executed: amount(3), balance: amount(4), executionRate: values[5].map(Percentage.init),
                                   executionScore: values[6], deviationReason: reason.isEmpty ? nil : reason, location: location))
            for text in placement.commaDecimals {
                notes.repaired("“\(text)”中的逗号是小数点，读作\(text.replacingScalar(",", with: "."))", at: location, part: part, excerpt: entry.line.trimmed)
            }
            if placement.droppedRepeats > 0 {
                notes.repaired("资金行中重复印出的数字去掉\(placement.droppedRepeats)个", at: location, part: part, excerpt: entry.line.trimmed)
            }
            if !placement.missing.isEmpty {
                let names = placement.missing.map { FundLineReader.columnNames[$0] }.joined(separator: "、")
                notes.uncertain("资金行只印出\(row.numbers.count)个数字，按算术关系归入各列；未印出：\(names)", at: location, part: part, excerpt: entry.line.trimmed)
            }
            if entry.isHeaderFused {
                notes.repaired("表头行中混入数字，单列为一条资金行", at: location, part: part, excerpt: entry.line.trimmed)
            }
        }
        return result
    }

    private func isSubset(_ small: [FundLineReader.Printed], of large: [FundLineReader.Printed]) -> Bool {
        var pool = large.compactMap(\.readings.first?.value)
        for printed in small {
            guard let value = printed.readings.first?.value, let index = pool.firstIndex(where: { $0.hasSameValue(as: value) }) else { return false }
            pool.remove(at: index)
        }
        return true
    }

    private func note(_ repairs: [IndicatorRowReader.Repair], indicator: PerformanceIndicator, line: SourceText.Line, part: String, notes: inout ReadingNotes) {
        // Most rows need no repair: their excerpt is not worth a copy.
        guard !repairs.isEmpty else { return }
        let excerpt = line.trimmed
        for repair in repairs {
            switch repair {
            case .repeatedCell(let cell):
                notes.repaired("重复印出的单元格“\(cell)”只计一次", at: line.location, part: part, excerpt: excerpt)
            case .repeatedScore(let cell):
                notes.repaired("得分列重复印出“\(cell)”，只计一次", at: line.location, part: part, excerpt: excerpt)
            case .extraText(let text):
                notes.unplaced("指标名称前多出文字“\(text)”，未作指标名", at: line.location, part: part, excerpt: excerpt)
            case .extraValues(let values):
                notes.unplaced("指标值多出“\(values.joined(separator: "、"))”，未归入任何列", at: line.location, part: part, excerpt: excerpt)
            case .nameMissing:
                notes.uncertain("三级指标名称未印出", at: line.location, part: part, excerpt: excerpt)
            case .nameFromLabel(let label):
                notes.repaired("三级指标名称只印在标签列，取“\(label)”", at: line.location, part: part, excerpt: excerpt)
            case .noWeight:
                notes.uncertain("指标“\(indicator.name)”没有分值和得分", at: line.location, part: part, excerpt: excerpt)
            case .blankScore:
                notes.uncertain("指标“\(indicator.name)”的得分为空", at: line.location, part: part, excerpt: excerpt)
            }
        }
    }
}
