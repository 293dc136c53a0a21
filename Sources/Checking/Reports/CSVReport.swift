/// One row per finding, with the columns of the DATA Act Broker's error files: where, which
/// rule, how bad, expected, actual, difference, message. RFC 4180 quoting; a UTF-8 byte-order
/// mark so that spreadsheet programs read the Chinese correctly.
public enum CSVReport {
    public static let header = ["document", "rule_id", "severity", "table", "row_code", "row_label", "column",
                                "section", "paragraph", "sentence", "line", "expected", "actual", "difference", "message"]

    public static func render(_ reports: [CheckReport], language: Language) -> String {
        // The parts cannot throw.
        (try? stream(language: language).render(reports)) ?? ""
    }

    /// A byte-order mark and the header, then each disclosure's rows.
    public static func stream(language: Language) -> ReportStream {
        ReportStream(head: "\u{FEFF}" + line(header), tail: "") { report in
            report.sortedFindings.map { finding in
                let location = finding.location
                return line([
                    report.document, finding.ruleID, finding.severity.rawValue, location.table?.rawValue ?? "", location.rowCode ?? "",
                    location.rowLabel ?? "", location.column ?? "", location.section ?? "", location.paragraph.map(String.init) ?? "",
                    location.sentence.map(String.init) ?? "", location.source?.line.map(String.init) ?? "",
                    finding.expected ?? "", finding.actual ?? "", finding.difference ?? "", finding.message.text(in: language),
                ])
            }.joined()
        }
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
