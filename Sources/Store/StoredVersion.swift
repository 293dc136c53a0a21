import Checking
import Disclosure
import Foundation
import Reading

/// What a list of versions shows: who uploaded which file when, how it checked, whether it was
/// ever published. Light: no file bytes, no model.
public struct VersionSummary: Sendable, Hashable, Codable {
    public let id: VersionID
    public let department: DepartmentID
    public let fiscalYear: Int
    /// 1, 2, 3 … within the department and year, in upload order.
    public let number: Int
    public let sourceFileName: String
    public let sourceSHA256: String
    public let sourceSize: Int
    public let reader: String
    public let findingCounts: FindingCounts
    public let createdAt: Date
    public let createdBy: String
    /// Whether any publication names this version (it may since have been replaced by a later one).
    public let isPublished: Bool
}

/// Findings by severity, kept per version so a list can show them and a portal can block
/// publishing while errors stand without decoding the findings.
public struct FindingCounts: Sendable, Hashable, Codable {
    public let errors: Int
    public let warnings: Int
    public let notes: Int

    public init(errors: Int, warnings: Int, notes: Int) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
    }

    public init(_ findings: [Finding]) {
        self.init(errors: findings.count { $0.severity == .error }, warnings: findings.count { $0.severity == .warning },
                  notes: findings.count { $0.severity == .note })
    }
}

/// A whole version: its summary, the source bytes, and the model and findings as the JSON they
/// were stored as.
public struct StoredVersion: Sendable, Hashable {
    public let summary: VersionSummary
    public let sourceBytes: Data
    /// `DisclosureJSON.encode` of the model.
    public let modelJSON: String
    /// The findings as a JSON array (sorted keys).
    public let findingsJSON: String

    public var id: VersionID { summary.id }

    public func model() throws -> Disclosure {
        try DisclosureJSON.decode(modelJSON)
    }

    public func findings() throws -> [Finding] {
        try JSONDecoder().decode([Finding].self, from: Data(findingsJSON.utf8))
    }
}
