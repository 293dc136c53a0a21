import Checking
import Disclosure
import Foundation
import PostgresNIO
import Store

/// The store's insert and read, as an upload and a page view use them: a version of the seed
/// added (source bytes, model JSON, findings JSON and 公开03 totals, in one transaction), and the
/// published version read whole (`publishedDisclosure`, then `version(id:)`: what the portal asks
/// before it renders a page it has not cached).
struct StoreCases {
    let source: SourceFile
    let model: Disclosure
    let findings: [Finding]

    static func names(backend: String) -> [String] {
        ["store: insert a version (\(backend))", "store: read the published (\(backend))"]
    }

    /// Times both on a new store at `location`; `backend` names it in the cases. On the main
    /// actor, as the benchmark's other cases run.
    @MainActor
    func measure(at location: StoreLocation, backend: String,
                 _ measure: @MainActor (String, () async throws -> Void) async throws -> Void) async throws {
        let store = try await SQLDisclosureStore.open(location)
        do {
            let year = model.metadata.fiscalYear ?? 2024
            let department = try await store.createDepartment(code: "bench", name: model.metadata.departmentName, actor: "bench")
            let upload = VersionUpload(department: department.id, fiscalYear: year, source: source, model: model, findings: findings)
            _ = try await store.publish(version: try await store.addVersion(upload, actor: "bench"), actor: "bench", reason: "benchmark")
            let names = Self.names(backend: backend)
            try await measure(names[0]) { _ = try await store.addVersion(upload, actor: "bench") }
            try await measure(names[1]) {
                guard let published = try await store.publishedDisclosure(departmentCode: "bench", fiscalYear: year),
                      try await store.version(id: published.version.id) != nil else { throw CocoaError(.fileReadNoSuchFile) }
            }
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    /// Drops the schema the PostgreSQL cases filled, so that a benchmark leaves nothing behind.
    static func drop(_ schema: PostgresSchemaName, at location: PostgresLocation) async throws {
        let client = PostgresClient(configuration: location.clientConfiguration)
        let running = Task { await client.run() }
        defer { running.cancel() }
        // The name was checked by `PostgresSchemaName`: letters, digits and underscores only.
        try await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \"\(schema.name)\" CASCADE"), logger: Logger(label: "juesuan.bench"))
    }
}
