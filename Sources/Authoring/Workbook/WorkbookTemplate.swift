import Disclosure
import Foundation
import Writing

/// `juesuan template`: the authoring workbook with its hints in the header row, filled with a
/// small worked example, and the same example as JSON or YAML.
public enum WorkbookTemplate {
    /// The workbook form of `input` (the example, unless another is given).
    public static func workbook(_ input: AuthoringInput = AuthoringInput.example) throws -> Data {
        try TextWorkbook.data(sheets(input))
    }

    public static func json(_ input: AuthoringInput = AuthoringInput.example) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(input), as: UTF8.self) + "\n"
    }

    public static func yaml(_ input: AuthoringInput = AuthoringInput.example) throws -> String {
        try YAMLInput.encode(input)
    }

    static func sheets(_ input: AuthoringInput) -> [TextWorkbook.Sheet] {
        func sheet(_ layout: WorkbookLayout.Sheet, _ rows: [[String]]) -> TextWorkbook.Sheet {
            TextWorkbook.Sheet(name: layout.name, rows: [layout.columns.map(\.header)] + rows)
        }
        func text(_ amount: Amount?) -> String { amount?.description ?? "" }
        let department = input.department
        var departmentRows = [["单位名称", department.name], ["单位代码", department.code ?? ""], ["年度", String(department.fiscalYear)],
                              ["单位性质", department.kind], ["下属单位", (department.units ?? []).joined(separator: "、")]]
        departmentRows += (department.duties ?? []).map { ["职责", $0] }
        departmentRows.append(["机构设置", department.organisation ?? ""])
        let prior = input.priorYear
        var priorRows: [[String]] = [[PriorYearRows.disclosure.rawValue, prior.disclosure ?? ""]]
        let priorFigures: [(PriorYearRows, Amount?)] = [(.incomeGrandTotal, prior.incomeGrandTotal), (.expenditureGrandTotal, prior.expenditureGrandTotal),
                                                       (.fiscalIncomeGrandTotal, prior.fiscalIncomeGrandTotal), (.fiscalExpenditureGrandTotal, prior.fiscalExpenditureGrandTotal),
                                                       (.generalBudget, prior.generalBudgetExpenditure), (.threePublicTotal, prior.threePublicExpenses?.total),
                                                       (.operatingCosts, prior.operatingCosts)]
        priorRows += priorFigures.compactMap { row, amount in amount.map { [row.rawValue, $0.description] } }
        priorRows += ThreePublicItem.allCases.compactMap { item in prior.threePublicExpenses.flatMap { item.amount($0) }.map { [item.rawValue, $0.description] } }
        priorRows += (prior.classes ?? [:]).sorted { $0.key < $1.key }.map { [$0.key, $0.value.description] }
        let three = input.threePublicExpenses
        let threeRows = ThreePublicItem.allCases.map { [$0.rawValue, text($0.amount(three.budget)), text($0.amount(three.actual)), three.purposes?[$0.rawValue] ?? ""] }
        let counts: [(ThreePublicCountRows, String?)] = [
            (.overseasGroups, three.overseasGroups.map(String.init)), (.overseasPersons, three.overseasPersons.map(String.init)),
            (.vehiclesPurchased, three.vehiclesPurchased.map(String.init)), (.vehiclesHeld, three.vehiclesHeld.map(String.init)),
            (.receptionBatches, three.receptionBatches.map(String.init)), (.receptionPersons, three.receptionPersons.map(String.init)),
            (.foreignAmount, three.foreignAffairsReception?.amount.description), (.foreignBatches, three.foreignAffairsReception.map { String($0.batches) }),
            (.foreignPersons, three.foreignAffairsReception.map { String($0.persons) }), (.abroadAmount, three.abroadReception?.amount.description),
            (.abroadBatches, three.abroadReception.map { String($0.batches) }), (.abroadPersons, three.abroadReception.map { String($0.persons) }),
        ]
        let procurement = input.procurement
        let procurementRows: [[String]] = [(ProcurementRows.goods, procurement.goods), (.works, procurement.works), (.services, procurement.services),
                                           (.smallAndMedium, procurement.smallAndMedium), (.smallAndMicro, procurement.smallAndMicro)]
            .compactMap { row, amount in amount.map { [row.rawValue, $0.description] } }
        var assetRows = input.assets.vehicles.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] }
        if let equipment = input.assets.largeEquipment { assetRows.append(["单价100万元以上设备", String(equipment)]) }
        if let date = input.assets.asOf { assetRows.append(["截至日期", date]) }
        var performanceRows: [[String]] = []
        if let performance = input.performance {
            if let count = performance.projectCount { performanceRows.append(["自评项目个数", String(count)]) }
            if let funds = performance.funds { performanceRows.append(["涉及资金", funds.description]) }
            performanceRows += (performance.grades ?? [:]).sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] }
            if let remarks = performance.remarks { performanceRows.append(["说明", remarks]) }
            if let other = performance.otherMatters { performanceRows.append(["其他需要说明的事项", other]) }
        }
        return [
            sheet(WorkbookLayout.department, departmentRows),
            sheet(WorkbookLayout.lines, input.lines.map { [$0.code, $0.source, text($0.income), text($0.basic), text($0.project), text($0.toSuperior), text($0.operating), text($0.affiliatedSubsidy)] }),
            sheet(WorkbookLayout.economic, input.basicExpenditure.map { [$0.code, $0.amount.description] }),
            sheet(WorkbookLayout.balances, input.balances.map { [$0.source, $0.code ?? "", text($0.opening), text($0.closing), text($0.useOfBalance), text($0.distribution)] }),
            sheet(WorkbookLayout.budgets, input.initialBudgets.map { [$0.code, $0.amount.description] }),
            sheet(WorkbookLayout.prior, priorRows),
            sheet(WorkbookLayout.threePublic, threeRows),
            sheet(WorkbookLayout.threePublicCounts, counts.compactMap { row, value in value.map { [row.rawValue, $0] } }),
            sheet(WorkbookLayout.procurement, procurementRows),
            sheet(WorkbookLayout.assets, assetRows),
            sheet(WorkbookLayout.reasons, input.reasons.sorted { $0.key < $1.key }.map { [$0.key, $0.value] }),
            sheet(WorkbookLayout.purposes, input.purposes.sorted { $0.key < $1.key }.map { [$0.key, $0.value] }),
            sheet(WorkbookLayout.performance, performanceRows),
        ]
    }
}
