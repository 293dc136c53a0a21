/// One paragraph of Chinese prose as an array of characters, with the sentence each character
/// belongs to. The scanner works on `Character` offsets because that is what
/// `NarrativeFigure.offset` reports, and on arrays because it looks back and forth a lot.
///
/// Text extracted from PDFs wraps lines anywhere, even inside a word (`增\n加`) or between a
/// number and its unit (`4733.14\n万元`), so everything here looks through spaces and line breaks.
struct ProseParagraph {
    let characters: [Character]
    /// The sentence index of every character; a terminator belongs to the sentence it ends.
    let sentenceIndex: [Int]
    /// What each character does to clauses and sentences, worked out once: the scans look back
    /// and forth over the same characters, and testing a `Character` against a set hashes it
    /// through the string machinery every time.
    private let roles: [Role]

    private enum Role {
        case word, digit, blank, sentenceEnd, clauseEnd, listSeparator, openingBracket, closingBracket
    }

    /// Every mark is a scalar of its own.
    private static let marks: [Unicode.Scalar: Role] = {
        var marks: [Unicode.Scalar: Role] = [:]
        for mark: Unicode.Scalar in ["。", "；", ";", "！", "？"] { marks[mark] = .sentenceEnd }
        for mark: Unicode.Scalar in ["，", ",", "：", ":"] { marks[mark] = .clauseEnd }
        // `、` separates list items in `货物支出46.47万元、工程支出0万元` but also plain nouns in
        // `基本工资、津贴补贴`: it ends a clause only right after a figure.
        marks["、"] = .listSeparator
        for (opening, closing): (Unicode.Scalar, Unicode.Scalar) in [("（", "）"), ("(", ")"), ("“", "”"), ("‘", "’"), ("《", "》"), ("【", "】"), ("[", "]"), ("「", "」")] {
            marks[opening] = .openingBracket
            marks[closing] = .closingBracket
        }
        return marks
    }()

    /// The role of a character that is this one scalar.
    private static func role(of scalar: Unicode.Scalar) -> Role {
        // Most characters are ideographs or ASCII letters and digits, and need no lookup.
        switch scalar.value {
        case 0x30...0x39, 0xFF10...0xFF19: return .digit
        case 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: return .word
        default: return marks[scalar] ?? (scalar.properties.isWhitespace ? .blank : .word)
        }
    }

    init(_ text: String) {
        let scalars = text.unicodeScalars
        if let count = text.standaloneScalarCount {
            // Each scalar is a character of its own: found so, without the grapheme-breaking
            // rules `Array(text)` runs, and given its role by its scalar, in one pass (`map`
            // over the scalars counts them first, each time).
            var characters: [Character] = []
            var roles: [Role] = []
            characters.reserveCapacity(count)
            roles.reserveCapacity(count)
            for scalar in scalars {
                characters.append(Character(scalar))
                roles.append(Self.role(of: scalar))
            }
            self.characters = characters
            self.roles = roles
        } else {
            characters = Array(text)
            // No mark or digit combines with a neighbour; a character of several scalars is a
            // blank (CR LF) or a word.
            roles = characters.map { character in
                let scalars = character.unicodeScalars
                guard let first = scalars.first else { return .word }
                if scalars.count == 1 { return Self.role(of: first) }
                return first.properties.isWhitespace ? .blank : .word
            }
        }
        var indices: [Int] = []
        indices.reserveCapacity(characters.count)
        var sentence = 0
        var sentenceHasContent = false
        for role in roles {
            indices.append(sentence)
            if role == .sentenceEnd {
                // `。；` or `。 。` ends one sentence, not two.
                if sentenceHasContent { sentence += 1 }
                sentenceHasContent = false
            } else if role != .blank {
                sentenceHasContent = true
            }
        }
        sentenceIndex = indices
    }

    /// Whether the character at `index` is a digit, `0`–`9` or full-width `０`–`９`.
    func isDigit(at index: Int) -> Bool {
        roles[index] == .digit
    }

    /// Whether the character at `index` is one of `marks`, each a scalar of its own, compared
    /// by scalar: `==` between characters normalises both whenever one is not ASCII, and the
    /// number scanner asks this around every number.
    func isMark(at index: Int, _ marks: Unicode.Scalar...) -> Bool {
        let scalars = characters[index].unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return marks.contains(first)
    }

