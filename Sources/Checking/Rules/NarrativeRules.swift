import Classification
import Disclosure

/// What the narrative says, against the tables and against itself. Works on the figures the
/// reader extracted (`NarrativeFigure`); without them the rules cannot be evaluated.
enum NarrativeRules {
    static var all: [RuleDraft] {
        [quotedAmounts, shares, completionRates, completionAgainstZero, changes, growthFromZero, missingPercentSign,
         sameSubjectTwice, vehicleCounts, itemsExplained, evaluatedProjects]
    }

    private static func draft(_ title: LocalizedText, severity: Severity = .error, message: LocalizedText,
                              _ body: @escaping @Sendable ([PlacedFigure], Disclosure, Rule) -> [RuleOutcome]) -> RuleDraft {
        RuleDraft(family: .narrative, severity: severity, title: title, message: message, onInput: { input, rule in
            guard !input.placedFigures.isEmpty else {
                return [.notEvaluated(LocalizedText(zh: "情况说明中未读出数字", en: "no figures were read from the narrative"))]
            }
            return body(input.placedFigures, input.disclosure, rule)
        })
    }

    private static func amount(_ figure: NarrativeFigure) -> Cell {
        figure.amount.map(Cell.amount) ?? .blank
    }

    private static var quotedAmounts: RuleDraft {
        draft(LocalizedText(zh: "说明中引用的金额与报表一致", en: "amounts quoted in the narrative equal their cells"),
              message: LocalizedText(zh: "{where}：“{quote}”，而{other}为 {expected}，相差 {difference}",
                                     en: "{where}: \"{quote}\", but {other} holds {expected}, difference {difference}")) { figures, disclosure, rule in
            figures.compactMap { placed in
                guard let quoted = NarrativeReferent.cell(for: placed, in: disclosure.tables) else { return nil }
                return rule.balance([amount(placed.figure)], against: quoted.cells, at: placed.location, related: [quoted.location],
                                    values: ["other": quoted.location.description, "quote": LocalizedText(placed.figure.subject + placed.figure.text)])
            }
        }
    }

    /// The denominator a share must use, from what the share says it is of and where it stands.
    private static func denominator(_ placed: PlacedFigure, _ tables: Tables) -> QuotedCell? {
        let subject = placed.subject
        let section = placed.sectionTitle
        if subject.includes("政府采购") {
            return tables.supplementaryStatistics?.procurementTotal.map { QuotedCell(cells: [$0.amount], location: $0.location(in: .supplementaryStatistics)) }
        }
        let summary = tables.incomeExpenditureSummary
        if subject.includes("本年支出合计") || section.hasPrefix("支出决算") {
            return summary?.expenditureTotal.map { QuotedCell(cells: [$0.amount], location: $0.location(in: .incomeExpenditureSummary)) }
        }
        if section.hasPrefix("收入决算") {
            return summary?.incomeTotal.map { QuotedCell(cells: [$0.amount], location: $0.location(in: .incomeExpenditureSummary)) }
        }
        if section.includes("一般公共预算财政拨款支出"), let total = tables.generalBudgetExpenditure?.total {
            return QuotedCell(cells: [total.total], location: FindingLocation(table: .generalBudgetExpenditure, rowLabel: "合计", column: "小计", source: total.location))
        }
        if section.includes("三公"), let table = tables.threePublicExpenses {
            return QuotedCell(cells: [table.actual.total], location: ThreePublicExpensesRules.location(table, .actual, "合计"))
        }
        return nil
    }

    private static func ratioFinding(_ rule: Rule, _ placed: PlacedFigure, part: Amount, whole: Amount, wholeFigures: Int64 = 1,
                                     related: [FindingLocation], values: [String: LocalizedText]) -> RuleOutcome? {
        guard let check = PercentageCheck(printed: placed.figure.value, part: part, whole: whole, wholeFigures: wholeFigures) else { return nil }
        let printed = placed.figure.value
        switch check {
        case .exact: return nil
        case .withinRounding:
            let expected = Percentage.ratio(part, of: whole, decimals: printed.scale)?.value ?? printed
            return rule.finding(at: placed.location, related: related, severity: .note, expected: expected.description + "%", actual: printed.description + "%",
                                difference: (printed - expected).description, values: values,
                                suffix: LocalizedText(zh: "（在尾数误差范围内）", en: " (within rounding)"))
        case .justBeyondRounding(let expected):
            return rule.finding(at: placed.location, related: related, severity: .warning, expected: expected.description + "%",
                                actual: printed.description + "%", difference: (printed - expected).description, values: values,
                                suffix: LocalizedText(zh: "（仅差末位一个单位，可能按未取整数计算）", en: " (one unit in the last place: perhaps computed from unrounded figures)"))
        case .differs(let expected):
            return rule.finding(at: placed.location, related: related, expected: expected.description + "%", actual: printed.description + "%",
                                difference: (printed - expected).description, values: values)
        }
    }

