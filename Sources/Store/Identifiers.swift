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

/// An id encoded as its bare number (`"id": 3`), as an API shows it, rather than `{"rawValue": 3}`.
public protocol NumericIdentifier: Codable {
    var rawValue: Int64 { get }
    init(_ rawValue: Int64)
}

extension NumericIdentifier {
    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Int64.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension VersionID: NumericIdentifier {}
extension DepartmentID: NumericIdentifier {}
extension UserID: NumericIdentifier {}
extension TokenID: NumericIdentifier {}
