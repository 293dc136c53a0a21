/// A stored version of a disclosure. Ids are assigned by the store, never reused, and grow
/// with insertion order, so a larger id is a later upload.
public struct VersionID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public static func < (lhs: VersionID, rhs: VersionID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(rawValue) }
}

/// A department, as the store numbers it (its budget code is `Department.code`).
public struct DepartmentID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public static func < (lhs: DepartmentID, rhs: DepartmentID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(rawValue) }
}

/// A user account.
public struct UserID: Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public var description: String { String(rawValue) }
}

/// An API token (the row, not the secret: the store holds only the secret's hash).
public struct TokenID: Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public var description: String { String(rawValue) }
}