    private static var shares: RuleDraft {
        draft(LocalizedText(zh: "占比使用正确的分母（收入占本年收入合计，支出占本年支出合计，“三公”占决算合计）",
                            en: "shares use the right denominator (income: total income; expenditure: total expenditure; 三公: its actual total)"),
              message: LocalizedText(zh: "{where}：{part} 占 {whole} 应为 {expected}，说明为 {actual}",
                                     en: "{where}: {part} of {whole} is {expected}, the narrative says {actual}")) { figures, disclosure, rule in
            figures.compactMap { placed in
                guard placed.figure.kind == .percentage, placed.figure.direction == nil, placed.subject.hasPrefix("占"),
                      let part = placed.referent?.amount, let whole = denominator(placed, disclosure.tables) else { return nil }
                let wholeAmount = whole.cells.map(\.value).sum()
                return ratioFinding(rule, placed, part: part, whole: wholeAmount, related: [whole.location],
                                    values: ["part": LocalizedText(part.description), "whole": LocalizedText(wholeAmount.description)])
            }
        }
    }

    /// A completion rate, its actual and its budget: the budget stated right before the actual,
    /// in the same sentence. A rate whose budget the sentence does not state (`公务用车…决算为
    /// 16.95万元，完成预算的82.68%`) is left alone rather than compared with another budget.
    private static func completion(_ placed: PlacedFigure) -> (actual: Amount, budget: Amount)? {
        guard placed.figure.kind == .percentage, placed.subject.hasPrefix("完成"), let actualIndex = placed.figure.refersTo,
              actualIndex > 0, placed.paragraph.figures.indices.contains(actualIndex),
              let actual = placed.paragraph.figures[actualIndex].amount else { return nil }
        let budget = placed.paragraph.figures[actualIndex - 1]
        guard budget.kind == .amount, budget.sentence == placed.paragraph.figures[actualIndex].sentence,
              PlacedFigure.normalized(budget.subject).hasSuffix("预算") else { return nil }
        return budget.amount.map { (actual, $0) }
    }

    private static var completionRates: RuleDraft {
        draft(LocalizedText(zh: "完成预算的百分比 = 决算数 / 预算数", en: "completion rate = actual / budget"),
              message: LocalizedText(zh: "{where}：决算 {part} / 预算 {whole} 应为 {expected}，说明为 {actual}",
                                     en: "{where}: actual {part} / budget {whole} is {expected}, the narrative says {actual}")) { figures, _, rule in
            figures.compactMap { placed in
                guard let (actual, budget) = completion(placed), !budget.isZero else { return nil }
                return ratioFinding(rule, placed, part: actual, whole: budget, related: [],
                                    values: ["part": LocalizedText(actual.description), "whole": LocalizedText(budget.description)])
            }
        }
    }

    private static var completionAgainstZero: RuleDraft {
        draft(LocalizedText(zh: "预算为零时不应表述“完成预算的X%”", en: "no completion rate against a zero budget"),
              message: LocalizedText(zh: "{where}：预算数为 0，“完成预算的{actual}”无意义", en: "{where}: the budget is 0, a completion rate of {actual} is meaningless")) { figures, _, rule in
            figures.compactMap { placed in
                guard let (_, budget) = completion(placed), budget.isZero else { return nil }
                return rule.finding(at: placed.location, actual: placed.figure.text)
            }
        }
    }

    /// A percentage change, its absolute change and the current level, when the paragraph links them.
    private static func change(_ placed: PlacedFigure) -> (change: Amount, level: Amount, prior: Amount)? {
        guard placed.figure.kind == .percentage, let direction = placed.figure.direction, direction != .unchanged,
              let changeFigure = placed.referent, changeFigure.direction == direction, let change = changeFigure.amount,
              let levelIndex = changeFigure.refersTo, placed.paragraph.figures.indices.contains(levelIndex),
              let level = placed.paragraph.figures[levelIndex].amount else { return nil }
        let signed = direction == .increase ? change : -change
        return (signed, level, level - signed)
    }

