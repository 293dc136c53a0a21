import Foundation

/// What an account may do: an admin everything, an editor upload and publish for the
/// departments it is given.
public enum AccountRole: String, Sendable, Hashable, Codable, CaseIterable {
    case admin
    case editor
}

/// A user account. The store keeps the password's bcrypt hash as given; hashing and checking
/// passwords is the portal's job.
public struct User: Sendable, Hashable, Codable {
    public let id: UserID
    public let login: String
    public let profile: UserProfile
    public let createdAt: Date
}

/// The changeable part of an account.
public struct UserProfile: Sendable, Hashable, Codable {
    public var displayName: String
    public var role: AccountRole
    /// The departments an editor may upload and publish for (an admin's list is not consulted).
    public var departments: Set<DepartmentID>
    public var passwordHash: String

    public init(displayName: String, role: AccountRole, departments: Set<DepartmentID> = [], passwordHash: String) {
        self.displayName = displayName
        self.role = role
        self.departments = departments
        self.passwordHash = passwordHash
    }
}

/// An API token for scripts. The store holds a hash of the secret, never the secret itself.
public struct APIToken: Sendable, Hashable, Codable {
    public let id: TokenID
    public let user: UserID
    public let name: String
    public let tokenHash: String
    public let createdAt: Date
    public let revokedAt: Date?

    public var isRevoked: Bool { revokedAt != nil }
}
