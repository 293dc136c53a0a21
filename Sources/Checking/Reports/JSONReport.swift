import Foundation

/// Machine-readable findings, described by `schema/findings.schema.json`. Keys are sorted so
/// that the same disclosure always gives the same bytes.
public enum JSONReport {
    /// The schema version written into every report; bump it when the shape changes.
    public static let version = 1

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
        try stream.render(reports)
    }

    /// The envelope written around the documents, each document encoded on its own, so that the
    /// bytes match what encoding the whole envelope at once would give.
    public static let stream = ReportStream(head: "{\n  \"reports\" : [\n", separator: ",\n",
                                            tail: "\n  ],\n  \"version\" : \(version)\n}\n") { report in
        let document = Document(document: report.document, departmentName: report.departmentName, fiscalYear: report.fiscalYear,
                                rulesRun: report.rulesRun, rulesPassed: report.rulesPassed,
                                counts: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, report.count($0)) }),
                                findings: report.sortedFindings, notEvaluated: report.notEvaluated)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(document), as: UTF8.self)
        // Indented two levels, as inside the envelope's array.
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
