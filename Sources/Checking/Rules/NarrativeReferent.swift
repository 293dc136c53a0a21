import Classification
import Disclosure

/// A figure of the narrative with where it stands, and the table cell it quotes when the words
/// before it say so unambiguously. Resolution is deliberately narrow: a figure it cannot place
/// is left alone rather than compared with the wrong cell.
///
/// A class, so that the narrative rules going through every figure share it instead of copying
/// its section, paragraph and strings each time.
final class PlacedFigure: Sendable {
    let figure: NarrativeFigure
    let section: NarrativeSection
    let paragraph: NarrativeParagraph
    let paragraphIndex: Int
    /// What is measured, without the year, `其中：` and `(类)`: `收入总计`, `一般公共服务支出`.
    /// Worked out once: every narrative rule asks for it.
    let subject: String
    /// The section's title in `PrintedName.comparable` form, which tells what a figure refers to.
    let sectionTitle: String

    init(figure: NarrativeFigure, section: NarrativeSection, sectionTitle: String, paragraph: NarrativeParagraph, paragraphIndex: Int) {
        self.figure = figure
        self.section = section
        self.paragraph = paragraph
        self.paragraphIndex = paragraphIndex
        subject = PlacedFigure.normalized(figure.subject)
        self.sectionTitle = sectionTitle
    }

    var location: FindingLocation {
        FindingLocation(section: section.title, paragraph: paragraphIndex + 1, sentence: figure.sentence + 1, source: paragraph.location)
    }

    /// The figure this one qualifies (a share's amount, a change's level).
    var referent: NarrativeFigure? {
        figure.refersTo.flatMap { paragraph.figures.indices.contains($0) ? paragraph.figures[$0] : nil }
    }

    /// For `支出决算` right after `…年初预算 X`, what the budget was of: `一般公共服务支出`.
    var budgetSubject: String? {
        guard PlacedFigure.genericActuals.contains(PrintedWord(subject)), let index = paragraph.figures.firstIndex(of: figure), index > 0 else { return nil }
        let previous = PlacedFigure.normalized(paragraph.figures[index - 1].subject)
        for suffix in ["年初预算", "全年预算"] where previous.hasByteSuffix(suffix) { return String(previous.dropLast(suffix.count)) }
        return nil
    }

    /// Subjects that name an actual without saying of what; the figure before tells.
    static let genericActuals: Set<PrintedWord> = ["支出决算", "当年支出决算", "决算", "决算数", "支出决算数"]

    static func normalized(_ subject: String) -> String {
        var text = PrintedName.comparable(subject)
        for prefix in ["其中：", "其中:"] where text.hasBytePrefix(prefix) { text.removeFirst(prefix.count) }
        // Searched by bytes: Foundation's searches bridge to NSString, and every figure's subject is asked.
        if let range = text.ranges(ofBytes: "年度").first ?? text.ranges(ofBytes: "年").first, text[..<range.lowerBound].allSatisfy(\.isNumber) {
            text = String(text[range.upperBound...])
        }
        // Removed by bytes: `replacingOccurrences` bridges to NSString.
        for range in text.ranges(ofBytes: "（类）").reversed() { text.removeSubrange(range) }
        return text
    }

    static func all(_ narrative: Narrative) -> [PlacedFigure] {
        narrative.sections.flatMap { section in
            let title = PrintedName.comparable(section.title)
            return section.paragraphs.enumerated().flatMap { index, paragraph in
                paragraph.figures.map { PlacedFigure(figure: $0, section: section, sectionTitle: title, paragraph: paragraph, paragraphIndex: index) }
            }
        }
    }
}

/// A table cell the narrative may quote.
struct QuotedCell {
    var cells: [Cell]
    var location: FindingLocation
}

enum NarrativeReferent {
    /// The cell a level amount (no change verb) quotes, or nil when the words do not say.
    static func cell(for placed: PlacedFigure, in tables: Tables) -> QuotedCell? {
        guard placed.figure.kind == .amount, placed.figure.direction == nil else { return nil }
        let subject = placed.budgetSubject ?? placed.subject
        let section = placed.sectionTitle
        guard !subject.includes("预算"), !subject.includes("上年") else { return nil }
        let fiscal = subject.includes("财政拨款") || section.includes("财政拨款收支")
        // Matched by bytes: `==` on Chinese strings normalises both sides, for every case and figure.
        switch PrintedWord(subject) {
        case "收入总计" where !fiscal: return summary(tables.incomeExpenditureSummary?.incomeGrandTotal)
        case "支出总计" where !fiscal: return summary(tables.incomeExpenditureSummary?.expenditureGrandTotal)
        case "财政拨款收入总计": return fiscalSummary(tables.fiscalSummary?.incomeGrandTotal)
        case "支出总计", "财政拨款支出总计": return tables.fiscalSummary?.expenditureGrandTotal.map { QuotedCell(cells: [$0.amounts.total], location: $0.location(column: .total)) }
        case "收入合计", "本年收入合计": return summary(tables.incomeExpenditureSummary?.incomeTotal)
        case "支出合计", "本年支出合计": return summary(tables.incomeExpenditureSummary?.expenditureTotal)
        case "人员经费": return basic(tables.basicExpenditure?.personnelTotal)
        case "公用经费": return basic(tables.basicExpenditure?.publicUseTotal)
        case "机关运行经费支出", "机关运行经费":
            guard let table = tables.supplementaryStatistics, let first = table.operatingCostsAdministrative ?? table.operatingCostsCivilServiceManaged else { return nil }
            return QuotedCell(cells: [table.operatingCostsAdministrative, table.operatingCostsCivilServiceManaged].compactMap { $0?.amount },
                              location: first.location(in: .supplementaryStatistics))
        case "政府采购支出总额": return statistics(tables.supplementaryStatistics?.procurementTotal)
        case "政府采购货物支出": return statistics(tables.supplementaryStatistics?.procurementGoods)
        case "政府采购工程支出": return statistics(tables.supplementaryStatistics?.procurementWorks)
        case "政府采购服务支出": return statistics(tables.supplementaryStatistics?.procurementServices)
        default: break
        }
        if section.includes("三公") { return threePublic(subject, tables.threePublicExpenses) }
        if section.includes("基本支出决算") { return economic(subject, tables.basicExpenditure) }
        if section.includes("一般公共预算财政拨款支出") {
            if subject.hasPrefix("一般公共预算财政拨款") && subject.hasSuffix("支出") { return functionalTotal(tables.generalBudgetExpenditure, .generalBudgetExpenditure) }
            return functionalClass(subject, tables.generalBudgetExpenditure, .generalBudgetExpenditure)
        }
        if section.hasPrefix("支出决算") {
            switch subject {
            case "基本支出": return functionalColumn(tables.expenditure, .expenditure, "基本支出") { $0.basic }
            case "项目支出": return functionalColumn(tables.expenditure, .expenditure, "项目支出") { $0.project }
            default: return nil
            }
        }
        if section.includes("收入决算"), subject == "财政拨款收入" {
            return functionalColumn(tables.income, .income, "财政拨款收入") { $0.fiscal }
        }
        return nil
    }

