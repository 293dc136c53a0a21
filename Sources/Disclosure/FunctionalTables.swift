/// A row of a table whose rows are functional classification codes (类/款/项).
public protocol FunctionalRow: Sendable, Equatable, Codable {
    /// Nil for the 合计 row.
    var code: FunctionalCode? { get }
    var name: String { get }
    var location: SourceLocation? { get }
    /// The row's amounts by column, in printing order, with the column's meaning.
    var columns: [(column: String, cell: Cell)] { get }
}

/// A table of functional rows: the 合计 row and the 类/款/项 rows in printed order.
public struct FunctionalTable<Row: FunctionalRow>: Sendable, Equatable, Codable {
    public var heading: TableHeading
    /// The 合计 row, when printed.
    public var total: Row?
    public var rows: [Row]

    public init(heading: TableHeading, total: Row? = nil, rows: [Row] = []) {
        self.heading = heading
        self.total = total
        self.rows = rows
    }

    /// Inlinable, as `children(of:)`: the checks ask it of every table with their own row
    /// type, and a generic scan through witness tables cost more than the rule. Both scan by
    /// index: `first(where:)` and `filter` copy every row they test, name and all.
    @inlinable
    public func row(_ code: FunctionalCode) -> Row? {
        rows.firstIndex { $0.code == code }.map { rows[$0] }
    }

    /// The rows directly below `code` (or the 类 rows when `code` is nil).
    @inlinable
    public func children(of code: FunctionalCode?) -> [Row] {
        rows.indices.filter { index in
            guard let rowCode = rows[index].code else { return false }
            return code.map { $0.isParent(of: rowCode) } ?? (rowCode.level == .class)
        }.map { rows[$0] }
    }
}

/// 公开02 收入决算表: income by functional code and source.
public typealias IncomeTable = FunctionalTable<IncomeRow>

public struct IncomeRow: FunctionalRow {
    public var code: FunctionalCode?
    public var name: String
    /// 本年收入合计
    public var total: Cell
    /// 财政拨款收入
    public var fiscal: Cell
    /// 上级补助收入
    public var superiorSubsidy: Cell
    /// 事业收入
    public var business: Cell
    /// 经营收入
    public var operating: Cell
    /// 附属单位上缴收入
    public var affiliatedRemittance: Cell
    /// 其他收入
    public var other: Cell
    public var location: SourceLocation?

    public init(code: FunctionalCode?, name: String, total: Cell, fiscal: Cell = .blank, superiorSubsidy: Cell = .blank,
                business: Cell = .blank, operating: Cell = .blank, affiliatedRemittance: Cell = .blank, other: Cell = .blank,
                location: SourceLocation? = nil) {
        self.code = code
        self.name = name
        self.total = total
        self.fiscal = fiscal
        self.superiorSubsidy = superiorSubsidy
        self.business = business
        self.operating = operating
        self.affiliatedRemittance = affiliatedRemittance
        self.other = other
        self.location = location
    }

    public var parts: [Cell] { [fiscal, superiorSubsidy, business, operating, affiliatedRemittance, other] }

    public var columns: [(column: String, cell: Cell)] {
        [("本年收入合计", total), ("财政拨款收入", fiscal), ("上级补助收入", superiorSubsidy), ("事业收入", business),
         ("经营收入", operating), ("附属单位上缴收入", affiliatedRemittance), ("其他收入", other)]
    }
}

/// 公开03 支出决算表: expenditure by functional code and type.
public typealias ExpenditureTable = FunctionalTable<ExpenditureRow>

public struct ExpenditureRow: FunctionalRow {
    public var code: FunctionalCode?
    public var name: String
    /// 本年支出合计
    public var total: Cell
    /// 基本支出
    public var basic: Cell
    /// 项目支出
    public var project: Cell
    /// 上缴上级支出
    public var toSuperior: Cell
    /// 经营支出
    public var operating: Cell
    /// 对附属单位补助支出
    public var affiliatedSubsidy: Cell
    public var location: SourceLocation?

