import Classification
import Disclosure
import Reading

/// Writes 第三部分 情况说明 in the prescribed wording from the ledger and the computed tables.
/// Every amount it quotes is a table's printed figure; every change it states is explained by
/// the input's reason, and a missing reason is an input issue, never a blank in the text.
struct NarrativeWriter {
    let ledger: Ledger
    let catalogue: Catalogue
    let tables: Tables
    let generalBudget: FunctionalRollup
    let personnel: Amount
    let publicUse: Amount
    let operatingCosts: Amount
    let prior: PriorYearInput
    private(set) var issues: [InputIssue] = []

    init(ledger: Ledger, catalogue: Catalogue, tables: Tables, generalBudget: FunctionalRollup, personnel: Amount, publicUse: Amount,
         operatingCosts: Amount, prior: PriorYearInput) {
        self.ledger = ledger
        self.catalogue = catalogue
        self.tables = tables
        self.generalBudget = generalBudget
        self.personnel = personnel
        self.publicUse = publicUse
        self.operatingCosts = operatingCosts
        self.prior = prior
    }

    var year: Int { ledger.input.department.fiscalYear }

    mutating func narrative() -> Narrative {
        let sections: [(String, [String])] = [
            ("收入支出决算总体情况说明", grandTotals()),
            ("收入决算情况说明", income()),
            ("支出决算情况说明", expenditure()),
            ("财政拨款收支决算总体情况说明", fiscalTotals()),
            ("一般公共预算财政拨款支出决算情况说明", generalBudgetExpenditure()),
            ("一般公共预算财政拨款基本支出决算情况说明", basicExpenditure()),
            ("政府性基金预算财政拨款收支决算情况说明", governmentFund()),
            ("国有资本经营预算财政拨款支出决算情况说明", stateCapital()),
            ("财政拨款“三公”经费支出决算情况说明", threePublicExpenses()),
            ("其他重要事项情况说明", otherMatters()),
        ]
        return Narrative(sections: sections.enumerated().map { index, section in
            NarrativeSection(number: StandardClasses.numeral(index + 1), title: section.0, paragraphs: section.1.map {
                NarrativeParagraph(text: $0, figures: NarrativeFigureExtractor.figures(in: $0))
            })
        })
    }

    // MARK: Helpers

    /// The input's reason for the change of `key`, or an issue when the change needs one.
    mutating func reason(_ key: String, for changes: [NarrativeWords.Change?]) -> String? {
        guard changes.contains(where: { $0?.needsReason == true }) else { return nil }
        if let text = ledger.input.reasons[key]?.trimmingSpaces(), !text.isEmpty { return text }
        issues.append(InputIssue(InputPath().appending("reasons").appending(key), "缺少“\(key)”变动的原因：与上年相比有增减，情况说明须说明原因"))
        return nil
    }

    /// `与上年相比，A，B。主要原因是R。` or nothing when last year is not known.
    mutating func comparison(_ key: String, _ changes: [NarrativeWords.Change?], separator: String = "，") -> String {
        let known = changes.compactMap { $0 }
        guard !known.isEmpty else { return "" }
        let because = reason(key, for: changes).map { "主要原因是\($0.trimmingTrailingStop)。" } ?? ""
        return "与上年相比，" + known.map(\.text).joined(separator: separator) + "。" + because
    }

    func value(_ cell: Cell?) -> Amount { cell?.value ?? .zero }

    /// `A；B；C。`: the lines of a list, the last closed by a full stop.
    static func list(_ items: [String]) -> [String] {
        items.enumerated().map { index, item in item + (index == items.count - 1 ? "。" : "；") }
    }

    // MARK: Sections 一 to 八

    private mutating func grandTotals() -> [String] {
        let summary = tables.incomeExpenditureSummary
        let income = value(summary?.incomeGrandTotal?.amount)
        let expenditure = value(summary?.expenditureGrandTotal?.amount)
        let changes = [NarrativeWords.change("收入总计", current: income, prior: prior.incomeGrandTotal, noun: "收入"),
                       NarrativeWords.change("支出总计", current: expenditure, prior: prior.expenditureGrandTotal)]
        return ["\(year)年度收入总计\(NarrativeWords.money(income))，支出总计\(NarrativeWords.money(expenditure))。" + comparison(ReasonKey.grandTotals, changes)]
    }

