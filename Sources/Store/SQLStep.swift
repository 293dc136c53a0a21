/// One statement of a write transaction, with what its result must be for the transaction to
/// go on.
///
/// A write is a list of steps that both backends run the same way, in one transaction: the
/// store's logic is written once, as data, and each backend only binds and runs statements.
struct SQLStep: Sendable {
    /// A bound value: given, or a column of the first row an earlier step returned (the id an
    /// `INSERT … RETURNING id` assigned).
    enum Argument: Sendable {
        case value(SQLValue)
        case resultOf(step: Int, column: Int = 0)
    }

    /// What the step's rows must be; otherwise the transaction rolls back with the error.
    enum Expectation: Sendable {
        case anything
        case aRow(orElse: StoreError)
        case noRow(orElse: StoreError)
    }

    let sql: SQLText
    let arguments: [Argument]
    let expectation: Expectation

    init(_ sql: SQLText, _ arguments: [Argument] = [], expect expectation: Expectation = .anything) {
        self.sql = sql
        self.arguments = arguments
        self.expectation = expectation
    }

    init(_ sql: SQLText, values: [SQLValue], expect expectation: Expectation = .anything) {
        self.init(sql, values.map(Argument.value), expect: expectation)
    }

    /// The values to bind, given the rows of the steps before this one.
    func boundValues(after earlier: [[SQLRow]]) throws -> [SQLValue] {
        guard arguments.count == sql.placeholderCount else {
            throw StoreError.corrupt("statement expects \(sql.placeholderCount) values, given \(arguments.count)")
        }
        return try arguments.map { argument in
            switch argument {
            case .value(let value):
                return value
            case .resultOf(let step, let column):
                guard earlier.indices.contains(step), let row = earlier[step].first, row.values.indices.contains(column) else {
                    throw StoreError.corrupt("step \(step) returned no value to bind")
                }
                return row.values[column]
            }
        }
    }

    /// Throws the step's error when its rows are not what the transaction needs.
    func check(_ rows: [SQLRow]) throws {
        switch expectation {
        case .anything: break
        case .aRow(let error): if rows.isEmpty { throw error }
        case .noRow(let error): if !rows.isEmpty { throw error }
        }
    }
}

/// How a backend runs the store's statements: a read is one statement; a write is a list of
/// steps in one transaction, all committed or none.
protocol SQLBackend: Sendable {
    func read(_ sql: SQLText, _ values: [SQLValue]) async throws -> [SQLRow]
    /// The rows of each step, in order.
    func write(_ steps: [SQLStep]) async throws -> [[SQLRow]]
    func close() async throws
}
