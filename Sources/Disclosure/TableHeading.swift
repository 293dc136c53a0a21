/// What a document prints around a table besides its rows: title, label, unit, notes.
public struct TableHeading: Sendable, Equatable, Codable {
    /// The title as printed, e.g. `收入支出决算总表`.
    public var title: String
    /// The region's label, e.g. `公开01表`, if one was printed.
    public var label: String?
    /// The unit printed in the `金额单位` line.
    public var unit: MoneyUnit
    /// The department or unit name printed in the table's header lines.
    public var departmentName: String?
    public var fiscalYear: Int?
    /// Lines under the table: `注：…`, `说明：…`.
    public var notes: [String]
    /// True when the document printed the table with a "本表无数据"-style note.
    public var printedEmpty: Bool
    /// Where the table starts in the source.
    public var location: SourceLocation?

    public init(title: String, label: String? = nil, unit: MoneyUnit = .tenThousandYuan, departmentName: String? = nil,
                fiscalYear: Int? = nil, notes: [String] = [], printedEmpty: Bool = false, location: SourceLocation? = nil) {
        self.title = title
        self.label = label
        self.unit = unit
        self.departmentName = departmentName
        self.fiscalYear = fiscalYear
        self.notes = notes
        self.printedEmpty = printedEmpty
        self.location = location
    }
}
