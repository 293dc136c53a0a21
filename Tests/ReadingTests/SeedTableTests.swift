import Disclosure
import Foundation
import TestSupport
import Testing
import TestSupport

/// The seed's ten tables, every printed figure, against figures taken from the document by hand.
@Suite struct SeedTableTests {
    @Test func readsEveryTableOfTheSeed() throws {
        let disclosure = try TestDocuments.readSeed()
        #expect(disclosure.tables.present.map(\.kind) == TableKind.allCases)
        #expect(disclosure.tables.present.map(\.heading.label) == (1...10).map { String(format: "公开%02d表", $0) })
        #expect(disclosure.metadata.departmentName == "大同市市场监督管理局")
        #expect(disclosure.metadata.fiscalYear == 2024)
        #expect(disclosure.metadata.departmentCode == "040")
    }

    @Test func everyPrintedFigureIsReadExactly() throws {
        let read = PrintedFigures(try TestDocuments.readSeed())
        let expected = try PrintedFigures.expected(from: TestDocuments.fixtures.appendingPathComponent("seed-expected.tsv"))
        #expect(expected.count > 500)
        #expect(read.duplicates.isEmpty, "a figure was read twice: \(read.duplicates)")
        for (key, value) in expected.sorted(by: { $0.key.description < $1.key.description }) {
            #expect(read.values[key] == value, "\(key)")
        }
        let unexpected = read.values.keys.filter { expected[$0] == nil }
        #expect(unexpected.isEmpty, "read figures the document does not print: \(unexpected)")
    }

    @Test func summaryTablesAreKeyedByMeaning() throws {
        let tables = try TestDocuments.readSeed().tables
        let summary = try #require(tables.incomeExpenditureSummary)
        #expect(summary.income(.generalBudget)?.amount.value == Amount(parsing: "5023.02"))
        #expect(summary.expenditure(FunctionalCode("208")!)?.amount.value == Amount(parsing: "811.45"))
        #expect(summary.expenditure.count == 26)
        #expect(summary.expenditure.allSatisfy { $0.code != nil })
        #expect(summary.openingBalance?.amount.value == Amount(parsing: "6.34"))
        let fiscal = try #require(tables.fiscalSummary)
        #expect(fiscal.openingBalanceBySource.map(\.source) == FundSource.fiscal)
        #expect(fiscal.expenditure(FunctionalCode("221")!)?.amounts.generalBudget.value == Amount(parsing: "227.51"))
    }

    @Test func emptyTablesAreRecordedAsPrintedEmpty() throws {
        let tables = try TestDocuments.readSeed().tables
        #expect(tables.governmentFund?.heading.printedEmpty == true)
        #expect(tables.stateCapital?.heading.printedEmpty == true)
        #expect(tables.governmentFund?.rows.isEmpty == true)
        #expect(tables.generalBudgetExpenditure?.heading.printedEmpty == false)
    }

    @Test func basicExpenditurePanelsUnfoldIntoEconomicLines() throws {
        let table = try #require(try TestDocuments.readSeed().tables.basicExpenditure)
        #expect(table.lines.count == 27 * 4, "27 printed rows of four panels")
        #expect(table.line(EconomicCode("30908")!)?.amount == .notApplicable)
        #expect(table.line(EconomicCode("39999")!)?.name == "其他支出")
        // 人员经费合计 = 301 + 303, as printed.
        let personnel = table.lines.filter { $0.code.isPersonnel && $0.code.level == .class }.map(\.amount.value).sum()
        #expect(personnel == table.personnelTotal?.amount.value)
    }
}
