import Foundation
import GRDB

/// The default store: one SQLite file in WAL mode through a GRDB `DatabasePool`, so that
/// readers never wait for the writer and a process killed mid-write leaves the last committed
/// state (the WAL's uncommitted frames are discarded on the next open).
final class SQLiteBackend: SQLBackend {
    private let pool: DatabasePool

    init(path: String) throws {
        var configuration = Configuration()
        // Another process (a second portal, a loading script) may hold the write lock briefly.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // FULL: a commit survives power loss, not only a killed process.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try MigrationLock.holding(besides: path) {
            try Self.migrator.migrate(pool)
        }
    }

    /// `StoreSchema`'s migrations, for GRDB: each runs once, in its own transaction.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in StoreSchema.migrations {
            migrator.registerMigration(migration.name) { db in
                for statement in migration.sqlite {
                    try db.execute(sql: statement.text)
                }
            }
        }
        return migrator
    }

    func read(_ sql: SQLText, _ values: [SQLValue]) async throws -> [SQLRow] {
        try await pool.read { db in try Self.rows(db, sql, values) }
    }

    func write(_ steps: [SQLStep]) async throws -> [[SQLRow]] {
        try await pool.write { db in
            var results: [[SQLRow]] = []
            for step in steps {
                let rows = try Self.rows(db, step.sql, try step.boundValues(after: results))
                try step.check(rows)
                results.append(rows)
            }
            return results
        }
    }

    func close() async throws {
        try pool.close()
    }

    private static func rows(_ db: Database, _ sql: SQLText, _ values: [SQLValue]) throws -> [SQLRow] {
        let arguments = StatementArguments(values.map(\.databaseValue))
        return try Row.fetchAll(db, sql: sql.text, arguments: arguments).map { row in
            SQLRow(values: try row.databaseValues.map { try SQLValue($0) })
        }
    }
}

extension SQLValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .integer(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .blob(let value): value.databaseValue
        case .null: .null
        }
    }

    init(_ value: DatabaseValue) throws {
        switch value.storage {
        case .null: self = .null
        case .int64(let integer): self = .integer(integer)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .blob(data)
        case .double: throw StoreError.corrupt("a floating-point value where the schema has none")
        }
    }
}
