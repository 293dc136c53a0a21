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
                let words = ParagraphCharacters(paragraph.text)
                let count = words.occurrences(of: "自评").lazy.compactMap { word -> Int? in
                    var index = word.upperBound
                    if words.has("个数", at: index) || words.has("项目", at: index) { index += 2 }
                    let digits = words.run(from: index, where: \.isASCIIDigit)
                    return words.has("个", at: digits.upperBound) ? Int(words.text(digits)) : nil
                }.first
                let funds = words.occurrences(of: "涉及资金").lazy.compactMap { word -> Amount? in
                    let figure = words.run(from: word.upperBound) { $0.isASCIIDigit || $0 == "," || $0 == "." }
                    return words.has("万元", at: figure.upperBound) ? Amount(parsing: words.text(figure)) : nil
                }.first
                var gradeCounts: [(String, Int)] = []
                for word in words.occurrences(of: "个项目自评为") {
                    var index = word.upperBound
                    if words.has("“", at: index) || words.has("\"", at: index) { index += 1 }
                    let grade = words.text(words.run(from: index) { !"”\"，,。；".contains($0) })
                    guard grades.contains(grade), let number = Int(words.text(words.run(before: word.lowerBound, where: \.isASCIIDigit))) else { continue }
                    gradeCounts.append((grade, number))
                }
                guard count != nil || !gradeCounts.isEmpty else { continue }
                return NarrativeEvaluationSummary(projectCount: count, funds: funds, gradeCounts: gradeCounts, location: paragraph.location)
            }
        }
        return nil
    }
}

/// A paragraph as characters, for reading a few figures by the words around them. Scanned by
/// hand: building the regular expressions this took cost more than all other self-evaluation
/// checks of the seed together.
private struct ParagraphCharacters {
    let text: String
    let characters: [Character]

    init(_ text: String) {
        self.text = text
        characters = Array(text)
    }

    func has(_ word: String, at index: Int) -> Bool {
        has(Array(word), at: index)
    }

    private func has(_ word: [Character], at index: Int) -> Bool {
        index >= 0 && characters[min(index, characters.count)...].starts(with: word)
    }

    /// Where `word` is printed, each time, without overlaps. The word is broken into characters
    /// once, not again at every character of the paragraph.
    func occurrences(of word: String) -> [Range<Int>] {
        // A word the bytes do not hold is not looked for character by character.
        guard text.includes(word) else { return [] }
        let word = Array(word)
        var result: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            if has(word, at: index) {
                result.append(index..<(index + word.count))
                index += word.count
            } else {
                index += 1
            }
        }
        return result
    }

    /// The characters from `start` on that `belongs` accepts.
    func run(from start: Int, where belongs: (Character) -> Bool) -> Range<Int> {
        var end = min(start, characters.count)
        while end < characters.count, belongs(characters[end]) { end += 1 }
        return min(start, end)..<end
    }

    /// The characters right before `end` that `belongs` accepts.
    func run(before end: Int, where belongs: (Character) -> Bool) -> Range<Int> {
        var start = end
        while start > 0, belongs(characters[start - 1]) { start -= 1 }
        return start..<end
    }

    func text(_ range: Range<Int>) -> String {
        String(characters[range])
    }
}
