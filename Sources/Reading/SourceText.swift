import Disclosure

/// A document as lines, each with its 1-based line number and page, so that every note and
/// finding can say where it is. Each line also holds its table cells, however the source
/// separates them (tabs in the seed's text; geometry in a PDF), so table readers need not know.
struct SourceText: Sendable {
    struct Line: Sendable {
        /// 1-based line number in the file (or row of a sheet).
        var number: Int
        /// 1-based page, counting form feeds; nil when the text has none.
        var page: Int?
        /// The raw line without its line break.
        var text: String
        /// The line's cells in column order, blank cells included, each trimmed of spaces.
        var cells: [String]
        /// The worksheet a row comes from, for workbooks.
        var sheet: String?
        /// Words with their true horizontal extent, for PDFs read by coordinates; text sources
        /// derive them from character positions instead.
        var words: [SpacedToken]?

        /// The line's number on its page, for PDFs, where a page and a line on it is what a
        /// reader can find.
        var lineOnPage: Int?
        /// Where the line stands down its page, in points, for PDFs: lines of one wrapped cell
        /// stand closer together than rows do.
        var depth: Double?

        /// The line's words with their spans: measured ones when the source has them.
        var spacedTokens: [SpacedToken] { words ?? SpacedToken.tokens(of: text) }

        /// A line of tab-separated text: `bytes` of `source`'s UTF-8.
        fileprivate init(number: Int, page: Int?, bytes: Slice<UnsafeBufferPointer<UInt8>>, of source: String) {
            let text = SourceText.string(bytes, of: source)
            // Cells are cut straight into an array of their count: `split` would grow an array
            // of slices cell by cell, several allocations a line.
            var cells: [String] = []
            cells.reserveCapacity(bytes.count(where: { $0 == UInt8(ascii: "\t") }) + 1)
            var start = bytes.startIndex
            while true {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\t")) ?? bytes.endIndex
                let trimmed = SourceText.trimmingSpaces(bytes[start..<end])
                // A line that is one cell with nothing to trim (most prose) shares its text's copy.
                cells.append(trimmed.count == bytes.count ? text : SourceText.string(trimmed, of: source))
                guard end < bytes.endIndex else { break }
                start = end + 1
            }
            self.init(number: number, page: page, text: text, cells: cells)
        }

        init(number: Int, page: Int?, text: String, cells: [String], sheet: String? = nil) {
            self.number = number
            self.page = page
            self.text = text
            self.cells = cells
            self.sheet = sheet
        }

        /// More than one cell: a table row (or a table of contents entry), not prose.
        var isTabbed: Bool { cells.count > 1 }
        /// The line's text when it holds one cell only (a title followed by stray tabs).
        var soleCell: String? {
            var sole: String?
            for cell in cells where !cell.isEmpty {
                guard sole == nil else { return nil }
                sole = cell
            }
            return sole
        }
        var trimmed: String { text.trimmingSpaces() }
        var isBlank: Bool { trimmed.isEmpty }
        /// Line 0 stands for a line the source does not have (a title taken from a sheet name).
        var location: SourceLocation { SourceLocation(line: lineOnPage ?? (number > 0 ? number : nil), page: page, sheet: sheet) }
    }

    var lines: [Line]

    init(lines: [Line]) {
        self.lines = lines
    }

    /// Tab-separated text; form feeds start pages. Lines and cells are cut from the UTF-8
    /// bytes: every separator is one byte, and breaking a whole document into characters, or
    /// even scalars, cost more than reading its tables. Blocks of lines are cut on all cores
    /// at once, each starting on the page that the form feeds before it reach.
    init(_ text: String) {
        let formFeed = UInt8(0x0C)
        var utf8 = text
        lines = utf8.withUTF8 { bytes in
            nonisolated(unsafe) let bytes = bytes
            let hasPages = bytes.contains(formFeed)
            nonisolated(unsafe) let raws = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            // Each block with the page it starts on, counting the form feeds before it in one pass.
            var blocks: [(lines: Range<Int>, page: Int)] = []
            var page = 1, counted = 0
            for first in stride(from: 0, to: raws.count, by: Self.linesPerBlock) {
                let start = raws[first].startIndex
                if hasPages { page += bytes[counted..<start].count(where: { $0 == formFeed }) }
                counted = start
                blocks.append((first..<min(first + Self.linesPerBlock, raws.count), page))
            }
            let cut = blocks.concurrentMap { block, firstPage -> [Line] in
                var page = firstPage
                var result: [Line] = []
                result.reserveCapacity(block.count)
                for index in block {
                    let number = index + 1
                    let raw = raws[index]
                    var line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
                    // A form feed starts a new page; pdf text puts it at the start of the page's first line.
                    while hasPages, let feed = line.firstIndex(of: formFeed) {
                        let before = line[..<feed]
                        if !SourceText.trimmingSpaces(before).isEmpty {
                            result.append(Line(number: number, page: page, bytes: before, of: text))
                        }
                        page += 1
                        line = line[(feed + 1)...]
                    }
                    result.append(Line(number: number, page: hasPages ? page : nil, bytes: line, of: text))
                }
                return result
            }
            return cut.count == 1 ? cut[0] : Array(cut.joined())
        }
    }

    /// Enough lines that handing a block to another core costs little beside cutting it.
    private static let linesPerBlock = 512

    /// `bytes` without the spaces `String.trimmingSpaces` drops at either end (ASCII ones, U+00A0,
    /// U+3000), trimmed before a cell becomes a `String` so that it is copied once, not twice.
    private static func trimmingSpaces(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = bytes.startIndex, end = bytes.endIndex
        let base = bytes.base
        // Lengths of the space that starts at `index` or ends before it; 0 when there is none.
        func spaceLength(from index: Int) -> Int {
            switch base[index] {
            case 0x20, 0x09, 0x0D, 0x0A: return 1
            case 0xC2 where index + 1 < end && base[index + 1] == 0xA0: return 2
            case 0xE3 where index + 2 < end && base[index + 1] == 0x80 && base[index + 2] == 0x80: return 3
            default: return 0
            }
        }
        func spaceLength(before index: Int) -> Int {
            switch base[index - 1] {
            case 0x20, 0x09, 0x0D, 0x0A: return 1
            case 0xA0 where index - 2 >= start && base[index - 2] == 0xC2: return 2
            case 0x80 where index - 3 >= start && base[index - 2] == 0x80 && base[index - 3] == 0xE3: return 3
            default: return 0
            }
        }
        while start < end {
            let length = spaceLength(from: start)
            guard length > 0 else { break }
            start += length
        }
        while start < end {
            let length = spaceLength(before: end)
            guard length > 0 else { break }
            end -= length
        }
        return base[start..<end]
    }

    /// The text of `bytes`, a run of `source`'s UTF-8 cut at ASCII separators. A longer one is
    /// copied from `source` itself, as decoding the bytes again would check UTF-8 known to be
    /// valid; a short one (most cells: 15 bytes fit in a small string) is decoded, its few
    /// bytes costing less to check than a substring's hold on `source` does.
    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, of source: String) -> String {
        // Most cells of a table are blank.
        guard !bytes.isEmpty else { return "" }
        if bytes.count <= 15 { return String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self) }
        let utf8 = source.utf8
        return String(source[utf8.index(utf8.startIndex, offsetBy: bytes.startIndex)..<utf8.index(utf8.startIndex, offsetBy: bytes.endIndex)])
    }
}
