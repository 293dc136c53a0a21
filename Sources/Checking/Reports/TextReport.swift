import Disclosure

/// The report for a terminal: a headline with counts, then findings grouped by table (tables in
/// statutory order, the narrative and other text last), each group ordered by severity.
public enum TextReport {
    /// Each disclosure's report, a blank line between two.
    public static func stream(language: Language) -> ReportStream {
        ReportStream(head: "", separator: "\n", tail: "") { render($0, language: language) }
    }

    public static func render(_ report: CheckReport, language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        let year = report.fiscalYear.map { zh ? " \($0)年度" : " \($0)" } ?? ""
        lines.append("\(report.document)：\(report.departmentName)\(year)")
        lines.append(zh
            ? "规则 \(report.rulesRun) 条：通过 \(report.rulesPassed)，无法评估 \(Set(report.notEvaluated.map(\.ruleID)).count)；错误 \(report.count(.error))，警告 \(report.count(.warning))，提示 \(report.count(.note))"
            : "\(report.rulesRun) rules: \(report.rulesPassed) passed, \(Set(report.notEvaluated.map(\.ruleID)).count) could not be evaluated; \(report.count(.error)) errors, \(report.count(.warning)) warnings, \(report.count(.note)) notes")
        for group in ReportGroups.byTable(report) {
            lines.append("")
            lines.append("■ " + group.title.text(in: language))
            for finding in group.findings {
                let line = finding.location.lineDescription.map { " [\($0.text(in: language))]" } ?? ""
                let severity = zh ? finding.severity.chineseName : finding.severity.rawValue
                lines.append("  \(severity) \(finding.ruleID)\(line) \(finding.message.text(in: language))")
            }
        }
        if !report.notEvaluated.isEmpty {
            lines.append("")
            lines.append(zh ? "■ 无法评估的规则" : "■ Rules that could not be evaluated")
            let reasons = Dictionary(grouping: report.notEvaluated, by: { $0.reason.text(in: language) })
            for reason in reasons.keys.sorted() {
                let ids = reasons[reason, default: []].map(\.ruleID)
                lines.append("  \(reason)：\(ids.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Findings grouped the way reports show them: by table in statutory order, then the rest.
enum ReportGroups {
    struct Group {
        var title: LocalizedText
        var findings: [Finding]
    }

    static func byTable(_ report: CheckReport) -> [Group] {
        let sorted = report.sortedFindings
        var groups: [Group] = TableKind.allCases.compactMap { kind in
            let findings = sorted.filter { $0.location.table == kind }
            guard !findings.isEmpty else { return nil }
            return Group(title: LocalizedText(zh: "\(kind.rawValue) \(kind.chineseName)", en: "Table \(kind.rawValue.dropFirst(2)) \(kind.chineseName)"),
                         findings: findings)
        }
        let rest = sorted.filter { $0.location.table == nil }
        if !rest.isEmpty { groups.append(Group(title: LocalizedText(zh: "情况说明及其他文字", en: "Narrative and other text"), findings: rest)) }
        return groups
    }
}
