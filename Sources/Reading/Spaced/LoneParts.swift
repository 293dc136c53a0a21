import Disclosure

/// Which column holds a row's lone part, in spaced text that lost the page's alignment.
///
/// A row whose parts are all blank but one prints its total and that part, equal to it
/// (`2070105 文化展示及纪念机构 1,700.57 1,700.57`): the blank cells vanish with the spaces, and
/// the text no longer says whether the part is 基本支出 or 项目支出. The table still does: under
/// every parent, each part column of the rows adds up to the parent's. So each lone part goes
/// where that holds, when exactly one placement makes it hold; otherwise its column stays
/// unknown and the reader says so.
struct LoneParts {
    /// A row's amounts in reading order: its total, then its parts.
    struct Row {
        var amounts: [Amount?]
    }

    /// Rows that must add up to another: a parent and the rows directly below it.
    struct Group {
        var parent: Int
        var children: [Int]
    }

    /// The columns of a table whose widest rows print a total and `parts` parts.
    let parts: Int

    /// Most placements tried for one group; a group with more lone parts than that many
    /// placements allow is left unresolved rather than searched at length.
    private static let placementLimit = 4096

    /// For each row with a lone part, the 0-based part column it belongs in, or nil when the
    /// groups leave it open. Rows without a lone part are absent.
    func columns(of rows: [Row], groups: [Group]) -> [Int: Int?] {
        guard parts >= 2 else { return [:] }
        var placed: [Int: Int] = [:]
        let lone = Set(rows.indices.filter { isLone(rows[$0]) })
        var groupsOf: [Int: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            for member in [group.parent] + group.children { groupsOf[member, default: []].append(index) }
        }
        // A group is tried again only once a row of it has been placed by another.
        var stale = Array(groups.indices)
        while let index = stale.popLast() {
            let group = groups[index]
            let members = [group.parent] + group.children
            let open = members.filter { lone.contains($0) && placed[$0] == nil }
            guard !open.isEmpty, members.allSatisfy({ lone.contains($0) || knownParts(rows[$0]) != nil }),
                  Self.placements(parts, open.count) <= Self.placementLimit,
                  let only = onlyPlacement(of: open, in: group, rows: rows, placed: placed) else { continue }
            for (row, column) in zip(open, only) {
                placed[row] = column
                stale += groupsOf[row, default: []].filter { $0 != index && !stale.contains($0) }
            }
        }
        return Dictionary(uniqueKeysWithValues: lone.map { ($0, placed[$0]) })
    }

    /// A total and one part equal to it; a zero one is in every column at once.
    private func isLone(_ row: Row) -> Bool {
        guard row.amounts.count == 2, let total = row.amounts[0], let part = row.amounts[1] else { return false }
        return total.hasSameValue(as: part) && !total.isZero
    }

    /// A row's parts when the text shows them all: a full row, or one of blanks or zeros.
    private func knownParts(_ row: Row) -> [Amount]? {
        if row.amounts.allSatisfy({ $0?.isZero == true }) { return Array(repeating: .zero, count: parts) }
        guard row.amounts.count == parts + 1 else { return nil }
        let amounts = row.amounts.compactMap { $0 }
        return amounts.count == row.amounts.count ? Array(amounts.dropFirst()) : nil
    }

    /// The one placement of `open` lone parts under which every part column of `group` adds
    /// up, each row allowed half of its last decimal; nil when none or several do.
    private func onlyPlacement(of open: [Int], in group: Group, rows: [Row], placed: [Int: Int]) -> [Int]? {
        // What each column lacks for the parent to equal its children, from the rows already
        // placed or printed whole; the open rows are added to it placement by placement.
        var lacking = Array(repeating: Int64(0), count: parts)
        let sign = { (row: Int) -> Int64 in row == group.parent ? 1 : -1 }
        for row in [group.parent] + group.children where !open.contains(row) {
            let rowParts = placed[row].map { column in (0..<parts).map { $0 == column ? rows[row].amounts[1]! : .zero } } ?? knownParts(rows[row])!
            for column in 0..<parts { lacking[column] += sign(row) * rowParts[column].fen }
        }
        let tolerance = FunctionalTableReader.roundingTolerance(rows: group.children.count + 1)
        var found: [Int]?
        for number in 0..<Self.placements(parts, open.count) {
            var balance = lacking
            var trial: [Int] = []
            var rest = number
            for row in open {
                trial.append(rest % parts)
                balance[rest % parts] += sign(row) * rows[row].amounts[1]!.fen
                rest /= parts
            }
            guard balance.allSatisfy({ abs($0) <= tolerance }) else { continue }
            guard found == nil else { return nil }
            found = trial
        }
        return found
    }

    /// A lone row's amounts (`printed`: its total, then its part), with the part under `column`
    /// of `names` (the part columns), and the note saying where it went by which `sums`; a part
    /// left open stays as printed, read under the first.
    static func amounts(_ printed: [String], column: Int?, of names: [String], by sums: String,
                        at location: SourceLocation, part: String, excerpt: String, notes: inout ReadingNotes) -> [String] {
        let lone = "本行只印出合计和一个与之相等的金额，空栏未印；"
        guard let column else {
            notes.uncertain(lone + "\(sums)不能确定它属于哪一栏，按“\(names[0])”栏读取", at: location, part: part, excerpt: excerpt)
            return printed
        }
        notes.repaired(lone + "按\(sums)，该金额属于“\(names[column])”栏", at: location, part: part, excerpt: excerpt)
        let total = printed[0]
        return [total] + names.indices.map { $0 == column ? total : "" }
    }

    private static func placements(_ parts: Int, _ count: Int) -> Int {
        (0..<count).reduce(1) { product, _ in product > placementLimit ? product : product * parts }
    }
}
