// The child process of the store's crash-safety test: opens the store at the location given
// as the first argument and, for the department given as the second, adds versions (and
// publishes every third) until killed. After each commit it prints `ACK <version> <sha256>`
// or `PUB <version>` with one write(2), so the parent knows exactly what was acknowledged.
import Disclosure
import Foundation
import Store

func acknowledge(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let departmentNumber = Int64(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: store-crash-writer LOCATION DEPARTMENT-ID\n".utf8))
    exit(64)
}
let store = try await SQLDisclosureStore.open(try StoreLocation(parsing: arguments[1]))
let department = DepartmentID(departmentNumber)
acknowledge("READY")
for round in 1... {
    // Bytes that differ per process and round, large enough that a write spans many pages.
    let marker = "\(getpid())-\(round)-\(UUID().uuidString)\n"
    let bytes = Data(String(repeating: marker, count: 2_000).utf8)
    let source = SourceFile(fileName: "crash-\(round).txt", bytes: bytes, reader: "tabbed-text")
    var model = Disclosure(metadata: Metadata(departmentName: "崩溃测试局", fiscalYear: 2024),
                           provenance: Provenance(sourceFileName: source.fileName, sha256: source.sha256, reader: source.reader))
    if let code = FunctionalCode("201") {
        model.tables.expenditure = ExpenditureTable(heading: TableHeading(title: "支出决算表"),
                                                    rows: [ExpenditureRow(code: code, name: "一般公共服务支出", total: .amount(Amount(fen: Int64(round))))])
    }
    let version = try await store.addVersion(
        VersionUpload(department: department, fiscalYear: 2024, source: source, model: model, findings: []), actor: "crash-writer")
    acknowledge("ACK \(version) \(source.sha256)")
    if round % 3 == 0 {
        _ = try await store.publish(version: version, actor: "crash-writer", reason: nil)
        acknowledge("PUB \(version)")
    }
}
