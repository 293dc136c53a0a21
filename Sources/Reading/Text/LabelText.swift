import Disclosure

/// Printed row labels reduced to what they mean: `一、一般公共预算财政拨款收入` and
/// `(一) 行政单位` compare by their words, not their numbering or spacing.
enum LabelText {
    private static let numeralText = "一二三四五六七八九十0123456789０１２３４５６７８９"
    private static let numerals: Set<Character> = Set(numeralText)

    /// The label without list numbering, spaces and quotes.
    static func core(_ label: String) -> String {
        var text = TableTitles.normalise(label)
        // Most labels start with no numbering, which their first scalar shows when it is a
        // character by itself.
        if let first = text.unicodeScalars.first, first.standsAlone, first != "(", first != "（", !numeralText.unicodeScalars.contains(first) {
            return text
        }
        // (一) （十二） (1)
        if let first = text.first, "(（".contains(first), let close = text.firstIndex(where: { ")）".contains($0) }) {
            let inner = text[text.index(after: text.startIndex)..<close]
            if !inner.isEmpty, inner.allSatisfy({ numerals.contains($0) }) { text = String(text[text.index(after: close)...]) }
        }
        // 一、 十二、 1. 1、 1．
        let digits = text.prefix { numerals.contains($0) }
        if !digits.isEmpty, digits.endIndex < text.endIndex, "、.．,，".contains(text[digits.endIndex]) {
            text = String(text[text.index(after: digits.endIndex)...])
        }
        return text
    }

    /// The income source a 收入 line names, whatever its numbering or suffix.
    static func fundSource(_ label: String) -> FundSource? {
        let text = core(label)
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
