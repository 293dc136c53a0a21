import Classification
import Disclosure

/// Checks the input against the catalogue and the identities base figures must satisfy, and
/// resolves it into a `Ledger`. It collects every issue rather than stopping at the first, so a
/// finance office fixes its workbook in one pass.
struct InputValidator {
    let catalogue: Catalogue
    private(set) var issues: [InputIssue] = []

    init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    mutating func ledger(_ input: AuthoringInput) -> Ledger? {
        let root = InputPath()
        let kind = UnitKind(rawValue: input.department.kind.trimmingSpaces())
        if kind == nil {
            report(root.appending("department").appending("kind"), "单位性质“\(input.department.kind)”无效，应为 行政单位、参照公务员法管理事业单位 或 事业单位")
        }
        var entries: [Ledger.Entry] = []
        for (index, line) in input.lines.enumerated() {
            let path = root.appending("lines").appending(index)
            let code = functionalItem(line.code, at: path.appending("code"))
            let source = self.source(line.source, at: path.appending("source"))
            for (key, amount) in [("income", line.income), ("basic", line.basic), ("project", line.project), ("toSuperior", line.toSuperior),
                                  ("operating", line.operating), ("affiliatedSubsidy", line.affiliatedSubsidy)] {
                nonNegative(amount, at: path.appending(key))
            }
            if let code, let source { entries.append(Ledger.Entry(code: code, source: source, line: line)) }
        }
        var economic: [EconomicCode: Amount] = [:]
        for (index, line) in input.basicExpenditure.enumerated() {
            let path = root.appending("basicExpenditure").appending(index)
            nonNegative(line.amount, at: path.appending("amount"))
            guard let code = EconomicCode(line.code), code.level == .section else {
                report(path.appending("code"), "经济分类科目代码“\(line.code)”无效，应为 5 位款级代码")
                continue
            }
            guard catalogue.economic(code) != nil else {
                report(path.appending("code"), "经济分类科目代码 \(code) 不在分类目录中")
                continue
            }
            if economic[code] != nil { report(path.appending("code"), "经济分类科目代码 \(code) 重复") }
            economic[code, default: .zero] += line.amount
        }
        var balances: [Ledger.Balance] = []
        for (index, line) in input.balances.enumerated() {
            let path = root.appending("balances").appending(index)
            let source = self.source(line.source, at: path.appending("source"))
            let code = line.code.flatMap { $0.isEmpty ? nil : functionalItem($0, at: path.appending("code")) }
            for (key, amount) in [("opening", line.opening), ("closing", line.closing), ("useOfBalance", line.useOfBalance), ("distribution", line.distribution)] {
                nonNegative(amount, at: path.appending(key))
            }
            if let source { balances.append(Ledger.Balance(source: source, code: code, line: line)) }
        }
        var initialBudgets: [FunctionalCode: Amount] = [:]
        for (index, budget) in input.initialBudgets.enumerated() {
            let path = root.appending("initialBudgets").appending(index)
            nonNegative(budget.amount, at: path.appending("amount"))
            if let code = functionalItem(budget.code, at: path.appending("code")) { initialBudgets[code, default: .zero] += budget.amount }
        }
        var vehicles: [VehicleKind: Int] = [:]
        for (name, count) in input.assets.vehicles.sorted(by: { $0.key < $1.key }) {
            let path = root.appending("assets").appending("vehicles").appending(name)
            guard let kind = VehicleKind(rawValue: name.trimmingSpaces()) else {
                report(path, "车辆类别“\(name)”无效，应为：" + VehicleKind.allCases.map(\.rawValue).joined(separator: "、"))
                continue
            }
            if count < 0 { report(path, "车辆数不能为负数（\(count)）") }
            vehicles[kind] = count
        }
        checkAmounts(input, root: root)
        guard let kind, issues.isEmpty else { return nil }
        let ledger = Ledger(input: input, unitKind: kind, entries: entries, economic: economic, balances: balances,
                            initialBudgets: initialBudgets, vehicles: vehicles)
        checkIdentities(ledger, root: root)
        return issues.isEmpty ? ledger : nil
    }

