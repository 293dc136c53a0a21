/// Which rules to run, as `--rules` gives them: ids and family prefixes, comma separated; a
/// leading `-` excludes. `HS,XT-003,-HS-010` runs every hierarchy-sum rule but HS-010, and
/// XT-003. Only exclusions means everything else.
public struct RuleSelection: Sendable, Equatable {
    public var included: [String]
    public var excluded: [String]

    public static let all = RuleSelection(included: [], excluded: [])

    public init(included: [String], excluded: [String]) {
        self.included = included
        self.excluded = excluded
    }

    /// Parses the option's text; throws on a selector that names no rule or family, so that a
    /// typo does not silently run nothing.
    public init(parsing text: String, catalogue: RuleCatalogue) throws(RuleSelectionError) {
        var included: [String] = []
        var excluded: [String] = []
        for raw in text.split(separator: ",") {
            var selector = String(raw).trimmingSpaces().uppercased()
            let exclude = selector.hasPrefix("-")
            if exclude { selector.removeFirst() }
            guard !selector.isEmpty else { continue }
            let known = catalogue.rules.contains { $0.id == selector || $0.family.prefix == selector }
            guard known else { throw RuleSelectionError(selector: selector) }
            if exclude { excluded.append(selector) } else { included.append(selector) }
        }
        self.init(included: included, excluded: excluded)
    }

    public func includes(_ rule: Rule) -> Bool {
        let matches: (String) -> Bool = { $0 == rule.id || $0 == rule.family.prefix }
        if excluded.contains(where: matches) { return false }
        return included.isEmpty || included.contains(where: matches)
    }
}

public struct RuleSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var selector: String

    public var description: String {
        "未知的规则或规则族：\(selector)（unknown rule or family; see `juesuan rules`）"
    }
}
