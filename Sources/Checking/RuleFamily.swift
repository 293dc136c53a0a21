/// The families of rules, by the identity or defect they check. The id prefix is stable: rule
/// ids are `prefix-NNN`.
public enum RuleFamily: String, Sendable, Codable, CaseIterable {
    /// 合计 = Σ columns within one row of a functional table.
    case rowSums = "RS"
    /// 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, per column.
    case hierarchySums = "HS"
    /// 01 and 04: income side, expenditure side, 总计.
    case summaryIdentities = "SI"
    /// 06: 人员经费, 公用经费 and each class against its items.
    case basicExpenditure = "BE"
    /// 09's sums and 06's 三公 items against 09.
    case threePublicExpenses = "TP"
    /// The same figure in two tables.
    case crossTable = "XT"
    /// 10: procurement, 机关运行经费, vehicles.
    case statistics = "OS"
    /// Statutory tables present, empty tables noted.
    case completeness = "CP"
    /// Department name, year, unit and classification names consistent and current.
    case identity = "ID"
    /// Template residue left in the text.
    case placeholders = "PH"
    /// What the narrative says against the tables and itself.
    case narrative = "NT"
    /// 项目支出绩效自评表: their arithmetic, scores, grades and codes.
    case selfEvaluation = "JX"

    public var prefix: String { rawValue }

    public var title: LocalizedText {
        switch self {
        case .rowSums: LocalizedText(zh: "行内合计", en: "Row sums")
        case .hierarchySums: LocalizedText(zh: "科目层级合计", en: "Hierarchy sums")
        case .summaryIdentities: LocalizedText(zh: "总表收支平衡", en: "Summary-table identities")
        case .basicExpenditure: LocalizedText(zh: "基本支出明细", en: "Basic expenditure detail")
        case .threePublicExpenses: LocalizedText(zh: "“三公”经费", en: "Three public expenses")
        case .crossTable: LocalizedText(zh: "表间勾稽", en: "Cross-table agreement")
        case .statistics: LocalizedText(zh: "相关信息统计", en: "Supplementary statistics")
        case .completeness: LocalizedText(zh: "报表完整性", en: "Completeness")
        case .identity: LocalizedText(zh: "名称与科目一致性", en: "Names and classification")
        case .placeholders: LocalizedText(zh: "模板残留", en: "Template residue")
        case .narrative: LocalizedText(zh: "情况说明与报表", en: "Narrative against tables")
        case .selfEvaluation: LocalizedText(zh: "项目支出绩效自评", en: "Project self-evaluations")
        }
    }
}
