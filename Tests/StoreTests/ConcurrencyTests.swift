import Testing
@testable import Store

@Suite("Concurrent writers")
struct ConcurrencyTests {
    @Test("versions added by several tasks at once are all kept, numbered without gaps, each audited once", arguments: Backend.allCases)
    func concurrentInsertsLoseNothing(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let departments = [
                try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin"),
                try await store.createDepartment(code: "050", name: "财政局", actor: "admin"),
            ]
            let tasks = 4
            let perTask = 5
            let ids = try await withThrowingTaskGroup(of: [VersionID].self) { group in
                for task in 0..<tasks {
                    group.addTask {
                        var ids: [VersionID] = []
                        for round in 0..<perTask {
                            let department = departments[(task + round) % departments.count]
                            let id = try await store.addVersion(Uploads.upload(department.id, text: "\(task)-\(round)"), actor: "task\(task)")
                            ids.append(id)
                            if round == perTask - 1 {
                                _ = try? await store.publish(version: id, actor: "task\(task)", reason: nil)
                            }
                        }
                        return ids
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(Set(ids).count == tasks * perTask)
            var stored: [VersionID] = []
            for department in departments {
                let versions = try await store.versions(department: department.id, fiscalYear: 2024)
                #expect(versions.map(\.number) == Array(1...versions.count))
                stored += versions.map(\.id)
            }
            #expect(Set(stored) == Set(ids))
            let added = try await store.auditLog(.all).filter { $0.action == .addVersion }.compactMap(\.version)
            #expect(added.count == ids.count && Set(added) == Set(ids))
            #expect(try await store.publishedDisclosures().count == departments.count)
        }
    }
}
