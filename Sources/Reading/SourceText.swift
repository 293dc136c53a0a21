import Foundation
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
        /// derive them from character positions instead, as `spacedTokens` or once for a line
        /// of a table (`withSpacedTokens`).
        var words: [SpacedToken]?

        /// The line's number on its page, for PDFs, where a page and a line on it is what a
        /// reader can find.
        var lineOnPage: Int?
        /// Where the line stands down its page, in points, for PDFs: lines of one wrapped cell
        /// stand closer together than rows do.
        var depth: Double?

        /// The line's words with their spans: measured ones when the source has them.
        var spacedTokens: [SpacedToken] { words ?? SpacedToken.tokens(of: text) }

        /// The line with its words worked out and kept, for a line of a table, which is asked
        /// for them when its region's rows are counted and again when they are read.
        var withSpacedTokens: Line {
            guard words == nil, !isTabbed else { return self }
            var line = self
            line.words = SpacedToken.tokens(of: text)
            return line
        }

        /// A line of tab-separated text from `bytes`, a piece of the source known to be UTF-8.
        fileprivate init(number: Int, page: Int?, bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            let text = SourceText.string(bytes)
            // Cells are cut straight into an array of their count: `split` would grow an array
            // of slices cell by cell, several allocations a line.
            var cells: [String] = []
            cells.reserveCapacity(UnsafeBufferPointer(rebasing: bytes).count(where: { $0 == UInt8(ascii: "\t") }) + 1)
            var start = bytes.startIndex
            while true {
                let end = SourceText.offset(of: UInt8(ascii: "\t"), in: bytes[start...]) ?? bytes.endIndex
                let trimmed = SourceText.trimmingSpaces(bytes[start..<end])
                // A line that is one cell with nothing to trim (most prose) shares its text's copy.
                cells.append(trimmed.count == bytes.count ? text : SourceText.string(trimmed))
                guard end < bytes.endIndex else { break }
                start = end + 1
            }
            // Stored field by field: delegating to the memberwise initializer copied the line.
            self.number = number
            self.page = page
            self.text = text
            self.cells = cells
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

    /// Tab-separated text; form feeds start pages.
    init(_ text: String) {
        // A `String` is valid UTF-8, so its lines are copied without checking them again.
        self = text.withUTF8Bytes { try! SourceText(utf8: $0, validating: false) }
    }

    /// The first line of a file that is not UTF-8.
    struct NotUTF8: Error {
        let line: Int
    }

    /// The text of a file. Each line is checked as it is cut, on all cores at once: checking the
    /// whole text first, on one core, took as long as cutting it into lines.
    init(utf8 data: Data) throws(NotUTF8) {
        let source = data.withUnsafeBytes { bytes in
            Result { () throws(NotUTF8) in try SourceText(utf8: bytes.bindMemory(to: UInt8.self), validating: true) }
        }
        self = try source.get()
    }

    /// Lines and cells are cut from the UTF-8 bytes: every separator is one byte, and breaking a
    /// whole document into characters, or even scalars, cost more than reading its tables.
    /// Blocks of lines are cut on all cores at once, each into its own place in the document's
    /// array: joining blocks cut apart copied every line once more, on one core. A leading
    /// byte-order mark is not text. Every byte between the lines and cells is a separator or a
    /// space of one, two or three bytes, so the text is UTF-8 when each line is.
    private init(utf8 whole: UnsafeBufferPointer<UInt8>, validating: Bool) throws(NotUTF8) {
        nonisolated(unsafe) let bytes = whole.starts(with: Self.byteOrderMark) ? UnsafeBufferPointer(rebasing: whole[Self.byteOrderMark.count...]) : whole
        let hasPages = Self.offset(of: Self.formFeed, in: bytes[...]) != nil
        let raws = Self.lineRanges(in: bytes)
        // Each block with the page it starts on and where its lines go, found in one pass
        // that only looks for form feeds.
        var blocks: [(raws: Range<Int>, page: Int, firstLine: Int)] = []
        var page = 1, count = 0
        for first in stride(from: 0, to: raws.count, by: Self.linesPerBlock) {
            let block = first..<min(first + Self.linesPerBlock, raws.count)
            blocks.append((block, page, count))
            guard hasPages else { count += block.count; continue }
            for index in block { page = Self.pieces(of: bytes[raws[index]], page: page, hasPages: true) { _, _ in count += 1 } }
        }
        var notUTF8: Int?
        lines = [Line](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let buffer = buffer
            notUTF8 = blocks.concurrentMap { block in
                var next = buffer.baseAddress! + block.firstLine
                var page = block.page
                var notUTF8: Int?
                for index in block.raws {
                    page = Self.pieces(of: bytes[raws[index]], page: page, hasPages: hasPages) { piece, page in
                        if validating && !Self.isUTF8(piece) {
                            // The array is filled all the same: a refused text is let go whole.
                            notUTF8 = notUTF8 ?? index + 1
                            next.initialize(to: Line(number: index + 1, page: nil, text: "", cells: [""]))
                        } else {
                            next.initialize(to: Line(number: index + 1, page: hasPages ? page : nil, bytes: piece))
                        }
                        next += 1
                    }
                }
                return notUTF8
            }.lazy.compactMap { $0 }.first
            initialized = count
        }
        if let line = notUTF8 { throw NotUTF8(line: line) }
    }

    /// Whether `bytes` are UTF-8, checked where they lie, without a copy.
    private static func isUTF8(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        (try? UTF8Span(validating: UnsafeBufferPointer(rebasing: bytes).span)) != nil
    }

    /// Where each line of `bytes` stands, line breaks left out. memchr finds each break many
    /// bytes at a time.
    private static func lineRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start <= bytes.count {
            let end = offset(of: UInt8(ascii: "\n"), in: bytes[start...]) ?? bytes.count
            ranges.append(start..<end)
            start = end + 1
        }
        return ranges
    }

    /// Where `byte` first stands in `bytes`, found by `memchr`.
    fileprivate static func offset(of byte: UInt8, in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard let base = bytes.base.baseAddress, !bytes.isEmpty,
              let found = memchr(base + bytes.startIndex, Int32(byte), bytes.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static let formFeed = UInt8(0x0C)

    /// Hands `body` each piece of the raw line `raw` that is a line of its own, with its page,
    /// and returns the page that the next line starts on. Where the text `hasPages`, a form
    /// feed starts a new page (pdf text puts it at the start of the page's first line); a piece
    /// before one is a line only when it holds more than spaces.
    private static func pieces(of raw: Slice<UnsafeBufferPointer<UInt8>>, page: Int, hasPages: Bool,
                               _ body: (Slice<UnsafeBufferPointer<UInt8>>, Int) -> Void) -> Int {
        var line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
        var page = page
        while hasPages, let feed = line.firstIndex(of: formFeed) {
            let before = line[..<feed]
            if !trimmingSpaces(before).isEmpty { body(before, page) }
            page += 1
            line = line[(feed + 1)...]
        }
        body(line, page)
        return page
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

    /// The text of `bytes`, a piece of a checked line. Slicing the source instead would copy as
    /// little, but every slice retains and releases the one source string, and blocks cut on
    /// several cores at once then contend for its reference count.
    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(knownUTF8: UnsafeBufferPointer(rebasing: bytes))
    }

    /// Bytes some editors put before a text, which are not part of it.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
