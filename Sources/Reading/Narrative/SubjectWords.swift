/// Trims the clause before a figure down to the words that name what it measures:
/// `1、因公出国（境）费支出` → `因公出国（境）费支出`, `主要包括基本工资` → `基本工资`,
/// `年初预算为` → `年初预算`, `比上年度` → `` (the comparison is not the thing measured).
enum SubjectWords {
    /// Words in front of a subject that only introduce it.
    static let leadingFillers = [
        "主要包括", "主要有", "分别为", "分别是", "包括", "其中", "共有", "共计", "累计", "以及", "此外", "共",
    ]
    /// Words between a subject and its figure that only link them.
    static let trailingFillers = ["分别为", "分别是", "达到", "共计", "累计", "同比", "环比", "为", "是", "达", "约", "共", "了", "的", "仅"]
    /// Words that end or start with a filler but are nouns: `一般公共` is not `一般公` + `共`.
    static let protectedEndings = ["公共", "行为", "作为", "目的"]
    static let protectedBeginnings = ["共青", "共产", "共享", "共同"]

    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]
    static let enumeratorEnds: Set<Character> = ["、", ".", "．", "）", ")"]
    /// Last year, in the ways the documents say it; years in digits are handled apart.
    static let periods: Set<String> = ["上年", "上年度", "去年", "上一年", "上一年度", "前一年", "上期", "同期", "上年同期"]

    /// The subject named by `clause`, a compacted run of text ending where the figure (or its
    /// change word) starts.
    static func subject(of clause: Substring) -> String {
        var subject = String(clause)
        while let shorter = trimmedOnce(subject) {
            subject = shorter
        }
        return subject
    }

    /// `上年`, `上年度决算`, `2024年度`, `2023年同期`: what a change is measured against.
    static func isPeriodReference(_ text: String) -> Bool {
        var text = Substring(text)
        for suffix in ["决算数", "决算", "同期"] where text.hasSuffix(suffix) && text.count > suffix.count {
            text = text.dropLast(suffix.count)
        }
        if periods.contains(String(text)) { return true }
        let digits = text.prefix(while: \.isDigitOfAnyWidth)
        let rest = text.dropFirst(digits.count)
        return !digits.isEmpty && (rest == "年" || rest == "年度")
    }

    /// The first and last scalars of the fillers: a subject whose first (last) scalar is none of
    /// these starts (ends) with no filler, known without comparing it with each.
    private static let leadingFillerStarts = Set(leadingFillers.compactMap(\.unicodeScalars.first))
    private static let trailingFillerEnds = Set(trailingFillers.compactMap(\.unicodeScalars.last))
    private static let numeralScalars = Set(chineseNumerals.compactMap(\.unicodeScalars.first))

    private static func trimmedOnce(_ subject: String) -> String? {
        guard let first = subject.unicodeScalars.first, let last = subject.unicodeScalars.last else { return nil }
        if let rest = withoutEnumerator(subject, startingWith: first) { return rest }
        if leadingFillerStarts.contains(first) {
            for filler in leadingFillers where subject.hasBytePrefix(filler) {
                if protectedBeginnings.contains(where: { subject.hasBytePrefix($0) && $0.hasBytePrefix(filler) }) { continue }
                return String(subject.dropFirst(filler.count))
            }
        }
        if let rest = withoutLeadingComparison(subject) { return rest }
        if trailingFillerEnds.contains(last) {
            for filler in trailingFillers where subject.hasByteSuffix(filler) {
                if protectedEndings.contains(where: { subject.hasByteSuffix($0) && $0.hasByteSuffix(filler) }) { continue }
                return String(subject.dropLast(filler.count))
            }
        }
        return withoutTrailingComparison(subject)
    }

    /// `1、`, `3.`, `（一）`, `(2)`, `十、`, `①` at the start of a clause number a list item.
    private static func withoutEnumerator(_ subject: String, startingWith scalar: Unicode.Scalar) -> String? {
        // Most clauses start with a word: only a digit, a bracket, a numeral or a circled number
        // can start an enumerator, and the first scalar tells before the clause is split into
        // characters (comparing characters goes through the string machinery). Compatibility
        // ideographs are let through: as characters, `零` (U+F9B2) equals `零`.
        switch scalar.value {
        case 0x30...0x39, 0xFF10...0xFF19, 0xFF08, 0x28, 0x2460...0x2473, 0xF900...0xFAFF: break
        default: guard numeralScalars.contains(scalar) else { return nil }
        }
        let characters = Array(subject)
        let digits = characters.prefix(while: \.isDigitOfAnyWidth).count
        if digits > 0, digits < characters.count, enumeratorEnds.contains(characters[digits]) {
            return String(characters[(digits + 1)...])
        }
        if characters[0] == "（" || characters[0] == "(" {
            let inside = characters.dropFirst().prefix(while: { $0.isDigitOfAnyWidth || chineseNumerals.contains($0) })
            let close = inside.count + 1
            if !inside.isEmpty, close < characters.count, characters[close] == "）" || characters[close] == ")" {
                return String(characters[(close + 1)...])
            }
        }
        let numerals = characters.prefix(while: chineseNumerals.contains).count
        if numerals > 0, numerals < characters.count, characters[numerals] == "、" {
            return String(characters[(numerals + 1)...])
        }
        if (0x2460...0x2473).contains(scalar.value) {
            return String(characters.dropFirst())
        }
        return nil
    }

    /// `与上年相比收入总计` → `收入总计`.
    private static func withoutLeadingComparison(_ subject: String) -> String? {
        // The first scalar first: most subjects start otherwise, and searching costs more.
        guard let first = subject.unicodeScalars.first, first == "与" || first == "较" || first == "比",
              let range = subject.firstRange(of: "相比") else { return nil }
        let period = String(subject[subject.index(after: subject.startIndex)..<range.lowerBound])
        return isPeriodReference(period) ? String(subject[range.upperBound...]) : nil
    }

    /// `支出决算数比2024年度` → `支出决算数`, `较上年决算` → ``.
    private static func withoutTrailingComparison(_ subject: String) -> String? {
        // By scalars: comparing characters goes through the string machinery for each.
        let scalars = subject.unicodeScalars
        var index = scalars.endIndex
        while index > scalars.startIndex {
            index = scalars.index(before: index)
            guard scalars[index] == "与" || scalars[index] == "较" || scalars[index] == "比" else { continue }
            var period = String(subject[scalars.index(after: index)...])
            if period.hasSuffix("相比") { period.removeLast(2) }
            if isPeriodReference(period) { return String(subject[..<index]) }
        }
        return nil
    }
}
