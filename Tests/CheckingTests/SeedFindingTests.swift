@testable import Checking
import Classification
import Disclosure
import Testing

/// One true finding and one true non-finding per family, on the real seed and on copies of it
/// with one defect put in.
@Suite struct SeedFindingTests {
    let seed: Disclosure
    let report: CheckReport

    init() throws {
        seed = try SeedDocument.read()
        report = try SeedDocument.check(seed)
    }

    @Test func theTablesOnlyErrorIsTheLostDetailRowUnder302() {
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.filter { !$0.ruleID.hasPrefix("JX") }.map(\.ruleID) == ["BE-005"])
        // The attachment's own defects (see ScoringTests): the narrative's project count, the four
        // totals that are not the sum of their parts, the empty table, the foreign unit code.
        let attachment = Set(errors.filter { $0.ruleID.hasPrefix("JX") }.compactMap(\.location.source?.line))
        #expect(attachment == [587, 764, 864, 1175, 1272, 1379, 1447, 1958])
    }

    @Test func rowSums() throws {
        // 03 合计: 2963.86 + 2059.17 = 5023.03 against 5023.02, a rounding note.
        let note = try #require(report.findings("RS-002").first { $0.location.rowLabel == "合计" })
        #expect(note.severity == .note && note.difference == "-0.01")
        let broken = try SeedDocument.check { disclosure in
            if let index = disclosure.tables.income?.rows.firstIndex(where: { $0.code?.digits == "2013804" }) {
                disclosure.tables.income?.rows[index].fiscal = .wan("354.96")
            }
        }
        #expect(broken.errors("RS-001").count == 1)
    }

    @Test func hierarchySums() throws {
        // 02's classes sum to 5023.03 against 合计 5023.02: a note, not an error.
        let note = try #require(report.findings("HS-001").first)
        #expect(note.severity == .note && note.expected == "5023.03" && note.actual == "5023.02")
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("HS") && $0.severity != .note })
        let lostRow = try SeedDocument.check { $0.tables.expenditure?.rows.removeAll { $0.code?.digits == "2013899" } }
        #expect(lostRow.errors("HS-024").contains { $0.location.rowCode == "20138" && $0.difference == "910.04" })
    }

    @Test func summaryIdentities() throws {
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("SI") && $0.severity != .note })
        let broken = try SeedDocument.check { $0.tables.incomeExpenditureSummary?.openingBalance?.amount = .wan("6.43") }
        #expect(broken.errors("SI-003").count == 1 && broken.errors("SI-005").isEmpty)
    }

    @Test func basicExpenditure() throws {
        #expect(report.errors("BE-005").count == 1)
        #expect(report.findings("BE-004").map(\.severity) == [.note])
        #expect(report.findings("BE-001").isEmpty && report.findings("BE-002").isEmpty)
    }

    @Test func threePublicExpenses() throws {
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("TP") })
        let broken = try SeedDocument.check { disclosure in
            if let index = disclosure.tables.basicExpenditure?.lines.firstIndex(where: { $0.code.digits == "30217" }) {
                disclosure.tables.basicExpenditure?.lines[index].amount = .wan("0.69")
            }
        }
        #expect(broken.errors("TP-006").first?.difference == "0.10")
    }

    @Test func crossTable() throws {
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("XT") })
        let broken = try SeedDocument.check { $0.tables.generalBudgetExpenditure?.total?.basic = .wan("2963.96") }
        #expect(broken.errors("XT-016").count == 1)
        #expect(broken.errors("XT-016").first?.related.first?.table == .basicExpenditure)
    }

    @Test func statistics() throws {
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("OS") })
        let broken = try SeedDocument.check { $0.tables.supplementaryStatistics?.vehicleTotal?.count = 18 }
        #expect(broken.errors("OS-001").first?.expected == "17")
        let lower = try SeedDocument.check { $0.tables.supplementaryStatistics?.operatingCostsAdministrative?.amount = .wan("250.00") }
        #expect(lower.findings("OS-003").map(\.severity) == [.warning])
    }

    @Test func completeness() throws {
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("CP") })
        let unnoted = try SeedDocument.check { $0.tables.governmentFund?.heading.printedEmpty = false }
        #expect(unnoted.errors("CP-010").count == 1)
        let missing = try SeedDocument.check { $0.tables.stateCapital = nil }
        #expect(missing.errors("CP-008").count == 1)
    }

    @Test func identity() throws {
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("ID") })
        let renamed = try SeedDocument.check { $0.tables.expenditure?.heading.departmentName = "大同市市场监管局" }
        #expect(renamed.errors("ID-001").first?.location.table == .expenditure)
        let stale = try SeedDocument.check { disclosure in
            if let index = disclosure.tables.income?.rows.firstIndex(where: { $0.code?.digits == "2013801" }) {
                disclosure.tables.income?.rows[index].name = "行政运行支出"
            }
        }
        #expect(stale.findings("ID-004").count == 1)
        #expect(stale.findings("ID-012").map(\.location.table) == [.expenditure, .generalBudgetExpenditure])
    }

    @Test func placeholders() throws {
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("PH") })
        let residue = try SeedDocument.check { disclosure in
            disclosure.narrative.sections[0].paragraphs[0].text += "与上年相比下降（增长）XX%。收入总计万元。"
        }
        #expect(residue.errors("PH-001").count == 1 && residue.errors("PH-002").count == 1)
        #expect(residue.findings("PH-004").count == 1)
    }

    @Test func markersAreFoundAsInTheComparableText() {
        let texts = ["下降（增长）", "下降(增长)", "下 降\n（增 长 ）", "下降 (增长", "XX", "X\u{3000}X", "X\u{A0}", "（模板）", "( 模板)", "模板）", ""]
        for printed in ["下降（增长）", "XX", "（模板）", "ＸＸ"] {
            let marker = ComparableMarker(printed)
            for text in texts {
                #expect((ComparableMarkers([printed]).first(in: text) != nil) == PrintedName.comparable(text).includes(marker.comparable), "\(printed) in \(text)")
            }
        }
        // Of several markers in a text, the first listed is the one reported, wherever it stands.
        let markers = ComparableMarkers(["增加（减少）", "下降（增长）", "增长（下降）"])
        #expect(markers.first(in: "增长（下降）与下 降(增长)，增加")?.printed == "下降（增长）")
        #expect(markers.first(in: "增加 增长（下降）")?.printed == "增长（下降）")
        #expect(markers.first(in: "增加（减少")?.printed == nil)
    }

    @Test func narrative() throws {
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("NT") && $0.severity == .error })
        // The seed explains 05 by class only: its items are unexplained (warnings).
        #expect(report.findings("NT-010").contains { $0.location.rowCode == "2013804" })
        let misquoted = try SeedDocument.check { disclosure in
            disclosure.narrative.sections[0].paragraphs[0].figures[0].value = ExactDecimal(units: 503036, scale: 2)
        }
        #expect(misquoted.errors("NT-001").first?.difference == "1.00")
        let wrongShare = try SeedDocument.check { disclosure in
            disclosure.narrative.sections[2].paragraphs[1].figures[1].value = ExactDecimal(units: 5911, scale: 2)
        }
        #expect(wrongShare.errors("NT-002").first?.expected == "59.01%")
        let wrongChange = try SeedDocument.check { disclosure in
            disclosure.narrative.sections[0].paragraphs[0].figures[3].value = ExactDecimal(units: 143, scale: 2)
        }
        #expect(wrongChange.errors("NT-005").count == 1)
    }

    @Test func narrativeTextRules() {
        #expect(NarrativeRules.bareRate(in: "比上年下降16.9，主要原因") == "下降16.9")
        #expect(NarrativeRules.bareRate(in: "下降16.9%，增长2个百分点") == nil)
    }
}
