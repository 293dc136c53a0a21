import Disclosure
import Foundation
import Reading
import Testing
import TestSupport
import Writing

/// seed → JSON → XLSX → `juesuan read`: the workbook juesuan writes reads back to the same tables.
@Suite struct XLSXRoundTripTests {
    /// The seed through JSON and a written workbook, read again.
    static func roundTrip() throws -> (original: Disclosure, read: Disclosure) {
        let seed = try WritingFixtures.seed()
        let fromJSON = try JSONDecoder().decode(Disclosure.self, from: Data(DisclosureJSON.encode(seed).utf8))
        let workbook = try DisclosureWorkbook.data(fromJSON)
        let read = try WritingFixtures.reader().read(workbook, fileName: "seed.xlsx")
        return (fromJSON, read)
    }

    @Test func everyPrintedFigureSurvivesTheWorkbook() throws {
        let (original, read) = try Self.roundTrip()
        #expect(read.provenance.reader == "xlsx")
        let expected = PrintedFigures(original).values
        let actual = PrintedFigures(read).values
        for (key, value) in expected.sorted(by: { $0.key.description < $1.key.description }) {
            #expect(actual[key] == value, "\(key)")
        }
        for key in actual.keys where expected[key] == nil { Issue.record("not in the model: \(key) = \(actual[key] ?? "")") }
    }

    @Test func theTablesAreEqualApartFromSourceLocations() throws {
        let (original, read) = try Self.roundTrip()
        let expected = original.tables.withoutLocations
        let actual = read.tables.withoutLocations
        #expect(actual.incomeExpenditureSummary == expected.incomeExpenditureSummary)
        #expect(actual.income == expected.income)
        #expect(actual.expenditure == expected.expenditure)
        #expect(actual.fiscalSummary == expected.fiscalSummary)
        #expect(actual.generalBudgetExpenditure == expected.generalBudgetExpenditure)
        #expect(actual.basicExpenditure == expected.basicExpenditure)
        #expect(actual.governmentFund == expected.governmentFund)
        #expect(actual.stateCapital == expected.stateCapital)
        #expect(actual.threePublicExpenses == expected.threePublicExpenses)
        #expect(actual.supplementaryStatistics == expected.supplementaryStatistics)
        #expect(actual == expected)
    }

    @Test func theSameModelGivesTheSameBytes() throws {
        let seed = try WritingFixtures.seed()
        #expect(try DisclosureWorkbook.data(seed) == DisclosureWorkbook.data(seed))
    }
}
