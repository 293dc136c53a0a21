import Foundation

/// A value bound to a statement or read from a row: the few column types the schema uses.
/// Money is always `.integer` fen; there is no floating-point case on purpose.
enum SQLValue: Sendable, Hashable {
    case integer(Int64)
    case text(String)
    case blob(Data)
    case null

    init(_ text: String?) {
        self = text.map(SQLValue.text) ?? .null
    }

    init(_ integer: Int) {
        self = .integer(Int64(integer))
    }

    init(_ date: Date) {
        self = .integer(StoreClock.milliseconds(date))
    }
}

/// One result row, read by position in the statement's column order.
struct SQLRow: Sendable {
    let values: [SQLValue]

    private func value(_ index: Int) throws -> SQLValue {
        guard values.indices.contains(index) else { throw StoreError.corrupt("column \(index) missing from a result row") }
        return values[index]
    }

    func integer(_ index: Int) throws -> Int64 {
        guard case .integer(let value) = try value(index) else { throw StoreError.corrupt("column \(index) is not an integer") }
        return value
    }

    func optionalInteger(_ index: Int) throws -> Int64? {
        if case .null = try value(index) { return nil }
        return try integer(index)
    }

    func int(_ index: Int) throws -> Int {
        Int(try integer(index))
    }

    func text(_ index: Int) throws -> String {
        guard case .text(let value) = try value(index) else { throw StoreError.corrupt("column \(index) is not text") }
        return value
    }

    func optionalText(_ index: Int) throws -> String? {
        if case .null = try value(index) { return nil }
        return try text(index)
    }

    func blob(_ index: Int) throws -> Data {
        switch try value(index) {
        case .blob(let value): return value
        case .text(let value): return Data(value.utf8)
        default: throw StoreError.corrupt("column \(index) is not a blob")
        }
    }

    func date(_ index: Int) throws -> Date {
        StoreClock.date(milliseconds: try integer(index))
    }

    func optionalDate(_ index: Int) throws -> Date? {
        if case .null = try value(index) { return nil }
        return try date(index)
    }
}
