import Disclosure

/// One thing wrong (or worth a look) in a disclosure, with the exact figures: what the identity
/// says the figure should be, what is printed, and the difference, as exact decimal strings.
public struct Finding: Sendable, Hashable, Codable {
    public var ruleID: String
    public var severity: Severity
    public var location: FindingLocation
    /// The other places the finding compares against (the other table of a cross-table identity).
    public var related: [FindingLocation]
    public var expected: String?
    public var actual: String?
    /// `actual − expected`.
    public var difference: String?
    public var message: LocalizedText

    public init(ruleID: String, severity: Severity, location: FindingLocation, related: [FindingLocation] = [],
                expected: String? = nil, actual: String? = nil, difference: String? = nil, message: LocalizedText) {
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.related = related
        self.expected = expected
        self.actual = actual
        self.difference = difference
        self.message = message
    }

    /// Every table the finding concerns, its own first.
    public var tables: [TableKind] {
        ([location] + related).compactMap(\.table)
    }
}

/// What a rule says about one place in a disclosure. A rule that finds nothing returns no
/// outcomes: it passed. A rule whose data is missing says so: that is neither pass nor fail.
public enum RuleOutcome: Sendable, Hashable {
    case finding(Finding)
    case notEvaluated(LocalizedText)
}
