import Disclosure

/// Reads the 绩效指标 rows of one table. Columns wander between rows (merged level cells print
/// once, anywhere), so a row is read by what its cells hold: level labels first, then the
/// 三级指标 name, the values, 分值, 得分 (sometimes printed twice) and the 偏差原因.
struct IndicatorRowReader {
    private var level1: String?
    private var level2: String?

    /// What reading a row took beyond the plain case, for the reading notes.
    enum Repair: Equatable {
        case repeatedCell(String)
        case repeatedScore(String)
        case extraText(String)
        case extraValues([String])
        case nameMissing
        case nameFromLabel(String)
        case noWeight
        case blankScore
    }

    /// Reads the row's non-blank `cells`; `words` are the same cells without spaces, which the
    /// table reader has already made, so that no cell is compacted again for each test.
    mutating func read(_ cells: [String], words: [PrintedWord], location: SourceLocation) -> (indicator: PerformanceIndicator, repairs: [Repair])? {
        var repairs: [Repair] = []
        var filled: [(cell: String, word: PrintedWord)] = zip(cells, words).map { ($0, $1) }
        // Leading labels set the levels; of a label printed twice in a row, the last may be the name.
        var strippedLabel: String?
        while let first = filled.first, SelfEvaluationCells.isLevelOrOuterLabel(first.word) {
            if filled.count > 1, filled[1].word == first.word { filled.removeFirst(); break }
            track(first.word)
            strippedLabel = first.word.text
            filled.removeFirst()
        }
        if let first = filled.first, SelfEvaluationCells.isLevelOrOuterLabel(first.word) { track(first.word) }
        guard !filled.isEmpty else { return nil }

        // 分值 is the first plain score-like number after the name.
        let weightIndex = filled.indices.dropFirst().first { SelfEvaluationCells.scoreNumber(filled[$0].cell) != nil }
        let after = weightIndex.map { filled[$0...].map(\.cell) } ?? []
        // A name repeated side by side is one cell printed twice (equal values are target and actual).
        var before: [String] = []
        var lastWord: PrintedWord?
        for (cell, word) in filled[..<(weightIndex ?? filled.count)] {
            if let lastWord, lastWord == word, !SelfEvaluationCells.isLevelOrOuterLabel(word), !SelfEvaluationCells.isValueLike(word.text) {
                repairs.append(.repeatedCell(cell))
            } else {
                before.append(cell)
                lastWord = word
            }
        }

        var name: String
        var values: [String]
        switch before.firstIndex(where: SelfEvaluationCells.isValueLike) {
        case nil:
            name = before.first ?? ""
            values = Array(before.dropFirst())
        case 0?:
            name = strippedLabel ?? ""
            values = before
            repairs.append(strippedLabel.map(Repair.nameFromLabel) ?? .nameMissing)
        case let valueStart?:
            name = before[valueStart - 1]
            values = Array(before[valueStart...])
            let extra = before[..<(valueStart - 1)].filter { !SelfEvaluationCells.isLevelOrOuterLabel($0) }
            if !extra.isEmpty { repairs.append(.extraText(extra.joined(separator: " "))) }
        }

        var indicator = PerformanceIndicator(level1: level1, level2: level2, name: name, location: location)
        switch values.count {
        case 0: break
        case 1:
            indicator.target = IndicatorValue(parsing: values[0])
        case 2 where SelfEvaluationCells.isTemplate(values[0]):
            indicator.initialTarget = values[0]
            indicator.target = IndicatorValue(parsing: values[1])
        case 2:
            indicator.target = IndicatorValue(parsing: values[0])
            indicator.actual = IndicatorValue(parsing: values[1])
        default:
            indicator.initialTarget = values[0]
            indicator.target = IndicatorValue(parsing: values[values.count - 2])
            indicator.actual = IndicatorValue(parsing: values[values.count - 1])
            if values.count > 3 { repairs.append(.extraValues(Array(values[1..<(values.count - 2)]))) }
        }

        guard let weightCell = after.first else {
            repairs.append(.noWeight)
            return (indicator, repairs)
        }
        indicator.weight = SelfEvaluationCells.scoreNumber(weightCell)
        var rest = after.dropFirst()
        if let scoreCell = rest.first, let score = SelfEvaluationCells.scoreNumber(scoreCell) {
            indicator.score = score
            rest = rest.dropFirst()
            while let next = rest.first, let repeated = SelfEvaluationCells.scoreNumber(next), repeated == score {
                repairs.append(.repeatedScore(next))
                rest = rest.dropFirst()
            }
        } else {
            repairs.append(.blankScore)
        }
        let reason = rest.joined(separator: " ")
        indicator.deviationReason = reason.isEmpty ? nil : reason
        return (indicator, repairs)
    }

    private mutating func track(_ word: PrintedWord) {
        if SelfEvaluationCells.firstLevels.contains(word) {
            level1 = word.text
            level2 = nil
        } else if let parent = SelfEvaluationCells.secondLevels[word] {
            level1 = parent
            level2 = word.text
        }
    }
}