    public init(code: FunctionalCode?, name: String, total: Cell, basic: Cell = .blank, project: Cell = .blank,
                toSuperior: Cell = .blank, operating: Cell = .blank, affiliatedSubsidy: Cell = .blank, location: SourceLocation? = nil) {
        self.code = code
        self.name = name
        self.total = total
        self.basic = basic
        self.project = project
        self.toSuperior = toSuperior
        self.operating = operating
        self.affiliatedSubsidy = affiliatedSubsidy
        self.location = location
    }

    public var parts: [Cell] { [basic, project, toSuperior, operating, affiliatedSubsidy] }

    public var columns: [(column: String, cell: Cell)] {
        [("本年支出合计", total), ("基本支出", basic), ("项目支出", project), ("上缴上级支出", toSuperior),
         ("经营支出", operating), ("对附属单位补助支出", affiliatedSubsidy)]
    }
}

/// A row split into 基本支出 and 项目支出 with their total: 公开05.
public struct SplitRow: FunctionalRow {
    public var code: FunctionalCode?
    public var name: String
    /// 小计 / 合计
    public var total: Cell
    public var basic: Cell
    public var project: Cell
    public var location: SourceLocation?

    public init(code: FunctionalCode?, name: String, total: Cell, basic: Cell = .blank, project: Cell = .blank, location: SourceLocation? = nil) {
        self.code = code
        self.name = name
        self.total = total
        self.basic = basic
        self.project = project
        self.location = location
    }

    public var columns: [(column: String, cell: Cell)] {
        [("合计", total), ("基本支出", basic), ("项目支出", project)]
    }
}

/// 公开05 一般公共预算财政拨款支出决算表.
public typealias GeneralBudgetExpenditureTable = FunctionalTable<SplitRow>

/// A row of a fund table with balances: 公开07 (and regions' 08 that print balances).
/// Columns a region does not print are nil, not zero.
public struct FundFlowRow: FunctionalRow {
    public var code: FunctionalCode?
    public var name: String
    /// 年初结转和结余
    public var opening: Cell?
    /// 本年收入
    public var income: Cell?
    /// 本年支出 小计 / 合计
    public var total: Cell
    public var basic: Cell
    public var project: Cell
    /// 年末结转和结余
    public var closing: Cell?
    public var location: SourceLocation?

    public init(code: FunctionalCode?, name: String, opening: Cell? = nil, income: Cell? = nil, total: Cell,
                basic: Cell = .blank, project: Cell = .blank, closing: Cell? = nil, location: SourceLocation? = nil) {
        self.code = code
        self.name = name
        self.opening = opening
        self.income = income
        self.total = total
        self.basic = basic
        self.project = project
        self.closing = closing
        self.location = location
    }

    public var columns: [(column: String, cell: Cell)] {
        var result: [(column: String, cell: Cell)] = []
        if let opening { result.append(("年初结转和结余", opening)) }
        if let income { result.append(("本年收入", income)) }
        result += [("本年支出合计", total), ("基本支出", basic), ("项目支出", project)]
        if let closing { result.append(("年末结转和结余", closing)) }
        return result
    }
}

extension FundFlowRow {
    private enum CodingKeys: String, CodingKey {
        case code, name, opening, income, total, basic, project, closing, location
    }

    /// A printed-but-blank balance column is `null`; a column the region does not print is
    /// absent. Synthesized decoding would conflate the two.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func printedColumn(_ key: CodingKeys) throws -> Cell? {
            container.contains(key) ? try container.decode(Cell.self, forKey: key) : nil
        }
        self.init(code: try container.decodeIfPresent(FunctionalCode.self, forKey: .code), name: try container.decode(String.self, forKey: .name),
                  opening: try printedColumn(.opening), income: try printedColumn(.income), total: try container.decode(Cell.self, forKey: .total),
                  basic: try container.decode(Cell.self, forKey: .basic), project: try container.decode(Cell.self, forKey: .project),
                  closing: try printedColumn(.closing), location: try container.decodeIfPresent(SourceLocation.self, forKey: .location))
    }
}

/// 公开07 政府性基金预算财政拨款收入支出决算表.
public typealias GovernmentFundTable = FunctionalTable<FundFlowRow>

/// 公开08 国有资本经营预算财政拨款支出决算表 (or …收入支出决算表 where balances are printed).
public typealias StateCapitalTable = FunctionalTable<FundFlowRow>