    private func income() -> [String] {
        guard let table = tables.income, let total = table.total else { return [] }
        let whole = total.total.value
        let parts: [(String, Cell)] = [("财政拨款收入", total.fiscal), ("上级补助收入", total.superiorSubsidy), ("事业收入", total.business),
                                       ("经营收入", total.operating), ("附属单位上缴收入", total.affiliatedRemittance), ("其他收入", total.other)]
        let lines = parts.filter { !$0.1.value.isZero }.map { name, cell in
            "\(name)\(NarrativeWords.money(cell.value))" + (NarrativeWords.share(cell.value, of: whole).map { "，占比\($0)" } ?? "")
        }
        return ["\(year)年度收入合计\(NarrativeWords.money(whole))，其中："] + Self.list(lines)
    }

    private func expenditure() -> [String] {
        guard let table = tables.expenditure, let total = table.total else { return [] }
        let whole = total.total.value
        let lines = total.columns.dropFirst().filter { !$0.cell.value.isZero }.map { column, cell in
            "\(column)\(NarrativeWords.money(cell.value))" + (NarrativeWords.share(cell.value, of: whole).map { "，占比\($0)" } ?? "")
        }
        return ["\(year)年度支出合计\(NarrativeWords.money(whole))，其中："] + Self.list(lines)
    }

    private mutating func fiscalTotals() -> [String] {
        let income = value(tables.fiscalSummary?.incomeGrandTotal?.amount)
        let expenditure = value(tables.fiscalSummary?.expenditureGrandTotal?.amounts.total)
        let changes = [NarrativeWords.change("财政拨款收入总计", current: income, prior: prior.fiscalIncomeGrandTotal, noun: "收入"),
                       NarrativeWords.change("财政拨款支出总计", current: expenditure, prior: prior.fiscalExpenditureGrandTotal)]
        return ["\(year)年度财政拨款收入总计\(NarrativeWords.money(income))，支出总计\(NarrativeWords.money(expenditure))。"
                + comparison(ReasonKey.fiscalTotals, changes, separator: "；")]
    }

    private mutating func generalBudgetExpenditure() -> [String] {
        let total = generalBudget.total.sum()
        let all = value(tables.incomeExpenditureSummary?.expenditureTotal?.amount)
        var paragraphs = ["（一）一般公共预算财政拨款支出决算总体情况"]
        let share = NarrativeWords.share(total, of: all).map { "，占本年支出合计的\($0)" } ?? ""
        let change = NarrativeWords.change("一般公共预算财政拨款支出", current: total, prior: prior.generalBudgetExpenditure)
        paragraphs.append("\(year)年一般公共预算财政拨款决算支出\(NarrativeWords.money(total))\(share)。" + comparison(ReasonKey.generalBudget, [change]))
        paragraphs.append("（二）一般公共预算财政拨款支出决算结构情况")
        guard !total.isZero else {
            return paragraphs + ["本年度无一般公共预算财政拨款支出。"]
        }
        paragraphs.append("\(year)年度一般公共预算财政拨款支出\(NarrativeWords.money(total))，主要用于以下方面：")
        paragraphs += Self.list(generalBudget.classes.map { code in
            let amount = generalBudget.columns(code).sum()
            return "\(className(code))(类)\(NarrativeWords.money(amount))" + (NarrativeWords.share(amount, of: total).map { "，占比\($0)" } ?? "")
        })
        paragraphs.append("（三）一般公共预算财政拨款支出决算具体情况")
        let budget = ledger.initialBudgets.values.sum()
        paragraphs.append("\(year)年度一般公共预算财政拨款支出" + budgetAndActual(budget: budget, actual: total) + "。其中：")
        for code in generalBudget.classes {
            paragraphs += classParagraphs(code)
        }
        return paragraphs
    }

    /// `年初预算X万元，支出决算Y万元，完成年初预算的Z%`; without the rate when there was no budget.
    private func budgetAndActual(budget: Amount, actual: Amount) -> String {
        let completion = NarrativeWords.completion(actual, of: budget).map { "，\($0)" } ?? "（年初未安排预算）"
        return "年初预算\(NarrativeWords.money(budget))，支出决算\(NarrativeWords.money(actual))\(completion)"
    }

    private func className(_ code: FunctionalCode) -> String { catalogue.functional(code)?.name ?? code.digits }

