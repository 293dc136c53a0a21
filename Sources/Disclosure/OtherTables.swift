/// An economic classification line of the basic-expenditure table.
public struct EconomicLine: Sendable, Equatable, Codable {
    public var code: EconomicCode
    public var name: String
    public var amount: Cell
    public var location: SourceLocation?

    public init(code: EconomicCode, name: String, amount: Cell, location: SourceLocation? = nil) {
        self.code = code
        self.name = name
        self.amount = amount
        self.location = location
    }
}

/// 公开06 一般公共预算财政拨款基本支出决算明细表: basic expenditure by economic 类/款,
/// split into 人员经费 (301, 303) and 公用经费 (the other classes).
public struct BasicExpenditureTable: Sendable, Equatable, Codable {
    public var heading: TableHeading
    /// Every printed code line, panels unfolded, in code order.
    public var lines: [EconomicLine]
    /// 人员经费合计
    public var personnelTotal: SummaryLine?
    /// 公用经费合计
    public var publicUseTotal: SummaryLine?
    /// A single 合计, for regions that print one instead of (or besides) the two above.
    public var total: SummaryLine?

    public init(heading: TableHeading, lines: [EconomicLine] = []) {
        self.heading = heading
        self.lines = lines
    }

    public func line(_ code: EconomicCode) -> EconomicLine? {
        lines.first { $0.code == code }
    }
}

/// The six figures of 三公 spending, as budget or as actual.
public struct ThreePublicFigures: Sendable, Equatable, Codable {
    /// 合计
    public var total: Cell
    /// 因公出国(境)费
    public var overseasTravel: Cell
    /// 公务用车购置及运行维护费 小计
    public var vehicleSubtotal: Cell
    /// 公务用车购置费
    public var vehiclePurchase: Cell
    /// 公务用车运行维护费
    public var vehicleOperation: Cell
    /// 公务接待费
    public var reception: Cell

    public init(total: Cell, overseasTravel: Cell, vehicleSubtotal: Cell, vehiclePurchase: Cell, vehicleOperation: Cell, reception: Cell) {
        self.total = total
        self.overseasTravel = overseasTravel
        self.vehicleSubtotal = vehicleSubtotal
        self.vehiclePurchase = vehiclePurchase
        self.vehicleOperation = vehicleOperation
        self.reception = reception
    }

    public var columns: [(column: String, cell: Cell)] {
        [("合计", total), ("因公出国(境)费", overseasTravel), ("公务用车购置及运行维护费小计", vehicleSubtotal),
         ("公务用车购置费", vehiclePurchase), ("公务用车运行维护费", vehicleOperation), ("公务接待费", reception)]
    }
}

/// 公开09 财政拨款"三公"经费支出决算表.
public struct ThreePublicExpensesTable: Sendable, Equatable, Codable {
    public var heading: TableHeading
    /// 预算数, when the region prints it.
    public var budget: ThreePublicFigures?
    /// 决算数
    public var actual: ThreePublicFigures
    public var location: SourceLocation?

    public init(heading: TableHeading, budget: ThreePublicFigures?, actual: ThreePublicFigures, location: SourceLocation? = nil) {
        self.heading = heading
        self.budget = budget
        self.actual = actual
        self.location = location
    }
}

/// The kinds of vehicle 国有资产占用情况 counts.
public enum VehicleKind: String, Sendable, Codable, CaseIterable {
    case ministerial = "副部(省)级及以上领导用车"
    case principal = "主要负责人用车"
    case confidentialCommunication = "机要通信用车"
    case emergency = "应急保障用车"
    case lawEnforcement = "执法执勤用车"
    case specialTechnical = "特种专业技术用车"
    case retiredCadreService = "离退休干部服务用车"
    case other = "其他用车"
}

/// A counted line (vehicles, equipment) with its 行次.
public struct CountLine: Sendable, Equatable, Codable {
    public var label: String
    public var rowNumber: Int?
    /// Nil when the cell was blank.
    public var count: Int?
    public var location: SourceLocation?

    public init(label: String, rowNumber: Int? = nil, count: Int?, location: SourceLocation? = nil) {
        self.label = label
        self.rowNumber = rowNumber
        self.count = count
        self.location = location
    }
}

public struct VehicleLine: Sendable, Equatable, Codable {
    public var kind: VehicleKind
    public var line: CountLine

    public init(kind: VehicleKind, line: CountLine) {
        self.kind = kind
        self.line = line
    }
}

/// 公开10 部门决算公开相关信息统计表 (a local extra): procurement, 机关运行经费, assets.
public struct SupplementaryStatisticsTable: Sendable, Equatable, Codable {
    public var heading: TableHeading
    /// 政府采购 合计 / 货物 / 工程 / 服务
    public var procurementTotal: SummaryLine?
    public var procurementGoods: SummaryLine?
    public var procurementWorks: SummaryLine?
    public var procurementServices: SummaryLine?
    /// 机关运行经费: 行政单位 and 参照公务员法管理事业单位
    public var operatingCostsAdministrative: SummaryLine?
    public var operatingCostsCivilServiceManaged: SummaryLine?
    /// 车辆数合计
    public var vehicleTotal: CountLine?
    public var vehicles: [VehicleLine]
    /// 单价100万元(含)以上设备(不含车辆)
    public var largeEquipment: CountLine?

    public init(heading: TableHeading, vehicles: [VehicleLine] = []) {
        self.heading = heading
        self.vehicles = vehicles
    }

    public func vehicles(_ kind: VehicleKind) -> CountLine? {
        vehicles.first { $0.kind == kind }?.line
    }
}
