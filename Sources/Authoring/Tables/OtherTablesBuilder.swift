import Classification
import Disclosure

/// 公开06 (basic expenditure by economic code), 09 (三公) and 10 (procurement, 机关运行经费, assets).
struct OtherTablesBuilder {
    let ledger: Ledger
    let catalogue: Catalogue
    let headings: Headings

    /// Exact 人员经费 and 公用经费: the narrative and 公开10 quote these.
    var personnel: Amount { ledger.economic.filter { $0.key.isPersonnel }.map(\.value).sum() }
    var publicUse: Amount { ledger.economic.filter { !$0.key.isPersonnel }.map(\.value).sum() }

    var basicExpenditure: BasicExpenditureTable {
        let layout = BasicExpenditureLayout.codes.compactMap(EconomicCode.init)
        let extra = ledger.economic.keys.filter { !layout.contains($0) }
        let classes = Set(extra.map(\.classCode)).subtracting(layout)
        let lines = mergedInOrder((extra + classes).sorted(), layout: layout).map { code in
            let amount: Cell
            if BasicExpenditureLayout.notApplicable.contains(code.digits) {
                amount = .notApplicable
            } else if code.level == .class {
                amount = PrintedCell.of(ledger.economic.filter { $0.key.classCode == code }.map(\.value).sum())
            } else {
                amount = PrintedCell.of(ledger.economic[code] ?? .zero)
            }
            return EconomicLine(code: code, name: catalogue.economic(code)?.name ?? "", amount: amount)
        }
        var table = BasicExpenditureTable(heading: headings.heading(.basicExpenditure), lines: lines)
        table.personnelTotal = SummaryLine(label: "人员经费合计", amount: PrintedCell.of(personnel))
        table.publicUseTotal = SummaryLine(label: "公用经费合计", amount: PrintedCell.of(publicUse))
        return table
    }

    /// The form's codes with the others inserted after the last code of their class that sorts before them.
    private func mergedInOrder(_ codes: [EconomicCode], layout: [EconomicCode]) -> [EconomicCode] {
        var result = layout
        for code in codes {
            let index = result.lastIndex { $0.classCode == code.classCode && $0 < code } ?? result.endIndex
            result.insert(code, at: index == result.endIndex ? index : index + 1)
        }
        return result
    }

    private static func figures(_ amounts: ThreePublicAmounts) -> ThreePublicFigures {
        let parts = [amounts.overseasTravel, amounts.vehiclePurchase, amounts.vehicleOperation, amounts.reception].map { $0 ?? .zero }
        return ThreePublicFigures(total: PrintedCell.of(parts.sum()), overseasTravel: PrintedCell.of(parts[0]),
                                  vehicleSubtotal: PrintedCell.of(parts[1] + parts[2]), vehiclePurchase: PrintedCell.of(parts[1]),
                                  vehicleOperation: PrintedCell.of(parts[2]), reception: PrintedCell.of(parts[3]))
    }

    var threePublicExpenses: ThreePublicExpensesTable {
        let input = ledger.input.threePublicExpenses
        return ThreePublicExpensesTable(heading: headings.heading(.threePublicExpenses), budget: Self.figures(input.budget), actual: Self.figures(input.actual))
    }

    /// 机关运行经费: the 公用经费 of a 行政 or 参公 unit; none for other 事业单位.
    var operatingCosts: (administrative: Amount, civilServiceManaged: Amount) {
        switch ledger.unitKind {
        case .administrative: (publicUse, .zero)
        case .civilServiceManaged: (.zero, publicUse)
        case .institution: (.zero, .zero)
        }
    }

    var supplementaryStatistics: SupplementaryStatisticsTable {
        let procurement = ledger.input.procurement
        let count: (Int) -> Int? = { $0 == 0 ? nil : $0 }
        var table = SupplementaryStatisticsTable(heading: headings.heading(.supplementaryStatistics))
        table.procurementTotal = SummaryLine(label: "合计", rowNumber: 1, amount: PrintedCell.of(procurement.total))
        table.procurementGoods = SummaryLine(label: "货物", rowNumber: 2, amount: PrintedCell.of(procurement.goods ?? .zero))
        table.procurementWorks = SummaryLine(label: "工程", rowNumber: 3, amount: PrintedCell.of(procurement.works ?? .zero))
        table.procurementServices = SummaryLine(label: "服务", rowNumber: 4, amount: PrintedCell.of(procurement.services ?? .zero))
        table.operatingCostsAdministrative = SummaryLine(label: "(一) 行政单位", rowNumber: 5, amount: PrintedCell.of(operatingCosts.administrative))
        table.operatingCostsCivilServiceManaged = SummaryLine(label: "(二) 参照公务员法管理事业单位", rowNumber: 6, amount: PrintedCell.of(operatingCosts.civilServiceManaged))
        table.vehicleTotal = CountLine(label: "(一) 车辆数合计(辆)", rowNumber: 7, count: count(ledger.vehicles.values.reduce(0, +)))
        table.vehicles = VehicleKind.allCases.enumerated().map { index, kind in
            VehicleLine(kind: kind, line: CountLine(label: "\(index + 1). \(kind.rawValue)", rowNumber: 8 + index, count: count(ledger.vehicles[kind] ?? 0)))
        }
        table.largeEquipment = CountLine(label: "(二) 单价100万元(含)以上设备(不含车辆)", rowNumber: 17, count: count(ledger.input.assets.largeEquipment ?? 0))
        return table
    }
}
