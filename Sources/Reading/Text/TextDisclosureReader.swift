import Classification
import Disclosure

/// Reads a disclosure from extracted text in which table cells are separated by tabs, the
/// form in which the seed document comes. Tables are recognised by their titles and headers,
/// prose parts by their headings; whatever cannot be placed becomes a reading note.
public struct TextDisclosureReader: Sendable {
    public static let name = "tabbed-text"
    let catalogue: Catalogue

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// Reads `text`; throws ``ReadingError`` when it holds no recognisable table at all.
    public func read(_ text: String, fileName: String, sha256: String) throws -> Disclosure {
        try read(SourceText(text), fileName: fileName, sha256: sha256)
    }

    /// Reads lines of cells from any source (text, a workbook's rows).
    func read(_ text: SourceText, fileName: String, sha256: String) throws -> Disclosure {
        var notes = ReadingNotes()
        let source = PageFurniture.removingPageNumbers(RadicalCharacters.unified(text, notes: &notes))
        let parts = DocumentParts(source)
        guard !parts.tables.isEmpty else {
            throw ReadingError(file: fileName, reason: .notADisclosure)
        }
        let prose = ProseReader()
        let attachmentLines = parts.parts[.attachments] ?? []
        var attachmentNotes = ReadingNotes()
        let titledAttachments = prose.attachments(attachmentLines, notes: &attachmentNotes)
        let attachments = titledAttachments.map(\.attachment)
        // The self-evaluation tables, half of reading a document like the seed, are read on the
        // other cores while one reads the statutory tables and the prose. Notes keep their order.
        let selfEvaluationReader = SelfEvaluationReader()
        let (selfEvaluationsRead, statutory) = selfEvaluationReader.tables(attachmentLines, attachments: titledAttachments)
            .concurrentMap(selfEvaluationReader.read, alongside: { readTablesAndProse(parts, attachments: attachments) })
        notes.append(statutory.notes)
        notes.append(attachmentNotes)
        for (_, tableNotes) in selfEvaluationsRead { notes.append(tableNotes) }
        let selfEvaluations = selfEvaluationsRead.map(\.evaluation)
        for (part, name) in [(DocumentParts.Part.overview, "概况"), (.narrative, "情况说明"), (.glossary, "名词解释")] where parts.parts[part] == nil {
            notes.missing("未找到“\(name)”部分", part: name)
        }
        return Disclosure(metadata: statutory.metadata, overview: statutory.overview, tables: statutory.tables, narrative: statutory.narrative, glossary: statutory.glossary,
                          attachments: attachments, selfEvaluations: selfEvaluations,
                          provenance: Provenance(sourceFileName: fileName, sha256: sha256, reader: TextDisclosureReader.name, readingNotes: notes.all))
    }

    /// What `readTablesAndProse` reads, with its notes.
    private struct TablesAndProse: Sendable {
        let tables: Tables
        let overview: Overview
        let metadata: Metadata
        let narrative: Narrative
        let glossary: [GlossaryEntry]
        let notes: ReadingNotes
    }

    /// The statutory tables, the overview, the narrative and the glossary, and the metadata
    /// that they and the attachments print.
    private func readTablesAndProse(_ parts: DocumentParts, attachments: [Attachment]) -> TablesAndProse {
        var tables = Tables()
        var notes = ReadingNotes()
        let summaries = SummaryTableReader(catalogue: catalogue)
        let spaced = SpacedTableRows(catalogue: catalogue)
        for kind in TableKind.allCases {
            guard var region = parts.tables[kind] else {
                if kind.isStatutory { notes.missing("未找到\(kind.rawValue)“\(kind.chineseName)”", part: kind.rawValue) }
                continue
            }
            if SpacedTableRows.isSpaced(region) { region = spaced.cellular(region, notes: &notes) }
            switch kind {
            case .incomeExpenditureSummary:
                tables.incomeExpenditureSummary = summaries.readIncomeExpenditureSummary(region, notes: &notes)
            case .fiscalSummary:
                tables.fiscalSummary = summaries.readFiscalSummary(region, notes: &notes)
            case .income:
                let table = FunctionalTableReader.income.read(region, notes: &notes)
                tables.income = IncomeTable(heading: table.heading, total: table.total.map(incomeRow), rows: table.rows.map(incomeRow))
            case .expenditure:
                let table = FunctionalTableReader.expenditure.read(region, notes: &notes)
                tables.expenditure = ExpenditureTable(heading: table.heading, total: table.total.map(expenditureRow), rows: table.rows.map(expenditureRow))
            case .generalBudgetExpenditure:
                let table = FunctionalTableReader.split.read(region, notes: &notes)
                tables.generalBudgetExpenditure = GeneralBudgetExpenditureTable(heading: table.heading, total: table.total.map(splitRow), rows: table.rows.map(splitRow))
            case .governmentFund:
                let table = FunctionalTableReader.fundFlow.read(region, notes: &notes)
                tables.governmentFund = GovernmentFundTable(heading: table.heading, total: table.total.map(fundFlowRow), rows: table.rows.map(fundFlowRow))
            case .stateCapital:
                let table = FunctionalTableReader.fundFlow.read(region, notes: &notes)
                tables.stateCapital = StateCapitalTable(heading: table.heading, total: table.total.map(fundFlowRow), rows: table.rows.map(fundFlowRow))
            case .basicExpenditure:
                tables.basicExpenditure = BasicExpenditureReader().read(region, notes: &notes)
            case .threePublicExpenses:
                tables.threePublicExpenses = ThreePublicExpensesReader().read(region, notes: &notes)
            case .supplementaryStatistics:
                tables.supplementaryStatistics = SupplementaryStatisticsReader().read(region, notes: &notes)
            }
        }
        let prose = ProseReader()
        let (overview, units) = prose.overview(parts.parts[.overview] ?? [])
        let narrative = prose.narrative(parts.parts[.narrative] ?? [])
        let glossary = prose.glossary(parts.parts[.glossary] ?? [], notes: &notes)
        var metadata = DocumentMetadata.read(front: parts.front, overviewHeading: parts.headings[.overview]?.trimmed, tables: tables, attachments: attachments)
        metadata.units = units.isEmpty ? [metadata.departmentName] : units
        return TablesAndProse(tables: tables, overview: overview, metadata: metadata, narrative: narrative, glossary: glossary, notes: notes)
    }

