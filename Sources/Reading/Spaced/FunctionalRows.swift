import Classification
import Disclosure

/// Reassembles the rows of a functional-code table from spaced text: a code, its name (which
/// may wrap or be garbled), and its amounts, which may stand on the next line.
struct FunctionalRows {
    let catalogue: Catalogue
    let part: String
    /// The columns after the total (`FunctionalTableReader.partColumns`), for placing lone parts
    /// in text that lost its alignment; nil where rows do not lead with their total.
    let partColumns: [String]?

    /// A row being assembled.
    private struct Assembly {
        var line: SourceText.Line
        /// The code as printed, and as read.
        var code: (text: String, parsed: FunctionalCode)?
        var name: String
        var amounts: [SpacedToken]
        /// The name came from more than one line, or not at all: it may need the catalogue.
        var nameIsSuspect: Bool
    }

    func rows(_ body: [(line: SourceText.Line, tokens: [SpacedToken])], notes: inout ReadingNotes) -> [SourceText.Line] {
        var headerTokens: [SpacedToken] = []
        var assembled: [Assembly] = []
        var pending: Assembly?
        var orphanAmounts: [SpacedToken] = []
        func finish() {
            if let row = pending { assembled.append(row) }
            pending = nil
        }
        for (line, tokens) in body {
            let amounts = tokens.filter(\.isAmount)
            let words = tokens.filter { !$0.isAmount }
            let codeIndex = words.firstIndex { $0.functionalCode != nil }
            let totalIndex = words.firstIndex { LabelText.isTotal($0.text) }
            if let codeIndex, let code = words[codeIndex].functionalCode {
                finish()
                let name = words[(codeIndex + 1)...].map(\.text).joined()
                // `pdftotext -layout` may set some of a row's amounts on the line above it.
                if !orphanAmounts.isEmpty {
                    notes.repaired("本行的部分金额被提取到上一行，已合并", at: line.location, part: part,
                                   excerpt: orphanAmounts.map(\.text).joined(separator: " "))
                }
                let row = Assembly(line: line, code: (words[codeIndex].text, code), name: name, amounts: orphanAmounts + amounts, nameIsSuspect: name.isEmpty)
                orphanAmounts = []
                pending = row
                if !row.amounts.isEmpty { finish() }
            } else if totalIndex != nil, !amounts.isEmpty || !orphanAmounts.isEmpty {
                finish()
                if !orphanAmounts.isEmpty, !amounts.isEmpty {
                    notes.repaired("合计行的部分金额被提取到上一行，已合并", at: line.location, part: part,
                                   excerpt: orphanAmounts.map(\.text).joined(separator: " "))
                }
                pending = Assembly(line: line, code: nil, name: "合计", amounts: orphanAmounts + amounts, nameIsSuspect: false)
                orphanAmounts = []
                finish()
            } else if totalIndex != nil, words.count == 1 {
                // A 合计 printed blank, or with its amounts on the next line.
                finish()
                pending = Assembly(line: line, code: nil, name: "合计", amounts: [], nameIsSuspect: false)
            } else if var row = pending, row.amounts.isEmpty, !amounts.isEmpty, !words.isEmpty {
                // The name wrapped, and its amounts stand on the line of its last words.
                row.name += words.map(\.text).joined()
                row.nameIsSuspect = true
                row.amounts = amounts
                pending = row
                finish()
            } else if !amounts.isEmpty, words.isEmpty {
                if var row = pending, row.amounts.isEmpty {
                    row.amounts = amounts
                    pending = row
                    finish()
                } else {
                    finish()
                    orphanAmounts += amounts  // amounts printed above their row's label
                }
            } else if !words.isEmpty, amounts.isEmpty {
                if var row = pending {
                    row.name += words.map(\.text).joined()
                    row.nameIsSuspect = true
                    pending = row
                } else if assembled.isEmpty {
                    headerTokens += words
                } else if var last = assembled.popLast() {
                    // A wrapped name continues below its row.
                    last.name += words.map(\.text).joined()
                    last.nameIsSuspect = true
                    assembled.append(last)
                    notes.repaired("科目名称折行，已与上一行合并", at: line.location, part: part, excerpt: line.trimmed)
                }
            } else {
                notes.unplaced("无法归入任何科目行的文字", at: line.location, part: part, excerpt: line.trimmed)
            }
        }
        finish()
        // Only text that keeps the page's alignment (runs of spaces) has columns to find.
        let aligned = assembled.filter { $0.line.text.includes("   ") }.count * 2 > assembled.count
        // A table printed without figures still numbers its columns on the 栏次 line.
        let amounts = assembled.flatMap(\.amounts)
        let anchors = amounts.isEmpty ? headerTokens.filter { Int($0.text).map { (1...20).contains($0) } ?? false } : amounts
        let columns = aligned ? ColumnGeometry(header: headerTokens, amounts: anchors) : nil
        var rows: [SourceText.Line] = []
        if let columns, var header = assembled.first?.line {
            header.cells = ["", ""] + columns.headers
            rows.append(header)
        }
        let loneParts = columns == nil ? partColumns.map { loneColumns(assembled, names: $0) } : nil
        for (index, row) in assembled.enumerated() {
            let name = repairedName(row, notes: &notes)
            var cells = [row.code?.text ?? "合计", row.code == nil ? "" : name]
            if let loneParts, let placed = loneParts.columns[index] {
                cells += LoneParts.amounts(row.amounts.map(\.text), column: placed, of: loneParts.names, by: "上下级科目之和",
                                           at: row.line.location, part: part, excerpt: row.line.trimmed, notes: &notes)
            } else if let columns {
                var placed = Array(repeating: "", count: columns.headers.count)
                for amount in row.amounts {
                    let column = columns.column(of: amount)
                    if placed[column].isEmpty { placed[column] = amount.text } else {
                        notes.uncertain("两个金额落在同一栏，按顺序读取", at: row.line.location, part: part, excerpt: row.line.trimmed)
                        placed = row.amounts.map(\.text)
                        break
                    }
                }
                cells += placed
            } else {
                cells += row.amounts.map(\.text)
            }
            var line = row.line
            line.cells = cells
            rows.append(line)
        }
        return rows
    }