    private static func summary(_ line: SummaryLine?) -> QuotedCell? {
        line.map { QuotedCell(cells: [$0.amount], location: $0.location(in: .incomeExpenditureSummary)) }
    }

    private static func fiscalSummary(_ line: SummaryLine?) -> QuotedCell? {
        line.map { QuotedCell(cells: [$0.amount], location: $0.location(in: .fiscalSummary)) }
    }

    private static func basic(_ line: SummaryLine?) -> QuotedCell? {
        line.map { QuotedCell(cells: [$0.amount], location: $0.location(in: .basicExpenditure)) }
    }

    private static func statistics(_ line: SummaryLine?) -> QuotedCell? {
        line.map { QuotedCell(cells: [$0.amount], location: $0.location(in: .supplementaryStatistics)) }
    }

    private static func functionalTotal<Row: FunctionalRow>(_ table: FunctionalTable<Row>?, _ kind: TableKind) -> QuotedCell? {
        guard let total = table?.total, let cell = total.columns.first?.cell else { return nil }
        return QuotedCell(cells: [cell], location: FindingLocation(table: kind, rowLabel: "合计", column: total.columns.first?.column, source: total.location))
    }

    private static func functionalColumn<Row: FunctionalRow>(_ table: FunctionalTable<Row>?, _ kind: TableKind, _ column: String,
                                                            _ cell: (Row) -> Cell) -> QuotedCell? {
        guard let total = table?.total else { return nil }
        return QuotedCell(cells: [cell(total)], location: FindingLocation(table: kind, rowLabel: "合计", column: column, source: total.location))
    }

    /// `一般公共服务支出` (a 类 row of 05), also as `…支出决算` after a budget figure.
    private static func functionalClass<Row: FunctionalRow>(_ subject: String, _ table: FunctionalTable<Row>?, _ kind: TableKind) -> QuotedCell? {
        guard let table else { return nil }
        let row = table.children(of: nil).first { PrintedWord(PrintedName.comparable($0.name)) == PrintedWord(subject) }
        guard let row, let cell = row.columns.first?.cell else { return nil }
        return QuotedCell(cells: [cell], location: FindingLocation(table: kind, rowCode: row.code?.digits, rowLabel: row.name,
                                                                   column: row.columns.first?.column, source: row.location))
    }

    private static func economic(_ subject: String, _ table: BasicExpenditureTable?) -> QuotedCell? {
        // Compared by bytes: `==` on Chinese strings normalises both sides, for every line and figure.
        guard let line = table?.lines.first(where: { $0.code.level == .section && PrintedWord(PrintedName.comparable($0.name)) == PrintedWord(subject) })
        else { return nil }
        return QuotedCell(cells: [line.amount], location: line.findingLocation)
    }

    private static func threePublic(_ subject: String, _ table: ThreePublicExpensesTable?) -> QuotedCell? {
        guard let table else { return nil }
        let figures = table.actual
        let columns: [(String, String, Cell)] = [
            // The subtotal's words start with the purchase's: look for them first.
            ("公务用车购置及运行维护费", "公务用车购置及运行维护费小计", figures.vehicleSubtotal),
            ("因公出国（境）费", "因公出国(境)费", figures.overseasTravel), ("公务用车购置", "公务用车购置费", figures.vehiclePurchase),
            ("公务用车运行维护费", "公务用车运行维护费", figures.vehicleOperation), ("公务接待费", "公务接待费", figures.reception),
        ]
        if subject.includes("三公") {
            return QuotedCell(cells: [figures.total], location: ThreePublicExpensesRules.location(table, .actual, "合计"))
        }
        for (words, column, cell) in columns where subject.hasPrefix(words) {
            return QuotedCell(cells: [cell], location: ThreePublicExpensesRules.location(table, .actual, column))
        }
        return nil
    }
}
