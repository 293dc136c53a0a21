import Foundation
import PostgresNIO

/// The store on a PostgreSQL server through a PostgresNIO connection pool. A change's
/// statements run in one server transaction; a client killed mid-transaction leaves nothing,
/// because the server rolls back what was not committed.
final class PostgresBackend: SQLBackend {
    let client: PostgresClient
    /// Runs the client's pool for as long as the store is open.
    private let running: Task<Void, Never>
    let logger: Logger

    private init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
        running = Task { await client.run() }
    }

    /// Connects, creates the location's schema if needed and brings it up to date.
    static func connect(_ location: PostgresLocation) async throws -> PostgresBackend {
        var logger = Logger(label: "juesuan.store.postgres")
        logger.logLevel = .error
        let backend = PostgresBackend(client: PostgresClient(configuration: location.clientConfiguration), logger: logger)
        do {
            try await backend.waitUntilReachable(location)
            try await PostgresMigrator(client: backend.client, logger: logger).migrate(schema: location.schema)
        } catch {
            try await backend.close()
            throw error
        }
        return backend
    }

    /// A pool keeps retrying a server that is down; a store being opened should say so instead.
    private func waitUntilReachable(_ location: PostgresLocation) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { _ = try await self.client.query("SELECT 1", logger: self.logger) }
            group.addTask {
                try await Task.sleep(for: .seconds(15))
                throw StoreError.unreachable("PostgreSQL at \(location.host):\(location.port) did not answer within 15 s")
            }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    func read(_ sql: SQLText, _ values: [SQLValue]) async throws -> [SQLRow] {
        let rows = try await client.query(try Self.query(sql, values), logger: logger)
        return try await Self.collect(rows)
    }

    func write(_ steps: [SQLStep]) async throws -> [[SQLRow]] {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                var results: [[SQLRow]] = []
                for step in steps {
                    let query = try Self.query(step.sql, try step.boundValues(after: results))
                    let rows = try await Self.collect(try await connection.query(query, logger: self.logger))
                    try step.check(rows)
                    results.append(rows)
                }
                return results
            }
        } catch let error as PostgresTransactionError {
            // The transaction was rolled back; what callers need is why (a `StoreError` or the server's error).
            throw error.closureError ?? error
        }
    }

    func close() async throws {
        running.cancel()
        await running.value
    }

    static func query(_ sql: SQLText, _ values: [SQLValue]) throws -> PostgresQuery {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .integer(let integer): bindings.append(integer)
            case .text(let text): bindings.append(text)
            case .blob(let data): bindings.append(ByteBuffer(bytes: data))
            case .null: bindings.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: sql.numberedPlaceholders, binds: bindings)
    }

    static func collect(_ rows: PostgresRowSequence) async throws -> [SQLRow] {
        var result: [SQLRow] = []
        for try await row in rows {
            result.append(SQLRow(values: try row.map { try SQLValue($0) }))
        }
        return result
    }
}

extension SQLValue {
    init(_ cell: PostgresCell) throws {
        guard cell.bytes != nil else {
            self = .null
            return
        }
        switch cell.dataType {
        case .int2: self = .integer(Int64(try cell.decode(Int16.self)))
        case .int4: self = .integer(Int64(try cell.decode(Int32.self)))
        case .int8: self = .integer(try cell.decode(Int64.self))
        case .bool: self = .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .text, .varchar, .name: self = .text(try cell.decode(String.self))
        case .bytea: self = .blob(Data(try cell.decode(ByteBuffer.self).readableBytesView))
        default: throw StoreError.corrupt("column \(cell.columnName) has the unexpected type \(cell.dataType)")
        }
    }
}
