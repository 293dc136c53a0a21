import Checking
import Disclosure
import Foundation
import Reading
import Store

/// Fills an empty store with the bundled documents, so a fresh portal has something to show:
/// each file is read, checked, stored as a version and published by `system`.
public struct SeedLoader: Sendable {
    let reader: DisclosureReader
    let checker: Checker

    public init(reader: DisclosureReader, checker: Checker) {
        self.reader = reader
        self.checker = checker
    }

    /// Loads every document in `folder` when the store has no department yet. Returns one line
    /// per file, in Chinese, saying what happened; a file that cannot be read is reported and skipped.
    public func loadIfEmpty(_ store: any DisclosureStore, folder: String) async throws -> [String] {
        guard try await store.departments().isEmpty else { return [] }
        var lines: [String] = []
        for file in try DisclosureReader.documents(in: folder) {
            do {
                lines.append(try await load(file, into: store))
            } catch {
                lines.append("跳过 \(file.lastPathComponent)：\(error)")
            }
        }
        return lines
    }

    private func load(_ file: URL, into store: any DisclosureStore) async throws -> String {
        let bytes = try Data(contentsOf: file)
        let (reader, checker) = (self.reader, self.checker)
        let (model, findings) = try await OffPool.run {
            let model = try reader.read(bytes, fileName: file.lastPathComponent)
            return (model, checker.check(model).findings)
        }
        guard let year = model.metadata.fiscalYear else { return "跳过 \(file.lastPathComponent)：未找到年度" }
        let name = model.metadata.departmentName
        let code = model.metadata.departmentCode ?? name
        let existing = try await store.department(code: code)
        let department = if let existing { existing } else { try await store.createDepartment(code: code, name: name, actor: Self.actor) }
        let source = SourceFile(fileName: file.lastPathComponent, bytes: bytes, reader: model.provenance.reader)
        let version = try await store.addVersion(
            VersionUpload(department: department.id, fiscalYear: year, source: source, model: model, findings: findings), actor: Self.actor)
        let errors = findings.count { $0.severity == .error }
        _ = try await store.publish(version: version, actor: Self.actor, reason: errors > 0 ? "随附样本文件，按原样公开" : nil)
        return "已载入 \(name) \(year) 年度（\(file.lastPathComponent)，错误 \(errors) 项）"
    }

    static let actor = "system"
}
