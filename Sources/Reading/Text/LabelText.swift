import Disclosure

/// Printed row labels reduced to what they mean: `一、一般公共预算财政拨款收入` and
/// `(一) 行政单位` compare by their words, not their numbering or spacing.
enum LabelText {
    private static let numeralText = "一二三四五六七八九十0123456789０１２３４５６７８９"
    private static let numerals: Set<Character> = Set(numeralText)
    private static let numeralScalars = Set(numeralText.unicodeScalars)

    /// The label without list numbering, spaces and quotes.
    static func core(_ label: String) -> String {
        core(normalised: TableTitles.normalise(label))
    }

    /// `core` of a label already normalised (`TableTitles.normalise`).
    static func core(normalised text: String) -> String {
        // Where each scalar is a character by itself, the label is read by scalars: breaking
        // every label into characters, and hashing them, cost more than the rest of reading it.
        let start = if text.unicodeScalars.allSatisfy(\.standsAlone) {
            coreStart(text.unicodeScalars) { numeralScalars.contains($0) }
        } else {
            coreStart(text) { numerals.contains($0) }
        }
        return start == text.startIndex ? text : String(text[start...])
    }

    /// Where a label's words start, after its list numbering, read by characters or scalars.
    private static func coreStart<Text: Collection>(_ text: Text, isNumeral: (Text.Element) -> Bool) -> Text.Index
    where Text.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        var start = text.startIndex
        // (一) （十二） (1)
        if let first = text.first, first == "(" || first == "（", let close = text.firstIndex(where: { $0 == ")" || $0 == "）" }) {
            let inner = text[text.index(after: start)..<close]
            if !inner.isEmpty, inner.allSatisfy(isNumeral) { start = text.index(after: close) }
        }
        // 一、 十二、 1. 1、 1．
        let digitsEnd = text[start...].firstIndex { !isNumeral($0) } ?? text.endIndex
        if digitsEnd > start, digitsEnd < text.endIndex, ["、", ".", "．", ",", "，"].contains(text[digitsEnd]) {
            start = text.index(after: digitsEnd)
        }
        return start
    }

    /// The income source a 收入 line names, whatever its numbering or suffix, from the label's
    /// `core`, which every caller has already made.
    static func fundSource(core text: String) -> FundSource? {
        // `二十一、国有资本经营预算支出` names a 支出 class, not a source.
        if text.includes("支出") { return nil }
        if text.includes("一般公共预算") { return .generalBudget }
        if text.includes("政府性基金") { return .governmentFund }
        if text.includes("国有资本经营") { return .stateCapital }
        if text.includes("上级补助") { return .superiorSubsidy }
        if text.hasPrefix("事业收入") { return .business }
        if text.hasPrefix("经营收入") { return .operating }
        if text.includes("附属单位上缴") { return .affiliatedRemittance }
        if text.hasPrefix("其他收入") { return .other }
        return nil
    }

    static func isTotal(_ label: String) -> Bool {
        // Asked of every word of a table: most have no `计` to keep.
        guard label.includes("计") else { return false }
        let text = core(label)
        return text == "合计" || text == "总计"
    }
}
