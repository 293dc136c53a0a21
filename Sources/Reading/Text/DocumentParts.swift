import Classification
import Disclosure

/// The five parts of a disclosure (概况, 决算表, 情况说明, 名词解释, 附件) and the tables in it,
/// found by what the headings say rather than by line numbers.
struct DocumentParts {
    enum Part: CaseIterable {
        case overview, tables, narrative, glossary, attachments
    }

    /// A table's lines, from its title to the next title or part heading.
    struct TableRegion {
        var kind: TableKind
        var title: String
        var titleLine: SourceText.Line
        var lines: [SourceText.Line]

        /// How many lines look like table rows: tabbed, or holding a printed amount. A table of
        /// contents names the table too, but has none.
        var rowCount: Int {
            lines.indices.count { index in
                lines[index].isTabbed ? !lines[index].cells.allSatisfy(\.isEmpty) : lines[index].spacedTokens.contains(where: \.isAmount)
            }
        }
    }

    /// Lines of each part, headings excluded; a part the document lacks is absent.
    var parts: [Part: [SourceText.Line]] = [:]
    /// Line of each part's heading.
    var headings: [Part: SourceText.Line] = [:]
    /// The chosen region of each table kind.
    var tables: [TableKind: TableRegion] = [:]
    /// Lines before the first part heading: cover and table of contents.
    var front: [SourceText.Line] = []

    init(_ text: SourceText) {
        let lines = text.lines
        // Part headings. The table of contents repeats them, so the last occurrence of each wins.
        // By index, here and below: iterating the lines copies each, with its text and cells.
        var headingIndex: [Part: Int] = [:]
        for index in lines.indices where !lines[index].isTabbed {
            if let part = DocumentParts.part(ofHeading: lines[index].text) { headingIndex[part] = index }
        }
        let ordered = headingIndex.sorted { $0.value < $1.value }
        for (position, entry) in ordered.enumerated() {
            let end = position + 1 < ordered.count ? ordered[position + 1].value : lines.count
            var start = entry.value + 1
            // A heading broken over two lines ("…情况说" / "明") leaves its tail behind.
            if start < end, lines[start].trimmed.count <= 2, !lines[start].isTabbed, !lines[start].trimmed.isEmpty { start += 1 }
            parts[entry.key] = Array(lines[start..<end])
            headings[entry.key] = lines[entry.value]
        }
        front = Array(lines[..<(ordered.first?.value ?? 0)])
        // Titles in the cover and table of contents name tables without holding them.
        tables = DocumentParts.tableRegions(in: lines, partStarts: Set(headingIndex.values), from: ordered.first?.value ?? 0)
        // Where a region prints no 决算表 heading, the tables follow the 概况 directly.
        if let overview = parts[.overview], let firstTable = tables.values.map(\.titleLine.number).min() {
            parts[.overview] = overview.filter { $0.number < firstTable || $0.number > (headings[.overview]?.number ?? 0) && $0.number < firstTable }
        }
    }

    /// `第二部分 2024年部门决算表` → `.tables`.
    static func part(ofHeading text: String) -> Part? {
        // Most lines are no heading, which their first printed scalar shows before any is copied.
        guard text.unicodeScalars.first(where: { !PrintedName.isSpace($0) && !TableTitles.isIgnored($0) }) == "第" else { return nil }
        let compact = TableTitles.normalise(text.trimmingSpaces())
        guard compact.hasBytePrefix("第"), let partIndex = compact.firstIndex(of: "部"), compact[partIndex...].hasPrefix("部分") else { return nil }
        let numeral = compact[compact.index(after: compact.startIndex)..<partIndex]
        guard !numeral.isEmpty, numeral.allSatisfy({ "一二三四五六七八九十".contains($0) }) else { return nil }
        // A table-of-contents line ends with its page number.
        if let last = compact.last, last.isNumber, !compact.hasSuffix("年") { return nil }
        let title = String(compact[partIndex...])
        if title.includes("概况") { return .overview }
        if title.includes("决算表") { return .tables }
        if title.includes("情况") || title.includes("说明") { return .narrative }
        if title.includes("名词解释") { return .glossary }
        if title.includes("附件") || title.includes("附表") { return .attachments }
        return nil
    }

    /// Every titled table region; where a title occurs more than once (a table of contents,
    /// a narrative that names the table), the occurrence with the most rows wins, and the later
    /// one on a tie: a table of contents comes first.
    private static func tableRegions(in lines: [SourceText.Line], partStarts: Set<Int>, from first: Int) -> [TableKind: TableRegion] {
        var titles: [(index: Int, kind: TableKind, title: String)] = []
        for index in lines.indices where index >= first {
            if let text = lines[index].soleCell, let match = TableTitles.kind(ofTitleLine: text) { titles.append((index, match.kind, match.title)) }
        }
        var regions: [TableKind: (region: TableRegion, rowCount: Int)] = [:]
        for (position, title) in titles.enumerated() {
            var end = position + 1 < titles.count ? titles[position + 1].index : lines.count
            if let partStart = partStarts.filter({ $0 > title.index && $0 < end }).min() { end = partStart }
            let region = TableRegion(kind: title.kind, title: title.title, titleLine: lines[title.index],
                                     lines: lines[(title.index + 1)..<end].map(\.withSpacedTokens))
            let rowCount = region.rowCount
            if let existing = regions[title.kind], existing.rowCount > rowCount { continue }
            regions[title.kind] = (region, rowCount)
        }
        return regions.mapValues(\.region)
    }
}
