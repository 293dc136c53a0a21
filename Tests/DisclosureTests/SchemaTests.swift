import Disclosure
import Foundation
import Testing

/// The canonical JSON is a contract: `schema/disclosure.schema.json` describes it, and these
/// tests check what `JSONEncoder` really produces against it with an independent validator
/// (Python's `jsonschema`, run by `Tests/schema/validate.py`). CI installs python3 and
/// jsonschema; without them these tests fail rather than skip.
@Suite struct SchemaTests {
    @Test func everyPartOfARichDisclosureConformsToTheSchema() throws {
        let data = try SchemaFixtures.encode(SchemaFixtures.rich)
        // --coverage also fails when a schema property or enum value never occurs, so the rich
        // document keeps the schema honest in both directions.
        let run = try Validation.run(data, coverage: true)
        #expect(run.status == 0, "validate.py rejected the encoded disclosure:\n\(run.output)")

        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(":null"), "a blank cell encodes as null")
        #expect(json.contains(":\"——\""), "a not-applicable cell encodes as ——")
    }

    @Test func aMinimalDisclosureWithEveryOptionalAbsentConformsToTheSchema() throws {
        let data = try SchemaFixtures.encode(SchemaFixtures.minimal)
        let run = try Validation.run(data)
        #expect(run.status == 0, "validate.py rejected the encoded disclosure:\n\(run.output)")
        #expect(String(decoding: data, as: UTF8.self).contains("\"tables\":{}"))
    }

    @Test func decodingTheCanonicalJSONGivesBackTheSameValue() throws {
        for disclosure in [SchemaFixtures.rich, SchemaFixtures.minimal] {
            let data = try SchemaFixtures.encode(disclosure)
            let decoded = try JSONDecoder().decode(Disclosure.self, from: data)
            #expect(decoded == disclosure)
            #expect(try SchemaFixtures.encode(decoded) == data, "encoding is stable")
        }
    }

    @Test func editingTheEncodedDocumentWithoutBreakingItKeepsItValid() throws {
        // Guards the editing helper used below: re-serialising must not by itself invalidate.
        let edited = try Breakage.edit(SchemaFixtures.encode(SchemaFixtures.rich), path: [], replacement: nil)
        let run = try Validation.run(edited)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test(arguments: Breakage.all)
    func aBrokenDocumentIsRejectedWithItsPath(_ breakage: Breakage) throws {
        let data = try breakage.apply(to: SchemaFixtures.encode(SchemaFixtures.rich))
        let run = try Validation.run(data)
        #expect(run.status == 1, "validate.py should reject \(breakage.description):\n\(run.output)")
        #expect(run.output.contains(breakage.reportedPath), "the error names \(breakage.reportedPath):\n\(run.output)")
    }

    @Test func schemaEnumerationsListEveryCaseInDeclarationOrder() throws {
        let schema = try Validation.schemaDefinitions()
        func enumeration(_ name: String) -> [String]? {
            (schema[name] as? [String: Any])?["enum"] as? [String]
        }
        #expect(enumeration("MoneyUnit") == MoneyUnit.allCases.map(\.rawValue))
        #expect(enumeration("FundSource") == FundSource.allCases.map(\.rawValue))
        #expect(enumeration("VehicleKind") == VehicleKind.allCases.map(\.rawValue))
        #expect(enumeration("TableKind") == TableKind.allCases.map(\.rawValue))
        #expect(enumeration("FunctionalLevel") == FunctionalLevel.allCases.map(\.rawValue))
        #expect(enumeration("EconomicLevel") == EconomicLevel.allCases.map(\.rawValue))
        #expect(enumeration("ReadingNoteKind") == SchemaFixtures.noteKinds.map(\.rawValue))
        #expect(enumeration("NarrativeFigureKind") == SchemaFixtures.figureKinds.map(\.rawValue))
        #expect(enumeration("NarrativeFigureDirection") == SchemaFixtures.directions.map(\.rawValue))
        let value = schema["IndicatorValue"] as? [String: Any]
        let properties = value?["properties"] as? [String: [String: Any]]
        #expect(properties?["kind"]?["enum"] as? [String] == IndicatorValue.Kind.allCases.map(\.rawValue))
        #expect(properties?["comparator"]?["enum"] as? [String] == IndicatorValue.Comparator.allCases.map(\.rawValue))
    }

    @Test func aBlankCellInAnOptionalColumnStaysBlankAndAnUnprintedColumnStaysAbsent() throws {
        let row = FundFlowRow(code: FunctionalCode("229"), name: "其他支出", opening: .blank, total: SchemaFixtures.cell("1.00"))
        let data = try SchemaFixtures.encode(row)
        #expect(String(decoding: data, as: UTF8.self).contains("\"opening\":null"))
        let decoded = try JSONDecoder().decode(FundFlowRow.self, from: data)
        #expect(decoded == row)
        #expect(decoded.opening == .blank)
        #expect(decoded.income == nil)
    }
}

