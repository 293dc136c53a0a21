import Disclosure

/// 10 部门决算公开相关信息统计表: vehicle counts add up, procurement adds up, and 机关运行经费 is
/// part of 06's 公用经费 (equal to it when every unit is 行政 or 参公).
enum StatisticsRules {
    static var all: [RuleDraft] { [vehicles, procurement, operatingCosts] }

    private static func draft(_ title: LocalizedText, message: LocalizedText,
                              _ body: @escaping @Sendable (SupplementaryStatisticsTable, Disclosure, Rule) -> [RuleOutcome]) -> RuleDraft {
        RuleDraft(family: .statistics, severity: .error, title: LocalizedText(zh: "公开10：", en: "Table 10: ") + title, message: message) { disclosure, rule in
            guard let table = disclosure.tables.supplementaryStatistics else { return [.missing(.supplementaryStatistics)] }
            return body(table, disclosure, rule)
        }
    }

    private static var vehicles: RuleDraft {
        draft(LocalizedText(zh: "车辆数合计 = 各类用车之和", en: "vehicle total = sum of the kinds"),
              message: LocalizedText(zh: "{where}：各类用车之和为 {expected} 辆，列示 {actual} 辆，相差 {difference}",
                                     en: "{where}: the kinds add up to {expected} vehicles, printed {actual}, difference {difference}")) { table, _, rule in
            guard let total = table.vehicleTotal else { return [.missing(LocalizedText(zh: "车辆数合计", en: "the vehicle total"))] }
            let sum = table.vehicles.reduce(0) { $0 + ($1.line.count ?? 0) }
            let printed = total.count ?? 0
            guard sum != printed else { return [] }
            let location = FindingLocation(table: .supplementaryStatistics, rowLabel: total.label, column: "统计数", source: total.location)
            return [rule.finding(at: location, expected: String(sum), actual: String(printed), difference: String(printed - sum))]
        }
    }

    private static var procurement: RuleDraft {
        draft(LocalizedText(zh: "政府采购合计 = 货物 + 工程 + 服务", en: "procurement total = goods + works + services"),
              message: LocalizedText(zh: "{where}：货物、工程、服务之和为 {expected}，列示 {actual}，相差 {difference}",
                                     en: "{where}: goods, works and services add up to {expected}, printed {actual}, difference {difference}")) { table, _, rule in
            guard let total = table.procurementTotal else { return [.missing(LocalizedText(zh: "政府采购合计", en: "the procurement total"))] }
            let parts = [table.procurementGoods, table.procurementWorks, table.procurementServices].map { $0?.amount ?? .blank }
            return rule.balance([total.amount], against: parts, at: total.location(in: .supplementaryStatistics, column: "统计数")).map { [$0] } ?? []
        }
    }

    /// More 机关运行经费 than 公用经费 is impossible; less is right only when some unit is neither
    /// 行政 nor 参公, which the model cannot tell, hence a warning.
    private static var operatingCosts: RuleDraft {
        draft(LocalizedText(zh: "机关运行经费 ≤ 公开06 公用经费合计（全部为行政或参公单位时应相等）",
                            en: "running costs ≤ table 06 public-use total (equal when every unit is administrative)"),
              message: LocalizedText(zh: "{where}：机关运行经费 {actual}，公开06 公用经费合计 {expected}，相差 {difference}{verdict}",
                                     en: "{where}: running costs {actual}, table 06 public-use total {expected}, difference {difference}{verdict}")) { table, disclosure, rule in
            guard let basic = disclosure.tables.basicExpenditure else { return [.missing(.basicExpenditure)] }
            guard let publicUse = basic.publicUseTotal else { return [.missing(LocalizedText(zh: "公用经费合计", en: "the public-use total"))] }
            let lines = [table.operatingCostsAdministrative, table.operatingCostsCivilServiceManaged].compactMap { $0 }
            guard let first = lines.first else { return [.missing(LocalizedText(zh: "机关运行经费", en: "running costs"))] }
            let costs = lines.map(\.amount)
            let location = first.location(in: .supplementaryStatistics, column: "统计数")
            let related = [publicUse.location(in: .basicExpenditure)]
            if let over = rule.atMost(costs, [publicUse.amount], at: location, related: related,
                                      values: ["verdict": LocalizedText(zh: "，机关运行经费不应超过公用经费", en: "; running costs cannot exceed public-use costs")]) {
                return [over]
            }
            let under = rule.balance(costs, against: [publicUse.amount], at: location, related: related,
                                     values: ["verdict": LocalizedText(zh: "；如全部为行政单位或参公事业单位，两者应相等",
                                                                       en: "; they are equal when every unit is administrative or civil-service managed")])
            guard case .finding(var finding)? = under else { return [] }
            if finding.severity == .error { finding.severity = .warning }
            return [.finding(finding)]
        }
    }
}
