import Disclosure
import Foundation

/// A disclosure's tables as a Frictionless Data Package: one CSV per table and a
/// `datapackage.json` that describes them with Fiscal Data Package-style fields (codes and
/// classification levels, phase `actual` for 决算, currency CNY, factor 10000 for 万元, the
/// fiscal year).
public struct DataPackage {
    /// File name → contents.
    public let files: [(name: String, contents: Data)]

    public init(_ disclosure: Disclosure) throws {
        let tables = disclosure.tables.grids.map(FigureTable.init)
        var files: [(String, Data)] = tables.map { ($0.name + ".csv", Data($0.csv.utf8)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        files.insert(("datapackage.json", try encoder.encode(Descriptor(disclosure, tables: tables))), at: 0)
        self.files = files
    }

    /// Writes every file into `folder`, creating it.
    public func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, contents) in files { try contents.write(to: folder.appendingPathComponent(name)) }
    }

    struct Descriptor: Encodable {
        struct FiscalPeriod: Encodable { var start: String, end: String }
        struct Resource: Encodable {
            var name: String, path: String, title: String, format = "csv", mediatype = "text/csv", encoding = "utf-8"
            var schema: Schema
        }
        struct Schema: Encodable { var fields: [Field]; var missingValues = [""] }
        struct Field: Encodable {
            var name: String, type: String, title: String, description: String
            var columnType: String?
            var constraints: [String: [String]]?
            var currency: String?
            var factor: Int?
            var phase: String?
        }

        var name: String
        var title: String
        var description: String
        var countryCode = "CN"
        var currency = "CNY"
        var factor = 10000
        var phase = "actual"
        var fiscalYear: Int?
        var fiscalPeriod: FiscalPeriod?
        var resources: [Resource]

        init(_ disclosure: Disclosure, tables: [FigureTable]) {
            let metadata = disclosure.metadata
            let year = metadata.fiscalYear
            name = "juesuan-final-accounts" + (year.map { "-\($0)" } ?? "")
            title = DisclosureHTML.documentTitle(metadata)
            description = "\(metadata.departmentName)部门决算公开表（决算数，金额单位：万元）。由 juesuan 从规范模型生成。"
            fiscalYear = year
            fiscalPeriod = year.map { FiscalPeriod(start: "\($0)-01-01", end: "\($0)-12-31") }
            resources = tables.map { table in
                Resource(name: table.name, path: table.name + ".csv", title: table.grid.kind.rawValue + " " + table.grid.heading.title,
                         schema: Schema(fields: Descriptor.fields))
            }
        }

        static let fields: [Field] = [
            Field(name: "table", type: "string", title: "表号", description: "公开表号，如 公开01"),
            Field(name: "row_key", type: "string", title: "行键", description: "行的稳定键：科目编码、合计或（收入/支出:）行名"),
            Field(name: "label", type: "string", title: "项目", description: "行的科目名称或项目名称，按公开原文"),
            Field(name: "row_number", type: "integer", title: "行次", description: "公开原文的行次（如有）"),
            Field(name: "classification", type: "string", title: "分类", description: "支出功能分类或支出经济分类",
                  constraints: ["enum": ["支出功能分类", "支出经济分类"]]),
            Field(name: "code", type: "string", title: "科目编码", description: "功能分类类/款/项为 3/5/7 位，经济分类类/款为 3/5 位；按文本保存",
                  columnType: "functional-classification:generic:code"),
            Field(name: "level", type: "string", title: "科目级次", description: "类、款或项", columnType: "functional-classification:generic:level",
                  constraints: ["enum": ["类", "款", "项"]]),
            Field(name: "measure", type: "string", title: "栏目", description: "金额所在栏目，如 本年支出合计、基本支出"),
            Field(name: "amount", type: "number", title: "金额", description: "决算数，按公开的小数位数精确保存；单位见 unit（万元即 factor 10000 元）",
                  columnType: "value", currency: "CNY", factor: 10000, phase: "actual"),
            Field(name: "unit", type: "string", title: "单位", description: "万元、元，或 个（数量）"),
            Field(name: "mark", type: "string", title: "标记", description: "printed 有数；blank 空白（视为零）；not_applicable 不适用（——）",
                  constraints: ["enum": ["printed", "blank", "not_applicable"]]),
        ]
    }
}
