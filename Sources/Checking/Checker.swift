import Disclosure

/// Runs a catalogue's rules over a disclosure. Rules are independent and pure, so the order of
/// findings is the catalogue's; reports sort them for reading.
public struct Checker: Sendable {
    public let catalogue: RuleCatalogue

    public init(catalogue: RuleCatalogue) {
        self.catalogue = catalogue
    }

    public func check(_ disclosure: Disclosure) -> CheckReport {
        var findings: [Finding] = []
        var notEvaluated: [NotEvaluated] = []
        let input = RuleInput(disclosure)
        let outcomes = catalogue.rules.concurrentMap { $0.evaluate(input) }
        for (rule, outcomes) in zip(catalogue.rules, outcomes) {
            for outcome in outcomes {
                switch outcome {
                case .finding(let finding): findings.append(finding)
                case .notEvaluated(let reason): notEvaluated.append(NotEvaluated(ruleID: rule.id, reason: reason))
                }
            }
        }
        return CheckReport(document: disclosure.provenance.sourceFileName, departmentName: disclosure.metadata.departmentName,
                           fiscalYear: disclosure.metadata.fiscalYear, rulesRun: catalogue.rules.count,
                           findings: findings, notEvaluated: notEvaluated)
    }
}

/// A rule that could not run on this disclosure, and why: neither a pass nor a fail.
public struct NotEvaluated: Sendable, Hashable, Codable {
    public var ruleID: String
    public var reason: LocalizedText
}

/// The result of checking one disclosure.
public struct CheckReport: Sendable, Codable {
    public var document: String
    public var departmentName: String
    public var fiscalYear: Int?
    public var rulesRun: Int
    public var findings: [Finding]
    public var notEvaluated: [NotEvaluated]

    public func count(_ severity: Severity) -> Int {
        findings.count { $0.severity == severity }
    }

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Rules that ran and found nothing.
    public var rulesPassed: Int {
        let touched = Set(findings.map(\.ruleID)).union(notEvaluated.map(\.ruleID))
        return rulesRun - touched.count
    }

    /// The same report keeping findings at `threshold` or worse.
    public func filtered(minimum threshold: Severity) -> CheckReport {
        var copy = self
        copy.findings = findings.filter { $0.severity.isAtLeast(threshold) }
        return copy
    }

    /// Findings by severity, then table order, then source line: how a reader goes through them.
    public var sortedFindings: [Finding] {
        findings.enumerated().sorted { left, right in
            let a = left.element, b = right.element
            if a.severity != b.severity { return a.severity < b.severity }
            let tableA = a.location.table.map { TableKind.allCases.firstIndex(of: $0) ?? 0 } ?? Int.max
            let tableB = b.location.table.map { TableKind.allCases.firstIndex(of: $0) ?? 0 } ?? Int.max
            if tableA != tableB { return tableA < tableB }
            let lineA = a.location.source?.line ?? Int.max, lineB = b.location.source?.line ?? Int.max
            if lineA != lineB { return lineA < lineB }
            return left.offset < right.offset
        }.map(\.element)
    }
}
