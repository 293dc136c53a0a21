import Disclosure

/// Sections 九 (三公) and 十 (机关运行经费, procurement, assets, performance).
extension NarrativeWriter {
    mutating func threePublicExpenses() -> [String] {
        let input = ledger.input.threePublicExpenses
        let actual = input.actual.sum
        let budget = input.budget.sum
        let priorAmounts = prior.threePublicExpenses
        var overall = "\(year)年度“三公”经费财政拨款支出全年预算\(NarrativeWords.money(budget))，支出决算\(NarrativeWords.money(actual))"
        if let completion = NarrativeWords.completion(actual, of: budget, budgetName: "全年预算") { overall += "，\(completion)" }
        overall += clause(ReasonKey.threePublic, current: actual, prior: priorAmounts?.sum) + "。其中："
        let items = ThreePublicItem.allCases.map { item -> String in
            let amount = item.amount(input.actual) ?? .zero
            let itemBudget = item.amount(input.budget) ?? .zero
            var text = "\(item.rawValue)支出\(NarrativeWords.money(amount))"
            if let completion = NarrativeWords.completion(amount, of: itemBudget, budgetName: "全年预算") { text += "，\(completion)" }
            return text + clause(item.rawValue, current: amount, prior: priorAmounts.flatMap { item.amount($0) })
        }
        return ["(一) “三公”经费财政拨款支出决算总体情况说明", overall] + Self.list(items)
            + ["(二) “三公”经费财政拨款支出决算具体情况说明"] + threePublicDetails(input)
    }

    /// `，比上年度减少X万元，下降Y%，主要原因是：R`; `，与上年相同，主要原因是：本年度无…支出` for nothing twice.
    private mutating func clause(_ key: String, current: Amount, prior: Amount?) -> String {
        guard let change = NarrativeWords.change("", current: current, prior: prior) else { return "" }
        let phrase = change.needsReason && !change.text.hasPrefix("上年无") ? "比上年度" + change.text : change.text
        if PrintedCell.rounded(current).isZero, !change.needsReason {
            return "，\(phrase)，主要原因是：本年度无\(key)支出"
        }
        let because = reason(key, for: [change]).map { "，主要原因是：\($0.trimmingTrailingStop)" } ?? ""
        return "，\(phrase)\(because)"
    }

    private func purpose(_ item: ThreePublicItem, amount: Amount) -> String {
        if let given = ledger.input.threePublicExpenses.purposes?[item.rawValue]?.trimmingSpaces(), !given.isEmpty { return given.trimmingTrailingStop }
        return PrintedCell.rounded(amount).isZero ? "本年度无\(item.rawValue)支出" : "\(item.rawValue)支出"
    }

    private func threePublicDetails(_ input: ThreePublicInput) -> [String] {
        let amounts = ThreePublicItem.allCases.map { $0.amount(input.actual) ?? .zero }
        let money = NarrativeWords.money
        var lines = [
            "1、因公出国（境）费支出\(money(amounts[0]))，出国（境）团组共\(input.overseasGroups ?? 0)个，\(input.overseasPersons ?? 0)人次。主要用于：\(purpose(.overseasTravel, amount: amounts[0]))。",
            "2、公务用车购置支出\(money(amounts[1]))，使用财政拨款共购置公务用车\(input.vehiclesPurchased ?? 0)辆，主要用于：\(purpose(.vehiclePurchase, amount: amounts[1]))。",
            "3、公务用车运行维护费支出\(money(amounts[2]))，使用财政拨款负担的公务用车保有量共\(input.vehiclesHeld ?? 0)辆，主要用于：\(purpose(.vehicleOperation, amount: amounts[2]))。",
        ]
        let batches = input.receptionBatches ?? 0
        let persons = input.receptionPersons ?? 0
        let abroad = input.abroadReception ?? ReceptionPart(amount: .zero, batches: 0, persons: 0)
        let foreign = input.foreignAffairsReception ?? ReceptionPart(amount: .zero, batches: 0, persons: 0)
        let domestic = amounts[3] - abroad.amount
        let none: (Amount, String) -> String = { amount, name in PrintedCell.rounded(amount).isZero ? "，主要是本年度无\(name)支出" : "" }
        lines.append("4、公务接待费支出\(money(amounts[3]))，共接待\(batches)批次，\(persons)人次。"
                     + "国内接待费\(money(domestic))，共接待\(batches - abroad.batches)批次，\(persons - abroad.persons)人次，"
                     + "其中外事接待费\(money(foreign.amount))，共接待\(foreign.batches)批次，\(foreign.persons)人次\(none(foreign.amount, "外事接待费"))；"
                     + "国（境）外接待费\(money(abroad.amount))，共接待国（境）外\(abroad.batches)批次，\(abroad.persons)人次\(none(abroad.amount, "国（境）外接待费"))。")
        return lines
    }

