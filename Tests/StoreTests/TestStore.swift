import Foundation
import PostgresNIO
import Testing
@testable import Store

/// The two databases every store test runs on.
enum Backend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// A store in a place of its own (a fresh SQLite file, or a fresh PostgreSQL schema), so tests
/// run in parallel without seeing each other's data.
struct TestPlace {
    let backend: Backend
    /// What `juesuan serve --db` would be given: also what the crash test's child opens.
    let location: String
    private let directory: URL?
    private let schema: String?

    /// The server the PostgreSQL tests use. CI starts one; unset is a failure, not a skip, so a
    /// run without it cannot pass by testing only SQLite.
    static func postgresURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["JUESUAN_TEST_POSTGRES"], !url.isEmpty else {
            throw TestSetupError(message: """
                JUESUAN_TEST_POSTGRES is not set: the PostgreSQL store tests need a server, e.g. \
                postgres://juesuan:juesuan@127.0.0.1:5432/juesuan_test (scripts/postgres.sh starts one and prints its URL; \
                scripts/test.sh does both)
                """)
        }
        return url
    }

    init(_ backend: Backend) throws {
        self.backend = backend
        let unique = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-store-\(unique)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            self.directory = directory
            schema = nil
            location = "sqlite:" + directory.appendingPathComponent("juesuan.sqlite").path
        case .postgres:
            let url = try Self.postgresURL()
            let schema = "test_\(unique)"
            self.schema = schema
            directory = nil
            location = url + (url.contains("?") ? "&" : "?") + "schema=" + schema
        }
    }

    func open() async throws -> SQLDisclosureStore {
        try await SQLDisclosureStore.open(try StoreLocation(parsing: location))
    }

    /// Removes the file or the schema.
    func remove() async throws {
        if let directory {
            try FileManager.default.removeItem(at: directory)
        }
        if let schema {
            let store = try await open()
            if let postgres = store.backend as? PostgresBackend {
                try await postgres.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \"\(schema)\" CASCADE"), logger: postgres.logger)
            }
            try await store.close()
        }
    }

    /// Opens a store here, runs `body`, then closes and removes everything, even when `body` throws.
    static func with(_ backend: Backend, _ body: (SQLDisclosureStore, TestPlace) async throws -> Void) async throws {
        let place = try TestPlace(backend)
        let store = try await place.open()
        do {
            try await body(store, place)
        } catch {
            try? await store.close()
            try? await place.remove()
            throw error
        }
        try await store.close()
        try await place.remove()
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
