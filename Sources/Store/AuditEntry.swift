import Foundation

/// One line of the append-only audit log: who did what, when, to which department or version.
/// The log is written in the same transaction as the change it records.
public struct AuditEntry: Sendable, Hashable, Codable {
    public let id: Int64
    public let at: Date
    /// The account's login, or a name for a tool (`juesuan load`).
    public let actor: String
    public let action: AuditAction
    public let department: DepartmentID?
    public let version: VersionID?
    /// The publication's reason, the user's login, the token's name: what the action was about.
    public let detail: String?
}

public enum AuditAction: String, Sendable, Hashable, Codable, CaseIterable {
    case createDepartment = "create-department"
    case addVersion = "add-version"
    case publish
    case createUser = "create-user"
    case updateUser = "update-user"
    case deleteUser = "delete-user"
    case createToken = "create-token"
    case revokeToken = "revoke-token"
    case signIn = "sign-in"
}

/// Which part of the audit log to read, newest last.
public enum AuditQuery: Sendable, Hashable {
    case all
    case department(DepartmentID)
    case version(VersionID)
}
