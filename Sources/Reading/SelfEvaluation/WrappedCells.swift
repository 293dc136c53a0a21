/// Joins back the cells of a PDF's 自评表 whose text wrapped onto the lines below: a merged
/// level cell (`产出指` over `标`), a long indicator name, a goal paragraph. A PDF's words keep
/// their place on the page, so a wrapped piece stands under the cell it continues.
///
/// A line is a continuation when it stands as close below the line above as the lines of one
/// cell do (rows have padding between them), holds no number, and every word stands under an
/// open cell of the line above: one that does not end a sentence and is not already a whole
/// label or heading.
enum WrappedCells {
    static func joined(_ lines: ArraySlice<SourceText.Line>) -> ArraySlice<SourceText.Line> {
        // Fields read in place: copying each line would retain all its text.
        let gaps = lines.indices.dropFirst().compactMap { index -> Double? in
            guard let top = lines[index - 1].depth, let bottom = lines[index].depth, bottom > top,
                  lines[index - 1].page == lines[index].page else { return nil }
            return bottom - top
        }
        // Two spacings: the lines of a cell, and rows (the cell's lines plus padding). Gaps of
        // more than three cell lines are section breaks. Without two distinct spacings no cell wrapped.
        guard let cellSpacing = gaps.min(), let rowSpacing = gaps.filter({ $0 <= cellSpacing * 3 }).max(),
              rowSpacing >= cellSpacing * 1.6 else { return lines }
        let threshold = (cellSpacing + rowSpacing) / 2
        var result: [SourceText.Line] = []
        for line in lines {
            if let above = result.last, above.page == line.page, let top = above.depth, let bottom = line.depth,
               bottom - top < threshold, let aboveWords = above.words, let words = line.words,
               let merged = merge(words, under: aboveWords) {
                var joined = above
                joined.words = merged
                joined.text = merged.map(\.text).joined(separator: "  ")
                joined.cells = [joined.text]
                joined.depth = line.depth
                result[result.count - 1] = joined
            } else {
                result.append(line)
            }
        }
        return result[...]
    }

    /// The line above with each of `words` appended to the cell it stands under; nil when the
    /// line is not a continuation.
    private static func merge(_ words: [SpacedToken], under above: [SpacedToken]) -> [SpacedToken]? {
        guard !words.isEmpty, !words.contains(where: { SelfEvaluationCells.plainNumber($0.text) != nil }) else { return nil }
        var merged = above
        for word in words {
            guard let index = merged.firstIndex(where: { min($0.end, word.end) > max($0.start, word.start) }),
                  isOpen(merged[index].text) else { return nil }
            merged[index].text += word.text
            merged[index].end = max(merged[index].end, word.end)
        }
        return merged
    }

    private static func isOpen(_ cell: String) -> Bool {
        let word = SelfEvaluationCells.word(cell)
        return !word.text.isEmpty && !"。！？；".contains(word.text.last ?? "。")
            && !SelfEvaluationCells.isAnalysisHeading(word) && !SelfEvaluationCells.isLevelOrOuterLabel(word)
            && SelfEvaluationCells.plainNumber(cell) == nil
    }
}
