import Disclosure

/// 09's own sums, for 预算数 and 决算数 alike, and 06's 三公 items as parts of 09's 决算数 (09
/// covers all 财政拨款, basic and project, so 06 ≤ 09; equality is common).
enum ThreePublicExpensesRules {
    static var all: [RuleDraft] {
        [Figures.budget, .actual].flatMap { [total($0), vehicleSubtotal($0)] } + itemsWithin09.map(itemWithin)
    }

    enum Figures {
        case budget, actual

        var name: LocalizedText {
            self == .budget ? LocalizedText(zh: "预算数", en: "budget") : LocalizedText(zh: "决算数", en: "actual")
        }

        func figures(_ table: ThreePublicExpensesTable) -> ThreePublicFigures? {
            self == .budget ? table.budget : table.actual
        }
    }

    private static func draft(_ title: LocalizedText, message: LocalizedText,
                              _ body: @escaping @Sendable (ThreePublicExpensesTable, Disclosure, Rule) -> [RuleOutcome]) -> RuleDraft {
        RuleDraft(family: .threePublicExpenses, severity: .error, title: title, message: message) { disclosure, rule in
            guard let table = disclosure.tables.threePublicExpenses else { return [.missing(.threePublicExpenses)] }
            return body(table, disclosure, rule)
        }
    }

    private static let sumMessage = LocalizedText(zh: "{where}：各项之和为 {expected}，列示 {actual}，相差 {difference}",
                                                  en: "{where}: the parts add up to {expected}, printed {actual}, difference {difference}")

    static func location(_ table: ThreePublicExpensesTable, _ figures: Figures, _ column: String) -> FindingLocation {
        FindingLocation(table: .threePublicExpenses, rowLabel: figures.name.zh, column: column, source: table.location)
    }

    private static func total(_ which: Figures) -> RuleDraft {
        draft(LocalizedText(zh: "公开09 \(which.name.zh)：合计 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费",
                            en: "Table 09 \(which.name.en): total = overseas travel + vehicles + reception"), message: sumMessage) { table, _, rule in
            guard let figures = which.figures(table) else { return [.missing(LocalizedText(zh: "预算数", en: "the budget figures"))] }
            return rule.balance([figures.total], against: [figures.overseasTravel, figures.vehicleSubtotal, figures.reception],
                                at: location(table, which, "合计")).map { [$0] } ?? []
        }
    }

    private static func vehicleSubtotal(_ which: Figures) -> RuleDraft {
        draft(LocalizedText(zh: "公开09 \(which.name.zh)：公务用车小计 = 购置费 + 运行维护费",
                            en: "Table 09 \(which.name.en): vehicle subtotal = purchase + operation"), message: sumMessage) { table, _, rule in
            guard let figures = which.figures(table) else { return [.missing(LocalizedText(zh: "预算数", en: "the budget figures"))] }
            return rule.balance([figures.vehicleSubtotal], against: [figures.vehiclePurchase, figures.vehicleOperation],
                                at: location(table, which, "公务用车购置及运行维护费小计")).map { [$0] } ?? []
        }
    }

    /// 06 economic codes and the 09 决算数 column they are part of.
    struct ItemWithin: Sendable {
        let codes: [String]
        let name: LocalizedText
        let column: String
        let cell: @Sendable (ThreePublicFigures) -> Cell
    }

    static let itemsWithin09: [ItemWithin] = [
        ItemWithin(codes: ["30212"], name: LocalizedText(zh: "因公出国（境）费用", en: "overseas travel"), column: "因公出国(境)费") { $0.overseasTravel },
        ItemWithin(codes: ["30217"], name: LocalizedText(zh: "公务接待费", en: "reception"), column: "公务接待费") { $0.reception },
        ItemWithin(codes: ["30231"], name: LocalizedText(zh: "公务用车运行维护费", en: "vehicle operation"), column: "公务用车运行维护费") { $0.vehicleOperation },
        ItemWithin(codes: ["31013", "30913"], name: LocalizedText(zh: "公务用车购置", en: "vehicle purchase"), column: "公务用车购置费") { $0.vehiclePurchase },
    ]

    private static func itemWithin(_ item: ItemWithin) -> RuleDraft {
        let codes = item.codes.joined(separator: "+")
        return draft(LocalizedText(zh: "公开06 \(codes) \(item.name.zh) ≤ 公开09 决算数「\(item.column)」",
                                   en: "Table 06 \(codes) \(item.name.en) ≤ table 09 actual \(item.name.en)"),
                     message: LocalizedText(zh: "{where}：基本支出中的\(item.name.zh) {actual} 大于“三公”经费决算数 {expected}，超出 {difference}",
                                            en: "{where}: basic-expenditure \(item.name.en) {actual} exceeds the 三公 actual {expected} by {difference}")) { table, disclosure, rule in
            guard let basic = disclosure.tables.basicExpenditure else { return [.missing(.basicExpenditure)] }
            let lines = item.codes.compactMap { code in EconomicCode(code).flatMap(basic.line) }
            guard let first = lines.first else { return [] }
            return rule.atMost(lines.map(\.amount), [item.cell(table.actual)], at: first.findingLocation,
                               related: [location(table, .actual, item.column)]).map { [$0] } ?? []
        }
    }
}
