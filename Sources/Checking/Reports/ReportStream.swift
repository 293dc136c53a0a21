/// A report in pieces — a head, one part per disclosure with a separator between parts, a tail —
/// so that a folder of any size can be reported while it is being checked, holding one
/// disclosure's findings at a time. Every format's `render` is its stream over a whole list, so
/// a streamed report and a rendered one are the same bytes.
public struct ReportStream: Sendable {
    public let head: String
    public let separator: String
    public let tail: String
    public let part: @Sendable (CheckReport) throws -> String

    public init(head: String, separator: String = "", tail: String, part: @escaping @Sendable (CheckReport) throws -> String) {
        self.head = head
        self.separator = separator
        self.tail = tail
        self.part = part
    }

    /// The report in one piece.
    public func render(_ reports: [CheckReport]) throws -> String {
        head + (try reports.map(part).joined(separator: separator)) + tail
    }
}