    private static var changes: RuleDraft {
        draft(LocalizedText(zh: "增减百分比 = 增减额 / 上年数（上年数 = 本年数 ∓ 增减额）", en: "a percentage change restates its absolute change over the prior year"),
              message: LocalizedText(zh: "{where}：增减额 {part} / 上年数 {whole} 应为 {expected}，说明为 {actual}",
                                     en: "{where}: change {part} / prior year {whole} is {expected}, the narrative says {actual}")) { figures, _, rule in
            figures.compactMap { placed in
                guard let (change, _, prior) = change(placed), !prior.isZero else { return nil }
                return ratioFinding(rule, placed, part: change.magnitude, whole: prior.magnitude, wholeFigures: 2, related: [],
                                    values: ["part": LocalizedText(change.magnitude.description), "whole": LocalizedText(prior.description)])
            }
        }
    }

    private static var growthFromZero: RuleDraft {
        draft(LocalizedText(zh: "上年为零时不应表述增长百分比", en: "no percentage growth from a zero prior year"),
              message: LocalizedText(zh: "{where}：上年数为 0，“{actual}”的增长率无意义", en: "{where}: the prior year is 0, growth of {actual} is meaningless")) { figures, _, rule in
            figures.compactMap { placed in
                guard let (_, _, prior) = change(placed), prior.isZero else { return nil }
                return rule.finding(at: placed.location, actual: placed.figure.text)
            }
        }
    }

    /// Words after which a rate follows: the number must carry %.
    static let rateWords = ["增长", "下降", "占比", "完成年初预算的", "完成全年预算的", "完成预算的", "上升"]

    private static var missingPercentSign: RuleDraft {
        draft(LocalizedText(zh: "百分比带有%号", en: "percentages carry a % sign"), severity: .warning,
              message: LocalizedText(zh: "{where}：“{actual}”后缺少%号", en: "{where}: \"{actual}\" lacks a % sign")) { _, disclosure, rule in
            disclosure.narrative.sections.flatMap { section in
                section.paragraphs.enumerated().compactMap { index, paragraph -> RuleOutcome? in
                    guard let bare = bareRate(in: paragraph.text) else { return nil }
                    return rule.finding(at: FindingLocation(section: section.title, paragraph: index + 1, source: paragraph.location), actual: bare)
                }
            }
        }
    }

    /// The first `增长12.5` not followed by `%`, `％`, `个百分点` or a unit of money or count.
    /// The words are found by bytes, and only the characters after one are looked at: comparing
    /// a paragraph's Chinese characters one by one normalised each of them.
    static func bareRate(in text: String) -> String? {
        for word in rateWords {
            for range in text.ranges(ofBytes: word) {
                let after = text[range.upperBound...]
                let figure = after.prefix { $0.isNumber || $0 == "." }
                guard let first = figure.first, first.isASCII else { continue }
                let next = after.dropFirst(figure.count).first ?? "。"
                if ["%", "％", "个", "万", "元", "亿", "倍", "辆", "人", "批", "台", "项", "家", "次", "天", "年", "月", "分"].contains(next) { continue }
                return String(text[range.lowerBound..<figure.endIndex])
            }
        }
        return nil
    }

    private static var sameSubjectTwice: RuleDraft {
        draft(LocalizedText(zh: "同一数字多次引用时数值一致", en: "a figure quoted twice has one value"), severity: .warning,
              message: LocalizedText(zh: "{where}：“{subject}”为 {actual}，{other}为 {expected}", en: "{where}: \"{subject}\" is {actual}, {other} says {expected}")) { figures, _, rule in
            // Keyed by bytes: a `String` key hashes Chinese text in its normalised form.
            var first: [PrintedWord: PlacedFigure] = [:]
            var outcomes: [RuleOutcome] = []
            for placed in figures where placed.figure.kind == .amount && placed.figure.direction == nil {
                // Short subjects (`支出总计`, `支出决算`) mean different things in different sections.
                let key = placed.budgetSubject.map { $0 + "决算" } ?? placed.subject
                guard key.count >= 6, !PlacedFigure.genericActuals.contains(PrintedWord(key)), let amount = placed.figure.amount else { continue }
                guard let earlier = first[PrintedWord(key)] else {
                    first[PrintedWord(key)] = placed
                    continue
                }
                guard let earlierAmount = earlier.figure.amount, !earlierAmount.hasSameValue(as: amount) else { continue }
                outcomes.append(rule.finding(at: placed.location, related: [earlier.location], expected: earlierAmount.description, actual: amount.description,
                                             difference: (amount - earlierAmount).description,
                                             values: ["subject": LocalizedText(key), "other": earlier.location.description]))
            }
            return outcomes
        }
    }

