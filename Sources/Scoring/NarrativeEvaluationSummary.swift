import Disclosure

/// The narrative's summary of the self-evaluations: `自评个数44个，涉及资金2592.68万元：36个项目自评为“优”…`.
public struct NarrativeEvaluationSummary: Sendable, Equatable {
    public var projectCount: Int?
    public var funds: Amount?
    /// Grade and count, in the order printed.
    public var gradeCounts: [(grade: String, count: Int)]
    public var location: SourceLocation?

    public static func == (lhs: NarrativeEvaluationSummary, rhs: NarrativeEvaluationSummary) -> Bool {
        lhs.projectCount == rhs.projectCount && lhs.funds == rhs.funds && lhs.location == rhs.location
            && lhs.gradeCounts.map(\.grade) == rhs.gradeCounts.map(\.grade) && lhs.gradeCounts.map(\.count) == rhs.gradeCounts.map(\.count)
    }

    /// The first paragraph that counts self-evaluated projects, read with `grades` as the grade words.
    public static func find(in narrative: Narrative, grades: [String]) -> NarrativeEvaluationSummary? {
        for section in narrative.sections {
            for paragraph in section.paragraphs where paragraph.text.includes("自评") {
                let text = paragraph.text
                // The regular expressions run only where their words are: matching is slow over long paragraphs.
                let count = text.firstMatch(of: #/自评(?:个数|项目)?(\d+)个/#).flatMap { Int($0.1) }
                let funds = text.includes("涉及资金") ? text.firstMatch(of: #/涉及资金([\d,.]+)万元/#).flatMap { Amount(parsing: String($0.1)) } : nil
                var gradeCounts: [(String, Int)] = []
                let graded = text.includes("个项目自评为") ? text.matches(of: #/(\d+)个项目自评为[“"]?([^”"，,。；]+)[”"]?/#) : []
                for match in graded where grades.contains(String(match.2)) {
                    if let number = Int(match.1) { gradeCounts.append((String(match.2), number)) }
                }
                guard count != nil || !gradeCounts.isEmpty else { continue }
                return NarrativeEvaluationSummary(projectCount: count, funds: funds, gradeCounts: gradeCounts, location: paragraph.location)
            }
        }
        return nil
    }
}
