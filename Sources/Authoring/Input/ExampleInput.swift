import Disclosure

extension AuthoringInput {
    /// A small, complete example: what `juesuan template` fills in so that a finance office sees
    /// every sheet used once, and that authors without error.
    public static var example: AuthoringInput {
        func amount(_ text: String) -> Amount { Amount(parsing: text) ?? .zero }
        return AuthoringInput(
            department: DepartmentInput(name: "示例市示例局", code: "001", fiscalYear: 2024, kind: UnitKind.administrative.rawValue,
                                        units: ["示例市示例局"], duties: ["（一）负责示例工作。"], organisation: "示例局设3个内设科室。"),
            lines: [
                FundsLine(code: "2013801", source: SourceOfFunds.generalBudget.rawValue, income: amount("500.00"), basic: amount("500.00")),
                FundsLine(code: "2013899", source: SourceOfFunds.generalBudget.rawValue, income: amount("120.50"), project: amount("120.50")),
                FundsLine(code: "2080505", source: SourceOfFunds.generalBudget.rawValue, income: amount("60.00"), basic: amount("60.00")),
            ],
            basicExpenditure: [EconomicAmount(code: "30101", amount: amount("400.00")), EconomicAmount(code: "30108", amount: amount("60.00")),
                               EconomicAmount(code: "30201", amount: amount("80.00")), EconomicAmount(code: "30231", amount: amount("20.00"))],
            balances: [BalanceLine(source: SourceOfFunds.other.rawValue, opening: amount("5.00"), closing: amount("5.00"))],
            initialBudgets: [InitialBudget(code: "2013801", amount: amount("520.00")), InitialBudget(code: "2013899", amount: amount("100.00")),
                             InitialBudget(code: "2080505", amount: amount("60.00"))],
            priorYear: PriorYearInput(incomeGrandTotal: amount("650.00"), expenditureGrandTotal: amount("650.00"), fiscalIncomeGrandTotal: amount("645.00"),
                                      fiscalExpenditureGrandTotal: amount("645.00"), generalBudgetExpenditure: amount("645.00"),
                                      classes: ["201": amount("590.00"), "208": amount("55.00")],
                                      threePublicExpenses: ThreePublicAmounts(total: amount("22.00"), overseasTravel: .zero, vehiclePurchase: .zero,
                                                                              vehicleOperation: amount("22.00"), reception: .zero),
                                      operatingCosts: amount("95.00")),
            threePublicExpenses: ThreePublicInput(budget: ThreePublicAmounts(vehicleOperation: amount("20.00")), actual: ThreePublicAmounts(vehicleOperation: amount("20.00")),
                                                  overseasGroups: 0, overseasPersons: 0, vehiclesPurchased: 0, vehiclesHeld: 2, receptionBatches: 0, receptionPersons: 0,
                                                  foreignAffairsReception: ReceptionPart(amount: .zero, batches: 0, persons: 0),
                                                  abroadReception: ReceptionPart(amount: .zero, batches: 0, persons: 0),
                                                  purposes: [ThreePublicItem.vehicleOperation.rawValue: "公务用车的燃油费、维修费、保险费等"]),
            procurement: ProcurementInput(goods: amount("30.00"), services: amount("50.00"), smallAndMedium: amount("40.00"), smallAndMicro: amount("20.00")),
            assets: AssetsInput(vehicles: [VehicleKind.lawEnforcement.rawValue: 2], largeEquipment: 0),
            reasons: [ReasonKey.grandTotals: "人员变动", ReasonKey.fiscalTotals: "人员变动", ReasonKey.generalBudget: "新增专项工作",
                      "201": "新增专项工作", "208": "缴费基数调整", ReasonKey.threePublic: "压减公务用车运行维护费",
                      ThreePublicItem.vehicleOperation.rawValue: "压减公务用车运行维护费", ReasonKey.operatingCosts: "落实过紧日子要求"],
            purposes: ["2013801": "主要用于机关人员工资和日常运转", "2013899": "主要用于专项业务工作", "2080505": "主要用于缴纳基本养老保险"],
            performance: PerformanceInput(projectCount: 1, funds: amount("120.50"), grades: ["优": 1])
        )
    }
}
