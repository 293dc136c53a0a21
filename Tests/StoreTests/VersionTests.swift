import Checking
import Disclosure
import Foundation
import Reading
import Testing
@testable import Store

@Suite("Versions, publishing and the audit log, on both databases")
struct VersionTests {
    @Test("a version keeps its file, model and findings exactly as uploaded", arguments: Backend.allCases)
    func versionRoundTrip(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let department = try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
            let upload = Uploads.upload(department.id, totals: [("201", 123_456_789), ("20101", 100)])
            let id = try await store.addVersion(upload, actor: "editor")
            let stored = try #require(try await store.version(id: id))
            #expect(stored.sourceBytes == upload.source.bytes)
            #expect(stored.summary.sourceSHA256 == upload.source.sha256)
            #expect(stored.summary.sourceFileName == "决算-2024.txt")
            #expect(stored.summary.sourceSize == upload.source.bytes.count)
            #expect(stored.summary.reader == "tabbed-text")
            #expect(stored.summary.number == 1)
            #expect(stored.summary.createdBy == "editor")
            #expect(stored.summary.findingCounts == FindingCounts(errors: 1, warnings: 0, notes: 0))
            #expect(!stored.summary.isPublished)
            #expect(try stored.model() == upload.model)
            #expect(stored.modelJSON == (try DisclosureJSON.encode(upload.model)))
            #expect(try stored.findings() == upload.findings)
            #expect(try await store.version(id: VersionID(id.rawValue + 1000)) == nil)
        }
    }

    @Test("each upload is a new version; the database refuses to change or delete one", arguments: Backend.allCases)
    func versionsAreImmutable(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let department = try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
            let first = try await store.addVersion(Uploads.upload(department.id, text: "first"), actor: "editor")
            let second = try await store.addVersion(Uploads.upload(department.id, text: "second"), actor: "editor")
            let versions = try await store.versions(department: department.id, fiscalYear: 2024)
            #expect(versions.map(\.id) == [first, second])
            #expect(versions.map(\.number) == [1, 2])
            let before = try await store.version(id: first)
            _ = try await store.publish(version: first, actor: "editor", reason: nil)

            let changes: [SQLStep] = [
                SQLStep("UPDATE versions SET reader = 'changed'"),
                SQLStep("DELETE FROM versions"),
                SQLStep("UPDATE version_contents SET model_json = '{}'"),
                SQLStep("DELETE FROM version_contents"),
                SQLStep("UPDATE version_expenditure_totals SET total_fen = 0"),
                SQLStep("DELETE FROM version_expenditure_totals"),
                SQLStep("UPDATE publications SET published_by = 'someone else'"),
                SQLStep("DELETE FROM publications"),
                SQLStep("UPDATE audit_log SET actor = 'nobody'"),
                SQLStep("DELETE FROM audit_log"),
            ]
            for change in changes {
                await #expect(throws: (any Error).self, "\(change.sql.text)") { _ = try await store.backend.write([change]) }
            }
            let after = try await store.version(id: first)
            #expect(after?.sourceBytes == before?.sourceBytes)
            #expect(after?.modelJSON == before?.modelJSON)
            #expect(try await store.auditLog(.all).count == 4)
        }
    }

    @Test("publishing adds a publication and never overwrites; republishing an older version rolls back", arguments: Backend.allCases)
    func publishingNeverOverwrites(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let department = try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
            let first = try await store.addVersion(Uploads.upload(department.id, totals: [("201", 100)]), actor: "editor")
            let second = try await store.addVersion(Uploads.upload(department.id, totals: [("201", 200)]), actor: "editor")
            let firstBefore = try #require(try await store.version(id: first))

            _ = try await store.publish(version: first, actor: "editor", reason: nil)
            #expect(try await store.publishedDisclosure(departmentCode: "040", fiscalYear: 2024)?.version.id == first)
            _ = try await store.publish(version: second, actor: "admin", reason: "更正公开03")
            #expect(try await store.publishedDisclosure(departmentCode: "040", fiscalYear: 2024)?.version.id == second)
            await #expect(throws: StoreError.alreadyCurrent(second)) {
                _ = try await store.publish(version: second, actor: "admin", reason: nil)
            }
            await #expect(throws: StoreError.versionNotFound(VersionID(999_999))) {
                _ = try await store.publish(version: VersionID(999_999), actor: "admin", reason: nil)
            }

            let firstAfter = try #require(try await store.version(id: first))
            #expect(firstAfter.sourceBytes == firstBefore.sourceBytes && firstAfter.modelJSON == firstBefore.modelJSON)
            #expect(firstAfter.summary.isPublished)

            let rollback = try await store.publish(version: first, actor: "admin", reason: "撤回第2版")
            #expect(rollback.reason == "撤回第2版")
            #expect(try await store.publishedDisclosure(departmentCode: "040", fiscalYear: 2024)?.version.id == first)
            #expect(try await store.publishedDisclosure(departmentCode: "040", fiscalYear: 2024)?.publication == rollback)
            let history = try await store.publications(department: department.id, fiscalYear: 2024)
            #expect(history.map(\.version) == [first, second, first])
            #expect(history.map(\.publishedBy) == ["editor", "admin", "admin"])
        }
    }

    @Test("a draft is in the department's list but in no public query", arguments: Backend.allCases)
    func draftsAreNotPublic(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let department = try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
            let other = try await store.createDepartment(code: "050", name: "财政局", actor: "admin")
            let draft = try await store.addVersion(Uploads.upload(department.id), actor: "editor")
            #expect(try await store.publishedDisclosure(departmentCode: "040", fiscalYear: 2024) == nil)
            #expect(try await store.publishedDisclosures().isEmpty)
            #expect(try await store.aggregate(classCode: "201", fiscalYears: 2000...2100).isEmpty)
            #expect(try await store.versions(department: department.id, fiscalYear: 2024).map(\.id) == [draft])

            let published = try await store.addVersion(Uploads.upload(other.id), actor: "editor")
            _ = try await store.publish(version: published, actor: "editor", reason: nil)
            _ = try await store.addVersion(Uploads.upload(other.id), actor: "editor")
            let disclosures = try await store.publishedDisclosures()
            #expect(disclosures.map(\.version.id) == [published])
            #expect(disclosures.first?.department == other)
            #expect(disclosures.first?.fiscalYear == 2024)
            #expect(try await store.publishedDisclosure(departmentCode: "050", fiscalYear: 2024) == disclosures.first)
            #expect(try await store.publishedDisclosure(departmentCode: "050", fiscalYear: 2025) == nil)
            #expect(try await store.publishedDisclosure(departmentCode: "999", fiscalYear: 2024) == nil)
        }
    }

    @Test("the audit log has one entry per change, in order, with its version and department", arguments: Backend.allCases)
    func auditLogAgrees(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let department = try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
            let version = try await store.addVersion(Uploads.upload(department.id), actor: "editor")
            _ = try await store.publish(version: version, actor: "admin", reason: "错误已核实为印刷问题")
            await #expect(throws: StoreError.departmentCodeTaken("040")) {
                _ = try await store.createDepartment(code: "040", name: "重复", actor: "admin")
            }
            await #expect(throws: StoreError.departmentNotFound(DepartmentID(999_999))) {
                _ = try await store.addVersion(Uploads.upload(DepartmentID(999_999)), actor: "editor")
            }

            let log = try await store.auditLog(.all)
            #expect(log.map(\.action) == [.createDepartment, .addVersion, .publish])
            #expect(log.map(\.actor) == ["admin", "editor", "admin"])
            #expect(log.map(\.department) == [department.id, department.id, department.id])
            #expect(log.map(\.version) == [nil, version, version])
            #expect(log.map(\.detail) == ["市场监督管理局", "决算-2024.txt", "错误已核实为印刷问题"])
            #expect(zip(log, log.dropFirst()).allSatisfy { $0.at <= $1.at })
            #expect(try await store.auditLog(.version(version)).map(\.action) == [.addVersion, .publish])
            #expect(try await store.auditLog(.department(department.id)).count == 3)
        }
    }

    @Test("text that looks like SQL is stored as text", arguments: Backend.allCases)
    func hostileTextIsData(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let name = "局'); DROP TABLE versions; -- ? $1 \"x\""
            let department = try await store.createDepartment(code: "1' OR '1'='1", name: name, actor: "admin'--")
            let version = try await store.addVersion(Uploads.upload(department.id, text: "'; DELETE FROM audit_log; --"), actor: "editor")
            #expect(try await store.department(code: "1' OR '1'='1")?.name == name)
            #expect(try await store.department(code: "1") == nil)
            #expect(try await store.version(id: version) != nil)
            #expect(try await store.auditLog(.all).map(\.actor) == ["admin'--", "editor"])
        }
    }
}
