import Disclosure

/// What a `JX` check found, in the shape the rule engine's findings will take, so the rules can
/// move into `Checking` unchanged once it lands.
public struct SelfEvaluationFinding: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning, note }

    /// Stable rule id, e.g. `JX-006`: the same id the rule has in the `Checking` catalogue.
    public var ruleID: String
    public var severity: Severity
    public var project: String?
    public var location: SourceLocation?
    public var expected: String?
    public var actual: String?
    /// In Chinese.
    public var message: String

    public init(ruleID: String, severity: Severity, project: String? = nil, location: SourceLocation? = nil,
                expected: String? = nil, actual: String? = nil, message: String) {
        self.ruleID = ruleID
        self.severity = severity
        self.project = project
        self.location = location
        self.expected = expected
        self.actual = actual
        self.message = message
    }
}
