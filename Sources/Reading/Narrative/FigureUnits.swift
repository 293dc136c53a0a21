import Disclosure

/// A unit that turns a number into a figure. A number without one of these after it — a year
/// (`2024年`), a date (`12月31日`), a list number (`1、`, `3.`), a code — is not a figure.
struct FigureUnit: Equatable {
    /// How the unit is reported: one spelling for `％` and `%`, for `台(套)` and `台（套）`.
    let canonical: String
    let kind: NarrativeFigure.Kind

    /// Spellings recognised right after a number, longest first so that `人次` wins over `人`
    /// and `个百分点` over `个`.
    static let spellings: [(spelling: String, unit: FigureUnit)] = {
        var table: [(String, FigureUnit)] = [
            ("%", FigureUnit(canonical: "%", kind: .percentage)),
            ("％", FigureUnit(canonical: "%", kind: .percentage)),
            ("个百分点", FigureUnit(canonical: "个百分点", kind: .percentage)),
            ("亿元", FigureUnit(canonical: "亿元", kind: .amount)),
            ("万元", FigureUnit(canonical: "万元", kind: .amount)),
            ("元", FigureUnit(canonical: "元", kind: .amount)),
            ("台(套)", FigureUnit(canonical: "台（套）", kind: .count)),
        ]
        table += countWords.map { ($0, FigureUnit(canonical: $0, kind: .count)) }
        return table.sorted { $0.0.count > $1.0.count }
    }()

    /// `spellings` by their first character, each list in the same order: most characters after
    /// a number start none of them, and trying each compares characters through the string machinery.
    static let spellingsByFirstCharacter: [Character: [(spelling: String, unit: FigureUnit)]] = {
        var table: [Character: [(spelling: String, unit: FigureUnit)]] = [:]
        for entry in spellings {
            if let first = entry.spelling.first { table[first, default: []].append(entry) }
        }
        return table
    }()

    /// Measure words that count things. `年`, `月`, `日`, `号` are deliberately absent: dates are
    /// not figures. `分` is the unit of scores (`平均得分99.86分`).
    static let countWords = [
        "台（套）", "批次", "人次", "小时", "分钟", "辆", "个", "项", "次", "批", "人", "名", "家", "件",
        "户", "份", "场", "期", "篇", "册", "所", "处", "座", "间", "张", "条", "位", "架", "艘", "套", "台",
        "分", "天",
    ]

    /// Words after a bare `万` that show it means 万元: `100万以上设备`.
    static let boundsAfterAmount = ["以上", "以下", "左右"]

    /// `万` and `亿` in front of a measure word: `1.2万人次`.
    static let magnitudes: [Character] = ["万", "亿"]
}

/// A number as printed, before it is known to be a figure.
struct PrintedNumber {
    /// From the sign or first digit to the last digit.
    let range: Range<Int>
    let text: String
}

extension ProseParagraph {
    /// The number that starts at `index`, or nil when none starts there: not a digit, or a digit
    /// that continues a number, a code (`G20`) or a dotted date (`2024.12.31`).
    func number(at index: Int) -> PrintedNumber? {
        guard isDigit(at: index) else { return nil }
        if index > 0 {
            let previous = characters[index - 1]
            if isDigit(at: index - 1) || (previous.isASCII && previous.isLetter) { return nil }
            if isMark(at: index - 1, ".", "．", ","), index > 1, isDigit(at: index - 2) {
                return nil
            }
        }
        var end = index
        var digitsInGroup = 0
        var hasGrouping = false
        var hasPoint = false
        while end < count {
            if isDigit(at: end) {
                if !hasPoint { digitsInGroup += 1 }
                end += 1
            } else if isMark(at: end, ","), !hasPoint, hasGrouping ? digitsInGroup == 3 : digitsInGroup <= 3,
                      isThousandsGroup(at: end + 1) {
                hasGrouping = true
                digitsInGroup = 0
                end += 1
            } else if isMark(at: end, ".", "．"), !hasPoint, end + 1 < count,
                      isDigit(at: end + 1) {
                hasPoint = true
                end += 1
            } else {
                break
            }
        }
        let start = hasMinusSign(before: index) ? index - 1 : index
        return PrintedNumber(range: start..<end, text: text(start..<end))
    }

    /// The unit printed after a number that ends at `numberEnd`, and where it ends.
    func unit(after numberEnd: Int) -> (unit: FigureUnit, end: Int)? {
        let start = skippingBlanks(from: numberEnd)
        guard start < count else { return nil }
        for (spelling, unit) in FigureUnit.spellingsByFirstCharacter[characters[start]] ?? [] {
            if let end = end(of: spelling, at: start) {
                return unit.canonical == "元" ? rate(from: end) : (unit, end)
            }
        }
        guard FigureUnit.magnitudes.contains(characters[start]) else { return nil }
        let afterMagnitude = skippingBlanks(from: start + 1)
        let spellingsAfterMagnitude = afterMagnitude < count ? FigureUnit.spellingsByFirstCharacter[characters[afterMagnitude]] ?? [] : []
        for (spelling, unit) in spellingsAfterMagnitude where unit.kind == .count {
            if let end = end(of: spelling, at: afterMagnitude) {
                return (FigureUnit(canonical: String(characters[start]) + unit.canonical, kind: .count), end)
            }
        }
        // A bare `万` is shorthand for 万元 (`国内公务接待支出 0.00 万（含…）`, `100万以上`),
        // unless a word follows that it would be part of (`3万册`).
        let next = skippingBlanks(from: start + 1)
        guard characters[start] == "万" else { return nil }
        let standsAlone = next >= count || !characters[next].isIdeograph
            || FigureUnit.boundsAfterAmount.contains { self.end(of: $0, at: next) != nil }
        return standsAlone ? (FigureUnit(canonical: "万", kind: .amount), start + 1) : nil
    }

    /// `第3批次`, `第12条` are ordinals, not counts.
    func isOrdinal(_ number: PrintedNumber) -> Bool {
        previousNonBlank(before: number.range.lowerBound).map { characters[$0] == "第" } ?? false
    }

    /// `元/人/天` is a rate, reported with its full unit so that it is not taken for a sum.
    private func rate(from end: Int) -> (unit: FigureUnit, end: Int) {
        var unit = "元"
        var index = end
        while index + 1 < count, characters[index] == "/" || characters[index] == "／", characters[index + 1].isIdeograph {
            unit.append("/")
            index += 1
            var taken = 0
            while index < count, taken < 2, characters[index].isIdeograph {
                unit.append(characters[index])
                index += 1
                taken += 1
            }
        }
        return (FigureUnit(canonical: unit, kind: .amount), index)
    }

    /// Three digits follow at `index` and then no fourth: `1,242.27`, not `1,2345`.
    private func isThousandsGroup(at index: Int) -> Bool {
        guard index + 3 <= count, (index..<index + 3).allSatisfy(isDigit) else { return false }
        return index + 3 == count || !isDigit(at: index + 3)
    }

    /// A minus sign that stands alone (`-5.2万元`), not a hyphen between two numbers (`2023-2024`).
    private func hasMinusSign(before index: Int) -> Bool {
        guard index > 0, isMark(at: index - 1, "-", "－", "−") else { return false }
        guard index > 1 else { return true }
        return !isDigit(at: index - 2) && !characters[index - 2].isASCIIAlphanumeric
    }
}
