/// How much a reader takes in before it refuses. Hostile or broken input (a 1 GB line, a zip
/// bomb, a million rows, JSON nested 100,000 deep, a PDF that keeps pdftotext busy) must end
/// in a clear error, quickly and in bounded memory, never in a crash or an exhausted machine.
/// The defaults are far above any real disclosure (a few MB, a few thousand lines), so only
/// unusual input needs them raised (`juesuan read --max-input-mb …`).
public struct ReadingLimits: Sendable, Equatable {
    /// Largest input, in bytes, checked before the file is loaded.
    public var maxInputBytes: Int
    /// Longest line of text, in bytes: a real line is a table row or a paragraph.
    public var maxLineBytes: Int
    /// Largest part of an XLSX container once decompressed; all parts together may expand to
    /// at most `maxInputBytes`, so a zip bomb stops at the first part over either.
    public var maxXLSXPartBytes: Int
    /// Rows of all worksheets of a workbook together.
    public var maxRows: Int
    /// Cells of all worksheets together once rows are laid out to the sheet's width: a sheet
    /// with a cell in column XFD on every row would otherwise multiply into billions.
    public var maxCells: Int
    /// Deepest nesting of JSON arrays and objects (and of YAML, estimated), checked before
    /// decoding: Foundation's decoder and Yams recurse once per level and would exhaust the stack first.
    public var maxJSONDepth: Int
    /// Seconds `pdftotext` may run on one PDF before it is stopped.
    public var pdfTimeoutSeconds: Int

    public init(maxInputBytes: Int = 256 << 20, maxLineBytes: Int = 1 << 20, maxXLSXPartBytes: Int = 64 << 20,
                maxRows: Int = 100_000, maxCells: Int = 5_000_000, maxJSONDepth: Int = 200, pdfTimeoutSeconds: Int = 120) {
        self.maxInputBytes = maxInputBytes
        self.maxLineBytes = maxLineBytes
        self.maxXLSXPartBytes = maxXLSXPartBytes
        self.maxRows = maxRows
        self.maxCells = maxCells
        self.maxJSONDepth = maxJSONDepth
        self.pdfTimeoutSeconds = pdfTimeoutSeconds
    }

    /// `256 MB`: how a limit in bytes is named in messages.
    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) 字节"
    }
}
