import Disclosure

/// Turns one printed table cell into a `Cell`, knowing the ways extraction spoils them.
enum CellText {
    enum Reading: Equatable {
        case cell(Cell)
        /// A number whose only comma stands where a decimal point belongs (`13,092` in a column
        /// of 万元 with three decimals). Read as a decimal; the caller notes the repair.
        case commaAsDecimalPoint(Cell)
        /// Not a number: the caller reports it.
        case unreadable
    }

    static let notApplicableMarks: Set<String> = ["——", "—", "--", "－－", "-", "－", "/", "——————"]

    static func read(_ raw: String, unit: MoneyUnit = .tenThousandYuan) -> Reading {
        let text = raw.trimmingSpaces()
        if text.isEmpty { return .cell(.blank) }
        if notApplicableMarks.contains(text) || text.allSatisfy({ $0 == "—" || $0 == "-" }) { return .cell(.notApplicable) }
        if let amount = Amount(parsing: text, unit: unit) { return .cell(.amount(amount)) }
        return .unreadable
    }

    /// Reads a cell that belongs to a column printed with more than two decimals, where a lone
    /// comma followed by exactly three digits is a decimal point, not a thousands separator.
    static func readPreferringDecimalComma(_ raw: String, unit: MoneyUnit = .tenThousandYuan) -> Reading {
        let text = raw.trimmingSpaces()
        if text.filter({ $0 == "," }).count == 1, !text.contains("."),
           let amount = Amount(parsing: text.replacingScalar(",", with: "."), unit: unit) {
            return .commaAsDecimalPoint(.amount(amount))
        }
        return read(text, unit: unit)
    }

    /// A whole number such as a 行次 or a vehicle count; nil when the cell holds anything else.
    static func integer(_ raw: String) -> Int? {
        guard let value = ExactDecimal(parsing: raw), value.scale == 0, value.units >= 0, value.units < 1_000_000_000 else { return nil }
        return Int(value.units)
    }
}
