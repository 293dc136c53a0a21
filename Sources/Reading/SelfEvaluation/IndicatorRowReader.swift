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
    /// table reader has already made, so that no cell is compacted again for each test. Cells
    /// are taken by index into both.
    mutating func read(_ cells: [String], words: [PrintedWord], location: SourceLocation) -> (indicator: PerformanceIndicator, repairs: [Repair])? {
        var repairs: [Repair] = []
        // Leading labels set the levels; of a label printed twice in a row, the last may be the name.
        var start = 0
        var strippedLabel: String?
        while start < cells.count, SelfEvaluationCells.isLevelOrOuterLabel(words[start]) {
            if start + 1 < cells.count, words[start + 1] == words[start] { start += 1; break }
            track(words[start])
            strippedLabel = words[start].text
            start += 1
        }
        if start < cells.count, SelfEvaluationCells.isLevelOrOuterLabel(words[start]) { track(words[start]) }
        guard start < cells.count else { return nil }

        // 分值 is the first plain score-like number after the name.
        var weight: (index: Int, value: ExactDecimal)?
        for index in (start + 1)..<cells.count {
            if let value = SelfEvaluationCells.scoreNumber(cells[index]) { weight = (index, value); break }
        }
        // A name repeated side by side is one cell printed twice (equal values are target and actual).
        var before: [Int] = []
        before.reserveCapacity(cells.count - start)
        var lastWord: PrintedWord?
        for index in start..<(weight?.index ?? cells.count) {
            let word = words[index]
            if let lastWord, lastWord == word, !SelfEvaluationCells.isLevelOrOuterLabel(word), !SelfEvaluationCells.isValueLike(word) {
                repairs.append(.repeatedCell(cells[index]))
            } else {
                before.append(index)
                lastWord = word
            }
        }

        var name: String
        var values: [Int]
        switch before.firstIndex(where: { SelfEvaluationCells.isValueLike(words[$0]) }) {
        case nil:
            name = before.first.map { cells[$0] } ?? ""
            values = Array(before.dropFirst())
        case 0?:
            name = strippedLabel ?? ""
            values = before
            repairs.append(strippedLabel.map(Repair.nameFromLabel) ?? .nameMissing)
        case let valueStart?:
            name = cells[before[valueStart - 1]]
            values = Array(before[valueStart...])
            let extra = before[..<(valueStart - 1)].filter { !SelfEvaluationCells.isLevelOrOuterLabel(words[$0]) }
            if !extra.isEmpty { repairs.append(.extraText(extra.map { cells[$0] }.joined(separator: " "))) }
        }

        var indicator = PerformanceIndicator(level1: level1, level2: level2, name: name, location: location)
        let value = { (index: Int) in IndicatorValue(parsing: cells[values[index]]) }
        switch values.count {
        case 0: break
        case 1:
            indicator.target = value(0)
        case 2 where SelfEvaluationCells.isTemplate(words[values[0]]):
            indicator.initialTarget = cells[values[0]]
            indicator.target = value(1)
        case 2:
            indicator.target = value(0)
            indicator.actual = value(1)
        default:
            indicator.initialTarget = cells[values[0]]
            indicator.target = value(values.count - 2)
            indicator.actual = value(values.count - 1)
            if values.count > 3 { repairs.append(.extraValues(values[1..<(values.count - 2)].map { cells[$0] })) }
        }

        guard let weight else {
            repairs.append(.noWeight)
            return (indicator, repairs)
        }
        indicator.weight = weight.value
        var rest = cells[(weight.index + 1)...]
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
        let reason = rest.joinedText(separator: " ")
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