    private static var vehicleCounts: RuleDraft {
        draft(LocalizedText(zh: "说明中的车辆数与公开10 一致", en: "vehicle counts in the narrative equal table 10"),
              message: LocalizedText(zh: "{where}：“{subject}”为 {actual} 辆，公开10 为 {expected} 辆", en: "{where}: \"{subject}\" is {actual}, table 10 says {expected}")) { figures, disclosure, rule in
            guard let table = disclosure.tables.supplementaryStatistics else { return [.missing(.supplementaryStatistics)] }
            return figures.compactMap { placed in
                guard placed.figure.kind == .count, placed.figure.unit == "辆", placed.figure.value.scale == 0 else { return nil }
                let subject = placed.subject
                let line: CountLine?
                if subject.hasSuffix("共有车辆") || subject == "车辆数合计" {
                    line = table.vehicleTotal
                } else {
                    line = VehicleKind.allCases.first { PrintedName.comparable($0.rawValue) == subject }.flatMap { table.vehicles($0) }
                }
                guard let line, let said = Int(exactly: placed.figure.value.units), said != (line.count ?? 0) else { return nil }
                let related = FindingLocation(table: .supplementaryStatistics, rowLabel: line.label, column: "统计数", source: line.location)
                return rule.finding(at: placed.location, related: [related], expected: String(line.count ?? 0), actual: String(said),
                                    difference: String(said - (line.count ?? 0)), values: ["subject": LocalizedText(placed.figure.subject)])
            }
        }
    }

    private static var itemsExplained: RuleDraft {
        draft(LocalizedText(zh: "公开05 各项（项级科目）在说明中均有说明", en: "every item (项) of table 05 is explained in the narrative"), severity: .warning,
              message: LocalizedText(zh: "{where}：情况说明未说明该项支出", en: "{where}: the narrative does not explain this item")) { _, disclosure, rule in
            guard let table = disclosure.tables.generalBudgetExpenditure else { return [.missing(.generalBudgetExpenditure)] }
            let text = PrintedName.comparable(disclosure.narrative.sections.flatMap(\.paragraphs).map(\.text).joined())
            return table.rows.compactMap { row in
                guard let code = row.code, code.level == .item, !row.total.value.isZero else { return nil }
                guard !text.includes(PrintedName.comparable(row.name)), !text.includes(code.digits) else { return nil }
                return rule.finding(at: FindingLocation(table: .generalBudgetExpenditure, rowCode: code.digits, rowLabel: row.name, source: row.location))
            }
        }
    }

    /// `自评个数44个 … 36个项目自评为“优”，6个…“良”…`: the grades add up to the count.
    private static var evaluatedProjects: RuleDraft {
        draft(LocalizedText(zh: "绩效自评项目个数 = 各等级项目个数之和", en: "evaluated projects = sum of the projects per grade"),
              message: LocalizedText(zh: "{where}：各等级项目个数之和为 {expected}，说明自评个数为 {actual}",
                                     en: "{where}: the grades add up to {expected} projects, the narrative says {actual}")) { figures, _, rule in
            figures.compactMap { placed in
                guard placed.figure.kind == .count, placed.figure.unit == "个", placed.subject.hasSuffix("自评个数") else { return nil }
                let grades = placed.paragraph.figures.filter { $0.kind == .count && $0.unit == "个" && $0.subject.includes("自评为") }
                guard !grades.isEmpty else { return nil }
                let sum = grades.reduce(ExactDecimal.zero) { $0 + $1.value }
                guard !sum.hasSameValue(as: placed.figure.value) else { return nil }
                return rule.finding(at: placed.location, expected: sum.description, actual: placed.figure.value.description,
                                    difference: (placed.figure.value - sum).description)
            }
        }
    }
}
