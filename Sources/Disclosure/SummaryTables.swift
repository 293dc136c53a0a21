/// The sources of income a department reports (收入 side of 收入支出决算总表).
public enum FundSource: String, Sendable, Codable, CaseIterable {
    case generalBudget = "一般公共预算财政拨款收入"
    case governmentFund = "政府性基金预算财政拨款收入"
    case stateCapital = "国有资本经营预算财政拨款收入"
    case superiorSubsidy = "上级补助收入"
    case business = "事业收入"
    case operating = "经营收入"
    case affiliatedRemittance = "附属单位上缴收入"
    case other = "其他收入"

    /// The three 财政拨款 sources, which 财政拨款收入支出决算总表 is limited to.
    public static let fiscal: [FundSource] = [.generalBudget, .governmentFund, .stateCapital]
}

/// A labelled line of a summary table with its 行次 and one amount.
public struct SummaryLine: Sendable, Equatable, Codable {
    public var label: String
    /// The printed 行次, if the region prints one.
    public var rowNumber: Int?
    public var amount: Cell
    public var location: SourceLocation?

    public init(label: String, rowNumber: Int? = nil, amount: Cell, location: SourceLocation? = nil) {
        self.label = label
        self.rowNumber = rowNumber
        self.amount = amount
        self.location = location
    }
}

/// An income line keyed by its source.
public struct SourceLine: Sendable, Equatable, Codable {
    public var source: FundSource
    public var line: SummaryLine

    public init(source: FundSource, line: SummaryLine) {
        self.source = source
        self.line = line
    }
}

/// An expenditure line of a summary table, one per functional 类.
public struct ClassLine: Sendable, Equatable, Codable {
    /// The 类 code the printed name stands for; nil when the name is not in the catalogue.
    public var code: FunctionalCode?
    public var line: SummaryLine

    public init(code: FunctionalCode?, line: SummaryLine) {
        self.code = code
        self.line = line
    }
}

/// 公开01 收入支出决算总表: all income by source and all expenditure by 类, with balances.
public struct IncomeExpenditureSummary: Sendable, Equatable, Codable {
    public var heading: TableHeading
    public var income: [SourceLine]
    public var expenditure: [ClassLine]
    /// 本年收入合计
    public var incomeTotal: SummaryLine?
    /// 使用非财政拨款结余(含专用结余)
    public var useOfNonFiscalBalance: SummaryLine?
    /// 年初结转和结余
    public var openingBalance: SummaryLine?
    /// 总计 (income side)
    public var incomeGrandTotal: SummaryLine?
    /// 本年支出合计
    public var expenditureTotal: SummaryLine?
    /// 结余分配
    public var balanceDistribution: SummaryLine?
    /// 年末结转和结余
    public var closingBalance: SummaryLine?
    /// 总计 (expenditure side)
    public var expenditureGrandTotal: SummaryLine?

    public init(heading: TableHeading, income: [SourceLine] = [], expenditure: [ClassLine] = []) {
        self.heading = heading
        self.income = income
        self.expenditure = expenditure
    }

    public func income(_ source: FundSource) -> SummaryLine? {
        income.first { $0.source == source }?.line
    }

    public func expenditure(_ code: FunctionalCode) -> SummaryLine? {
        expenditure.first { $0.code == code }?.line
    }
}

/// Amounts split by the three 财政拨款 sources, with their total.
public struct FiscalColumns: Sendable, Equatable, Codable {
    public var total: Cell
    public var generalBudget: Cell
    public var governmentFund: Cell
    public var stateCapital: Cell

    public init(total: Cell = .blank, generalBudget: Cell = .blank, governmentFund: Cell = .blank, stateCapital: Cell = .blank) {
        self.total = total
        self.generalBudget = generalBudget
        self.governmentFund = governmentFund
        self.stateCapital = stateCapital
    }

    /// The parts in printing order: 一般公共预算, 政府性基金, 国有资本经营.
    public var parts: [Cell] { [generalBudget, governmentFund, stateCapital] }
}

/// A line of 财政拨款收入支出决算总表's expenditure side.
public struct FiscalLine: Sendable, Equatable, Codable {
    public var label: String
    public var rowNumber: Int?
    /// The 类 code, for class lines; nil for totals and balances.
    public var code: FunctionalCode?
    public var amounts: FiscalColumns
    public var location: SourceLocation?

    public init(label: String, rowNumber: Int? = nil, code: FunctionalCode? = nil, amounts: FiscalColumns, location: SourceLocation? = nil) {
        self.label = label
        self.rowNumber = rowNumber
        self.code = code
        self.amounts = amounts
        self.location = location
    }
}

/// 公开04 财政拨款收入支出决算总表: like 01, limited to the three fiscal sources, with the
/// expenditure side split by source.
public struct FiscalSummary: Sendable, Equatable, Codable {
    public var heading: TableHeading
    /// 一般公共预算 / 政府性基金 / 国有资本经营 财政拨款 income lines.
    public var income: [SourceLine]
    public var expenditure: [FiscalLine]
    /// 本年收入合计
    public var incomeTotal: SummaryLine?
    /// 年初财政拨款结转和结余 and its split by source.
    public var openingBalance: SummaryLine?
    public var openingBalanceBySource: [SourceLine]
    /// 总计 (income side)
    public var incomeGrandTotal: SummaryLine?
    /// 本年支出合计
    public var expenditureTotal: FiscalLine?
    /// 年末财政拨款结转和结余
    public var closingBalance: FiscalLine?
    /// 总计 (expenditure side)
    public var expenditureGrandTotal: FiscalLine?

    public init(heading: TableHeading, income: [SourceLine] = [], expenditure: [FiscalLine] = [], openingBalanceBySource: [SourceLine] = []) {
        self.heading = heading
        self.income = income
        self.expenditure = expenditure
        self.openingBalanceBySource = openingBalanceBySource
    }

    public func income(_ source: FundSource) -> SummaryLine? {
        income.first { $0.source == source }?.line
    }

    public func expenditure(_ code: FunctionalCode) -> FiscalLine? {
        expenditure.first { $0.code == code }
    }
}
