/// Where something stands in the source document: a line of text, a page, or a sheet cell.
/// Every field is optional because each reader knows a different subset.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var line: Int?
    public var page: Int?
    public var sheet: String?
    public var cell: String?

    public init(line: Int? = nil, page: Int? = nil, sheet: String? = nil, cell: String? = nil) {
        self.line = line
        self.page = page
        self.sheet = sheet
        self.cell = cell
    }

    /// `第12行`, `第3页`, `Sheet1!B4`: how a Chinese reader is told where to look.
    public var chineseDescription: String {
        var parts: [String] = []
        if let page { parts.append("第\(page)页") }
        if let line { parts.append("第\(line)行") }
        if let sheet { parts.append(cell.map { "\(sheet)!\($0)" } ?? sheet) }
        return parts.isEmpty ? "位置不明" : parts.joined(separator: " ")
    }

    /// The spreadsheet column letters of a 0-based column: 0 → `A`, 26 → `AA`. Shared by the
    /// workbook reader's messages and the workbook writer's cell references.
    public static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var remaining = column + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            remaining = (remaining - 1) / 26
        }
        return letters
    }
}
