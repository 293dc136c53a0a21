import Foundation

/// A version made public. Publishing adds a publication and changes no version: the latest
/// publication of a department and year says which version the public sees, and publishing an
/// older version again is how a mistake is rolled back, on the record.
public struct Publication: Sendable, Hashable, Codable {
    public let id: Int64
    public let version: VersionID
    public let publishedAt: Date
    public let publishedBy: String
    /// Why, when the publisher gave a reason (an admin publishing despite error findings must).
    public let reason: String?
}

/// A disclosure as the public sees it: the department, the year and the version now published.
public struct PublishedDisclosure: Sendable, Hashable, Codable {
    public let department: Department
    public let version: VersionSummary
    public let publication: Publication

    public var fiscalYear: Int { version.fiscalYear }
}
