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
        let lengths = lines.filter { !$0.isBlank }.map { $0.trimmed.count }.sorted()
        let width = lengths.isEmpty ? 0 : lengths[lengths.count * 9 / 10]
        let wrapped = lines.count > 3 && lines.filter(\.isBlank).count * 4 < lines.count
        var result: [Paragraph] = []
        var current: Paragraph?
        var afterBreak = false
        for line in lines {
            let text = line.text.replacingScalar("\t", with: " ").trimmingSpaces()
            if text.isEmpty {
                afterBreak = true
                continue
            }
            if var paragraph = current {
                let closes = startsNewItem(text) || isHeading(paragraph.text, width: width)
                    || endsSentence(paragraph.text) && (afterBreak || wrapped)
                if !closes {
                    paragraph.text += text
                    current = paragraph
                    afterBreak = false
                    continue
                }
                result.append(paragraph)
            }
            current = Paragraph(text: text, firstLine: line)
            afterBreak = false
        }
        if let paragraph = current { result.append(paragraph) }
        return result
    }

    /// A short numbered line without a full stop: `一、收入支出决算总体情况说明`.
    static func isHeading(_ text: String, width: Int) -> Bool {
        numbering(of: text) != nil && !text.includes("。") && text.count <= 40 && text.count * 5 < width * 4
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return "。：:；;！？".contains(last)
    }

    /// `一、` `（一）` `(七)` `1.` `1、` `- ` at the start of a line.
    static func startsNewItem(_ text: String) -> Bool {
        numbering(of: text) != nil || text.hasPrefix("- ")
    }

    /// The list number a line starts with (`一`, `（三）`, `2`), if any.
    static func numbering(of text: String) -> String? {
        // Most lines start with no numbering, which their first scalar shows before the text is
        // broken into characters.
        if let first = text.unicodeScalars.first, first.standsAlone, !"(（一二三四五六七八九十0123456789".unicodeScalars.contains(first) { return nil }
        let chinese = "一二三四五六七八九十"
        if let first = text.first, "(（".contains(first) {
            let inner = text.dropFirst().prefix { chinese.contains($0) || $0.isASCIIDigit }
            let rest = text.dropFirst(1 + inner.count)
            if !inner.isEmpty, let close = rest.first, ")）".contains(close) { return String(inner) }
            return nil
        }
        let head = text.prefix { chinese.contains($0) }
        if !head.isEmpty, text.dropFirst(head.count).first == "、" { return String(head) }
        let digits = text.prefix { $0.isASCIIDigit }
        if !digits.isEmpty, digits.count <= 2, let mark = text.dropFirst(digits.count).first, "、.．".contains(mark) {
            // `1.5万元` is a number, not a list item.
            if let next = text.dropFirst(digits.count + 1).first, next.isASCIIDigit { return nil }
            return String(digits)
        }
        return nil
    }
}
