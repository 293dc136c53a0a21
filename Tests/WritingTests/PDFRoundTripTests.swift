import Disclosure
import Foundation
import Reading
import Testing
import TestSupport
import Writing

/// seed → HTML → PDF (headless Chromium) → `juesuan read`: a PDF laid out by a program the
/// reader was never tuned to (one-line title blocks, 行次 columns, headers wrapped in narrow
/// cells, blank cells, a glossary as a definition list, self-evaluations with wrapped cells)
/// reads back to the same document.
@Suite struct PDFRoundTripTests {
    static let roundTrip: Result<(original: Disclosure, read: Disclosure), Error> = Result {
        let seed = try WritingFixtures.seed()
        let pdf = try ChromiumPrinter().pdf(fromHTML: DisclosureHTML.render(seed))
        return (seed, try WritingFixtures.reader().read(pdf, fileName: "seed.pdf"))
    }

    @Test func everyPrintedTableFigureSurvivesThePDF() throws {
        let (original, read) = try Self.roundTrip.get()
        #expect(read.provenance.reader == "pdftotext-tsv")
        let expected = PrintedFigures(original).values
        let actual = PrintedFigures(read).values
        #expect(actual.count == expected.count)
        for (key, value) in expected.sorted(by: { $0.key.description < $1.key.description }) {
            #expect(actual[key] == value, "\(key)")
        }
        for key in actual.keys where expected[key] == nil { Issue.record("not in the seed: \(key) = \(actual[key] ?? "")") }
    }

    @Test func metadataAndGlossaryArePrintedBack() throws {
        let (original, read) = try Self.roundTrip.get()
        #expect(read.metadata.departmentName == original.metadata.departmentName)
        #expect(read.metadata.fiscalYear == original.metadata.fiscalYear)
        #expect(read.glossary == original.glossary)
        // The charts' captions stand before the first section, as an untitled one.
        let titled = { (disclosure: Disclosure) in disclosure.narrative.sections.filter { !$0.title.isEmpty }.map { ($0.title, $0.paragraphs.count) } }
        #expect(titled(read).map(\.0) == titled(original).map(\.0))
        #expect(titled(read).map(\.1) == titled(original).map(\.1))
    }

    /// Every project's table is found, with its units, funds' total line and published score.
    /// Level cells merged across rows and centred between them cannot be told apart from their
    /// neighbours' wrapped text without the table's rules, so indicators are read as far as
    /// they can be and the rest is noted; they are not compared here.
    @Test func everySelfEvaluationKeepsItsUnitsAndScore() throws {
        let (original, read) = try Self.roundTrip.get()
        try #require(read.selfEvaluations.count == original.selfEvaluations.count)
        for (expected, actual) in zip(original.selfEvaluations, read.selfEvaluations) {
            #expect(actual.supervisingDepartment == expected.supervisingDepartment, "\(expected.projectName)")
            #expect(actual.budgetUnit == expected.budgetUnit, "\(expected.projectName)")
            #expect(actual.totalScore == expected.totalScore, "\(expected.projectName)")
            #expect(actual.grade == expected.grade, "\(expected.projectName)")
            #expect(actual.fundLines.first?.annualBudget == expected.fundLines.first?.annualBudget, "\(expected.projectName)")
            #expect(actual.fundLines.first?.executed == expected.fundLines.first?.executed, "\(expected.projectName)")
        }
    }
}
