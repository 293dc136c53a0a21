import Classification
import Disclosure

/// Reads side-by-side economic panels from aligned text (`pdftotext -layout`) where each
/// printed row spreads over several lines — amount above, class code, then 款 and name below —
/// and blank lines separate the rows. Each band of lines between blank lines is one row; each
/// token belongs to the panel whose columns it stands in.
struct PanelBands {
    let catalogue: Catalogue
    let part: String

    /// Nil when the text is not laid out this way (no alignment, or no blank-line bands).
    /// `lines` are the region's lines, each with its words.
    func rows(_ lines: [(line: SourceText.Line, tokens: [SpacedToken])], notes: inout ReadingNotes) -> [SourceText.Line]? {
        func hasClassCode(_ tokens: [SpacedToken]) -> Bool { tokens.contains(where: \.isEconomicClass) }
        // Above a page's first class code stand only the title block and the header (人员经费,
        // 科目代码, 决算数), unless a line of figures sits above its row.
        var pagesWithCodes: Set<Int?> = []
        let tokenized = lines.filter { line, tokens in
            if hasClassCode(tokens) { pagesWithCodes.insert(line.page) }
            let trimmed = line.trimmed
            return !SpacedTableRows.isTitleLine(trimmed, tokens: tokens)
                && (pagesWithCodes.contains(line.page) || trimmed.isEmpty || tokens.contains(where: \.isAmount))
        }
        let aligned = tokenized.filter { $0.line.text.includes("    ") }.count * 2 > tokenized.filter { !$0.line.isBlank }.count
        guard aligned, tokenized.contains(where: \.line.isBlank) else { return nil }
        // Panels start where class codes stand; a panel's codes wander a few characters, so each
        // panel starts at the leftmost of its codes.
        var starts: [Int] = []
        for (_, tokens) in tokenized {
            for token in tokens where token.isEconomicClass {
                if let index = starts.firstIndex(where: { abs($0 - token.start) <= 8 }) {
                    starts[index] = min(starts[index], token.start)
                } else {
                    starts.append(token.start)
                }
            }
        }
        starts.sort()
        guard starts.count >= 2 else { return nil }
        // Bands end at blank lines, at page breaks, and where a second line of class codes
        // begins (a page break can swallow the blank line).
        var bands: [[(SourceText.Line, [SpacedToken])]] = [[]]
        for entry in tokenized {
            let current = bands[bands.count - 1]
            if entry.0.isBlank {
                if !current.isEmpty { bands.append([]) }
                continue
            }
            let newPage = current.last.map { $0.0.page != entry.0.page } ?? false
            // A line of figures alone stands above the row it belongs to.
            let figuresOnly = !entry.1.isEmpty && entry.1.allSatisfy(\.isAmount)
            if !current.isEmpty, newPage || figuresOnly || hasClassCode(entry.1) && current.contains(where: { hasClassCode($0.1) }) {
                bands.append([])
            }
            bands[bands.count - 1].append(entry)
        }
        var rows: [SourceText.Line] = []
        for band in bands where !band.isEmpty {
            guard let first = band.first?.0 else { continue }
            var cells: [String] = []
            var sawCode = false
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] - 2 : Int.max
                let tokens = band.flatMap { $0.1 }.filter { $0.start >= (index == 0 ? Int.min : start - 2) && $0.start < end }
                cells += panel(tokens, at: first, notes: &notes, sawCode: &sawCode)
            }
            guard sawCode else { continue }
            var row = first
            row.cells = cells
            rows.append(row)
        }
        return rows.isEmpty ? nil : rows
    }

    /// One panel of one band: a class code and its 款 (which may stand on another line), the
    /// name's words in reading order, and the amount; or a 合计 label with its amount.
    private func panel(_ tokens: [SpacedToken], at line: SourceText.Line, notes: inout ReadingNotes, sawCode: inout Bool) -> [String] {
        let amounts = tokens.filter(\.isAmount)
        let amount = amounts.first?.text ?? ""
        if amounts.count > 1 {
            notes.unplaced("同一科目格内有多个金额，只取第一个", at: line.location, part: part, excerpt: amounts.map(\.text).joined(separator: " "))
        }
        if let total = tokens.first(where: { $0.text.hasByteSuffix("合计") }) {
            sawCode = true
            return [total.text, "", amount]
        }
        guard let classToken = tokens.first(where: \.isEconomicClass) else {
            return ["", "", amount]
        }
        sawCode = true
        var digits = classToken.text
        if digits.count == 3, let section = tokens.first(where: { $0.text.count == 2 && $0.isCodePiece }) { digits += section.text }
        let name = tokens.filter { !$0.isAmount && !$0.isCodePiece }.map(\.text).joined()
        guard let code = EconomicCode(digits) else { return ["", name, amount] }
        let known = catalogue.economic(code)?.name
        if let known, name != known, catalogue.names(of: code).allSatisfy({ $0.name != name }), known.hasBytePrefix(name) || name.isEmpty {
            notes.repaired("科目\(digits)的名称提取不完整（“\(name)”），按分类目录补全为“\(known)”", at: line.location, part: part, excerpt: name)
            return [digits, known, amount]
        }
        return [digits, name, amount]
    }
}
