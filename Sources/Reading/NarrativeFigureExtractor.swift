import Disclosure

/// Finds every figure quoted in a paragraph of 情况说明 prose, so that checking can compare what
/// the text says with what the tables hold without ever parsing text itself.
///
/// A figure is a number followed by a unit: money (`5,029.36万元`, `0.00 万`, `400元/人`),
/// a percentage (`1.34%`, `16.9％`, `2个百分点`) or a count (`17辆`, `9批次`, `0台（套）`).
/// A number without a unit — a year, a date, a list number, a code — is not a figure, nor is an
/// ordinal (`第3批次`). Each figure carries the words that name what it measures, the direction
/// of the change it states, and the figure it qualifies; see `NarrativeFigure`.
public enum NarrativeFigureExtractor {
    public static func figures(in paragraph: String) -> [NarrativeFigure] {
        // Every figure has a digit, and a paragraph without one need not be split into characters.
        guard paragraph.unicodeScalars.contains(where: \.isDigitOfAnyWidth) else {
            return []
        }
        let prose = ProseParagraph(paragraph)
        var figures: [NarrativeFigure] = []
        var figureEnds: Set<Int> = []
        var index = 0
        while index < prose.count {
            guard let number = prose.number(at: index) else {
                index += 1
                continue
            }
            guard !prose.isOrdinal(number),
                  let (unit, end) = prose.unit(after: number.range.upperBound),
                  let value = ExactDecimal(parsing: number.text)
            else {
                index = number.range.upperBound
                continue
            }
            let start = number.range.lowerBound
            let described = subjectAndDirection(of: start..<end, unit: unit, in: prose, figureEnds: figureEnds)
            figures.append(NarrativeFigure(
                kind: unit.kind,
                text: prose.text(start..<end),
                value: value,
                unit: unit.canonical,
                sentence: prose.sentenceIndex[start],
                offset: start,
                subject: described.subject,
                direction: described.direction
            ))
            figureEnds.insert(end - 1)
            index = end
        }
        return FigureReferents.linked(figures)
    }

    /// The subject and direction of the figure printed at `range`.
    ///
    /// The subject is the clause before the figure, cut before a change word and trimmed of
    /// fillers (`SubjectWords`). A count whose clause names nothing takes the words after it
    /// instead: in `36个项目自评为“优”` what is counted follows the number.
    private static func subjectAndDirection(
        of range: Range<Int>, unit: FigureUnit, in prose: ProseParagraph, figureEnds: Set<Int>
    ) -> (subject: String, direction: NarrativeFigure.Direction?) {
        let clause = prose.compact(prose.clauseStart(before: range.lowerBound, figureEnds: figureEnds)..<range.lowerBound)
        let change = ChangeWords.match(in: clause)
        var subject = SubjectWords.subject(of: clause[..<(change?.start ?? clause.endIndex)])
        if subject.isEmpty, unit.kind == .count {
            let after = prose.compact(range.upperBound..<prose.clauseEnd(from: range.upperBound))
            subject = SubjectWords.subject(of: after[...])
        }
        if let direction = change?.direction { return (subject, direction) }
        return (subject, isFollowedByUnchangedRemark(range.upperBound, in: prose) ? .unchanged : nil)
    }

    /// `0万元，与上年相同`: the remark comes after the figure, in the next clause.
    private static func isFollowedByUnchangedRemark(_ end: Int, in prose: ProseParagraph) -> Bool {
        var start = prose.skippingBlanks(from: end)
        if start < prose.count, prose.characters[start] == "，" || prose.characters[start] == "," {
            start += 1
        }
        return ChangeWords.isUnchangedRemark(prose.compact(start..<prose.clauseEnd(from: start)))
    }
}
