import Disclosure

/// Last year's figures as last year's disclosure printed them: the narrative's changes are
/// stated against these. A figure left out is not compared (no change sentence); a zero is a
/// real zero ("上年无此项支出"). `disclosure` names last year's file, read with
/// `DisclosureReader`, to fill every figure not given here.
public struct PriorYearInput: Sendable, Equatable, Codable {
    public var disclosure: String?
    /// 收入总计 / 支出总计 of 公开01.
    public var incomeGrandTotal: Amount?
    public var expenditureGrandTotal: Amount?
    /// 财政拨款收入总计 / 支出总计 of 公开04.
    public var fiscalIncomeGrandTotal: Amount?
    public var fiscalExpenditureGrandTotal: Amount?
    /// 一般公共预算财政拨款支出 合计 of 公开05.
    public var generalBudgetExpenditure: Amount?
    /// 一般公共预算财政拨款支出 by 类 code.
    public var classes: [String: Amount]?
    /// 三公 决算数 of 公开09.
    public var threePublicExpenses: ThreePublicAmounts?
    /// 机关运行经费.
    public var operatingCosts: Amount?

    public init(disclosure: String? = nil, incomeGrandTotal: Amount? = nil, expenditureGrandTotal: Amount? = nil, fiscalIncomeGrandTotal: Amount? = nil,
                fiscalExpenditureGrandTotal: Amount? = nil, generalBudgetExpenditure: Amount? = nil, classes: [String: Amount]? = nil,
                threePublicExpenses: ThreePublicAmounts? = nil, operatingCosts: Amount? = nil) {
        self.disclosure = disclosure
        self.incomeGrandTotal = incomeGrandTotal
        self.expenditureGrandTotal = expenditureGrandTotal
        self.fiscalIncomeGrandTotal = fiscalIncomeGrandTotal
        self.fiscalExpenditureGrandTotal = fiscalExpenditureGrandTotal
        self.generalBudgetExpenditure = generalBudgetExpenditure
        self.classes = classes
        self.threePublicExpenses = threePublicExpenses
        self.operatingCosts = operatingCosts
    }

    /// These figures, with every one left out taken from last year's disclosure.
    public func filled(from prior: Disclosure) -> PriorYearInput {
        var result = self
        let tables = prior.tables
        result.incomeGrandTotal = incomeGrandTotal ?? tables.incomeExpenditureSummary?.incomeGrandTotal?.amount.value
        result.expenditureGrandTotal = expenditureGrandTotal ?? tables.incomeExpenditureSummary?.expenditureGrandTotal?.amount.value
        result.fiscalIncomeGrandTotal = fiscalIncomeGrandTotal ?? tables.fiscalSummary?.incomeGrandTotal?.amount.value
        result.fiscalExpenditureGrandTotal = fiscalExpenditureGrandTotal ?? tables.fiscalSummary?.expenditureGrandTotal?.amounts.total.value
        result.generalBudgetExpenditure = generalBudgetExpenditure ?? tables.generalBudgetExpenditure?.total?.total.value
        if classes == nil, let table = tables.generalBudgetExpenditure {
            result.classes = Dictionary(table.children(of: nil).compactMap { row in row.code.map { ($0.digits, row.total.value) } }, uniquingKeysWith: { first, _ in first })
        }
        if threePublicExpenses == nil, let actual = tables.threePublicExpenses?.actual {
            result.threePublicExpenses = ThreePublicAmounts(total: actual.total.value, overseasTravel: actual.overseasTravel.value,
                                                            vehiclePurchase: actual.vehiclePurchase.value, vehicleOperation: actual.vehicleOperation.value,
                                                            reception: actual.reception.value)
        }
        if operatingCosts == nil, let table = tables.supplementaryStatistics {
            result.operatingCosts = [table.operatingCostsAdministrative, table.operatingCostsCivilServiceManaged].compactMap { $0?.amount.value }.sum()
        }
        return result
    }
}

/// The 三公 amounts: 因公出国(境)费, 公务用车购置费, 公务用车运行维护费, 公务接待费, and their
/// total where it was printed (last year's 合计 as printed; this year's is computed).
public struct ThreePublicAmounts: Sendable, Equatable, Codable {
    public var total: Amount?
    public var overseasTravel: Amount?
    public var vehiclePurchase: Amount?
    public var vehicleOperation: Amount?
    public var reception: Amount?

    public init(total: Amount? = nil, overseasTravel: Amount? = nil, vehiclePurchase: Amount? = nil, vehicleOperation: Amount? = nil, reception: Amount? = nil) {
        self.total = total
        self.overseasTravel = overseasTravel
        self.vehiclePurchase = vehiclePurchase
        self.vehicleOperation = vehicleOperation
        self.reception = reception
    }

