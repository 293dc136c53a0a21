import Disclosure

/// What the narrative says, against the tables and against itself. Works on the figures the
/// reader extracted (`NarrativeFigure`); without them the rules cannot be evaluated.
enum NarrativeRules {
    static var all: [RuleDraft] { [] }
}
