import Disclosure

/// The words that say a figure is a change on last year (`减少68.13万元`, `下降1.34%`) or that it
/// did not change (`0万元，与上年相同`).
enum ChangeWords {
    struct Word {
        let text: String
        let direction: NarrativeFigure.Direction
        /// A verb followed by `为`, `到` or `至` names the new level, not the change:
        /// `减少为0.00万元` is a level. A noun such as `增幅` is a change whatever follows it.
        let isVerb: Bool
    }

    /// A change word found in the clause before a figure.
    struct Match {
        /// Nil when the word introduces the new level (`增加到`) rather than the change.
        let direction: NarrativeFigure.Direction?
        /// Where the word starts: the subject is what comes before it.
        let start: String.Index
    }

    static let words: [Word] = [
        Word(text: "增加", direction: .increase, isVerb: true),
        Word(text: "增长", direction: .increase, isVerb: true),
        Word(text: "上升", direction: .increase, isVerb: true),
        Word(text: "提高", direction: .increase, isVerb: true),
        Word(text: "新增", direction: .increase, isVerb: true),
        Word(text: "增幅", direction: .increase, isVerb: false),
        Word(text: "减少", direction: .decrease, isVerb: true),
        Word(text: "下降", direction: .decrease, isVerb: true),
        Word(text: "降低", direction: .decrease, isVerb: true),
        Word(text: "降幅", direction: .decrease, isVerb: false),
        Word(text: "减幅", direction: .decrease, isVerb: false),
        Word(text: "持平", direction: .unchanged, isVerb: false),
        Word(text: "与上年相同", direction: .unchanged, isVerb: false),
        Word(text: "与上年持平", direction: .unchanged, isVerb: false),
    ]

    /// At most this many characters may stand between the word and the figure (`增长了`,
    /// `增长率为`): further away, the word belongs to something else in the clause.
    static let maximumGap = 3
    static let levelMarkers: Set<Character> = ["为", "到", "至"]

    /// The change word closest before the end of `clause` (the compacted text between the
    /// clause start and the figure), if one stands close enough to the figure.
    static func match(in clause: String) -> Match? {
        var best: (word: Word, range: Range<String.Index>)?
        for word in words {
            // Found by bytes: the standard library's `ranges(of:)` compares characters.
            guard let range = clause.ranges(ofBytes: word.text).last else { continue }
            let gap = clause[range.upperBound...]
            guard gap.count <= maximumGap, !gap.contains(where: \.isDigitOfAnyWidth) else { continue }
            if let current = best {
                // Closest to the figure wins; at the same end, the longer phrase.
                if range.upperBound < current.range.upperBound { continue }
                if range.upperBound == current.range.upperBound, range.lowerBound >= current.range.lowerBound { continue }
            }
            best = (word, range)
        }
        guard let best else { return nil }
        let gap = clause[best.range.upperBound...]
        let namesLevel = best.word.isVerb && gap.first.map(levelMarkers.contains) == true
        return Match(direction: namesLevel ? nil : best.word.direction, start: best.range.lowerBound)
    }

    /// `与上年相同`, `与 2024 年持平`, `持平` in the clause right after a figure: the figure is a
    /// level equal to last year's. `决算数与预算数持平` compares with the budget and does not count.
    static func isUnchangedRemark(_ clause: String) -> Bool {
        if clause.hasBytePrefix("持平") || clause.hasBytePrefix("同比持平") { return true }
        guard clause.first == "与" else { return false }
        for verdict in ["持平", "相同", "一致"] {
            guard let range = clause.firstRange(of: verdict) else { continue }
            var period = String(clause[clause.index(after: clause.startIndex)..<range.lowerBound])
            if period.hasSuffix("相比") { period.removeLast(2) }
            if SubjectWords.isPeriodReference(period) { return true }
        }
        return false
    }
}