    var count: Int { characters.count }

    func text(_ range: Range<Int>) -> String {
        // Appended one by one: `String.init` from a sequence casts it dynamically first.
        var text = ""
        for character in characters[range] { text.append(character) }
        return text
    }

    /// The first index at or after `index` that is not a space or line break.
    func skippingBlanks(from index: Int) -> Int {
        var index = index
        while index < count, roles[index] == .blank { index += 1 }
        return index
    }

    /// The last index before `index` that is not a space or line break.
    func previousNonBlank(before index: Int) -> Int? {
        var index = index - 1
        while index >= 0, roles[index] == .blank { index -= 1 }
        return index >= 0 ? index : nil
    }

    /// Where `word` ends if it is printed at `start`, allowing line breaks between its characters.
    func end(of word: String, at start: Int) -> Int? {
        var index = start
        for (position, expected) in word.enumerated() {
            if position > 0 { index = skippingBlanks(from: index) }
            guard index < count, characters[index] == expected else { return nil }
            index += 1
        }
        return index
    }

    /// The text of `range` with line breaks and spaces removed: Chinese puts no spaces between
    /// words, so what extraction inserted is noise. A space between two Latin letters or digits
    /// (`MCN 大会` stays `MCN大会`, but `ISO 9001` keeps its space) is kept.
    func compact(_ range: Range<Int>) -> String {
        var result = ""
        var pendingSpace = false
        for index in range {
            let character = characters[index]
            if roles[index] == .blank {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = result.last, last.isASCIIAlphanumeric, character.isASCIIAlphanumeric {
                result.append(" ")
            }
            pendingSpace = false
            result.append(character)
        }
        return result
    }

    /// Where the clause that ends at `end` begins: after the nearest clause or sentence break
    /// outside brackets, or after an unmatched opening bracket (`（含外宾接待支出0.00万元）`).
    /// `figureEnds` holds the last character of every figure found so far, for `、`.
    func clauseStart(before end: Int, figureEnds: Set<Int>) -> Int {
        var depth = 0
        var index = end - 1
        while index >= 0 {
            switch roles[index] {
            case .sentenceEnd:
                return index + 1
            case .closingBracket:
                depth += 1
            case .openingBracket:
                if depth == 0 { return index + 1 }
                depth -= 1
            default:
                if depth == 0, isClauseBreak(at: index, figureEnds: figureEnds) { return index + 1 }
            }
            index -= 1
        }
        return 0
    }

    /// Where the clause that starts at `start` ends: at the next clause or sentence break
    /// outside brackets, or at an unmatched closing bracket.
    func clauseEnd(from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < count {
            switch roles[index] {
            case .sentenceEnd:
                return index
            case .openingBracket:
                depth += 1
            case .closingBracket:
                if depth == 0 { return index }
                depth -= 1
            case .clauseEnd, .listSeparator:
                if depth == 0, !isInsideNumber(index) { return index }
            default:
                break
            }
            index += 1
        }
        return count
    }

    private func isClauseBreak(at index: Int, figureEnds: Set<Int>) -> Bool {
        if roles[index] == .listSeparator {
            return previousNonBlank(before: index).map(figureEnds.contains) ?? false
        }
        return roles[index] == .clauseEnd && !isInsideNumber(index)
    }

    /// `1,242.27` and `10:30` hold a comma or colon that separates nothing.
    private func isInsideNumber(_ index: Int) -> Bool {
        guard characters[index] == "," || characters[index] == ":", index > 0, index + 1 < count else { return false }
        return isDigit(at: index - 1) && isDigit(at: index + 1)
    }
}

extension Unicode.Scalar {
    /// `0`–`9` and the full-width `０`–`９` that Chinese documents also print.
    var isDigitOfAnyWidth: Bool {
        (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
    }
}

extension Character {
    /// A character that is one digit, `0`–`9` or full-width `０`–`９`.
    var isDigitOfAnyWidth: Bool {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first else { return false }
        return scalar.isDigitOfAnyWidth
    }

    var isASCIIAlphanumeric: Bool {
        isASCII && (isLetter || isNumber)
    }

    /// A Chinese character (CJK unified ideographs and extension A).
    var isIdeograph: Bool {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
