import Disclosure

/// Reads one row of 项目资金预算安排及执行进度. Extraction drops, repeats and shifts these cells, so
/// the printed numbers are placed into the seven columns (目标申报数, 预算编制数, 全年预算数, 全年执行数,
/// 结余, 执行率, 得分) by the arithmetic that ties them together, not by position; every choice
/// that was not forced is noted.
struct FundLineReader {
    /// A printed number and its possible readings (`13,092` may be 13092 or 13.092), each
    /// with its amount made once: `place` tries each reading in many columns.
    struct Printed {
        var text: String
        var readings: [Column]
    }

    /// The numbers of a row, the source label before them and the text after them.
    struct Row {
        var source: String?
        var numbers: [Printed]
        var trailingText: [String]
        /// A label fused with its number, e.g. `资金总额: 0`.
        var fusedSource: Bool
    }

    /// The row of the non-blank `cells`, whose `words` (the same cells without spaces) the table
    /// reader has made.
    static func row(_ cells: [String], words: [PrintedWord]) -> Row {
        var row = Row(source: nil, numbers: [], trailingText: [], fusedSource: false)
        for (cell, word) in zip(cells, words) {
            if let printed = number(cell) {
                row.numbers.append(printed)
            } else if SelfEvaluationCells.isFundSource(word) {
                if let fused = fusedNumber(cell) {
                    row.source = SelfEvaluationCells.fundSourceName(fused.label)
                    row.numbers.append(fused.number)
                    row.fusedSource = true
                } else if row.numbers.isEmpty {
                    row.source = SelfEvaluationCells.fundSourceName(cell)
                } else {
                    row.trailingText.append(cell)
                }
            } else if !row.numbers.isEmpty {
                row.trailingText.append(cell)
            }
        }
        return row
    }

