import Disclosure

/// Links each percentage and each change to the figure it qualifies (`NarrativeFigure.refersTo`),
/// because prose leaves that to the reader: in `基本支出2,963.86万元，占比59.01%` the share's own
/// words are only `占比`, and in `收入总计减少68.13万元，下降1.34%` the percentage restates the
/// change just before it.
enum FigureReferents {
    static func linked(_ figures: [NarrativeFigure]) -> [NarrativeFigure] {
        var linked = figures
        for index in figures.indices {
            linked[index].refersTo = referent(of: index, in: figures)
        }
        return linked
    }

    private static func referent(of index: Int, in figures: [NarrativeFigure]) -> Int? {
        let figure = figures[index]
        let earlier = figures.indices[..<index].reversed()
        let sameSentence = earlier.filter { figures[$0].sentence == figure.sentence }
        switch (figure.kind, figure.isChange) {
        case (.percentage, true):
            // `减少68.13万元，下降1.34%`: the absolute change in the same direction; failing
            // that (`比上年增长5%`), the level that changed.
            return sameSentence.first { figures[$0].kind != .percentage && figures[$0].direction == figure.direction }
                ?? sameSentence.first { figures[$0].isLevel }
        case (.percentage, false):
            // A share or a completion rate: of the nearest level in its own sentence. A rate
            // that names itself (`覆盖率99.5%`) is not a share of the figure before it.
            guard isShareOrCompletion(figure.subject) else { return nil }
            return sameSentence.first { figures[$0].isLevel }
        case (_, true):
            // An absolute change: the level it changes, which may stand in an earlier sentence
            // (`收入总计5,029.36万元。与上年相比，收入总计减少68.13万元`). When the change names
            // its subject, the level must name the same one.
            let levels = earlier.filter { figures[$0].isLevel && figures[$0].measuresLike(figure) }
            guard !figure.subject.isEmpty else { return levels.first }
            return levels.first { subjectsAgree(figures[$0].subject, figure.subject) }
        case (_, false):
            return nil
        }
    }

    /// `占比`, `占本年支出合计`, `完成年初预算`, or no words at all.
    private static func isShareOrCompletion(_ subject: String) -> Bool {
        subject.isEmpty || subject.hasPrefix("占") || subject.hasPrefix("完成")
    }

    /// `收入总计` and `2024年度收入总计`, or `一般公共预算财政拨款支出` and
    /// `2024年一般公共预算财政拨款决算支出`: one subject's characters appear in order in the other.
    private static func subjectsAgree(_ first: String, _ second: String) -> Bool {
        guard !first.isEmpty, !second.isEmpty else { return false }
        return first.isSubsequence(of: second) || second.isSubsequence(of: first)
    }
}

extension NarrativeFigure {
    /// A figure that is the size of a change, not a level.
    var isChange: Bool { direction == .increase || direction == .decrease }

    /// An amount or count that states how much there is, which a change or share can refer to.
    var isLevel: Bool { kind != .percentage && !isChange }

    /// Money compares with money, and a count with a count of the same things.
    func measuresLike(_ other: NarrativeFigure) -> Bool {
        kind == other.kind && (kind == .amount || unit == other.unit)
    }
}

extension String {
    func isSubsequence(of other: String) -> Bool {
        var remaining = other[...]
        for character in self {
            guard let found = remaining.firstIndex(of: character) else { return false }
            remaining = remaining[remaining.index(after: found)...]
        }
        return true
    }
}