    private func incomeRow(_ row: FunctionalTableReader.ParsedRow) -> IncomeRow {
        IncomeRow(code: row.code, name: row.name, total: row("total"), fiscal: row("fiscal"), superiorSubsidy: row("superiorSubsidy"),
                  business: row("business"), operating: row("operating"), affiliatedRemittance: row("affiliatedRemittance"),
                  other: row("other"), location: row.location)
    }

    private func expenditureRow(_ row: FunctionalTableReader.ParsedRow) -> ExpenditureRow {
        ExpenditureRow(code: row.code, name: row.name, total: row("total"), basic: row("basic"), project: row("project"),
                       toSuperior: row("toSuperior"), operating: row("operating"), affiliatedSubsidy: row("affiliatedSubsidy"), location: row.location)
    }

    private func splitRow(_ row: FunctionalTableReader.ParsedRow) -> SplitRow {
        SplitRow(code: row.code, name: row.name, total: row("total"), basic: row("basic"), project: row("project"), location: row.location)
    }

    private func fundFlowRow(_ row: FunctionalTableReader.ParsedRow) -> FundFlowRow {
        FundFlowRow(code: row.code, name: row.name, opening: row.optional("opening"), income: row.optional("income"), total: row("total"),
                    basic: row("basic"), project: row("project"), closing: row.optional("closing"), location: row.location)
    }
}

/// Who and when a document is about, from its cover and the tables' title blocks.
enum DocumentMetadata {
    static func read(front: [SourceText.Line], overviewHeading: String?, tables: Tables, attachments: [Attachment]) -> Metadata {
        let headings = tables.present.map(\.heading)
        let cover = front.map { TableTitles.normalise($0.trimmed) }.filter { !$0.isEmpty }.prefix { $0 != "目录" }
        // `第一部分 上海市普陀区生态环境局概况` names the department.
        let namedInOverview = overviewHeading.map(TableTitles.normalise).flatMap { heading -> String? in
            guard let start = heading.range(of: "部分")?.upperBound, heading.hasSuffix("概况") else { return nil }
            let name = String(heading[start...].dropLast(2))
            return name.isEmpty ? nil : name
        }
        // The cover prints the name, possibly over several lines, above the line with the year.
        let coverName = cover.prefix { TabbedTable.fiscalYear(in: $0) == nil }.joined()
        let departmentName = mostCommon(headings.compactMap(\.departmentName)) ?? namedInOverview ?? (coverName.isEmpty ? nil : coverName) ?? "未知部门"
        let year = mostCommon(headings.compactMap(\.fiscalYear)) ?? cover.lazy.compactMap(TabbedTable.fiscalYear).first
        let title = cover.isEmpty ? nil : cover.joined()
        let unit = mostCommon(headings.map(\.unit)) ?? .tenThousandYuan
        return Metadata(title: title, departmentName: departmentName, departmentCode: departmentCode(in: attachments, name: departmentName),
                        fiscalYear: year, amountUnit: unit)
    }

    /// `040-大同市市场监督管理局[部门]` in a self-evaluation's 主管部门及代码 cell → `040`.
    static func departmentCode(in attachments: [Attachment], name: String) -> String? {
        var codes: [String] = []
        for attachment in attachments {
            for line in lines(of: attachment.text, including: "主管部门") {
                // The first `code-name` cell is the 主管部门's; a 预算单位's may follow on the same line.
                // Cells and the dash are found by their bytes: splitting a line by characters
                // compared each of them with a tab through the string machinery.
                for cellBytes in line.utf8.split(separator: UInt8(ascii: "\t")) {
                    let cell = String(line[cellBytes.startIndex..<cellBytes.endIndex])
                    guard let dash = cell.utf8.firstIndex(of: UInt8(ascii: "-")) else { continue }
                    let digits = String(cell[..<dash]).trimmingSpaces()
                    let named = String(cell[cell.index(after: dash)...]).hasBytePrefix(name)
                    if !digits.isEmpty, digits.allSatisfy({ $0.isASCIIDigit }), named {
                        codes.append(digits)
                        break
                    }
                }
            }
        }
        return mostCommon(codes)
    }

    /// The lines of `text` that include `word`, each once: found by searching the bytes, since
    /// splitting whole attachments into lines cost more than reading the codes.
    private static func lines(of text: String, including word: String) -> [String] {
        let utf8 = text.utf8
        var lines: [String] = []
        var lineEnd = utf8.startIndex
        for match in text.ranges(ofBytes: word) where match.lowerBound >= lineEnd {
            let lineStart = utf8[..<match.lowerBound].lastIndex(of: UInt8(ascii: "\n")).map(utf8.index(after:)) ?? utf8.startIndex
            lineEnd = utf8[match.upperBound...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            lines.append(String(text[lineStart..<lineEnd]))
        }
        return lines
    }

    static func mostCommon<T: Hashable>(_ values: [T]) -> T? {
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return values.first { counts[$0] == counts.values.max() }
    }
}