    /// The printed total, or the sum of the four parts.
    var sum: Amount {
        total ?? [overseasTravel, vehiclePurchase, vehicleOperation, reception].compactMap { $0 }.sum()
    }
}

/// 三公 budget, actual and what the narrative counts: 团组, 人次, 车辆, 接待批次.
public struct ThreePublicInput: Sendable, Equatable, Codable {
    /// 全年预算数 (adjusted budget).
    public var budget: ThreePublicAmounts
    /// 决算数 (all fiscal money, basic and project).
    public var actual: ThreePublicAmounts
    public var overseasGroups: Int?
    public var overseasPersons: Int?
    public var vehiclesPurchased: Int?
    /// 使用财政拨款负担的公务用车保有量.
    public var vehiclesHeld: Int?
    public var receptionBatches: Int?
    public var receptionPersons: Int?
    /// Of the reception: 外事接待 (within the domestic figure) and 国(境)外接待.
    public var foreignAffairsReception: ReceptionPart?
    public var abroadReception: ReceptionPart?
    /// What each was spent on (主要用于…), by `ThreePublicItem` name.
    public var purposes: [String: String]?

    public init(budget: ThreePublicAmounts = ThreePublicAmounts(), actual: ThreePublicAmounts = ThreePublicAmounts(), overseasGroups: Int? = nil,
                overseasPersons: Int? = nil, vehiclesPurchased: Int? = nil, vehiclesHeld: Int? = nil, receptionBatches: Int? = nil,
                receptionPersons: Int? = nil, foreignAffairsReception: ReceptionPart? = nil, abroadReception: ReceptionPart? = nil, purposes: [String: String]? = nil) {
        self.budget = budget
        self.actual = actual
        self.overseasGroups = overseasGroups
        self.overseasPersons = overseasPersons
        self.vehiclesPurchased = vehiclesPurchased
        self.vehiclesHeld = vehiclesHeld
        self.receptionBatches = receptionBatches
        self.receptionPersons = receptionPersons
        self.foreignAffairsReception = foreignAffairsReception
        self.abroadReception = abroadReception
        self.purposes = purposes
    }
}

/// A part of 公务接待费 with its counts.
public struct ReceptionPart: Sendable, Equatable, Codable {
    public var amount: Amount
    public var batches: Int
    public var persons: Int

    public init(amount: Amount, batches: Int, persons: Int) {
        self.amount = amount
        self.batches = batches
        self.persons = persons
    }
}

/// 政府采购: by kind, with the parts awarded to small and medium enterprises.
public struct ProcurementInput: Sendable, Equatable, Codable {
    public var goods: Amount?
    public var works: Amount?
    public var services: Amount?
    /// 授予中小企业合同金额 and, within it, 授予小微企业合同金额.
    public var smallAndMedium: Amount?
    public var smallAndMicro: Amount?

    public init(goods: Amount? = nil, works: Amount? = nil, services: Amount? = nil, smallAndMedium: Amount? = nil, smallAndMicro: Amount? = nil) {
        self.goods = goods
        self.works = works
        self.services = services
        self.smallAndMedium = smallAndMedium
        self.smallAndMicro = smallAndMicro
    }

    var total: Amount { [goods, works, services].compactMap { $0 }.sum() }
}

/// 国有资产占用: vehicles by kind (the `VehicleKind` names) and equipment of 100万元 or more.
public struct AssetsInput: Sendable, Equatable, Codable {
    public var vehicles: [String: Int]
    public var largeEquipment: Int?
    /// As of (截至) this date; the fiscal year's 12月31日 when left out.
    public var asOf: String?

    public init(vehicles: [String: Int] = [:], largeEquipment: Int? = nil, asOf: String? = nil) {
        self.vehicles = vehicles
        self.largeEquipment = largeEquipment
        self.asOf = asOf
    }
}

/// The narrative's 预算绩效 summary. Counts left out are taken from `selfEvaluations`.
public struct PerformanceInput: Sendable, Equatable, Codable {
    public var projectCount: Int?
    public var funds: Amount?
    /// Projects per grade: `优`, `良`, `中`, `差` (or a region's grades).
    public var grades: [String: Int]?
    /// Further text: reasons for low grades, problems found, measures taken.
    public var remarks: String?
    public var otherMatters: String?

    public init(projectCount: Int? = nil, funds: Amount? = nil, grades: [String: Int]? = nil, remarks: String? = nil, otherMatters: String? = nil) {
        self.projectCount = projectCount
        self.funds = funds
        self.grades = grades
        self.remarks = remarks
        self.otherMatters = otherMatters
    }
}
