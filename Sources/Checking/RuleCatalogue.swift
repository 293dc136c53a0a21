import Classification
import Disclosure

/// Every rule juesuan knows, numbered per family. `juesuan rules` prints it and
/// `docs/rules.md` is generated from it.
public struct RuleCatalogue: Sendable {
    public let rules: [Rule]

    /// The standard rules. `classification` supplies current names for the stale-name rules.
    public init(classification: Catalogue) {
        let drafts: [RuleDraft] = FunctionalTableRules.all + SummaryTableRules.all + BasicExpenditureRules.all
            + ThreePublicExpensesRules.all + CrossTableRules.all + StatisticsRules.all + CompletenessRules.all
            + IdentityRules.all(classification: classification) + PlaceholderRules.all + NarrativeRules.all
            + SelfEvaluationRules.all
        self.init(drafts: drafts)
    }

    init(drafts: [RuleDraft]) {
        var counters: [RuleFamily: Int] = [:]
        var numbered: [Rule] = []
        for family in RuleFamily.allCases {
            for draft in drafts where draft.family == family {
                let number = (counters[family] ?? 0) + 1
                counters[family] = number
                numbered.append(Rule(id: Rule.id(family: family, number: number), draft: draft))
            }
        }
        rules = numbered
    }

    private init(rules: [Rule]) {
        self.rules = rules
    }

    public func rule(_ id: String) -> Rule? {
        rules.first { $0.id == id }
    }

    /// The rules `selection` keeps, in catalogue order.
    public func selecting(_ selection: RuleSelection) -> RuleCatalogue {
        RuleCatalogue(rules: rules.filter(selection.includes))
    }

    public func count(of family: RuleFamily) -> Int {
        rules.count { $0.family == family }
    }
}

extension Rule {
    static func id(family: RuleFamily, number: Int) -> String {
        let digits = String(number)
        return family.prefix + "-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