// MARK: - Running validate.py

enum Validation {
    struct Run {
        var status: Int32
        var output: String
    }

    struct EnvironmentError: Error, CustomStringConvertible {
        var description: String
    }

    /// The package root, found from this file: Tests/DisclosureTests/SchemaTests.swift.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schema = root.appendingPathComponent("schema/disclosure.schema.json")
    static let script = root.appendingPathComponent("Tests/schema/validate.py")

    /// Writes `data` to a temporary file and validates it. Exit status 0 is valid and 1 invalid;
    /// anything else means python3 or jsonschema could not run, which throws (a failure, not a skip).
    static func run(_ data: Data, coverage: Bool = false) throws -> Run {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("juesuan-schema-\(UUID().uuidString).json")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, schema.path, file.path] + (coverage ? ["--coverage"] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            throw EnvironmentError(description: "could not start python3 (\(error)); install python3 and `pip install jsonschema`")
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let status = process.terminationStatus
        guard status == 0 || status == 1 else {
            let cause = status == 127 ? "python3 was not found on PATH" : "validate.py could not validate"
            throw EnvironmentError(description: """
                schema validation could not run (exit \(status), \(cause)): python3 with the `jsonschema` \
                package is required (`pip install jsonschema`).
                \(output)
                """)
        }
        return Run(status: status, output: output)
    }

    static func schemaDefinitions() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: schema))
        return try #require((object as? [String: Any])?["$defs"] as? [String: Any])
    }
}

// MARK: - Broken documents

