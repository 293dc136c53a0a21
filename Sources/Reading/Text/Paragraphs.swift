import Disclosure

/// Prose lines joined back into paragraphs. Extracted text either separates paragraphs with
/// blank lines (the seed) or wraps them at the page width (pdf text); both come out whole.
struct Paragraph {
    var text: String
    var firstLine: SourceText.Line
}

enum Paragraphs {
    /// Joins wrapped lines back into paragraphs. A new paragraph starts at list numbering,
    /// after a heading, or after a full stop followed by a break; a paragraph cut by a page
    /// break (blank line mid-sentence) is joined again. Chinese needs no space at a join.
    static func from(_ lines: [SourceText.Line]) -> [Paragraph] {
        let lengths = lines.map(\.trimmed).filter { !$0.isEmpty }.map(\.characterCount).sorted()
        let width = lengths.isEmpty ? 0 : lengths[lengths.count * 9 / 10]
        // By index: iterating the lines copies each, with its text and cells; a paragraph keeps
        // only its first.
        let wrapped = lines.count > 3 && lines.indices.count { lines[$0].isBlank } * 4 < lines.count
        var result: [Paragraph] = []
        var current: Paragraph?
        var afterBreak = false
        for index in lines.indices {
            let text = lines[index].text.replacingScalar("\t", with: " ").trimmingSpaces()
            if text.isEmpty {
                afterBreak = true
                continue
            }
            let closes = current.map { paragraph in
                startsNewItem(text) || isHeading(paragraph.text, width: width) || endsSentence(paragraph.text) && (afterBreak || wrapped)
            }
            if closes == false {
                // Appended where it is, held nowhere else: appending to a copy copied the
                // paragraph so far for each of its lines.
                current?.text += text
                afterBreak = false
                continue
            }
            if let paragraph = current { result.append(paragraph) }
            current = Paragraph(text: text, firstLine: lines[index])
            afterBreak = false
        }
        if let paragraph = current { result.append(paragraph) }
        return result
    }

    /// A short numbered line without a full stop: `一、收入支出决算总体情况说明`.
    static func isHeading(_ text: String, width: Int) -> Bool {
        guard numbering(of: text) != nil, !text.includes("。") else { return false }
        let count = text.characterCount
        return count <= 40 && count * 5 < width * 4
    }

    /// By its last scalar: no mark combines with what precedes it, and comparing characters
    /// goes through the string machinery for every line of prose.
    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return true }
        return "。：:；;！？".unicodeScalars.contains(last)
    }

    /// `一、` `（一）` `(七)` `1.` `1、` `- ` at the start of a line.
    static func startsNewItem(_ text: String) -> Bool {
        numbering(of: text) != nil || text.hasPrefix("- ")
    }

    /// The list number a line starts with (`一`, `（三）`, `2`), if any.
    static func numbering(of text: String) -> String? {
        // Most lines and labels start with a word, which their first scalar shows: a number
        // starts with a bracket, a digit or a numeral. Compatibility ideographs are let through
        // (see `numeralCharacters`).
        guard let first = text.unicodeScalars.first,
              first == "(" || first == "（" || ("0"..."9").contains(first) || (0xF900...0xFAFF).contains(first.value) || isNumeral(first) else { return nil }
        // Only the characters a number is printed with, and the one after them, are read. Where
        // each of those stands alone, its scalar is the character: read by scalars, the line
        // needs no breaking into characters, which cost more than the rest of reading prose.
        let scalars = text.unicodeScalars
        let end = scalars.firstIndex { !isNumberPart($0) }.map(scalars.index(after:)) ?? scalars.endIndex
        guard scalars[..<end].allSatisfy(\.standsAlone) else {
            return numbering(of: text, isDigit: \.isASCIIDigit, isNumeral: numeralCharacters.contains) { String($0) }
        }
        return numbering(of: scalars[..<end], isDigit: { ("0"..."9").contains($0) }, isNumeral: isNumeral) { String(Substring($0)) }
    }

    /// What a list number is printed with: brackets, numerals and the marks after them. Plain
    /// comparisons rather than sets: hashing the first scalars of every line cost more than the rest.
    private static func isNumberPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "（", ")", "）", "、", ".", "．", "0"..."9": true
        default: isNumeral(scalar)
        }
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }

    /// The numerals as characters, which compare by canonical equivalence: `六` (U+F9D1) is `六`.
    private static let numeralCharacters: [Character] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// `numbering(of:)` of a line's characters, or of its scalars where they are its characters.
    private static func numbering<Text: Collection>(of text: Text, isDigit: (Text.Element) -> Bool, isNumeral: (Text.Element) -> Bool,
                                                    string: (Text.SubSequence) -> String) -> String?
    where Text.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        if let first = text.first, first == "(" || first == "（" {
            let inner = text.dropFirst().prefix { isNumeral($0) || isDigit($0) }
            let rest = text.dropFirst(1 + inner.count)
            if !inner.isEmpty, let close = rest.first, close == ")" || close == "）" { return string(inner) }
            return nil
        }
        let head = text.prefix(while: isNumeral)
        if !head.isEmpty, text.dropFirst(head.count).first == "、" { return string(head) }
        let digits = text.prefix(while: isDigit)
        if !digits.isEmpty, digits.count <= 2, let mark = text.dropFirst(digits.count).first, mark == "、" || mark == "." || mark == "．" {
            // `1.5万元` is a number, not a list item.
            if let next = text.dropFirst(digits.count + 1).first, isDigit(next) { return nil }
            return string(digits)
        }
        return nil
    }
}
