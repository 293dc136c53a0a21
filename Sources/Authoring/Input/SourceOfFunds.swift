import Disclosure

/// 资金来源 as the authoring input names them: short Chinese names, one per income column.
public enum SourceOfFunds: String, Sendable, CaseIterable {
    case generalBudget = "一般公共预算"
    case governmentFund = "政府性基金"
    case stateCapital = "国有资本经营"
    case superiorSubsidy = "上级补助"
    case business = "事业"
    case operating = "经营"
    case affiliatedRemittance = "附属单位上缴"
    case other = "其他"

    /// Accepts the short name or the full income name of 公开01 (`一般公共预算财政拨款收入`).
    public init?(named text: String) {
        let name = text.trimmingSpaces()
        if let short = SourceOfFunds(rawValue: name) {
            self = short
        } else if let full = FundSource(rawValue: name), let match = SourceOfFunds.allCases.first(where: { $0.fundSource == full }) {
            self = match
        } else {
            return nil
        }
    }

    public var fundSource: FundSource {
        switch self {
        case .generalBudget: .generalBudget
        case .governmentFund: .governmentFund
        case .stateCapital: .stateCapital
        case .superiorSubsidy: .superiorSubsidy
        case .business: .business
        case .operating: .operating
        case .affiliatedRemittance: .affiliatedRemittance
        case .other: .other
        }
    }

    public var isFiscal: Bool { FundSource.fiscal.contains(fundSource) }
}

/// 单位性质: decides which 机关运行经费 line of 公开10 holds the 公用经费.
public enum UnitKind: String, Sendable, CaseIterable {
    case administrative = "行政单位"
    case civilServiceManaged = "参照公务员法管理事业单位"
    case institution = "事业单位"
}
