import Disclosure

/// A word of space-separated text with its character span, so that columns can be found
/// from where words stand when the text keeps the page's alignment (`pdftotext -layout`).
struct SpacedToken: Sendable, Equatable {
    var text: String
    /// Character offset of the first character in the line.
    var start: Int
    /// Character offset just past the last character.
    var end: Int

    var center: Int { (start + end) / 2 }

    /// A printed amount (`4,733.14`, `0.00`, a bare `0`) or a not-applicable mark. Other whole
    /// numbers are not amounts here: they are codes, 行次 or page numbers. Asked of every word
    /// of every table line, so the bytes rule most words out before any parsing or hashing.
    var isAmount: Bool {
        if text.includes(".") { return Amount(parsing: text) != nil }
        if text.utf8.count == 1, text.utf8.first == UInt8(ascii: "0") { return true }
        // Every mark starts with a dash or a slash.
        switch text.unicodeScalars.first {
        case "—", "-", "－", "/": return CellText.notApplicableMarks.contains(text)
        default: return false
        }
    }

    /// An economic 类 or 款 code (`301`, `30101`), where a panel of table 06 starts.
    var isEconomicClass: Bool { (text.count == 3 || text.count == 5) && economicCode != nil }

    /// The codes the word prints, if any. Most words start with no digit, which rules them out
    /// before a code is parsed from a copy of the word.
    var functionalCode: FunctionalCode? { startsWithDigit ? FunctionalCode(text) : nil }
    var economicCode: EconomicCode? { startsWithDigit ? EconomicCode(text) : nil }

    private var startsWithDigit: Bool {
        text.utf8.first { $0 != UInt8(ascii: " ") }.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
    }

    /// Three digits of a class of the functional (2xx) or economic (3xx) classification, which
    /// the pieces after it may complete. Code pieces are ASCII: their bytes are their characters.
    private var startsCode: Bool {
        isCodePiece && text.utf8.count == 3 && (text.utf8.first == UInt8(ascii: "2") || text.utf8.first == UInt8(ascii: "3"))
    }

    /// One to seven ASCII digits, told by the bytes: each digit is a byte and a character.
    var isCodePiece: Bool { (1...7).contains(text.utf8.count) && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }

    /// Splits a line at runs of spaces, then joins code pieces that PDFs print apart:
    /// `201 06 01` → `2010601`, `301 01` → `30101`. Only a class of the functional (2xx) or
    /// economic (3xx) classification starts a code: `100 10` (a rate and a score) stays apart.
    static func tokens(of line: String) -> [SpacedToken] {
        joiningCodePieces(scalarTokens(of: line) ?? characterTokens(of: line))
    }

    /// The words of a line whose every scalar is a character of its own, counted by scalars;
    /// nil for any other line. Breaking each line into characters cost more than the rest of
    /// reading its table, and tables print only ASCII, CJK and punctuation. Each word is copied
    /// once from the line's UTF-8: copied out of the scalar view, cutting a line's words took
    /// 1.7 times the instructions.
    private static func scalarTokens(of line: String) -> [SpacedToken]? {
        line.withUTF8Bytes { bytes -> [SpacedToken]? in
            var tokens: [SpacedToken] = []
            var wordStart: (byte: Int, offset: Int)?
            func endWord(at end: Int, offset: Int) {
                guard let start = wordStart else { return }
                tokens.append(SpacedToken(text: String(knownUTF8: UnsafeBufferPointer(rebasing: bytes[start.byte..<end])), start: start.offset, end: offset))
                wordStart = nil
            }
            var offset = 0
            var index = 0
            while index < bytes.count {
                let (scalar, length) = bytes.scalar(at: index)
                guard scalar.standsAlone else { return nil }
                if scalar == " " || scalar == "\u{3000}" || scalar == "\t" {
                    endWord(at: index, offset: offset)
                } else if wordStart == nil {
                    wordStart = (index, offset)
                }
                offset += 1
                index += length
            }
            endWord(at: bytes.count, offset: offset)
            return tokens
        }
    }

    /// The words of any line, counted by characters.
    private static func characterTokens(of line: String) -> [SpacedToken] {
        var tokens: [SpacedToken] = []
        var current = ""
        var start = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\u{3000}" || character == "\t" {
                if !current.isEmpty { tokens.append(SpacedToken(text: current, start: start, end: offset)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(SpacedToken(text: current, start: start, end: line.count)) }
        return tokens
    }

    static func joiningCodePieces(_ tokens: [SpacedToken]) -> [SpacedToken] {
        // Most lines start no code: they are handed back as they are, not copied word by word.
        guard tokens.contains(where: \.startsCode) else { return tokens }
        var result: [SpacedToken] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            index += 1
            guard token.startsCode else {
                result.append(token)
                continue
            }
            while token.text.utf8.count < 7, index < tokens.count, tokens[index].isCodePiece, tokens[index].text.utf8.count == 2 {
                token = SpacedToken(text: token.text + tokens[index].text, start: token.start, end: tokens[index].end)
                index += 1
            }
            result.append(token)
        }
        return result
    }
}