/// One way of breaking the rich document, and the JSON path the validator must report.
struct Breakage: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    enum Replacement: Sendable {
        case string(String)
        case number(Double)
        case emptyObject
    }

    var description: String
    var path: [String]
    /// Nil removes the key.
    var replacement: Replacement?
    var reportedPath: String

    var testDescription: String { description }

    static let all: [Breakage] = [
        Breakage(description: "an amount with a thousands separator",
                 path: ["tables", "incomeExpenditureSummary", "incomeTotal", "amount"], replacement: .string("5,029.36"),
                 reportedPath: "$.tables.incomeExpenditureSummary.incomeTotal.amount"),
        Breakage(description: "an amount as a JSON number",
                 path: ["tables", "income", "rows", "0", "total"], replacement: .number(5029.36),
                 reportedPath: "$.tables.income.rows[0].total"),
        Breakage(description: "an amount with seven decimals",
                 path: ["tables", "basicExpenditure", "lines", "0", "amount"], replacement: .string("1.2345678"),
                 reportedPath: "$.tables.basicExpenditure.lines[0].amount"),
        Breakage(description: "an amount with a leading zero",
                 path: ["tables", "generalBudgetExpenditure", "rows", "0", "basic"], replacement: .string("0123.40"),
                 reportedPath: "$.tables.generalBudgetExpenditure.rows[0].basic"),
        Breakage(description: "an amount followed by a newline",
                 path: ["tables", "expenditure", "total", "basic"], replacement: .string("5029.36\n"),
                 reportedPath: "$.tables.expenditure.total.basic"),
        Breakage(description: "a single dash for not applicable",
                 path: ["tables", "threePublicExpenses", "actual", "overseasTravel"], replacement: .string("—"),
                 reportedPath: "$.tables.threePublicExpenses.actual.overseasTravel"),
        Breakage(description: "a four-digit functional code",
                 path: ["tables", "income", "rows", "0", "code"], replacement: .string("2010"),
                 reportedPath: "$.tables.income.rows[0].code"),
        Breakage(description: "an economic code printed with a space",
                 path: ["tables", "basicExpenditure", "lines", "1", "code"], replacement: .string("301 01"),
                 reportedPath: "$.tables.basicExpenditure.lines[1].code"),
        Breakage(description: "an unknown money unit",
                 path: ["metadata", "amountUnit"], replacement: .string("千元"),
                 reportedPath: "$.metadata.amountUnit"),
        Breakage(description: "an unknown fund source",
                 path: ["tables", "fiscalSummary", "income", "0", "source"], replacement: .string("财政拨款收入"),
                 reportedPath: "$.tables.fiscalSummary.income[0].source"),
        Breakage(description: "an unknown reading-note kind",
                 path: ["provenance", "readingNotes", "0", "kind"], replacement: .string("fixed"),
                 reportedPath: "$.provenance.readingNotes[0].kind"),
        Breakage(description: "a percentage value with its % sign",
                 path: ["narrative", "sections", "0", "paragraphs", "0", "figures", "2", "value"], replacement: .string("1.34%"),
                 reportedPath: "$.narrative.sections[0].paragraphs[0].figures[2].value"),
        Breakage(description: "an unknown key in metadata",
                 path: ["metadata", "departmentNameEnglish"], replacement: .string("Datong Market Regulation"),
                 reportedPath: "$.metadata"),
        Breakage(description: "an unknown table",
                 path: ["tables", "publicity11"], replacement: .emptyObject,
                 reportedPath: "$.tables"),
        Breakage(description: "a missing required key",
                 path: ["provenance", "sha256"], replacement: nil,
                 reportedPath: "$.provenance"),
        Breakage(description: "an upper-case digest",
                 path: ["provenance", "sha256"], replacement: .string(String(repeating: "AB", count: 32)),
                 reportedPath: "$.provenance.sha256"),
    ]

    func apply(to data: Data) throws -> Data {
        try Breakage.edit(data, path: path, replacement: replacement)
    }

    /// Replaces (or with nil removes) the value at `path`; an empty path re-serialises unchanged.
    static func edit(_ data: Data, path: [String], replacement: Replacement?) throws -> Data {
        let document = try JSONSerialization.jsonObject(with: data)
        let value: Any? = switch replacement {
        case .string(let text): text
        case .number(let number): number
        case .emptyObject: [String: Any]()
        case nil: nil
        }
        let edited = path.isEmpty ? document : try set(value, at: path[...], in: document)
        return try JSONSerialization.data(withJSONObject: edited)
    }

    private static func set(_ value: Any?, at path: ArraySlice<String>, in node: Any) throws -> Any {
        let key = try #require(path.first)
        let rest = path.dropFirst()
        if var object = node as? [String: Any] {
            if rest.isEmpty {
                object[key] = value
            } else {
                object[key] = try set(value, at: rest, in: #require(object[key], "no \(key) in the document"))
            }
            return object
        }
        var array = try #require(node as? [Any], "cannot follow \(key) into \(node)")
        let index = try #require(Int(key).flatMap { array.indices.contains($0) ? $0 : nil }, "no element \(key)")
        array[index] = rest.isEmpty ? (value ?? NSNull()) : try set(value, at: rest, in: array[index])
        return array
    }
}

// MARK: - Fixtures

enum SchemaFixtures {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    static func cell(_ text: String, unit: MoneyUnit = .tenThousandYuan) -> Cell {
        .amount(Amount(parsing: text, unit: unit)!)
    }

    static func code(_ digits: String) -> FunctionalCode { FunctionalCode(digits)! }
    static func economic(_ digits: String) -> EconomicCode { EconomicCode(digits)! }

