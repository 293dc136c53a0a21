import Disclosure

/// 06 一般公共预算财政拨款基本支出决算明细表: 人员经费合计 = 301 + 303, 公用经费合计 = the other
/// classes, each class = Σ its items. A class that does not add up is where a lost detail row
/// shows.
enum BasicExpenditureRules {
    /// The classes given a rule of their own, in code order; any other class falls to the last rule.
    static let classes = ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"]

    static var all: [RuleDraft] {
        [personnelTotal, publicUseTotal, grandTotal] + classes.map(classSum) + [otherClassSums]
    }

    private static let message = LocalizedText(zh: "{where}：{parts}之和为 {expected}，列示 {actual}，相差 {difference}",
                                               en: "{where}: {parts} add up to {expected}, printed {actual}, difference {difference}")

    private static func draft(_ title: LocalizedText, _ body: @escaping @Sendable (BasicExpenditureTable, Rule) -> [RuleOutcome]) -> RuleDraft {
        RuleDraft(family: .basicExpenditure, severity: .error, title: LocalizedText(zh: "公开06：", en: "Table 06: ") + title,
                  message: message) { disclosure, rule in
            guard let table = disclosure.tables.basicExpenditure else { return [.missing(.basicExpenditure)] }
            return body(table, rule)
        }
    }

    private static func classLines(_ table: BasicExpenditureTable, personnel: Bool) -> [EconomicLine] {
        table.lines.filter { $0.code.level == .class && $0.code.isPersonnel == personnel }
    }

    private static var personnelTotal: RuleDraft {
        draft(LocalizedText(zh: "人员经费合计 = 工资福利支出(301) + 对个人和家庭的补助(303)", en: "personnel total = 301 + 303")) { table, rule in
            guard let total = table.personnelTotal else { return [.missing(LocalizedText(zh: "人员经费合计", en: "the personnel total"))] }
            return rule.balance([total.amount], against: classLines(table, personnel: true).map(\.amount), at: total.location(in: .basicExpenditure),
                                values: ["parts": LocalizedText(zh: "人员经费各类", en: "the personnel classes")]).map { [$0] } ?? []
        }
    }

    private static var publicUseTotal: RuleDraft {
        draft(LocalizedText(zh: "公用经费合计 = 302、307、309、310 等其余各类之和", en: "public-use total = sum of the other classes (302, 307, 309, 310, …)")) { table, rule in
            guard let total = table.publicUseTotal else { return [.missing(LocalizedText(zh: "公用经费合计", en: "the public-use total"))] }
            return rule.balance([total.amount], against: classLines(table, personnel: false).map(\.amount), at: total.location(in: .basicExpenditure),
                                values: ["parts": LocalizedText(zh: "公用经费各类", en: "the public-use classes")]).map { [$0] } ?? []
        }
    }

    private static var grandTotal: RuleDraft {
        draft(LocalizedText(zh: "合计 = 人员经费合计 + 公用经费合计（印有合计时）", en: "total = personnel + public-use (where a total is printed)")) { table, rule in
            guard let total = table.total else { return [] }
            guard let personnel = table.personnelTotal, let publicUse = table.publicUseTotal else {
                return [.missing(LocalizedText(zh: "人员经费合计或公用经费合计", en: "the personnel or public-use total"))]
            }
            return rule.balance([total.amount], against: [personnel.amount, publicUse.amount], at: total.location(in: .basicExpenditure),
                                values: ["parts": LocalizedText(zh: "人员经费与公用经费", en: "personnel and public-use")]).map { [$0] } ?? []
        }
    }

    private static func classSum(_ code: String) -> RuleDraft {
        draft(LocalizedText(zh: "\(code) 类 = 所属各款之和", en: "class \(code) = sum of its items")) { table, rule in
            table.lines.filter { $0.code.digits == code }.compactMap { classSum($0, table, rule) }
        }
    }

    private static var otherClassSums: RuleDraft {
        draft(LocalizedText(zh: "其他各类 = 所属各款之和", en: "any other class = sum of its items")) { table, rule in
            table.lines.filter { $0.code.level == .class && !classes.contains($0.code.digits) }.compactMap { classSum($0, table, rule) }
        }
    }

    private static func classSum(_ line: EconomicLine, _ table: BasicExpenditureTable, _ rule: Rule) -> RuleOutcome? {
        let items = table.lines.filter { $0.code.parent == line.code }
        guard !items.isEmpty else { return nil }
        return rule.balance([line.amount], against: items.map(\.amount), at: line.findingLocation,
                            values: ["parts": LocalizedText(zh: "所属各款", en: "its items")])
    }
}

extension EconomicLine {
    var findingLocation: FindingLocation {
        FindingLocation(table: .basicExpenditure, rowCode: code.digits, rowLabel: name, column: "决算数", source: location)
    }
}