    /// `资金总额: 0` → (`资金总额:`, 0).
    static func fusedNumber(_ cell: String) -> (label: String, number: Printed)? {
        // A number has a digit; most labels have none, and are not split into characters to find that out.
        guard cell.unicodeScalars.contains(where: \.isDigitOfAnyWidth) else { return nil }
        let parts = cell.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "：" })
        guard parts.count >= 2, let last = parts.last, let printed = number(String(last)) else { return nil }
        return (String(parts.dropLast().joined()), printed)
    }

    static func number(_ cell: String) -> Printed? {
        let text = cell.trimmingSpaces()
        var readings: [Column] = []
        if let value = ExactDecimal(parsing: text) { readings.append(Column(value)) }
        if text.utf8.count(where: { $0 == UInt8(ascii: ",") }) == 1, !text.includes("."),
           let value = ExactDecimal(parsing: text.replacingScalar(",", with: ".")) {
            readings.append(Column(value))
        }
        return readings.isEmpty ? nil : Printed(text: text, readings: readings)
    }

    /// The columns a row's numbers were placed in, with what the placement took.
    struct Placement {
        var values: [ExactDecimal?]
        var droppedRepeats: Int
        var commaDecimals: [String]
        var missing: [Int]
        var points: Double
    }

    static let columnNames = ["目标申报数", "预算编制数", "全年预算数", "全年执行数", "资金结余", "执行率", "得分"]

    /// A reading of a printed number as it stands in a column.
    struct Column {
        var value: ExactDecimal
        var amount: Amount?

        init(_ value: ExactDecimal) {
            self.value = value
            amount = Amount(tenThousandYuan: value)
        }
    }

    /// The most consistent placement of `numbers` into the seven columns, or nil when none fits.
    static func place(_ numbers: [Printed]) -> Placement? {
        var best: Placement?
        // One array of columns for every trial: only the best placement keeps a copy.
        var columns = [Column?](repeating: nil, count: 7)
        for (kept, dropped) in withoutRepeats(numbers) where kept.count <= 7 && !kept.isEmpty {
            let penalty = 0.25 * Double(7 - kept.count) + 0.5 * Double(dropped)
            // A variant that could not beat the best placement even if every test agreed is not
            // tried: a row printed whole and consistent skips the trials of its repeats removed.
            if let best, best.points >= mostConsistent - penalty { continue }
            let choices = readingChoices(kept.map { numbers[$0].readings.count })
            for (slots, mostPoints) in slotChoices[kept.count] {
                // Columns that leave tests without their operands cannot beat a placement
                // that already scores what they could at most.
                if let best, best.points >= mostPoints - penalty { continue }
                for choice in choices {
                    for column in columns.indices { columns[column] = nil }
                    for (index, slot) in slots.enumerated() {
                        columns[slot] = numbers[kept[index]].readings[choice[index]]
                    }
                    guard var points = consistency(columns) else { continue }
                    assert(points <= mostPoints, "mostConsistent(filling:) must bound every placement's points")
                    let commas = choice.count(where: { $0 > 0 })
                    points -= penalty + 0.25 * Double(commas)
                    if best == nil || points > best?.points ?? 0 {
                        let missing = (0..<7).filter { !slots.contains($0) }
                        best = Placement(values: columns.map { $0?.value }, droppedRepeats: dropped,
                                         commaDecimals: kept.indices.filter { choice[$0] > 0 }.map { numbers[kept[$0]].text },
                                         missing: missing, points: points)
                    }
                }
            }
        }
        return best
    }

    /// The points of `consistency` when every test agrees (1 + 2 + 1 + 1 + 0.5), which no
    /// placement can beat.
    static let mostConsistent = mostConsistent(filling: Set(0..<7))

    /// The points of `consistency` when every test that `filled` columns make possible agrees.
    /// A row of four numbers has 35 choices of columns; most leave tests without operands.
    static func mostConsistent(filling filled: Set<Int>) -> Double {
        let ratio = filled.contains(2) && (filled.contains(3) || filled.contains(4))
        var points = 0.0
        if filled.isSuperset(of: [2, 3, 4]) { points += 1 }
        if ratio, filled.contains(5) { points += 2 }
        if ratio || filled.contains(5), filled.contains(6) { points += 1 }
        if filled.isSuperset(of: [1, 2]) { points += 1 }
        if filled.contains(0) { points += 0.5 }
        return points
    }

    /// Points for how well the columns agree; nil when a value is impossible where it stands.
    static func consistency(_ columns: [Column?]) -> Double? {
        if let score = columns[6]?.value, (ExactDecimal(10) - score).isNegative { return nil }
        if let rate = columns[5]?.value, (ExactDecimal(200) - rate).isNegative { return nil }
        let (declared, initial, annual, executed, balance) = (columns[0]?.amount, columns[1]?.amount, columns[2]?.amount, columns[3]?.amount, columns[4]?.amount)
        let rate = columns[5]?.value
        var points = 0.0
        if let annual, let executed, let balance {
            points += (annual - executed).hasSameValue(as: balance) ? 1 : -3
        }
        let derivedExecuted = executed ?? annual.flatMap { annual in balance.map { annual - $0 } }
        let ratio = annual.flatMap { annual in derivedExecuted.flatMap { Percentage.ratio($0, of: annual) } }
        if let ratio, let rate {
            points += (ratio.value - rate).magnitude <= ExactDecimal(units: 1, scale: 2) ? 2 : -2
        }
        if let basis = ratio?.value ?? rate, let score = columns[6]?.value {
            let tenth = ExactDecimal(units: basis.units, scale: basis.scale + 1).rounded(to: 2)
            let expected = (ExactDecimal(10) - tenth).isNegative ? ExactDecimal(10) : tenth
            points += (expected - score).magnitude <= ExactDecimal(units: 1, scale: 2) ? 1 : -1
        }
        if let initial, let annual, initial.hasSameValue(as: annual) { points += 1 }
        if let declared, declared.isZero || (initial.map { declared.hasSameValue(as: $0) } ?? false) { points += 0.5 }
        return points
    }

    /// The numbers as printed, and with one or two adjacent repeats removed (a duplicated
    /// column), each as the indices of the numbers it keeps.
    static func withoutRepeats(_ numbers: [Printed]) -> [(kept: [Int], dropped: Int)] {
        var variants: [(kept: [Int], dropped: Int)] = [(Array(numbers.indices), 0)]
        func repeats(_ kept: [Int]) -> [Int] {
            kept.indices.dropFirst().filter { numbers[kept[$0]].text == numbers[kept[$0 - 1]].text }
        }
        for index in repeats(variants[0].kept) {
            var once = variants[0].kept
            once.remove(at: index)
            variants.append((once, 1))
            for second in repeats(once) {
                var twice = once
                twice.remove(at: second)
                variants.append((twice, 2))
            }
        }
        return variants
    }

    /// The increasing choices of slots for each count of numbers, each with the most points
    /// a placement into it can score, made once: `place` tries them for every row.
    static let slotChoices = (0...7).map { count in
        combinations(of: count, from: 7).map { (slots: $0, mostPoints: mostConsistent(filling: Set($0))) }
    }

    /// Increasing choices of `count` slots out of `total`.
    static func combinations(of count: Int, from total: Int) -> [[Int]] {
        guard count > 0 else { return [[]] }
        guard count <= total else { return [] }
        var result: [[Int]] = []
        func extend(_ prefix: [Int], _ next: Int) {
            if prefix.count == count { result.append(prefix); return }
            guard next < total else { return }
            for slot in next..<total where total - slot >= count - prefix.count {
                extend(prefix + [slot], slot + 1)
            }
        }
        extend([], 0)
        return result
    }

    /// Every choice of reading for numbers with `counts` readings each, the last number's
    /// changing first.
    static func readingChoices(_ counts: [Int]) -> [[Int]] {
        // Most rows print no number that has two readings.
        guard counts.contains(where: { $0 > 1 }) else { return [Array(repeating: 0, count: counts.count)] }
        return counts.reduce([[]]) { partial, count in
            partial.flatMap { prefix in (0..<count).map { prefix + [$0] } }
        }
    }
}
