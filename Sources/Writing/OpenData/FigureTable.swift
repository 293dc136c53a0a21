import Disclosure

/// One statutory table as open data: one record per figure (tidy, long form), with the row's
/// code, classification level and 行次, the column it stands in and the exact amount as printed.
/// Made from the same `TableGrid` the other writers print, so every output agrees.
struct FigureTable {
    static let header = ["table", "row_key", "label", "row_number", "classification", "code", "level", "measure", "amount", "unit", "mark"]

    var grid: TableGrid

    /// Resource name: `t01-income-expenditure-summary`.
    var name: String {
        let number = grid.kind.rawValue.filter(\.isNumber)
        var words = ""
        for character in String(describing: grid.kind) {
            if character.isUppercase { words += "-" }
            words += character.lowercased()
        }
        return "t" + number + "-" + words
    }

    var records: [[String]] {
        var names: [String: String] = [:]
        var rowNumbers: [String: Int] = [:]
        for (key, content) in grid.figures {
            if key.role == .name { names[key.row] = content.printed }
            if key.role == .rowNumber, case .integer(let number) = content { rowNumbers[key.row] = number }
        }
        return grid.figures.compactMap { key, content in
            guard key.role == .measure else { return nil }
            let (amount, unit, mark): (String, String, String) = switch content {
            case .amount(let value): (value.description, grid.heading.unit.rawValue, "printed")
            case .integer(let count): (String(count), "个", "printed")
            case .notApplicable: ("", "", "not_applicable")
            case .blank, .text: ("", "", "blank")
            }
            return [grid.kind.rawValue, key.row, names[key.row] ?? key.label, (rowNumbers[key.row] ?? key.rowNumber).map(String.init) ?? "",
                    key.code?.scheme.rawValue ?? "", key.code?.digits ?? "", key.code?.level ?? "", key.column, amount, unit, mark]
        }
    }

    /// RFC 4180 CSV, UTF-8, CRLF line ends, fields quoted when they need it.
    var csv: String {
        ([FigureTable.header] + records).map { fields in
            fields.map(FigureTable.quoted).joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingCharacters("\"", with: "\"\"") + "\""
    }
}
