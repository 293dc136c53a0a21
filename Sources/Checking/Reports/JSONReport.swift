import Foundation

/// Machine-readable findings, described by `schema/findings.schema.json`. Keys are sorted so
/// that the same disclosure always gives the same bytes.
public enum JSONReport {
    /// The schema version written into every report; bump it when the shape changes.
    public static let version = 1

    struct Envelope: Encodable {
        var version: Int
        var reports: [Document]
    }

    struct Document: Encodable {
        var document: String
        var departmentName: String
        var fiscalYear: Int?
        var rulesRun: Int
        var rulesPassed: Int
        var counts: [String: Int]
        var findings: [Finding]
        var notEvaluated: [NotEvaluated]
    }

    public static func render(_ reports: [CheckReport]) throws -> String {
        let documents = reports.map { report in
            Document(document: report.document, departmentName: report.departmentName, fiscalYear: report.fiscalYear,
                     rulesRun: report.rulesRun, rulesPassed: report.rulesPassed,
                     counts: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, report.count($0)) }),
                     findings: report.sortedFindings, notEvaluated: report.notEvaluated)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Envelope(version: version, reports: documents))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