    mutating func otherMatters() -> [String] {
        var paragraphs = ["（一）机关运行经费支出情况说明"]
        let change = NarrativeWords.change("", current: operatingCosts, prior: prior.operatingCosts)
        var costs = "\(year)年机关运行经费支出\(NarrativeWords.money(operatingCosts))"
        if let change {
            let phrase = change.needsReason && !change.text.hasPrefix("上年无") ? "比\(year - 1)年" + change.text : change.text
            costs += "，\(phrase)" + (reason(ReasonKey.operatingCosts, for: [change]).map { "，主要原因是\($0.trimmingTrailingStop)" } ?? "")
        }
        paragraphs.append(costs + "。")
        paragraphs += ["（二）政府采购情况说明", procurement(), "（三）国有资产占用情况说明", assets(), "（四）预算绩效情况说明", "1、预算绩效管理工作开展情况"]
        paragraphs.append(performance())
        paragraphs += ["2、其他需要说明的事项", ledger.input.performance?.otherMatters?.trimmingSpaces().nonEmpty ?? "无。"]
        return paragraphs
    }

    private func procurement() -> String {
        let input = ledger.input.procurement
        let total = input.total
        guard !PrintedCell.rounded(total).isZero else { return "\(year)年度无政府采购支出。" }
        let money = NarrativeWords.money
        var text = "\(year)年度政府采购支出总额\(money(total))，其中：政府采购货物支出\(money(input.goods ?? .zero))、"
            + "政府采购工程支出\(money(input.works ?? .zero))、政府采购服务支出\(money(input.services ?? .zero))。"
        if let medium = input.smallAndMedium {
            text += "政府采购授予中小企业合同金额\(money(medium))" + (NarrativeWords.share(medium, of: total).map { "，占政府采购支出总额的\($0)" } ?? "") + "。"
        }
        if let micro = input.smallAndMicro {
            text += "其中：授予小微企业合同金额\(money(micro))" + (NarrativeWords.share(micro, of: total).map { "，占政府采购支出总额的\($0)" } ?? "") + "。"
        }
        return text
    }

    private func assets() -> String {
        let counts = ledger.vehicles
        let total = counts.values.reduce(0, +)
        let date = ledger.input.assets.asOf?.trimmingSpaces().nonEmpty ?? "\(year)年12月31日"
        let kinds = VehicleKind.allCases.filter { $0 != .other && (counts[$0] ?? 0) > 0 }.map { "\($0.rawValue)\(counts[$0] ?? 0)辆" }
        let other = "其他用车\(counts[.other] ?? 0)辆"
        let detail = (kinds + [other]).joined(separator: "、")
        return "截至\(date)，本部门（单位）共有车辆\(total)辆。其中：\(detail)。单价100万元（含）以上设备（不含车辆）\(ledger.input.assets.largeEquipment ?? 0)台（套）。"
    }

    /// The self-evaluation summary: counts and funds given in the input, or taken from the attached tables.
    private func performance() -> String {
        let input = ledger.input.performance
        let evaluations = ledger.input.selfEvaluations.filter { !$0.isPublishedEmpty }
        let count = input?.projectCount ?? evaluations.count
        let funds = input?.funds ?? evaluations.compactMap { $0.fundLines.first?.annualBudget }.sum()
        var grades = input?.grades ?? [:]
        if input?.grades == nil {
            for grade in evaluations.compactMap(\.grade) { grades[grade, default: 0] += 1 }
        }
        guard count > 0 else { return "\(year)年度未开展项目支出绩效自评。" }
        let order = ["优", "良", "中", "差", "合格", "不合格"]
        let graded = grades.filter { $0.value > 0 }.sorted { (order.firstIndex(of: $0.key) ?? order.count, $0.key) < (order.firstIndex(of: $1.key) ?? order.count, $1.key) }
            .map { "\($0.value)个项目自评为“\($0.key)”" }
        var text = "\(ledger.input.department.name)\(year)年二级项目绩效自评个数\(count)个，涉及资金\(NarrativeWords.money(funds))"
        text += graded.isEmpty ? "。" : "：" + graded.joined(separator: "，") + "。"
        if let remarks = input?.remarks?.trimmingSpaces().nonEmpty { text += remarks }
        return text
    }
}

extension String {
    /// Nil for an empty string, so that `??` can supply the default wording.
    var nonEmpty: String? { isEmpty ? nil : self }
}