    /// The part columns the widest rows fill, and where among them the lone parts of rows
    /// printed without their blank cells go, by the sums of the code hierarchy: under the 合计 row
    /// the 类, under each 类 its 款, under each 款 its 项.
    private func loneColumns(_ assembled: [Assembly], names: [String]) -> (names: [String], columns: [Int: Int?]) {
        let names = Array(names.prefix(max(0, (assembled.lazy.map { $0.amounts.count }.max() ?? 0) - 1)))
        // Most tables print every cell, zeros included: without a row of two figures there is
        // nothing to place, and no hierarchy to build.
        guard assembled.contains(where: { $0.amounts.count == 2 }) else { return (names, [:]) }
        let rows = assembled.map { LoneParts.Row(amounts: $0.amounts.map { Amount(parsing: $0.text) }) }
        // Each code row's parent: the row of the code above it, or the first 合计 for a 类.
        let codes = assembled.map { $0.code?.parsed }
        let total = codes.firstIndex { $0 == nil }
        var rowOf: [FunctionalCode: Int] = [:]
        for (index, code) in codes.enumerated() { if let code, rowOf[code] == nil { rowOf[code] = index } }
        var children: [Int: [Int]] = [:]
        for (index, code) in codes.enumerated() {
            guard let code, let parent = code.parent.map({ rowOf[$0] }) ?? total else { continue }
            children[parent, default: []].append(index)
        }
        let groups = children.keys.sorted().map { LoneParts.Group(parent: $0, children: children[$0]!) }
        return (names, LoneParts(parts: names.count).columns(of: rows, groups: groups))
    }

    /// A name that wrapped, was cut short or was interleaved with its neighbour is replaced by
    /// the catalogue's, with a note quoting what was printed.
    private func repairedName(_ row: Assembly, notes: inout ReadingNotes) -> String {
        guard let code = row.code, let entry = catalogue.functional(code.parsed) else { return row.name }
        let known = catalogue.names(of: code.parsed).map(\.name)
        if known.contains(row.name) { return row.name }
        let truncated = !row.name.isEmpty && entry.name.hasBytePrefix(row.name)
        if row.nameIsSuspect || truncated {
            notes.repaired("科目\(code.text)的名称提取不完整或错乱（“\(row.name)”），按分类目录补全为“\(entry.name)”", at: row.line.location, part: part, excerpt: row.name)
            return entry.name
        }
        return row.name
    }
}

/// Columns of a table whose text keeps the page's alignment: each header word stands over its
/// column, and each amount belongs to the column whose header it stands under.
struct ColumnGeometry {
    /// Each column's header words, joined top to bottom.
    var headers: [String]
    /// Each column's band: from halfway to the header on its left to halfway to the one on its
    /// right. Figures are right-aligned or centred in cells wider than their header words, so a
    /// figure need not overlap its header; it still stands nearer to it than to any other.
    private var bands: [(start: Int, end: Int)]

    /// Nil when the header gives no columns or some amount stands under none of them.
    init?(header: [SpacedToken], amounts: [SpacedToken]) {
        guard let leftmost = amounts.map(\.start).min() else { return nil }
        // Words left of every amount label the rows (项目, 科目名称), not a column.
        let columnWords = header.filter { $0.end > leftmost - 2 }
        // Header words stacked in one column overlap horizontally (`本年支出合` over `计`).
        var clusters: [(start: Int, end: Int, words: [SpacedToken])] = []
        for word in columnWords.sorted(by: { $0.start < $1.start }) {
            if let last = clusters.last, word.start <= last.end + 1 {
                clusters[clusters.count - 1].end = max(last.end, word.end)
                clusters[clusters.count - 1].words.append(word)
            } else {
                clusters.append((word.start, word.end, [word]))
            }
        }
        // The words were sorted by position, not line: restore the top-to-bottom order.
        let order = Dictionary(columnWords.enumerated().map { ($0.element.text + "@\($0.element.start)", $0.offset) }, uniquingKeysWith: { first, _ in first })
        headers = clusters.map { cluster in
            cluster.words.sorted { (order[$0.text + "@\($0.start)"] ?? 0) < (order[$1.text + "@\($1.start)"] ?? 0) }.map(\.text).joined()
        }
        guard clusters.count >= 2 else { return nil }
        let boundaries = zip(clusters, clusters.dropFirst()).map { ($0.end + $1.start) / 2 }
        let first = clusters[0], last = clusters[clusters.count - 1]
        let edges = [first.start - (boundaries[0] - first.end)] + boundaries + [last.end + (last.start - boundaries[boundaries.count - 1])]
        bands = zip(edges, edges.dropFirst()).map { ($0, $1) }
        guard amounts.allSatisfy({ amount in bands.contains { $0.start <= amount.center && amount.center < $0.end } }) else { return nil }
    }

    /// The column whose band holds the amount's centre.
    func column(of amount: SpacedToken) -> Int {
        bands.firstIndex { $0.start <= amount.center && amount.center < $0.end } ?? 0
    }
}
