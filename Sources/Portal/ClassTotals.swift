import Disclosure

/// A disclosure's 公开03 本年支出合计 by 类, as printed: what the compare pages set side by side.
struct ClassTotals: Sendable {
    /// Code → (name, amount), for every 类 row the table prints.
    let rows: [String: (name: String, amount: Amount)]
    /// The table's 合计, when printed.
    let total: Amount?

    init(_ disclosure: Disclosure) {
        var rows: [String: (name: String, amount: Amount)] = [:]
        for row in disclosure.tables.expenditure?.rows ?? [] {
            guard let code = row.code, code.level == .class, rows[code.digits] == nil else { continue }
            rows[code.digits] = (row.name, row.total.value)
        }
        self.rows = rows
        total = disclosure.tables.expenditure?.total?.total.value
    }
}