    /// A 类: budget, actual, completion, use, change with its reason; then each of its 项 with what it was spent on.
    private mutating func classParagraphs(_ code: FunctionalCode) -> [String] {
        let actual = generalBudget.columns(code).sum()
        let budget = ledger.initialBudgets.filter { code.isAncestor(of: $0.key) }.map(\.value).sum()
        var text = "\(className(code))" + budgetAndActual(budget: budget, actual: actual)
        if let use = ledger.input.purposes[code.digits]?.trimmingSpaces(), !use.isEmpty { text += "，\(use.trimmingTrailingStop)" }
        text += "。"
        if let change = NarrativeWords.change("", current: actual, prior: prior.classes?[code.digits]) {
            let because = reason(code.digits, for: [change]).map { "，主要原因是\($0.trimmingTrailingStop)" } ?? ""
            let phrase = change.needsReason && !change.text.hasPrefix("上年无") ? "较上年决算" + change.text : change.text
            text += phrase + because + "。"
        }
        let items = generalBudget.items(of: code).map { item -> String in
            let amount = generalBudget.columns(item).sum()
            let name = catalogue.functional(item)?.name ?? item.digits
            let use: String
            if let given = ledger.input.purposes[item.digits]?.trimmingSpaces(), !given.isEmpty {
                use = "，" + given.trimmingTrailingStop
            } else {
                issues.append(InputIssue(InputPath().appending("purposes").appending(item.digits), "缺少 \(item) \(name)（项）的支出用途：情况说明须说明每一项支出"))
                use = ""
            }
            // `机关事业单位基本养老保险缴费支出（项）` already says 支出.
            let spent = name.hasSuffix("支出") ? "" : "支出"
            return "\(name)（项）\(spent)\(NarrativeWords.money(amount))\(use)"
        }
        return [text, "其中：" + items.joined(separator: "；") + "。"]
    }

    private func basicExpenditure() -> [String] {
        let total = personnel + publicUse
        func details(_ personnel: Bool) -> String {
            ledger.economic.filter { $0.key.isPersonnel == personnel && !PrintedCell.rounded($0.value).isZero }.sorted { $0.key < $1.key }.map { code, amount in
                economicName(code) + NarrativeWords.money(amount)
            }.joined(separator: "，")
        }
        let personnelDetails = details(true)
        let publicUseDetails = details(false)
        return ["\(year)年度财政拨款基本支出\(NarrativeWords.money(total))，其中：",
                "人员经费\(NarrativeWords.money(personnel))" + (personnelDetails.isEmpty ? "" : "，主要包括\(personnelDetails)") + "；",
                "公用经费\(NarrativeWords.money(publicUse))" + (publicUseDetails.isEmpty ? "" : "，主要包括\(publicUseDetails)") + "。"]
    }

    /// A 款's name, with its 类 added where another 款 of the form has the same name
    /// (30902 and 31002 are both 办公设备购置), so that the figure names one cell only.
    private func economicName(_ code: EconomicCode) -> String {
        let name = catalogue.economic(code)?.name ?? code.digits
        let lines = tables.basicExpenditure?.lines ?? []
        guard lines.contains(where: { $0.code != code && $0.code.level == .section && $0.name == name }) else { return name }
        return name + "（" + (catalogue.economic(code.classCode)?.name ?? code.classCode.digits) + "）"
    }

    private func governmentFund() -> [String] {
        guard let total = tables.governmentFund?.total, tables.governmentFund?.heading.printedEmpty == false else { return ["本年度无此项收支。"] }
        return ["\(year)年度政府性基金预算财政拨款年初结转和结余\(NarrativeWords.money(value(total.opening)))，本年收入\(NarrativeWords.money(value(total.income)))，"
                + "本年支出\(NarrativeWords.money(total.total.value))，年末结转和结余\(NarrativeWords.money(value(total.closing)))。"]
    }

    private func stateCapital() -> [String] {
        guard let total = tables.stateCapital?.total, tables.stateCapital?.heading.printedEmpty == false else { return ["本年度无此项支出。"] }
        return ["\(year)年度国有资本经营预算财政拨款支出\(NarrativeWords.money(total.total.value))，其中：基本支出\(NarrativeWords.money(total.basic.value))，"
                + "项目支出\(NarrativeWords.money(total.project.value))。"]
    }
}

extension String {
    /// Without a closing 。 or ；, so that a reason can be placed inside a sentence.
    var trimmingTrailingStop: String {
        var text = trimmingSpaces()
        while let last = text.last, "。；;，,".contains(last) { text.removeLast() }
        return text
    }
}