    // Adding a case to one of these enums breaks the switch below: add it here and to the schema.
    static let noteKinds: [ReadingNote.Kind] = [.repaired, .unplaced, .uncertain, .missing]
    static let figureKinds: [NarrativeFigure.Kind] = [.amount, .percentage, .count]
    static let directions: [NarrativeFigure.Direction] = [.increase, .decrease, .unchanged]

    static func exhaustive(_ kind: ReadingNote.Kind, _ figure: NarrativeFigure.Kind, _ direction: NarrativeFigure.Direction) {
        switch kind { case .repaired, .unplaced, .uncertain, .missing: break }
        switch figure { case .amount, .percentage, .count: break }
        switch direction { case .increase, .decrease, .unchanged: break }
    }

    static let digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    static func heading(_ title: String, label: String? = nil, unit: MoneyUnit = .tenThousandYuan, notes: [String] = [],
                        printedEmpty: Bool = false, line: Int? = nil) -> TableHeading {
        TableHeading(title: title, label: label, unit: unit, departmentName: label == nil ? nil : "大同市市场监督管理局",
                     fiscalYear: label == nil ? nil : 2024, notes: notes, printedEmpty: printedEmpty,
                     location: line.map { SourceLocation(line: $0, page: $0 / 40 + 1) })
    }

    /// A figure located in `text`: offset and sentence are computed, as a reader would.
    static func figure(_ kind: NarrativeFigure.Kind, _ printed: String, value: String, unit: String, subject: String,
                       direction: NarrativeFigure.Direction? = nil, refersTo: Int? = nil, in text: String) -> NarrativeFigure {
        let range = text.range(of: printed)!
        let before = text[..<range.lowerBound]
        return NarrativeFigure(kind: kind, text: printed, value: ExactDecimal(parsing: value)!, unit: unit,
                               sentence: before.filter { "。；;".contains($0) }.count,
                               offset: before.count, subject: subject, direction: direction, refersTo: refersTo)
    }

