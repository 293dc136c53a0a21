import Checking
import Disclosure
import Foundation
import Testing

@Suite struct EngineTests {
    @Test func envelopeIsHalfAUnitPerPrintedFigure() {
        let envelope = RoundingEnvelope(left: [.wan("5023.02")], right: [.wan("2963.86"), .wan("2059.17")])
        #expect(envelope.description == "0.015")
        #expect(envelope.contains(Amount(parsing: "0.01") ?? .zero))
        #expect(!envelope.contains(Amount(parsing: "0.02") ?? .zero))
    }

    @Test func blanksWidenNothingAndOneFigureAgainstOneIsExact() {
        #expect(RoundingEnvelope(left: [.wan("3864.28")], right: [.wan("3864.28"), .blank, .blank]).tenMillionths == 0)
        #expect(RoundingEnvelope(left: [.wan("1.5")], right: [.wan("1.50")]).description == "0.055")
    }

    @Test func envelopeFollowsThePrintedDecimals() {
        #expect(RoundingEnvelope(left: [.wan("553.7578")], right: [.wan("500.0001"), .wan("53.7577")]).description == "0.00015")
    }

    @Test func catalogueHasStableUniqueIdsInEveryFamily() throws {
        let catalogue = try SeedDocument.catalogue()
        let ids = catalogue.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count >= 150)
        for rule in catalogue.rules {
            #expect(rule.id.hasPrefix(rule.family.prefix + "-") && rule.id.count == rule.family.prefix.count + 4)
        }
        for family in RuleFamily.allCases { #expect(catalogue.count(of: family) > 0, "\(family)") }
    }

    @Test func selectionByFamilyAndIdWithExclusions() throws {
        let catalogue = try SeedDocument.catalogue()
        let selection = try RuleSelection(parsing: "hs,XT-003,-HS-010", catalogue: catalogue)
        let chosen = catalogue.selecting(selection).rules.map(\.id)
        #expect(chosen.contains("HS-001") && chosen.contains("XT-003") && !chosen.contains("HS-010") && !chosen.contains("XT-001"))
        let allButPlaceholders = catalogue.selecting(try RuleSelection(parsing: "-PH", catalogue: catalogue))
        #expect(allButPlaceholders.rules.count == catalogue.rules.count - catalogue.count(of: .placeholders))
        #expect(throws: RuleSelectionError.self) { try RuleSelection(parsing: "ZZ-001", catalogue: catalogue) }
    }

    @Test func missingTablesAreNotEvaluatedNotPassed() throws {
        let report = try SeedDocument.check { $0.tables.basicExpenditure = nil }
        #expect(report.notEvaluated.contains { $0.ruleID == "BE-001" })
        #expect(report.findings("BE-001").isEmpty)
        #expect(report.errors("CP-006").count == 1)
    }

    @Test func findingsCarryExactExpectedActualAndDifference() throws {
        let report = try SeedDocument.check(try SeedDocument.read())
        let finding = try #require(report.findings("BE-005").first)
        #expect(finding.expected == "237.21" && finding.actual == "250.64" && finding.difference == "13.43")
        #expect(finding.location.table == .basicExpenditure && finding.location.rowCode == "302" && finding.location.source?.line == 351)
        #expect(finding.message.zh.contains("302") && finding.message.en.contains("add up to 237.21"))
    }

    @Test func rulesDocumentIsTheCataloguesOutput() throws {
        let committed = try String(contentsOf: SeedDocument.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(committed == RulesDocument.markdown(try SeedDocument.catalogue()), "regenerate with: juesuan rules --format md > docs/rules.md")
    }

    @Test func reportsRenderEveryFinding() throws {
        let report = try SeedDocument.check(try SeedDocument.read())
        let csv = CSVReport.render([report], language: .en)
        #expect(csv.split(separator: "\r\n").count == report.findings.count + 1)
        let json = try JSONReport.render([report])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((decoded?["reports"] as? [[String: Any]])?.first?["findings"].map { ($0 as? [Any])?.count } == report.findings.count)
        let html = HTMLReport.render([report], language: .zh)
        #expect(html.contains("BE-005") && !html.contains("<script"))
        #expect(TextReport.render(report, language: .en).contains("add up to 237.21"))
    }
}
