/// Lines of a PDF rebuilt from the words `pdftotext -tsv` places on each page.
///
/// Table cells of one row are not always on one baseline (figures are centred in taller cells
/// than labels), and each page has its own horizontal scale, so neither the plain nor the
/// `-layout` text keeps a table's columns across pages. Words are grouped into lines by their
/// vertical centre, set out by their horizontal position, and keep their measured extent in
/// points, so columns can be found from geometry on every page alike.
enum PDFLayout {
    struct Word {
        var page: Int
        var left: Double
        var top: Double
        var width: Double
        var height: Double
        var text: String

        var middle: Double { top + height / 2 }
    }

    /// Words closer than this vertically (points) stand on one line.
    static let lineTolerance = 6.0
    /// Points per character when a line's words are set out as text.
    static let pointsPerCharacter = 3.0

    /// Parses `pdftotext -tsv` output: the word rows (level 5) with their boxes.
    /// Split by UTF-8 bytes (tabs and line feeds are ASCII), in place: a page's TSV is long, and
    /// breaking it into characters, or even into a string per field, cost more than placing its
    /// words.
    static func words(fromTSV tsv: String) -> [Word] {
        tsv.withUTF8Bytes { bytes in
            var result: [Word] = []
            var fieldStarts: [Int] = []
            var sawHeader = false
            var rowStart = 0
            while rowStart < bytes.count {
                let rowEnd = bytes[rowStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                defer { rowStart = rowEnd + 1 }
                guard rowEnd > rowStart else { continue }
                guard sawHeader else {
                    sawHeader = true
                    continue
                }
                // The twelfth field, the word, keeps any tab of its own.
                fieldStarts.removeAll(keepingCapacity: true)
                fieldStarts.append(rowStart)
                var index = rowStart
                while fieldStarts.count < 12, index < rowEnd {
                    if bytes[index] == UInt8(ascii: "\t") { fieldStarts.append(index + 1) }
                    index += 1
                }
                guard fieldStarts.count == 12 else { continue }
                // A field is cut at ASCII tabs and line feeds from a `String`, so it is UTF-8.
                func field(_ number: Int) -> String {
                    let end = number + 1 < fieldStarts.count ? fieldStarts[number + 1] - 1 : rowEnd
                    return String(knownUTF8: UnsafeBufferPointer(rebasing: bytes[fieldStarts[number]..<end]))
                }
                guard field(0) == "5", let page = Int(field(1)),
                      let left = coordinate(field(6)), let top = coordinate(field(7)),
                      let width = coordinate(field(8)), let height = coordinate(field(9)), width >= 0, height >= 0 else { continue }
                let text = field(11).trimmingSpaces()
                if !text.isEmpty { result.append(Word(page: page, left: left, top: top, width: width, height: height, text: text)) }
            }
            return result
        }
    }

    /// Points beyond any page (PDF's largest is 14,400 pt, 200 inches) are no word's place; a
    /// box out there, or not a number at all, would only turn into absurd runs of padding.
    private static func coordinate(_ field: String) -> Double? {
        Double(field).flatMap { abs($0) <= 14_400 ? $0 : nil }
    }

    /// The document's lines, page by page, top to bottom. A blank line stands where the gap to
    /// the next line is much wider than the page's usual line spacing, as it would in print.
    static func sourceText(_ words: [Word]) -> SourceText {
        var lines: [SourceText.Line] = []
        let pages = Dictionary(grouping: words, by: \.page)
        for page in pages.keys.sorted() {
            let groups = lineGroups(pages[page] ?? [])
            let gaps = zip(groups, groups.dropFirst()).map { $1.middle - $0.middle }.sorted()
            let usual = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
            var lineOnPage = 0
            for (index, group) in groups.enumerated() {
                if index > 0, usual > 0, group.middle - groups[index - 1].middle > usual * 1.6 {
                    lineOnPage += 1
                    lines.append(line(number: lines.count + 1, page: page, lineOnPage: lineOnPage, depth: nil, words: []))
                }
                lineOnPage += 1
                lines.append(line(number: lines.count + 1, page: page, lineOnPage: lineOnPage, depth: group.middle, words: group.words))
            }
        }
        return SourceText(lines: lines)
    }

    /// Groups a page's words into lines. Where figures sit in boxes taller than the labels (cells
    /// whose figures are centred vertically), each tall box makes a line and every label whose
    /// middle falls inside it joins it; other words group by their middles.
    private static func lineGroups(_ words: [Word]) -> [(middle: Double, words: [Word])] {
        // Labels are the shortest boxes; on a table page most words may be figures.
        let heights = words.map(\.height).sorted()
        let usual = heights.isEmpty ? 0 : heights[heights.count / 10]
        let tall = words.filter { $0.height >= usual * 2 }
        var boxes = stacked(tall).map { group in
            (middle: group.middle, top: group.words.map(\.top).min() ?? 0,
             bottom: group.words.map { $0.top + $0.height }.max() ?? 0, words: group.words)
        }
        var loose: [Word] = []
        for word in words where word.height < usual * 2 || tall.isEmpty {
            let containing = boxes.indices.filter { boxes[$0].top <= word.middle && word.middle <= boxes[$0].bottom }
            if let nearest = containing.min(by: { abs(boxes[$0].middle - word.middle) < abs(boxes[$1].middle - word.middle) }) {
                boxes[nearest].words.append(word)
            } else {
                loose.append(word)
            }
        }
        let lines = boxes.map { (middle: $0.middle, words: $0.words) } + grouped(loose)
        return lines.sorted { $0.middle < $1.middle }.map { ($0.middle, $0.words.sorted { $0.left < $1.left }) }
    }

    /// Tall boxes that overlap by at least half their height stand in one row: a cell's figure
    /// may sit a little higher or lower than its neighbours', but rows overlap far less.
    private static func stacked(_ words: [Word]) -> [(middle: Double, words: [Word])] {
        var groups: [(top: Double, bottom: Double, words: [Word])] = []
        for word in words.sorted(by: { $0.middle < $1.middle }) {
            let bottom = word.top + word.height
            if let last = groups.last, min(last.bottom, bottom) - max(last.top, word.top) >= min(last.bottom - last.top, word.height) / 2 {
                groups[groups.count - 1] = (min(last.top, word.top), max(last.bottom, bottom), last.words + [word])
            } else {
                groups.append((word.top, bottom, [word]))
            }
        }
        return groups.map { group in (group.words.map(\.middle).reduce(0, +) / Double(group.words.count), group.words) }
    }

    /// Words whose middles lie within `lineTolerance` of a line's running middle.
    private static func grouped(_ words: [Word]) -> [(middle: Double, words: [Word])] {
        var groups: [(middle: Double, words: [Word])] = []
        for word in words.sorted(by: { $0.middle < $1.middle }) {
            if let last = groups.last, word.middle - last.middle <= lineTolerance {
                let count = Double(last.words.count)
                groups[groups.count - 1] = ((last.middle * count + word.middle) / (count + 1), last.words + [word])
            } else {
                groups.append((word.middle, [word]))
            }
        }
        return groups
    }

    /// A line's text with each word at its horizontal place, and its words with their extent.
    private static func line(number: Int, page: Int, lineOnPage: Int, depth: Double?, words: [Word]) -> SourceText.Line {
        // The text's UTF-8, and its length in characters kept as words are added rather than
        // counted again for each.
        var bytes: [UInt8] = []
        var length = 0
        var tokens: [SpacedToken] = []
        for word in words {
            let column = Int(word.left / pointsPerCharacter)
            let padding = max(bytes.isEmpty ? 0 : 1, column - length)
            bytes += repeatElement(UInt8(ascii: " "), count: padding)
            bytes += word.text.utf8
            // A word that starts with a combining mark makes one character with the space before it.
            length = word.text.unicodeScalars.first?.standsAlone == true ? length + padding + word.text.characterCount : String(decoding: bytes, as: UTF8.self).count
            tokens.append(SpacedToken(text: word.text, start: Int(word.left.rounded()), end: Int((word.left + word.width).rounded())))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var line = SourceText.Line(number: number, page: page, text: text, cells: [text])
        line.lineOnPage = lineOnPage
        line.depth = depth
        line.words = SpacedToken.joiningCodePieces(tokens)
        return line
    }
}
