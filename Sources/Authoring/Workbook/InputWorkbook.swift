import Disclosure
import Foundation
import Reading

/// Reads the authoring workbook (`WorkbookLayout`) into `AuthoringInput`, remembering the sheet,
/// row and column each value came from so that every issue can point at its cell.
struct InputWorkbook {
    private let sheets: [String: WorkbookSheet]
    private let fileName: String
    private(set) var locator: WorkbookLocator

    init(data: Data, fileName: String) throws {
        self.fileName = fileName
        sheets = Dictionary(try WorkbookSheet.sheets(of: data, fileName: fileName).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        locator = WorkbookLocator()
    }

    /// A data row: its number and its cells by column name.
    struct Row {
        var number: Int
        var cells: [String: String]
        subscript(_ column: String) -> String? { cells[column].flatMap { $0.isEmpty ? nil : $0 } }
    }

    /// The data rows of a sheet (below the header row), columns found by the header's name.
    private func rows(_ sheet: WorkbookLayout.Sheet) -> [Row] {
        guard let found = sheets[sheet.name], let header = found.rows[1] else { return [] }
        var columns: [Int: String] = [:]
        for (index, text) in header {
            let name = text.split(whereSeparator: { $0 == "（" || $0 == "(" }).first.map { String($0).trimmingSpaces() } ?? text
            if sheet.columns.contains(where: { $0.name == name }) { columns[index] = name }
        }
        return found.rows.keys.sorted().filter { $0 > 1 }.compactMap { number in
            let cells = Dictionary((found.rows[number] ?? [:]).compactMap { index, text in columns[index].map { ($0, text.trimmingSpaces()) } },
                                   uniquingKeysWith: { first, _ in first })
            return cells.values.allSatisfy(\.isEmpty) ? nil : Row(number: number, cells: cells)
        }
    }

    private func columnIndex(_ sheet: WorkbookLayout.Sheet, _ column: String) -> Int {
        guard let header = sheets[sheet.name]?.rows[1] else { return sheet.columns.firstIndex { $0.name == column } ?? 0 }
        return header.first { $0.value.hasPrefix(column) }?.key ?? 0
    }

    private var issues: [InputIssue] = []

    private mutating func note(_ path: InputPath, _ sheet: WorkbookLayout.Sheet, _ row: Int, _ column: String) {
        locator.cells[path] = WorkbookLocator.Place(sheet: sheet.name, row: row, column: SourceLocation.columnLetters(columnIndex(sheet, column)), columnName: column)
    }

    private mutating func amount(_ text: String?, _ path: InputPath, _ sheet: WorkbookLayout.Sheet, _ row: Int, _ column: String) -> Amount? {
        note(path, sheet, row, column)
        guard let text else { return nil }
        guard let amount = Amount(parsing: text) else {
            issues.append(InputIssue(path, "“\(text)”不是金额（万元，最多6位小数）"))
            return nil
        }
        return amount
    }

    private mutating func count(_ text: String?, _ path: InputPath, _ sheet: WorkbookLayout.Sheet, _ row: Int, _ column: String) -> Int? {
        note(path, sheet, row, column)
        guard let text else { return nil }
        guard let value = Int(text.trimmingSpaces()) ?? ExactDecimal(parsing: text).flatMap({ $0.scale == 0 ? Int($0.units) : nil }) else {
            issues.append(InputIssue(path, "“\(text)”不是整数"))
            return nil
        }
        return value
    }

    /// Key-value sheets: 项目 → 内容 (first column the key, second the value).
    private func pairs(_ sheet: WorkbookLayout.Sheet) -> [(key: String, value: String?, row: Int)] {
        rows(sheet).compactMap { row in row[sheet.columns[0].name].map { ($0, row[sheet.columns[1].name], row.number) } }
    }

    mutating func input() throws -> AuthoringInput {
        let root = InputPath()
        var department = DepartmentInput(name: "", fiscalYear: 0)
        var duties: [String] = []
        let departmentPath = root.appending("department")
        for (key, value, row) in pairs(WorkbookLayout.department) {
            let value = value ?? ""
            switch key {
            case "单位名称": department.name = value; note(departmentPath.appending("name"), WorkbookLayout.department, row, "内容")
            case "单位代码": department.code = value
            case "年度":
                note(departmentPath.appending("fiscalYear"), WorkbookLayout.department, row, "内容")
                if let year = Int(value) { department.fiscalYear = year } else { issues.append(InputIssue(departmentPath.appending("fiscalYear"), "年度“\(value)”不是整数")) }
            case "单位性质": department.kind = value; note(departmentPath.appending("kind"), WorkbookLayout.department, row, "内容")
            case "下属单位": department.units = value.split(separator: "、").map(String.init)
            case "职责": duties.append(value)
            case "机构设置": department.organisation = value
            default: issues.append(InputIssue(departmentPath, "单位信息第\(row)行：未知项目“\(key)”"))
            }
        }
        department.duties = duties.isEmpty ? nil : duties
        if department.name.isEmpty { issues.append(InputIssue(departmentPath.appending("name"), "缺少单位名称")) }
        var input = AuthoringInput(department: department)

        for (index, row) in rows(WorkbookLayout.lines).enumerated() {
            let path = root.appending("lines").appending(index)
            let sheet = WorkbookLayout.lines
            note(path.appending("code"), sheet, row.number, "功能分类科目代码")
            note(path.appending("source"), sheet, row.number, "资金来源")
            input.lines.append(FundsLine(code: row["功能分类科目代码"] ?? "", source: row["资金来源"] ?? "",
                                         income: amount(row["本年收入"], path.appending("income"), sheet, row.number, "本年收入"),
                                         basic: amount(row["基本支出"], path.appending("basic"), sheet, row.number, "基本支出"),
                                         project: amount(row["项目支出"], path.appending("project"), sheet, row.number, "项目支出"),
                                         toSuperior: amount(row["上缴上级支出"], path.appending("toSuperior"), sheet, row.number, "上缴上级支出"),
                                         operating: amount(row["经营支出"], path.appending("operating"), sheet, row.number, "经营支出"),
                                         affiliatedSubsidy: amount(row["对附属单位补助支出"], path.appending("affiliatedSubsidy"), sheet, row.number, "对附属单位补助支出")))
        }
        locator.sheets["lines"] = WorkbookLayout.lines.name
        for (index, row) in rows(WorkbookLayout.economic).enumerated() {
            let path = root.appending("basicExpenditure").appending(index)
            note(path.appending("code"), WorkbookLayout.economic, row.number, "经济分类科目代码")
            let value = amount(row["金额"], path.appending("amount"), WorkbookLayout.economic, row.number, "金额") ?? .zero
            input.basicExpenditure.append(EconomicAmount(code: row["经济分类科目代码"] ?? "", amount: value))
        }
        locator.sheets["basicExpenditure"] = WorkbookLayout.economic.name
        for (index, row) in rows(WorkbookLayout.balances).enumerated() {
            let path = root.appending("balances").appending(index)
            let sheet = WorkbookLayout.balances
            note(path.appending("source"), sheet, row.number, "资金来源")
            note(path.appending("code"), sheet, row.number, "功能分类科目代码")
            input.balances.append(BalanceLine(source: row["资金来源"] ?? "", code: row["功能分类科目代码"],
                                              opening: amount(row["年初结转和结余"], path.appending("opening"), sheet, row.number, "年初结转和结余"),
                                              closing: amount(row["年末结转和结余"], path.appending("closing"), sheet, row.number, "年末结转和结余"),
                                              useOfBalance: amount(row["使用非财政拨款结余"], path.appending("useOfBalance"), sheet, row.number, "使用非财政拨款结余"),
                                              distribution: amount(row["结余分配"], path.appending("distribution"), sheet, row.number, "结余分配")))
        }
        locator.sheets["balances"] = WorkbookLayout.balances.name
        for (index, row) in rows(WorkbookLayout.budgets).enumerated() {
            let path = root.appending("initialBudgets").appending(index)
            note(path.appending("code"), WorkbookLayout.budgets, row.number, "功能分类科目代码")
            let value = amount(row["年初预算数"], path.appending("amount"), WorkbookLayout.budgets, row.number, "年初预算数") ?? .zero
            input.initialBudgets.append(InitialBudget(code: row["功能分类科目代码"] ?? "", amount: value))
        }
        locator.sheets["initialBudgets"] = WorkbookLayout.budgets.name
        input.priorYear = priorYear(root.appending("priorYear"))
        input.threePublicExpenses = threePublic(root.appending("threePublicExpenses"))
        input.procurement = procurement(root.appending("procurement"))
        input.assets = assets(root.appending("assets"))
        for (key, value, row) in pairs(WorkbookLayout.reasons) {
            note(root.appending("reasons").appending(key), WorkbookLayout.reasons, row, "原因")
            input.reasons[key] = value ?? ""
        }
        locator.sheets["reasons"] = WorkbookLayout.reasons.name
        for (key, value, row) in pairs(WorkbookLayout.purposes) {
            note(root.appending("purposes").appending(key), WorkbookLayout.purposes, row, "用途")
            input.purposes[key] = value ?? ""
        }
        locator.sheets["purposes"] = WorkbookLayout.purposes.name
        input.performance = performance(root.appending("performance"))
        guard issues.isEmpty else { throw AuthoringError(file: fileName, issues: issues, locator: locator) }
        return input
    }

    private mutating func priorYear(_ path: InputPath) -> PriorYearInput {
        var prior = PriorYearInput()
        var three = ThreePublicAmounts()
        var hasThree = false
        let sheet = WorkbookLayout.prior
        for (key, value, row) in pairs(sheet) {
            if key == PriorYearRows.disclosure.rawValue {
                prior.disclosure = value
                continue
            }
            let figure = amount(value, path.appending(key), sheet, row, "金额")
            switch PriorYearRows(rawValue: key) {
            case .incomeGrandTotal: prior.incomeGrandTotal = figure
            case .expenditureGrandTotal: prior.expenditureGrandTotal = figure
            case .fiscalIncomeGrandTotal: prior.fiscalIncomeGrandTotal = figure
            case .fiscalExpenditureGrandTotal: prior.fiscalExpenditureGrandTotal = figure
            case .generalBudget: prior.generalBudgetExpenditure = figure
            case .threePublicTotal: three.total = figure; hasThree = true
            case .operatingCosts: prior.operatingCosts = figure
            case .disclosure: break
            case nil:
                if let item = ThreePublicItem(rawValue: key) {
                    hasThree = true
                    switch item {
                    case .overseasTravel: three.overseasTravel = figure
                    case .vehiclePurchase: three.vehiclePurchase = figure
                    case .vehicleOperation: three.vehicleOperation = figure
                    case .reception: three.reception = figure
                    }
                } else if FunctionalCode(key)?.level == .class, let figure {
                    prior.classes = (prior.classes ?? [:]).merging([key: figure]) { $1 }
                } else {
                    issues.append(InputIssue(path.appending(key), "未知项目“\(key)”"))
                }
            }
        }
        if hasThree { prior.threePublicExpenses = three }
        locator.sheets["priorYear"] = sheet.name
        return prior
    }

    private mutating func threePublic(_ path: InputPath) -> ThreePublicInput {
        var result = ThreePublicInput()
        var purposes: [String: String] = [:]
        let sheet = WorkbookLayout.threePublic
        for row in rows(sheet) {
            guard let name = row["项目"] else { continue }
            guard let item = ThreePublicItem(rawValue: name) else {
                issues.append(InputIssue(path.appending(name), "未知的“三公”经费项目“\(name)”"))
                note(path.appending(name), sheet, row.number, "项目")
                continue
            }
            let budget = amount(row["预算数"], path.appending("budget").appending(Self.key(item)), sheet, row.number, "预算数")
            let actual = amount(row["决算数"], path.appending("actual").appending(Self.key(item)), sheet, row.number, "决算数")
            Self.set(item, budget, in: &result.budget)
            Self.set(item, actual, in: &result.actual)
            if let purpose = row["主要用途"] { purposes[item.rawValue] = purpose }
        }
        result.purposes = purposes.isEmpty ? nil : purposes
        let counts = WorkbookLayout.threePublicCounts
        var foreign = ReceptionPart(amount: .zero, batches: 0, persons: 0), abroad = foreign
        for (key, value, row) in pairs(counts) {
            let target = path.appending(key)
            switch ThreePublicCountRows(rawValue: key) {
            case .overseasGroups: result.overseasGroups = count(value, target, counts, row, "数值")
            case .overseasPersons: result.overseasPersons = count(value, target, counts, row, "数值")
            case .vehiclesPurchased: result.vehiclesPurchased = count(value, target, counts, row, "数值")
            case .vehiclesHeld: result.vehiclesHeld = count(value, target, counts, row, "数值")
            case .receptionBatches: result.receptionBatches = count(value, target, counts, row, "数值")
            case .receptionPersons: result.receptionPersons = count(value, target, counts, row, "数值")
            case .foreignAmount: foreign.amount = amount(value, target, counts, row, "数值") ?? .zero
            case .foreignBatches: foreign.batches = count(value, target, counts, row, "数值") ?? 0
            case .foreignPersons: foreign.persons = count(value, target, counts, row, "数值") ?? 0
            case .abroadAmount: abroad.amount = amount(value, target, counts, row, "数值") ?? .zero
            case .abroadBatches: abroad.batches = count(value, target, counts, row, "数值") ?? 0
            case .abroadPersons: abroad.persons = count(value, target, counts, row, "数值") ?? 0
            case nil: issues.append(InputIssue(target, "未知项目“\(key)”")); note(target, counts, row, "项目")
            }
        }
        result.foreignAffairsReception = foreign
        result.abroadReception = abroad
        locator.sheets["threePublicExpenses"] = sheet.name
        return result
    }

    /// The JSON key of a 三公 item, so that a workbook issue and a JSON issue have the same path.
    static func key(_ item: ThreePublicItem) -> String {
        switch item {
        case .overseasTravel: "overseasTravel"
        case .vehiclePurchase: "vehiclePurchase"
        case .vehicleOperation: "vehicleOperation"
        case .reception: "reception"
        }
    }

    static func set(_ item: ThreePublicItem, _ value: Amount?, in amounts: inout ThreePublicAmounts) {
        switch item {
        case .overseasTravel: amounts.overseasTravel = value
        case .vehiclePurchase: amounts.vehiclePurchase = value
        case .vehicleOperation: amounts.vehicleOperation = value
        case .reception: amounts.reception = value
        }
    }

    private mutating func procurement(_ path: InputPath) -> ProcurementInput {
        var result = ProcurementInput()
        let sheet = WorkbookLayout.procurement
        for (key, value, row) in pairs(sheet) {
            switch ProcurementRows(rawValue: key) {
            case .goods: result.goods = amount(value, path.appending("goods"), sheet, row, "金额")
            case .works: result.works = amount(value, path.appending("works"), sheet, row, "金额")
            case .services: result.services = amount(value, path.appending("services"), sheet, row, "金额")
            case .smallAndMedium: result.smallAndMedium = amount(value, path.appending("smallAndMedium"), sheet, row, "金额")
            case .smallAndMicro: result.smallAndMicro = amount(value, path.appending("smallAndMicro"), sheet, row, "金额")
            case nil: issues.append(InputIssue(path.appending(key), "未知项目“\(key)”")); note(path.appending(key), sheet, row, "项目")
            }
        }
        return result
    }

    private mutating func assets(_ path: InputPath) -> AssetsInput {
        var result = AssetsInput()
        let sheet = WorkbookLayout.assets
        for (key, value, row) in pairs(sheet) {
            switch key {
            case "单价100万元以上设备": result.largeEquipment = count(value, path.appending("largeEquipment"), sheet, row, "数量")
            case "截至日期": result.asOf = value
            default: result.vehicles[key] = count(value, path.appending("vehicles").appending(key), sheet, row, "数量") ?? 0
            }
        }
        return result
    }

    private mutating func performance(_ path: InputPath) -> PerformanceInput? {
        let sheet = WorkbookLayout.performance
        let rows = pairs(sheet)
        guard !rows.isEmpty else { return nil }
        var result = PerformanceInput()
        for (key, value, row) in rows {
            switch key {
            case "自评项目个数": result.projectCount = count(value, path.appending("projectCount"), sheet, row, "内容")
            case "涉及资金": result.funds = amount(value, path.appending("funds"), sheet, row, "内容")
            case "说明": result.remarks = value
            case "其他需要说明的事项": result.otherMatters = value
            default: result.grades = (result.grades ?? [:]).merging([key: count(value, path.appending("grades").appending(key), sheet, row, "内容") ?? 0]) { $1 }
            }
        }
        return result
    }
}

/// Workbook: the sheet, row and column a value came from; for a value that is missing, the sheet to add it to.
struct WorkbookLocator: InputLocator {
    struct Place {
        var sheet: String
        var row: Int
        var column: String
        var columnName: String
    }

    var cells: [InputPath: Place] = [:]
    /// Top-level input keys → the sheet that holds them.
    var sheets: [String: String] = [:]

    func describe(_ path: InputPath) -> String {
        var prefix = path
        while !prefix.components.isEmpty {
            if let place = cells[prefix] {
                return "工作表“\(place.sheet)”第\(place.row)行 \(place.column)列（\(place.columnName)）"
            }
            prefix.components.removeLast()
        }
        if case .key(let top)? = path.components.first, let sheet = sheets[top] {
            let missing = path.components.count > 1 ? path.components.dropFirst().map { component -> String in
                switch component {
                case .key(let key): key
                case .index(let index): "第\(index + 1)项"
                }
            }.joined(separator: ".") : ""
            return "工作表“\(sheet)”" + (missing.isEmpty ? "" : "（缺少“\(missing)”一行）")
        }
        return "工作簿（\(path)）"
    }
}
