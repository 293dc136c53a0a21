import Foundation
import Testing
@testable import Store

@Suite("Migrations")
struct MigrationTests {
    @Test("opening a store again applies nothing twice and keeps its data", arguments: Backend.allCases)
    func reopening(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, place in
            let department = try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
            let version = try await store.addVersion(Uploads.upload(department.id), actor: "editor")
            for _ in 0..<2 {
                let again = try await place.open()
                #expect(try await again.departments() == [department])
                #expect(try await again.version(id: version) != nil)
                let applied = switch backend {
                case .sqlite: try await again.backend.read("SELECT COUNT(*) FROM grdb_migrations", [])
                case .postgres: try await again.backend.read("SELECT COUNT(*) FROM juesuan_migrations", [])
                }
                #expect(try applied.first?.integer(0) == Int64(StoreSchema.migrations.count))
                try await again.close()
            }
        }
    }

    @Test("two processes opening a fresh store at once both succeed", arguments: Backend.allCases)
    func concurrentFirstOpen(backend: Backend) async throws {
        let place = try TestPlace(backend)
        async let first = place.open()
        async let second = place.open()
        let stores = try await [first, second]
        _ = try await stores[0].createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
        #expect(try await stores[1].departments().map(\.code) == ["040"])
        for store in stores {
            try await store.close()
        }
        try await place.remove()
    }

    @Test("the migration list has unique names and the same tables on both databases")
    func migrationList() {
        let names = StoreSchema.migrations.map(\.name)
        #expect(Set(names).count == names.count)
        for migration in StoreSchema.migrations {
            let tables = { (statements: [SQLText]) in statements.filter { $0.text.hasPrefix("CREATE TABLE") }.count }
            #expect(tables(migration.sqlite) == tables(migration.postgres), "\(migration.name)")
        }
    }
}
