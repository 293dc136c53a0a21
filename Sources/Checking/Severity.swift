/// How bad a finding is. Errors break an identity that every correct disclosure satisfies;
/// warnings are very likely wrong but can be right; notes are worth a look (rounding, stale
/// wording) and never fail a check.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case error
    case warning
    case note

    /// Errors first, so that sorting by severity puts what matters on top.
    var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// Whether a finding of this severity passes a `--min-severity` threshold.
    public func isAtLeast(_ threshold: Severity) -> Bool { rank <= threshold.rank }

    public var chineseName: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .note: "提示"
        }
    }
}
