import Authoring
import Checking
import Classification
import Disclosure
import Foundation
import Reading
import Testing

/// A generated disclosure is right by construction: the checker finds no error in it.
@Suite struct GeneratedDisclosureTests {
    private func errors(_ disclosure: Disclosure) throws -> [Finding] {
        let checker = Checker(catalogue: RuleCatalogue(classification: try SeedAuthoring.catalogue()))
        return checker.check(disclosure).findings.filter { $0.severity == .error }
    }

    @Test func theAuthoredSeedPassesEveryCheck() throws {
        let findings = try errors(try SeedAuthoring.authored())
        #expect(findings.isEmpty, "\(findings.map { "\($0.ruleID) \($0.message.zh)" })")
    }

    @Test func theTemplateExamplePassesEveryCheck() throws {
        let disclosure = try Author(catalogue: SeedAuthoring.catalogue()).disclosure(from: .example, fileName: "example.json", source: Data())
        let findings = try errors(disclosure)
        #expect(findings.isEmpty, "\(findings.map { "\($0.ruleID) \($0.message.zh)" })")
    }

    @Test func theAuthoredJSONReadsBackToTheSameModel() throws {
        let authored = try SeedAuthoring.authored()
        let json = try DisclosureJSON.encode(authored)
        #expect(try DisclosureJSON.decode(json) == authored)
    }

    @Test func everyNarrativeFigureReadsBackFromItsText() throws {
        for section in try SeedAuthoring.authored().narrative.sections {
            for paragraph in section.paragraphs {
                #expect(NarrativeFigureExtractor.figures(in: paragraph.text) == paragraph.figures)
            }
        }
    }
}
