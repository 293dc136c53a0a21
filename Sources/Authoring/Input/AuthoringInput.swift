import Disclosure

/// The base figures a finance office enters once; every table and the whole 情况说明 are derived
/// from them by `Author`, so no figure can drift from another.
///
/// Amounts are 万元 written as strings (`"1847.89"`, up to six decimals, i.e. exact to the fen),
/// because a JSON number would pass through floating point. Codes and sources stay text here so
/// that a wrong one is reported with its place in the input rather than as a decoding failure.
/// `docs/authoring.md` documents every field; `juesuan template --format json` writes an example.
public struct AuthoringInput: Sendable, Equatable, Codable {
    public var department: DepartmentInput
    /// 收支明细: one line per functional 项 and source of funds.
    public var lines: [FundsLine]
    /// 基本支出经济分类: 一般公共预算财政拨款基本支出 by economic 款.
    public var basicExpenditure: [EconomicAmount]
    /// 结转结余: opening and closing balances by source of funds.
    public var balances: [BalanceLine]
    /// 年初预算: the initial 一般公共预算财政拨款 budget per 项.
    public var initialBudgets: [InitialBudget]
    /// 上年数: what last year's disclosure printed.
    public var priorYear: PriorYearInput
    public var threePublicExpenses: ThreePublicInput
    public var procurement: ProcurementInput
    public var assets: AssetsInput
    /// 变动原因: why a figure changed on last year, by subject (see `ReasonKey`).
    public var reasons: [String: String]
    /// 项目用途: what each 项 (and optionally each 类) was spent on, by code.
    public var purposes: [String: String]
    public var performance: PerformanceInput?
    /// The projects' 项目支出绩效自评表, published as the attachment.
    public var selfEvaluations: [SelfEvaluation]

    public init(department: DepartmentInput, lines: [FundsLine] = [], basicExpenditure: [EconomicAmount] = [], balances: [BalanceLine] = [],
                initialBudgets: [InitialBudget] = [], priorYear: PriorYearInput = PriorYearInput(), threePublicExpenses: ThreePublicInput = ThreePublicInput(),
                procurement: ProcurementInput = ProcurementInput(), assets: AssetsInput = AssetsInput(), reasons: [String: String] = [:],
                purposes: [String: String] = [:], performance: PerformanceInput? = nil, selfEvaluations: [SelfEvaluation] = []) {
        self.department = department
        self.lines = lines
        self.basicExpenditure = basicExpenditure
        self.balances = balances
        self.initialBudgets = initialBudgets
        self.priorYear = priorYear
        self.threePublicExpenses = threePublicExpenses
        self.procurement = procurement
        self.assets = assets
        self.reasons = reasons
        self.purposes = purposes
        self.performance = performance
        self.selfEvaluations = selfEvaluations
    }

    private enum CodingKeys: String, CodingKey {
        case department, lines, basicExpenditure, balances, initialBudgets, priorYear, threePublicExpenses, procurement, assets, reasons, purposes, performance, selfEvaluations
    }

    /// Every part but the department may be left out of a hand-written file.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        department = try container.decode(DepartmentInput.self, forKey: .department)
        lines = try container.decodeIfPresent([FundsLine].self, forKey: .lines) ?? []
        basicExpenditure = try container.decodeIfPresent([EconomicAmount].self, forKey: .basicExpenditure) ?? []
        balances = try container.decodeIfPresent([BalanceLine].self, forKey: .balances) ?? []
        initialBudgets = try container.decodeIfPresent([InitialBudget].self, forKey: .initialBudgets) ?? []
        priorYear = try container.decodeIfPresent(PriorYearInput.self, forKey: .priorYear) ?? PriorYearInput()
        threePublicExpenses = try container.decodeIfPresent(ThreePublicInput.self, forKey: .threePublicExpenses) ?? ThreePublicInput()
        procurement = try container.decodeIfPresent(ProcurementInput.self, forKey: .procurement) ?? ProcurementInput()
        assets = try container.decodeIfPresent(AssetsInput.self, forKey: .assets) ?? AssetsInput()
        reasons = try container.decodeIfPresent([String: String].self, forKey: .reasons) ?? [:]
        purposes = try container.decodeIfPresent([String: String].self, forKey: .purposes) ?? [:]
        performance = try container.decodeIfPresent(PerformanceInput.self, forKey: .performance)
        selfEvaluations = try container.decodeIfPresent([SelfEvaluation].self, forKey: .selfEvaluations) ?? []
    }
}

/// 单位信息.
public struct DepartmentInput: Sendable, Equatable, Codable {
    public var name: String
    public var code: String?
    public var fiscalYear: Int
    /// 单位性质: `行政单位`, `参照公务员法管理事业单位` or `事业单位`; decides where 机关运行经费 is counted.
    public var kind: String
    public var units: [String]?
    public var duties: [String]?
    public var organisation: String?

    public init(name: String, code: String? = nil, fiscalYear: Int, kind: String = UnitKind.administrative.rawValue,
                units: [String]? = nil, duties: [String]? = nil, organisation: String? = nil) {
        self.name = name
        self.code = code
        self.fiscalYear = fiscalYear
        self.kind = kind
        self.units = units
        self.duties = duties
        self.organisation = organisation
    }
}

/// One 项 and source of funds: its income and its expenditure by type (万元; blank is zero).
public struct FundsLine: Sendable, Equatable, Codable {
    /// 功能分类科目代码 of a 项 (7 digits).
    public var code: String
    /// 资金来源 (`SourceOfFunds`).
    public var source: String
    public var income: Amount?
    public var basic: Amount?
    public var project: Amount?
    public var toSuperior: Amount?
    public var operating: Amount?
    public var affiliatedSubsidy: Amount?

    public init(code: String, source: String, income: Amount? = nil, basic: Amount? = nil, project: Amount? = nil,
                toSuperior: Amount? = nil, operating: Amount? = nil, affiliatedSubsidy: Amount? = nil) {
        self.code = code
        self.source = source
        self.income = income
        self.basic = basic
        self.project = project
        self.toSuperior = toSuperior
        self.operating = operating
        self.affiliatedSubsidy = affiliatedSubsidy
    }

    /// The line's expenditure of every type.
    var expenditure: Amount { [basic, project, toSuperior, operating, affiliatedSubsidy].compactMap { $0 }.sum() }
}

/// 一般公共预算财政拨款基本支出 of one economic 款.
public struct EconomicAmount: Sendable, Equatable, Codable {
    /// 经济分类科目代码 of a 款 (5 digits).
    public var code: String
    public var amount: Amount

    public init(code: String, amount: Amount) {
        self.code = code
        self.amount = amount
    }
}

/// 年初结转和结余 and 年末结转和结余 of one source (and, for 政府性基金, optionally one 项).
public struct BalanceLine: Sendable, Equatable, Codable {
    public var source: String
    public var code: String?
    public var opening: Amount?
    public var closing: Amount?
    /// 使用非财政拨款结余 and 结余分配, for non-fiscal sources.
    public var useOfBalance: Amount?
    public var distribution: Amount?

    public init(source: String, code: String? = nil, opening: Amount? = nil, closing: Amount? = nil, useOfBalance: Amount? = nil, distribution: Amount? = nil) {
        self.source = source
        self.code = code
        self.opening = opening
        self.closing = closing
        self.useOfBalance = useOfBalance
        self.distribution = distribution
    }
}

public struct InitialBudget: Sendable, Equatable, Codable {
    /// A 项 code.
    public var code: String
    public var amount: Amount

    public init(code: String, amount: Amount) {
        self.code = code
        self.amount = amount
    }
}