    /// Every table, every cell form (blank, ——, amounts of 0–6 decimals, negative), every enum
    /// value, and every optional property present somewhere and absent somewhere else.
    static let rich: Disclosure = {
        var summary = IncomeExpenditureSummary(
            heading: heading("收入支出决算总表", label: "公开01表", notes: ["注：本表反映部门本年度的总收支和年末结转结余情况。"], line: 310),
            income: FundSource.allCases.enumerated().map { index, source in
                let amount: Cell = switch source {
                case .generalBudget: cell("5029.36")
                case .governmentFund: cell("120")
                case .stateCapital: .notApplicable
                case .other: cell("0.50")
                default: .blank
                }
                return SourceLine(source: source, line: SummaryLine(label: source.rawValue, rowNumber: index + 1, amount: amount))
            },
            expenditure: [
                ClassLine(code: code("201"), line: SummaryLine(label: "一般公共服务支出", rowNumber: 32, amount: cell("4860.12"),
                                                               location: SourceLocation(sheet: "公开01", cell: "E6"))),
                ClassLine(code: code("208"), line: SummaryLine(label: "社会保障和就业支出", rowNumber: 38, amount: cell("289.74"))),
                ClassLine(code: nil, line: SummaryLine(label: "其他支出（未列入目录）", amount: .blank)),
            ])
        summary.incomeTotal = SummaryLine(label: "本年收入合计", rowNumber: 12, amount: cell("5149.86"))
        summary.useOfNonFiscalBalance = SummaryLine(label: "使用非财政拨款结余(含专用结余)", rowNumber: 13, amount: .blank)
        summary.openingBalance = SummaryLine(label: "年初结转和结余", rowNumber: 14, amount: cell("35.10"))
        summary.incomeGrandTotal = SummaryLine(label: "总计", rowNumber: 15, amount: cell("5184.96"))
        summary.expenditureTotal = SummaryLine(label: "本年支出合计", rowNumber: 57, amount: cell("5149.86"))
        summary.balanceDistribution = SummaryLine(label: "结余分配", rowNumber: 58, amount: cell("-2.40"))
        summary.closingBalance = SummaryLine(label: "年末结转和结余", rowNumber: 59, amount: cell("37.50"))
        summary.expenditureGrandTotal = SummaryLine(label: "总计", rowNumber: 60, amount: cell("5184.96"),
                                                    location: SourceLocation(line: 371))

        let income = IncomeTable(
            heading: heading("收入决算表", label: "公开02表", line: 380),
            total: IncomeRow(code: nil, name: "合计", total: cell("5149.86"), fiscal: cell("5149.36"), other: cell("0.50")),
            rows: [
                IncomeRow(code: code("201"), name: "一般公共服务支出", total: cell("4860.12"), fiscal: cell("4860.12"),
                          superiorSubsidy: .notApplicable, business: .notApplicable, operating: cell("0.00"),
                          affiliatedRemittance: .blank, other: .blank, location: SourceLocation(line: 392)),
                IncomeRow(code: code("20138"), name: "市场监督管理事务", total: cell("4860.12"), fiscal: cell("4860.12")),
                IncomeRow(code: code("2013801"), name: "行政运行", total: cell("3902.5"), fiscal: cell("3902.5")),
            ])

        let expenditure = ExpenditureTable(
            heading: heading("支出决算表", label: "公开03表", line: 420),
            total: ExpenditureRow(code: nil, name: "合计", total: cell("5149.86"), basic: cell("4210.33"), project: cell("939.53")),
            rows: [
                ExpenditureRow(code: code("201"), name: "一般公共服务支出", total: cell("4860.12"), basic: cell("3920.59"),
                               project: cell("939.53"), toSuperior: .notApplicable, operating: .blank, affiliatedSubsidy: cell("0"),
                               location: SourceLocation(line: 431, page: 11)),
                ExpenditureRow(code: code("2080505"), name: "机关事业单位基本养老保险缴费支出", total: cell("289.74"), basic: cell("289.74")),
            ])

        var fiscal = FiscalSummary(
            heading: heading("财政拨款收入支出决算总表", label: "公开04表", line: 460),
            income: FundSource.fiscal.enumerated().map { index, source in
                SourceLine(source: source, line: SummaryLine(label: source.rawValue, rowNumber: index + 1,
                                                             amount: source == .generalBudget ? cell("5029.36") : .blank))
            },
            expenditure: [
                FiscalLine(label: "一般公共服务支出", rowNumber: 33, code: code("201"),
                           amounts: FiscalColumns(total: cell("4739.62"), generalBudget: cell("4739.62"), governmentFund: .blank,
                                                  stateCapital: .notApplicable),
                           location: SourceLocation(line: 470)),
                FiscalLine(label: "社会保障和就业支出", code: code("208"),
                           amounts: FiscalColumns(total: cell("289.74"), generalBudget: cell("289.74"))),
            ],
            openingBalanceBySource: [
                SourceLine(source: .generalBudget, line: SummaryLine(label: "一般公共预算财政拨款", rowNumber: 6, amount: cell("35.10"))),
                SourceLine(source: .governmentFund, line: SummaryLine(label: "政府性基金预算财政拨款", amount: .blank)),
            ])
        fiscal.incomeTotal = SummaryLine(label: "本年收入合计", rowNumber: 4, amount: cell("5029.36"))
        fiscal.openingBalance = SummaryLine(label: "年初财政拨款结转和结余", rowNumber: 5, amount: cell("35.10"))
        fiscal.incomeGrandTotal = SummaryLine(label: "总计", rowNumber: 9, amount: cell("5064.46"))
        fiscal.expenditureTotal = FiscalLine(label: "本年支出合计", rowNumber: 60,
                                             amounts: FiscalColumns(total: cell("5029.36"), generalBudget: cell("5029.36")))
        fiscal.closingBalance = FiscalLine(label: "年末财政拨款结转和结余", rowNumber: 61,
                                           amounts: FiscalColumns(total: cell("35.10"), generalBudget: cell("35.10")))
        fiscal.expenditureGrandTotal = FiscalLine(label: "总计", rowNumber: 62,
                                                  amounts: FiscalColumns(total: cell("5064.46"), generalBudget: cell("5064.46")),
                                                  location: SourceLocation(line: 499, page: 13))

        let generalBudget = GeneralBudgetExpenditureTable(
            heading: heading("一般公共预算财政拨款支出决算表", label: "公开05表", line: 510),
            total: SplitRow(code: nil, name: "合计", total: cell("5029.36"), basic: cell("4089.83"), project: cell("939.53")),
            rows: [
                SplitRow(code: code("201"), name: "一般公共服务支出", total: cell("4739.62"), basic: cell("3800.09"),
                         project: cell("939.53"), location: SourceLocation(line: 515)),
                SplitRow(code: code("20138"), name: "市场监督管理事务", total: cell("4739.62"), basic: cell("3800.09"), project: .notApplicable),
            ])

        var basic = BasicExpenditureTable(
            heading: heading("一般公共预算财政拨款基本支出决算明细表", label: "公开06表", line: 540),
            lines: [
                EconomicLine(code: economic("301"), name: "工资福利支出", amount: cell("3512.08"), location: SourceLocation(line: 545)),
                EconomicLine(code: economic("30101"), name: "基本工资", amount: cell("1203.4")),
                EconomicLine(code: economic("302"), name: "商品和服务支出", amount: cell("512.2")),
                EconomicLine(code: economic("30217"), name: "公务接待费", amount: cell("1234.56", unit: .yuan)),
                EconomicLine(code: economic("303"), name: "对个人和家庭的补助", amount: .blank),
                EconomicLine(code: economic("310"), name: "资本性支出", amount: .notApplicable),
            ])
        basic.personnelTotal = SummaryLine(label: "人员经费合计", amount: cell("3577.63"), location: SourceLocation(line: 580))
        basic.publicUseTotal = SummaryLine(label: "公用经费合计", amount: cell("512.2"))
        basic.total = SummaryLine(label: "合计", amount: cell("4089.83"))

        let fund = GovernmentFundTable(
            heading: heading("政府性基金预算财政拨款收入支出决算表", label: "公开07表", line: 600),
            total: FundFlowRow(code: nil, name: "合计", opening: cell("0"), income: cell("120.00"), total: cell("120.00"),
                               basic: .blank, project: cell("120.00"), closing: cell("0.00")),
            rows: [
                FundFlowRow(code: code("229"), name: "其他支出", opening: .notApplicable, income: cell("120.00"), total: cell("120.00"),
                            project: cell("120.00"), closing: .notApplicable, location: SourceLocation(line: 612)),
                FundFlowRow(code: code("22960"), name: "彩票公益金安排的支出", total: cell("120.00"), project: cell("120.00")),
            ])

        let capital = StateCapitalTable(
            heading: heading("国有资本经营预算财政拨款支出决算表", label: "公开08表",
                             notes: ["注：本单位2024年度无国有资本经营预算财政拨款支出，故本表为空表。"], printedEmpty: true, line: 630))

        let threePublic = ThreePublicExpensesTable(
            heading: heading("财政拨款“三公”经费支出决算表", label: "公开09表", unit: .yuan, line: 650),
            budget: ThreePublicFigures(total: cell("120000.00", unit: .yuan), overseasTravel: .blank,
                                       vehicleSubtotal: cell("100000.00", unit: .yuan), vehiclePurchase: .notApplicable,
                                       vehicleOperation: cell("100000.00", unit: .yuan), reception: cell("20000.00", unit: .yuan)),
            actual: ThreePublicFigures(total: cell("95234.56", unit: .yuan), overseasTravel: cell("0.00", unit: .yuan),
                                       vehicleSubtotal: cell("94000.00", unit: .yuan), vehiclePurchase: .blank,
                                       vehicleOperation: cell("94000.00", unit: .yuan), reception: cell("1234.56", unit: .yuan)),
            location: SourceLocation(line: 650, page: 20))

        var statistics = SupplementaryStatisticsTable(
            heading: heading("部门决算公开相关信息统计表", label: "公开10表", line: 680),
            vehicles: VehicleKind.allCases.enumerated().map { index, kind in
                VehicleLine(kind: kind, line: CountLine(label: kind.rawValue, rowNumber: 10 + index,
                                                        count: kind == .lawEnforcement ? 15 : (kind == .emergency ? 2 : nil),
                                                        location: kind == .lawEnforcement ? SourceLocation(line: 700) : nil))
            })
        statistics.procurementTotal = SummaryLine(label: "政府采购支出合计", rowNumber: 1, amount: cell("312.45"))
        statistics.procurementGoods = SummaryLine(label: "货物", rowNumber: 2, amount: cell("112.45"))
        statistics.procurementWorks = SummaryLine(label: "工程", rowNumber: 3, amount: .blank)
        statistics.procurementServices = SummaryLine(label: "服务", rowNumber: 4, amount: cell("200"))
        statistics.operatingCostsAdministrative = SummaryLine(label: "行政单位", rowNumber: 5, amount: cell("501.23"))
        statistics.operatingCostsCivilServiceManaged = SummaryLine(label: "参照公务员法管理事业单位", rowNumber: 6, amount: .notApplicable)
        statistics.vehicleTotal = CountLine(label: "车辆数合计", rowNumber: 9, count: 17)
        statistics.largeEquipment = CountLine(label: "单价100万元(含)以上设备(不含车辆)", rowNumber: 18, count: 0)

        var tables = Tables()
        tables.incomeExpenditureSummary = summary
        tables.income = income
        tables.expenditure = expenditure
        tables.fiscalSummary = fiscal
        tables.generalBudgetExpenditure = generalBudget
        tables.basicExpenditure = basic
        tables.governmentFund = fund
        tables.stateCapital = capital
        tables.threePublicExpenses = threePublic
        tables.supplementaryStatistics = statistics

        let first = "2024年度收入总计5,184.96万元，支出总计5,184.96万元。与上年相比，收入总计增加66.41万元，增长1.34%。"
        let second = "2024年度“三公”经费支出9.52万元，比上年下降12.5%；年末公务用车保有量17辆，与上年持平。"
        let narrative = Narrative(sections: [
            NarrativeSection(number: "一", title: "收入支出决算总体情况说明", paragraphs: [
                NarrativeParagraph(text: first, figures: [
                    figure(.amount, "5,184.96万元", value: "5,184.96", unit: "万元", subject: "2024年度收入总计", in: first),
                    figure(.amount, "66.41万元", value: "66.41", unit: "万元", subject: "收入总计", direction: .increase, in: first),
                    figure(.percentage, "1.34%", value: "1.34", unit: "%", subject: "收入总计", direction: .increase, refersTo: 1, in: first),
                ], location: SourceLocation(line: 720, page: 22)),
            ], location: SourceLocation(line: 718)),
            NarrativeSection(number: "九", title: "财政拨款“三公”经费支出决算情况说明", paragraphs: [
                NarrativeParagraph(text: second, figures: [
                    figure(.amount, "9.52万元", value: "9.52", unit: "万元", subject: "2024年度“三公”经费支出", in: second),
                    figure(.percentage, "12.5%", value: "12.5", unit: "%", subject: "“三公”经费支出", direction: .decrease, in: second),
                    figure(.count, "17辆", value: "17", unit: "辆", subject: "年末公务用车保有量", direction: .unchanged, in: second),
                ]),
                NarrativeParagraph(text: "本年度无因公出国（境）费支出。"),
            ]),
            NarrativeSection(number: nil, title: "其他重要事项情况说明"),
        ])

        return Disclosure(
            metadata: Metadata(title: "大同市市场监督管理局2024年度单位决算公开", departmentName: "大同市市场监督管理局",
                               departmentCode: "040", fiscalYear: 2024, amountUnit: .tenThousandYuan,
                               units: ["大同市市场监督管理局（本级）", "大同市市场监管综合行政执法队"]),
            overview: Overview(dutiesIntroduction: "根据三定方案，主要职能包括：", duties: ["（一）负责全市市场综合监督管理。", "（二）负责全市外商投资企业统一登记注册。"],
                               organisation: "本部门决算由局机关本级及所属1个二级预算单位的决算组成。"),
            tables: tables,
            narrative: narrative,
            glossary: [
                GlossaryEntry(term: "财政拨款收入", definition: "指单位从同级财政部门取得的财政预算资金。"),
                GlossaryEntry(term: "“三公”经费", definition: "指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"),
            ],
            attachments: [
                Attachment(title: "2024年度项目支出绩效自评表", text: "项目名称\t市场监管执法装备购置\n预算执行率\t98.50%",
                           location: SourceLocation(line: 900, page: 26)),
                Attachment(title: "部门整体支出绩效自评报告", text: "（略）"),
            ],
            selfEvaluations: [
                SelfEvaluation(
                    projectName: "J信用监管经费", title: "J信用监管经费项目支出绩效自评表", fiscalYear: 2024,
                    supervisingDepartment: CodedName(code: "040", name: "大同市市场监督管理局[部门]"),
                    budgetUnit: CodedName(code: "040001", name: "大同市市场监督管理局"),
                    fundLines: [
                        FundLine(source: "资金总额", declaredBudget: Amount(parsing: "0"), initialBudget: Amount(parsing: "15"),
                                 annualBudget: Amount(parsing: "15"), executed: Amount(parsing: "13.092"), balance: Amount(parsing: "1.908"),
                                 executionRate: Percentage(parsing: "87.28"), executionScore: ExactDecimal(parsing: "8.73"),
                                 deviationReason: "按实际业务执行", location: SourceLocation(line: 722)),
                        FundLine(annualBudget: Amount(parsing: "0.5")),
                    ],
                    annualGoal: "创新和加强事中事后监管。", actualCompletion: "抽查已完成。",
                    indicators: [
                        PerformanceIndicator(level1: "产出指标", level2: "数量指标", name: "开展信用监管宣传活动", initialTarget: "≥次",
                                             target: IndicatorValue(parsing: "≥300家次"), actual: IndicatorValue(parsing: "2024年12月31日前"),
                                             weight: ExactDecimal(parsing: "8"), score: ExactDecimal(parsing: "7"),
                                             deviationReason: "年初指标设置过低。", location: SourceLocation(line: 726)),
                        PerformanceIndicator(name: "经营主体自律意识", target: IndicatorValue(parsing: "不断提高")),
                    ],
                    totalScore: ExactDecimal(parsing: "95.73"), grade: "优",
                    analyses: [AnalysisText(heading: "产出情况及分析", text: "各项指标均完成。", location: SourceLocation(line: 749))],
                    remarks: ["备注: 1.“年初预算数”项下的“目标申报数”和“预算编制数”为并列关系。"],
                    location: SourceLocation(line: 714, page: 30)),
                SelfEvaluation(projectName: "公平竞争审查经费", title: "公平竞争审查经费项目支出绩效自评表", isPublishedEmpty: true),
            ],
            provenance: Provenance(
                sourceFileName: "datong-market-regulation-2024.txt", sha256: digest, reader: "tabbed-text",
                readingNotes: [
                    ReadingNote(kind: .repaired, location: SourceLocation(line: 393), part: "公开02",
                                message: "跨行断开的科目名称已合并", excerpt: "市场监督管理\n事务"),
                    ReadingNote(kind: .unplaced, location: SourceLocation(line: 640), message: "无法归入任何表的文字",
                                excerpt: "（此页无正文）"),
                    ReadingNote(kind: .uncertain, location: SourceLocation(line: 545, page: 16), part: "公开06",
                                message: "金额中的逗号可能是小数点"),
                    ReadingNote(kind: .missing, location: SourceLocation(), part: "第五部分", message: "目录列出的附件3未找到"),
                ]))
    }()

    /// Only what is required: every optional property absent, no tables.
    static let minimal = Disclosure(
        metadata: Metadata(departmentName: "上海市普陀区生态环境局"),
        provenance: Provenance(sourceFileName: "putuo-ecology-bureau-2025.txt", sha256: digest, reader: "tabbed-text"))
}
