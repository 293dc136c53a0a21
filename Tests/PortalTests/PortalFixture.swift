import Checking
import Classification
import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Reading
import Testing
@testable import Portal
@testable import Store

/// The databases the portal's representative tests run on.
enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// A portal over a fresh store (a SQLite file in a temporary folder, or a PostgreSQL schema of
/// its own), seeded with the seed document (大同市市场监督管理局 2024) the way `juesuan serve`
/// seeds an empty store.
struct PortalFixture {
    let folder: URL
    let store: SQLDisclosureStore
    let portal: Portal
    let department: Department
    /// The PostgreSQL schema to drop afterwards.
    let schema: String?

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedDocument = packageRoot.appendingPathComponent("data/documents/datong-market-regulation-2024.txt")

    static func make(_ backend: Backend = .sqlite, configuration: PortalConfiguration = .init()) async throws -> PortalFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-portal-\(UUID().uuidString)")
        let documents = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: seedDocument, to: documents.appendingPathComponent(seedDocument.lastPathComponent))
        var schema: String?
        let store: SQLDisclosureStore
        switch backend {
        case .sqlite:
            store = try await SQLDisclosureStore.open(.sqlite(path: folder.appendingPathComponent("portal.sqlite").path))
        case .postgres:
            // Unset is a failure, not a skip: a run without a server must not pass by testing SQLite only.
            guard let url = ProcessInfo.processInfo.environment["JUESUAN_TEST_POSTGRES"], !url.isEmpty else {
                throw FixtureError.noPostgres
            }
            let name = "portal_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            schema = name
            store = try await SQLDisclosureStore.open(try StoreLocation(parsing: url + (url.contains("?") ? "&" : "?") + "schema=" + name))
        }
        let reader = DisclosureReader(catalogue: try Catalogue.bundled())
        let checker = Checker(catalogue: RuleCatalogue(classification: reader.catalogue))
        _ = try await SeedLoader(reader: reader, checker: checker).loadIfEmpty(store, folder: documents.path)
        guard let department = try await store.departments().first else { throw FixtureError.notSeeded }
        return PortalFixture(folder: folder, store: store, portal: Portal(store: store, reader: reader, checker: checker, configuration: configuration),
                             department: department, schema: schema)
    }

    /// Runs `body` against the portal's router, then closes the store and removes the folder or schema.
    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try await Application(router: portal.router()).test(.router, body)
        } catch {
            try? await tearDown()
            throw error
        }
        try await tearDown()
    }

    private func tearDown() async throws {
        if let schema, let postgres = store.backend as? PostgresBackend {
            try await postgres.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \"\(schema)\" CASCADE"), logger: postgres.logger)
        }
        try await store.close()
    }

    /// The department code as it stands in a URL path.
    var path: String {
        department.code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? department.code
    }

    enum FixtureError: Error, CustomStringConvertible {
        case notSeeded
        case noPostgres

        var description: String {
            switch self {
            case .notSeeded: "the seed document was not loaded"
            case .noPostgres: "JUESUAN_TEST_POSTGRES is not set: export JUESUAN_TEST_POSTGRES=$(scripts/postgres.sh)"
            }
        }
    }
}
