import Disclosure
import Foundation
import TestSupport
import Testing
import TestSupport

/// The Shanghai samples, whose layout differs from the seed's: space-separated text from
/// pdfplumber and the published PDF through pdftotext. Figures are taken from the documents.
@Suite struct SampleDocumentTests {
    static func read(_ name: String) throws -> Disclosure {
        try TestDocuments.reader().read(path: TestDocuments.packageRoot.appendingPathComponent("data/documents/\(name)").path)
    }

    func amount(_ text: String) -> Cell { .amount(Amount(parsing: text)!) }
    func code(_ text: String) -> FunctionalCode { FunctionalCode(text)! }

    @Test func ecologyBureauTextReadsEveryTable() throws {
        let disclosure = try Self.read("putuo-ecology-bureau-2025.txt")
        #expect(disclosure.metadata.departmentName == "上海市普陀区生态环境局")
        #expect(disclosure.metadata.fiscalYear == 2025)
        let tables = disclosure.tables
        #expect(tables.present.map(\.kind) == TableKind.allCases.filter { $0 != .supplementaryStatistics })

        let summary = try #require(tables.incomeExpenditureSummary)
        #expect(summary.income(.generalBudget)?.amount == amount("4,733.14"))
        #expect(summary.expenditure(code("211"))?.amount == amount("3,742.47"))
        #expect(summary.expenditure.count == 24)
        #expect(summary.incomeGrandTotal?.amount == amount("4,733.14"))
        #expect(summary.expenditureGrandTotal?.amount == amount("4,733.14"))

        let income = try #require(tables.income)
        #expect(income.total?.total == amount("4,733.14"))
        #expect(income.rows.count == 31)
        #expect(income.row(code("2110301"))?.fiscal == amount("379.96"))
        #expect(income.row(code("2210203"))?.total == amount("202.20"))

        let expenditure = try #require(tables.expenditure)
        #expect(expenditure.total.map { [$0.total, $0.basic, $0.project] } == [amount("4,733.14"), amount("3,365.38"), amount("1,367.76")])
        let monitoring = try #require(expenditure.row(code("2111101")))
        #expect([monitoring.total, monitoring.basic, monitoring.project] == [amount("1,493.39"), amount("1,101.78"), amount("391.60")])

        let fiscal = try #require(tables.fiscalSummary)
        #expect(fiscal.expenditure(code("210"))?.amounts.generalBudget == amount("109.34"))
        #expect(fiscal.expenditureGrandTotal?.amounts.total == amount("4,733.14"))

        // 05 prints 项目支出 1,367.75 where 03 prints 1,367.76: read as printed.
        let general = try #require(tables.generalBudgetExpenditure)
        #expect(general.total.map { [$0.total, $0.basic, $0.project] } == [amount("4,733.14"), amount("3,365.38"), amount("1,367.75")])
        let annuity = try #require(general.row(code("2080506")))
        #expect(annuity.name == "机关事业单位职业年金缴费支出", "a garbled wrapped name is restored from the catalogue")
        #expect(annuity.total == amount("116.59"))
        #expect(disclosure.provenance.readingNotes.contains { $0.part == "公开05" && $0.location.line == 254 && $0.kind == .repaired })

        let basic = try #require(tables.basicExpenditure)
        #expect(basic.personnelTotal?.amount == amount("2,949.02"))
        #expect(basic.publicUseTotal?.amount == amount("416.36"))
        #expect(basic.line(EconomicCode("30101")!)?.amount == amount("405.36"))
        #expect(basic.line(EconomicCode("30231")!)?.amount == amount("16.95"))
        #expect(basic.line(EconomicCode("30108")!)?.name == "机关事业单位基本养老保险缴费")

        #expect(tables.governmentFund?.heading.printedEmpty == true)
        #expect(tables.stateCapital?.heading.printedEmpty == true)

        let threePublic = try #require(tables.threePublicExpenses)
        #expect(threePublic.budget?.total == amount("21.00"))
        #expect(threePublic.actual.total == amount("16.95"))
        #expect(threePublic.actual.vehicleOperation == amount("16.95"))
        #expect(threePublic.budget?.reception == amount("0.50"))

        #expect(disclosure.narrative.sections.count == 11)
        #expect(disclosure.narrative.figures.contains { $0.text.hasPrefix("3365.38") })
    }

    @Test func cultureBureauTextReadsItsTotals() throws {
        let tables = try Self.read("putuo-culture-tourism-bureau-2025.txt").tables
        #expect(tables.incomeExpenditureSummary?.incomeGrandTotal?.amount == amount("26,591.08"))
        #expect(tables.incomeExpenditureSummary?.openingBalance?.amount == amount("52.61"))
        #expect(tables.income?.total?.total == amount("26,538.47"))
        #expect(tables.income?.row(code("2070101"))?.fiscal == amount("457.86"))
        let total = try #require(tables.expenditure?.total)
        #expect([total.total, total.basic, total.project] == [amount("26,538.47"), amount("9,800.36"), amount("16,738.11")])
        #expect(tables.basicExpenditure?.personnelTotal?.amount == amount("8,055.07"))
        #expect(tables.threePublicExpenses?.budget?.total == amount("11.49"))
        #expect(tables.threePublicExpenses?.actual.reception == amount("0.40"))
    }

