import Disclosure

/// A statutory table laid out as printed: header rows with merged cells, body rows, the title
/// block around them. Every writer (HTML, XLSX, Markdown, open data) prints from this one layout,
/// so the same figure stands in the same place in every output. Nothing here is computed: each
/// cell is a value the model holds.
public struct TableGrid: Sendable {
    public var kind: TableKind
    public var heading: TableHeading
    /// Number of columns.
    public var width: Int
    /// All rows, header rows first; each row has exactly `width` slots.
    public var rows: [[GridSlot]]
    /// How many of `rows` are header rows.
    public var headerRowCount: Int
    /// Relative column widths in characters, for XLSX and HTML.
    public var columnWidths: [Int]

    public var headerRows: ArraySlice<[GridSlot]> { rows.prefix(headerRowCount) }
    public var bodyRows: ArraySlice<[GridSlot]> { rows.dropFirst(headerRowCount) }

    /// Every figure cell (amounts, counts, 行次, names of coded rows) with its key, in reading order.
    public var figures: [(key: FigureKey, content: GridCell.Content)] {
        rows.flatMap { row in
            row.compactMap { slot in
                guard case .cell(let cell) = slot, let key = cell.key else { return nil }
                return (key, cell.content)
            }
        }
    }
}

/// One position of a grid row: a cell, or a position covered by a merged cell above or to the left.
public enum GridSlot: Sendable, Equatable {
    case cell(GridCell)
    /// Covered by the merged cell that starts at (`row`, `column`).
    case covered(row: Int, column: Int)
}

/// One printed cell.
public struct GridCell: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// A label, header word or classification code: printed as text.
        case text(String)
        /// A sum of money, printed with its published decimals.
        case amount(Amount)
        /// A whole number: 行次, 栏次, counts of vehicles.
        case integer(Int)
        /// `——`
        case notApplicable
        case blank

        /// The text a reader sees in the cell.
        public var printed: String {
            switch self {
            case .text(let text): text
            case .amount(let amount): amount.description
            case .integer(let number): String(number)
            case .notApplicable: Cell.notApplicableMark
            case .blank: ""
            }
        }
    }

    public var content: Content
    public var rowSpan: Int
    public var columnSpan: Int
    /// Where the cell is a figure of the table, what figure it is.
    public var key: FigureKey?

    public init(_ content: Content, rowSpan: Int = 1, columnSpan: Int = 1, key: FigureKey? = nil) {
        self.content = content
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
        self.key = key
    }

    public static func text(_ text: String, rowSpan: Int = 1, columnSpan: Int = 1) -> GridCell {
        GridCell(text.isEmpty ? .blank : .text(text), rowSpan: rowSpan, columnSpan: columnSpan)
    }

    public static let empty = GridCell(.blank)

    /// A model cell at `key`.
    public static func figure(_ cell: Cell, _ key: FigureKey) -> GridCell {
        switch cell {
        case .blank: GridCell(.blank, key: key)
        case .notApplicable: GridCell(.notApplicable, key: key)
        case .amount(let amount): GridCell(.amount(amount), key: key)
        }
    }
}

/// What a figure cell is: the table's row and column, named as the published table names them,
/// with the row's classification code and 行次 for open data.
public struct FigureKey: Sendable, Hashable {
    public enum Role: String, Sendable {
        /// An amount or count: a measure of open data.
        case measure
        /// The row's 行次.
        case rowNumber
        /// The printed name of a coded row.
        case name
    }

    /// Stable row key: the code's digits, `合计`, or the printed label (`收入:` / `支出:` prefixed
    /// on two-sided tables).
    public var row: String { box.values.row }
    /// The column as the table heads it (`金额`, `基本支出`, `行次`, `名称`).
    public var column: String { box.values.column }
    public var role: Role { box.values.role }
    /// The row's printed name or label.
    public var label: String { box.values.label }
    public var code: ClassificationCode? { box.values.code }
    public var rowNumber: Int? { box.values.rowNumber }

    /// The key's values in one shared box: a grid's cells are copied as its rows are laid out,
    /// and laying out the grids, much of it retaining five texts with every copy of a cell, was
    /// a third of rendering a page.
    private let box: Box

    private struct Values: Sendable, Hashable {
        let row: String
        let column: String
        let role: Role
        let label: String
        let code: ClassificationCode?
        let rowNumber: Int?
    }

    private final class Box: Sendable {
        let values: Values

        init(_ values: Values) {
            self.values = values
        }
    }

    public init(row: String, column: String, role: Role = .measure, label: String, code: ClassificationCode? = nil, rowNumber: Int? = nil) {
        box = Box(Values(row: row, column: column, role: role, label: label, code: code, rowNumber: rowNumber))
    }

    public static func == (lhs: FigureKey, rhs: FigureKey) -> Bool {
        lhs.box.values == rhs.box.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.values)
    }
}

/// A functional or economic classification code with its level, as open data describes a row.
public struct ClassificationCode: Sendable, Hashable {
    public enum Scheme: String, Sendable {
        case functional = "支出功能分类"
        case economic = "支出经济分类"
    }

    public var scheme: Scheme
    public var digits: String
    /// 类 / 款 / 项
    public var level: String

    public init(_ code: FunctionalCode) {
        self.init(scheme: .functional, digits: code.digits, level: code.level.rawValue)
    }

    public init(_ code: EconomicCode) {
        self.init(scheme: .economic, digits: code.digits, level: code.level.rawValue)
    }

    init(scheme: Scheme, digits: String, level: String) {
        self.scheme = scheme
        self.digits = digits
        self.level = level
    }
}

/// Builds a grid row by row the way HTML lays out a table: each cell takes the next position not
/// covered by a merged cell from an earlier row, and its spans cover the positions after and below.
struct GridBuilder {
    let width: Int
    private(set) var rows: [[GridSlot?]] = []
    /// The row the next `add` fills; rows below it may already hold covered positions.
    private var next = 0

    init(width: Int) {
        self.width = width
    }

    mutating func add(_ cells: [GridCell]) {
        let index = next
        next += 1
        while rows.count <= index { rows.append(Array(repeating: nil, count: width)) }
        var column = 0
        for cell in cells {
            while column < width, rows[index][column] != nil { column += 1 }
            guard column < width else { break }
            let columnSpan = min(cell.columnSpan, width - column)
            while rows.count < index + cell.rowSpan { rows.append(Array(repeating: nil, count: width)) }
            for r in index..<(index + cell.rowSpan) {
                for c in column..<(column + columnSpan) where (r, c) != (index, column) {
                    rows[r][c] = .covered(row: index, column: column)
                }
            }
            var placed = cell
            placed.columnSpan = columnSpan
            rows[index][column] = .cell(placed)
            column += columnSpan
        }
    }

    /// The finished rows, every free position an empty cell.
    var slots: [[GridSlot]] {
        rows.map { row in row.map { $0 ?? .cell(.empty) } }
    }
}
