import Disclosure

/// The sum of one functional code's expenditure (公开03 本年支出合计) over the published
/// disclosures of a year: exact fen, summed by the database.
public struct ClassTotal: Sendable, Hashable, Codable {
    /// A functional code (`201` a 类, `20101` a 款, `2010101` a 项).
    public let code: String
    public let fiscalYear: Int
    public let total: Amount
    /// How many departments' published versions print the code.
    public let departments: Int
}

/// The per-code totals a version contributes to aggregates, taken once when it is stored.
enum ExpenditureTotals {
    /// Every coded row of 公开03 with its 本年支出合计 in fen; a code printed twice counts once,
    /// as `FunctionalTable.row(_:)` reads it.
    static func of(_ disclosure: Disclosure) -> [(code: String, fen: Int64)] {
        guard let table = disclosure.tables.expenditure else { return [] }
        var seen: Set<FunctionalCode> = []
        return table.rows.compactMap { row in
            guard let code = row.code, seen.insert(code).inserted else { return nil }
            return (code.digits, row.total.value.fen)
        }
    }
}