    /// pdfplumber's text drops blank cells: `2070105 文化展示及纪念机构 1,700.57 1,700.57` no longer
    /// says whether 1,700.57 is 基本支出 or 项目支出. The rows' sums do: 20701's basic 7,374.19 is
    /// already made up by its five rows that print all three figures.
    @Test func cultureBureauLonePartsGoWhereTheSumsPutThem() throws {
        let disclosure = try Self.read("putuo-culture-tourism-bureau-2025.txt")
        let expenditure = try #require(disclosure.tables.expenditure)
        let museums = try #require(expenditure.row(code("2070105")))
        #expect([museums.total, museums.basic, museums.project] == [amount("1,700.57"), .blank, amount("1,700.57")])
        // Every 类 and 款 of 03 now adds up in both columns.
        for parent in expenditure.rows where parent.code?.level != .item {
            let children = expenditure.children(of: parent.code)
            guard !children.isEmpty else { continue }
            for column in [\ExpenditureRow.basic, \ExpenditureRow.project] {
                let summed = children.map { $0[keyPath: column].value }.sum()
                #expect(abs(summed.fen - parent[keyPath: column].value.fen) <= Int64(children.count + 1) * 5_000, "\(parent.code!) \(column)")
            }
        }
        #expect(disclosure.provenance.readingNotes.contains { $0.part == "公开03" && $0.location.line == 180 && $0.kind == .repaired })
        // 04 prints 城乡社区支出 2,000.00 2,000.00; 本年支出合计 puts 2,000.00 of its 2,002.80 under 政府性基金.
        let urban = try #require(disclosure.tables.fiscalSummary?.expenditure(code("212")))
        #expect([urban.amounts.total, urban.amounts.generalBudget, urban.amounts.governmentFund] == [amount("2,000.00"), .blank, amount("2,000.00")])
    }

    @Test func financeBureauPDFReadsThroughPdftotext() throws {
        let disclosure = try Self.read("putuo-finance-bureau-2024.pdf")
        #expect(disclosure.provenance.reader == "pdftotext-tsv")
        #expect(disclosure.metadata.departmentName == "上海市普陀区财政局")
        let tables = disclosure.tables
        let summary = try #require(tables.incomeExpenditureSummary)
        #expect(summary.income(.generalBudget)?.amount == amount("2,940.05"))
        #expect(summary.income(.other)?.amount == amount("6.20"))
        #expect(summary.openingBalance?.amount == amount("49.14"))
        #expect(summary.closingBalance?.amount == amount("55.34"))
        #expect(summary.expenditureGrandTotal?.amount == amount("2,995.39"))
        // Blank cells print nothing: each amount must land under its own header.
        let operation = try #require(tables.income?.row(code("2010601")))
        #expect([operation.total, operation.fiscal, operation.other] == [amount("1,511.90"), amount("1,511.89"), amount("0.01")])
        #expect(operation.superiorSubsidy == .blank)
        let spent = try #require(tables.expenditure?.row(code("2010601")))
        #expect([spent.total, spent.basic, spent.project] == [amount("1,511.89"), amount("1,503.52"), amount("8.37")])
        let total = try #require(tables.generalBudgetExpenditure?.total)
        #expect([total.total, total.basic, total.project] == [amount("2,940.05"), amount("2,336.91"), amount("603.14")])
        // 04: figures printed a little above their labels still belong to them; wrapped labels
        // are joined; all 26 classes are there.
        let fiscal = try #require(tables.fiscalSummary)
        #expect(fiscal.income(.generalBudget)?.amount == amount("2,940.05"))
        #expect(fiscal.expenditure.count == 26)
        #expect(fiscal.expenditure.allSatisfy { $0.code != nil })
        // `二十六、抗疫特别国债安排` wraps `的支出` onto the line of 本年收入合计.
        #expect(fiscal.expenditure.last?.label == "二十六、抗疫特别国债安排的支出")
        #expect(tables.incomeExpenditureSummary?.expenditure.last?.line.label == "二十六、抗疫特别国债安排的支出")
        #expect(fiscal.expenditure(code("221"))?.amounts.generalBudget == amount("445.69"))
        #expect(fiscal.expenditureTotal.map { [$0.amounts.total, $0.amounts.generalBudget] } == [amount("2,940.05"), amount("2,940.05")])
        #expect(fiscal.closingBalance?.amounts.total == amount("21.63"))
        #expect(fiscal.expenditureGrandTotal?.amounts.total == amount("2,961.68"))
        // 06's rows each spread over three lines, in two panels.
        let basic = try #require(tables.basicExpenditure)
        #expect(basic.personnelTotal?.amount == amount("2,152.26"))
        #expect(basic.publicUseTotal?.amount == amount("184.65"))
        let printed = basic.lines.filter { $0.amount != .blank }.map { "\($0.code.digits) \($0.amount.value)" }
        #expect(printed.contains("30102 1238.58"))
        #expect(printed.contains("30228 24.42"))
        #expect(printed.contains("30299 11.53"))
        #expect(printed.contains("31002 13.58"))
        #expect(basic.line(EconomicCode("30212")!)?.name == "因公出国（境）费用")
        #expect(printed.count == 27)
        // 三公: two figures printed, each under its own column (seen on the rendered page).
        let threePublic = try #require(tables.threePublicExpenses)
        #expect(threePublic.budget?.total == amount("0.95"))
        #expect(threePublic.budget?.reception == amount("0.95"))
        #expect(threePublic.actual.total == .blank)
    }

    @Test func templateReadsWithoutInventedFigures() throws {
        let disclosure = try Self.read("shanghai-template-2024.pdf")
        let figures = PrintedFigures(disclosure).values.filter { !["名称", "行次"].contains($0.key.column) }
        #expect(figures.isEmpty, "a template has placeholders, not figures: \(figures)")
        #expect(disclosure.metadata.departmentName.contains("XX"))
        // Its 三公 form prints the columns and no figures: the table is there, blank, not missing.
        let threePublic = try #require(disclosure.tables.threePublicExpenses)
        #expect(threePublic.actual.total == .blank && threePublic.budget?.reception == .blank)
        #expect(disclosure.provenance.readingNotes.contains { $0.part == "公开09" && $0.kind == .missing })
    }
}
