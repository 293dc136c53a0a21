import Disclosure

/// The prescribed wording for figures: amounts in 万元 with two decimals and grouping, shares
/// and changes as percentages rounded once, half away from zero.
enum NarrativeWords {
    static func money(_ amount: Amount) -> String {
        PrintedCell.rounded(amount).formatted(decimals: 2, grouping: true) + "万元"
    }

    static func share(_ part: Amount, of whole: Amount) -> String? {
        Percentage.ratio(PrintedCell.rounded(part), of: PrintedCell.rounded(whole)).map(\.description)
    }

    /// How `subject` changed on last year, or nil when last year's figure is not known.
    ///
    /// Equal figures are 持平; from a zero base the sentence says 上年无此项支出 and never states
    /// a growth rate; otherwise 增加/减少 the difference, 增长/下降 its share of last year.
    static func change(_ subject: String, current: Amount, prior: Amount?, noun: String = "支出") -> Change? {
        guard let prior else { return nil }
        let now = PrintedCell.rounded(current)
        let before = PrintedCell.rounded(prior)
        if now.hasSameValue(as: before) {
            return Change(text: before.isZero ? "\(subject)与上年相同" : "\(subject)与上年持平", needsReason: false)
        }
        if before.isZero {
            return Change(text: "上年无此项\(noun)，\(subject)本年新增\(money(now))", needsReason: true)
        }
        let difference = now - before
        let verb = difference.isNegative ? ("减少", "下降") : ("增加", "增长")
        let rate = Percentage.change(from: before, to: now).map { "，\(verb.1)\($0.magnitudeDescription)" } ?? ""
        return Change(text: "\(subject)\(verb.0)\(money(difference.magnitude))\(rate)", needsReason: true)
    }

    struct Change {
        var text: String
        /// A change must be explained; 持平 and 与上年相同 need not be.
        var needsReason: Bool
    }

    /// `完成年初预算的94.87%`, or nil when there was no budget: a rate against zero means nothing.
    static func completion(_ actual: Amount, of budget: Amount, budgetName: String = "年初预算") -> String? {
        Percentage.ratio(PrintedCell.rounded(actual), of: PrintedCell.rounded(budget)).map { "完成\(budgetName)的\($0)" }
    }
}

extension Percentage {
    /// The size of a change without its sign: the verb already says which way.
    var magnitudeDescription: String { value.magnitude.description + "%" }
}
