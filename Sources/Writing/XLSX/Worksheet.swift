import Disclosure

/// A worksheet as SpreadsheetML needs it: cells by position, merged ranges, frozen rows and
/// column widths. Built by `DisclosureWorkbook`, written by `XLSXWriter`.
struct Worksheet {
    enum Value: Equatable {
        case text(String)
        /// An exact decimal written as the number it is, shown with `decimals` decimals.
        case number(ExactDecimal, decimals: Int)
    }

    /// How a cell looks; each case is one `cellXfs` entry of styles.xml.
    enum Look: Equatable {
        case title, plain, header, label
    }

    struct Entry {
        var value: Value
        var look: Look
    }

    /// A merged range, 0-based and inclusive.
    struct Merge {
        var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int
    }

    var name: String
    /// Row index (0-based) → column index → entry.
    var rows: [[Int: Entry]] = []
    var merges: [Merge] = []
    /// Rows above the frozen pane's split.
    var frozenRows = 0
    /// Width of each column in characters.
    var columnWidths: [Int] = []

    mutating func set(_ row: Int, _ column: Int, _ entry: Entry) {
        while rows.count <= row { rows.append([:]) }
        rows[row][column] = entry
    }

    /// `A1`-style reference of a 0-based position.
    static func reference(row: Int, column: Int) -> String {
        SourceLocation.columnLetters(column) + String(row + 1)
    }
}
