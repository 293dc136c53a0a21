import PostgresNIO

/// `StoreSchema`'s migrations on PostgreSQL, with GRDB's `DatabaseMigrator` semantics: each
/// migration runs once, in order, recorded by name in `juesuan_migrations`. All pending
/// migrations run in one transaction under an advisory lock, so two processes opening the
/// same fresh schema at once apply them once, and a failed migration leaves no trace. The
/// location's schema is created under the same lock.
struct PostgresMigrator {
    let client: PostgresClient
    let logger: Logger

    /// Any constant works: it only has to be the same for every juesuan process.
    private static let lockKey: Int64 = 0x6A75_6573_7561_6E

    func migrate(schema: PostgresSchemaName?) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
            if let schema {
                // An identifier cannot be bound; `PostgresSchemaName` admits only [a-z0-9_].
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema.name)\""), logger: logger)
            }
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS juesuan_migrations (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)", logger: logger)
            var applied: Set<String> = []
            for try await name in try await connection.query("SELECT name FROM juesuan_migrations", logger: logger).decode(String.self) {
                applied.insert(name)
            }
            for migration in StoreSchema.migrations where !applied.contains(migration.name) {
                for statement in migration.postgres {
                    try await connection.query(PostgresQuery(unsafeSQL: statement.text), logger: logger)
                }
                let appliedAt = StoreClock.milliseconds(StoreClock.now())
                try await connection.query(
                    "INSERT INTO juesuan_migrations (name, applied_at) VALUES (\(migration.name), \(appliedAt))", logger: logger)
            }
        }
    }
}
