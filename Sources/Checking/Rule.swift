import Disclosure

/// A check, as a value: a stable id, what it checks in both languages, the message it writes,
/// and a pure function from a disclosure to its outcomes.
///
/// `severity` is the worst a finding of the rule can be. Sum rules write a *note* instead when
/// the difference is within the rounding envelope.
public struct Rule: Sendable {
    public let id: String
    public let family: RuleFamily
    public let severity: Severity
    public let title: LocalizedText
    /// The message with placeholders: `{where}`, `{expected}`, `{actual}`, `{difference}` and
    /// rule-specific ones.
    public let message: LocalizedText
    private let body: @Sendable (RuleInput, Rule) -> [RuleOutcome]

    init(id: String, draft: RuleDraft) {
        self.id = id
        family = draft.family
        severity = draft.severity
        title = draft.title
        message = draft.message
        body = draft.body
    }

    public func evaluate(_ disclosure: Disclosure) -> [RuleOutcome] {
        body(RuleInput(disclosure), self)
    }

    /// The outcomes on an input prepared once for the whole catalogue.
    func evaluate(_ input: RuleInput) -> [RuleOutcome] {
        body(input, self)
    }

    /// A finding of this rule with its message filled in.
    func finding(at location: FindingLocation, related: [FindingLocation] = [], severity: Severity? = nil,
                 expected: String? = nil, actual: String? = nil, difference: String? = nil,
                 values: [String: LocalizedText] = [:], suffix: LocalizedText? = nil) -> RuleOutcome {
        let place = values["where"] ?? location.description
        var text = message.filled { name in
            switch name {
            case "where": place
            case "expected": expected.map(LocalizedText.init)
            case "actual": actual.map(LocalizedText.init)
            case "difference": difference.map(LocalizedText.init)
            default: values[name]
            }
        }
        if let suffix { text = text + suffix }
        return .finding(Finding(ruleID: id, severity: severity ?? self.severity, location: location, related: related,
                                expected: expected, actual: actual, difference: difference, message: text))
    }
}

/// A rule before the catalogue numbers it: families number their rules in declaration order,
/// so ids stay stable as long as new rules are appended.
struct RuleDraft: Sendable {
    var family: RuleFamily
    var severity: Severity
    var title: LocalizedText
    var message: LocalizedText
    var body: @Sendable (RuleInput, Rule) -> [RuleOutcome]

    init(family: RuleFamily, severity: Severity, title: LocalizedText, message: LocalizedText,
         body: @escaping @Sendable (Disclosure, Rule) -> [RuleOutcome]) {
        self.init(family: family, severity: severity, title: title, message: message, onInput: { input, rule in body(input.disclosure, rule) })
    }

    /// A rule that works on what `RuleInput` derives from the disclosure.
    init(family: RuleFamily, severity: Severity, title: LocalizedText, message: LocalizedText,
         onInput body: @escaping @Sendable (RuleInput, Rule) -> [RuleOutcome]) {
        self.family = family
        self.severity = severity
        self.title = title
        self.message = message
        self.body = body
    }
}

/// Why a rule could not be evaluated, for the usual cause.
extension RuleOutcome {
    static func missing(_ table: TableKind) -> RuleOutcome {
        .notEvaluated(LocalizedText(zh: "缺少\(table.rawValue)表", en: "table \(table.rawValue.dropFirst(2)) is missing"))
    }

    static func missing(_ what: LocalizedText) -> RuleOutcome {
        .notEvaluated(LocalizedText(zh: "缺少" + what.zh, en: what.en + " is missing"))
    }
}