    /// Amounts outside the lists that can never be negative.
    private mutating func checkAmounts(_ input: AuthoringInput, root: InputPath) {
        let three = root.appending("threePublicExpenses")
        for (part, amounts) in [("budget", input.threePublicExpenses.budget), ("actual", input.threePublicExpenses.actual)] {
            for (key, amount) in [("overseasTravel", amounts.overseasTravel), ("vehiclePurchase", amounts.vehiclePurchase),
                                  ("vehicleOperation", amounts.vehicleOperation), ("reception", amounts.reception)] {
                nonNegative(amount, at: three.appending(part).appending(key))
            }
        }
        let procurement = root.appending("procurement")
        let parts = input.procurement
        for (key, amount) in [("goods", parts.goods), ("works", parts.works), ("services", parts.services),
                              ("smallAndMedium", parts.smallAndMedium), ("smallAndMicro", parts.smallAndMicro)] {
            nonNegative(amount, at: procurement.appending(key))
        }
        if let medium = parts.smallAndMedium, medium > parts.total {
            report(procurement.appending("smallAndMedium"), "授予中小企业合同金额 \(medium) 大于政府采购支出总额 \(parts.total)")
        }
        if let micro = parts.smallAndMicro, micro > (parts.smallAndMedium ?? .zero) {
            report(procurement.appending("smallAndMicro"), "授予小微企业合同金额 \(micro) 大于授予中小企业合同金额")
        }
    }

    /// The identities that tie base figures together; breaking one would print tables that do not agree.
    private mutating func checkIdentities(_ ledger: Ledger, root: InputPath) {
        let basic = ledger.entries(.generalBudget).compactMap(\.line.basic).sum()
        let economic = ledger.economic.values.sum()
        if !economic.hasSameValue(as: basic) {
            report(root.appending("basicExpenditure"),
                   "基本支出经济分类合计 \(economic) 万元与收支明细中一般公共预算基本支出 \(basic) 万元不等（相差 \((economic - basic).magnitude)）")
        }
        for source in SourceOfFunds.allCases {
            let balances = ledger.balances.filter { $0.source == source }
            let opening = balances.compactMap(\.line.opening).sum()
            let closing = balances.compactMap(\.line.closing).sum()
            let use = balances.compactMap(\.line.useOfBalance).sum()
            let distribution = balances.compactMap(\.line.distribution).sum()
            let expected = opening + ledger.income([source]) + use - ledger.expenditure([source]) - distribution
            guard !expected.hasSameValue(as: closing) else { continue }
            let path = balances.isEmpty ? root.appending("balances") : root.appending("balances").appending(ledger.balances.firstIndex { $0.source == source } ?? 0)
            report(path, "资金来源“\(source.rawValue)”：年初结转和结余 \(opening) + 本年收入 \(ledger.income([source])) + 使用结余 \(use) − 本年支出 \(ledger.expenditure([source])) − 结余分配 \(distribution) = \(expected)，与年末结转和结余 \(closing) 不等")
        }
    }

    private mutating func functionalItem(_ text: String, at path: InputPath) -> FunctionalCode? {
        guard let code = FunctionalCode(text.trimmingSpaces()), code.level == .item else {
            report(path, "功能分类科目代码“\(text)”无效，应为 7 位项级代码")
            return nil
        }
        guard catalogue.functional(code) != nil else {
            report(path, "功能分类科目代码 \(code) 不在分类目录中（可用 --catalogue 补充）")
            return nil
        }
        for ancestor in [code.parent, code.classCode].compactMap({ $0 }) where catalogue.functional(ancestor) == nil {
            report(path, "功能分类科目 \(code) 的上级科目 \(ancestor) 不在分类目录中")
            return nil
        }
        return code
    }

    private mutating func source(_ text: String, at path: InputPath) -> SourceOfFunds? {
        guard let source = SourceOfFunds(named: text) else {
            report(path, "资金来源“\(text)”无效，应为：" + SourceOfFunds.allCases.map(\.rawValue).joined(separator: "、"))
            return nil
        }
        return source
    }

    private mutating func nonNegative(_ amount: Amount?, at path: InputPath) {
        if let amount, amount.isNegative { report(path, "金额不能为负数（\(amount) 万元）") }
    }

    mutating func report(_ path: InputPath, _ message: String) {
        issues.append(InputIssue(path, message))
    }
}
