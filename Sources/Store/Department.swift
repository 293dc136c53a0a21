import Foundation

/// A department that publishes final accounts: the first half of a disclosure's key (the
/// fiscal year is the other).
public struct Department: Sendable, Hashable, Codable {
    public let id: DepartmentID
    /// The budget code (`040`) or another short code unique in the store; portals put it in URLs.
    public let code: String
    public let name: String
    public let createdAt: Date

    public init(id: DepartmentID, code: String, name: String, createdAt: Date) {
        self.id = id
        self.code = code
        self.name = name
        self.createdAt = createdAt
    }
}
