import Disclosure

/// A text document as lines, each with its 1-based line number and page, so that every
/// note and finding can say where it is.
struct SourceText: Sendable {
    struct Line: Sendable {
        /// 1-based line number in the file.
        var number: Int
        /// 1-based page, counting form feeds; nil when the text has none.
        var page: Int?
        /// The raw line without its line break.
        var text: String

        /// The tab-separated cells, each trimmed of spaces.
        var cells: [String] { text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() } }
        var isTabbed: Bool { text.contains("\t") }
        /// The line's text when it holds one cell only (a title followed by stray tabs).
        var soleCell: String? {
            let filled = cells.filter { !$0.isEmpty }
            return filled.count == 1 ? filled[0] : nil
        }
        var trimmed: String { text.trimmingSpaces() }
        var isBlank: Bool { trimmed.isEmpty }
        var location: SourceLocation { SourceLocation(line: number, page: page) }
    }

    var lines: [Line]

    init(_ text: String) {
        let hasPages = text.contains("\u{0C}")
        var page = 1
        var result: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            // A form feed starts a new page; pdf text puts it at the start of the page's first line.
            while let feed = line.firstIndex(of: "\u{0C}") {
                let before = line[..<feed]
                if !String(before).trimmingSpaces().isEmpty {
                    result.append(Line(number: number, page: hasPages ? page : nil, text: String(before)))
                }
                page += 1
                line = line[line.index(after: feed)...]
            }
            result.append(Line(number: number, page: hasPages ? page : nil, text: String(line)))
        }
        lines = result
    }
}
