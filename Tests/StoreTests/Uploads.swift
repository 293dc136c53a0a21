import Checking
import Disclosure
import Foundation
import Store

/// Small uploads made in code: a model with a 公开03 whose rows carry the given totals, its
/// source bytes, and findings.
enum Uploads {
    static func model(department: String, year: Int, totals: [(code: String, fen: Int64)], sha256: String = "") -> Disclosure {
        var model = Disclosure(metadata: Metadata(departmentName: department, fiscalYear: year),
                               provenance: Provenance(sourceFileName: "\(department)-\(year).txt", sha256: sha256, reader: "tabbed-text"))
        model.tables.expenditure = ExpenditureTable(
            heading: TableHeading(title: "支出决算表"),
            rows: totals.compactMap { total in
                FunctionalCode(total.code).map { ExpenditureRow(code: $0, name: "科目\(total.code)", total: .amount(Amount(fen: total.fen))) }
            })
        return model
    }

    static let finding = Finding(ruleID: "RS-1", severity: .error, location: FindingLocation(table: .expenditure, rowCode: "201"),
                                 expected: "10.00", actual: "10.01", difference: "0.01",
                                 message: LocalizedText(zh: "行合计不等于各列之和", en: "row total is not the sum of its columns"))

    static func upload(_ department: DepartmentID, year: Int = 2024, totals: [(code: String, fen: Int64)] = [("201", 1_000_000)],
                       findings: [Finding] = [finding], text: String = UUID().uuidString) -> VersionUpload {
        let source = SourceFile(fileName: "决算-\(year).txt", bytes: Data("部门决算\n\(text)\n".utf8), reader: "tabbed-text")
        return VersionUpload(department: department, fiscalYear: year, source: source,
                             model: model(department: "测试局", year: year, totals: totals, sha256: source.sha256), findings: findings)
    }
}
