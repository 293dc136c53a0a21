import Foundation

/// Where juesuan keeps disclosures: departments, every uploaded version (immutable), which
/// versions are published, accounts, and an append-only audit log of who changed what.
///
/// The portal and the CLI talk to this protocol only. `SQLDisclosureStore` implements it on
/// SQLite (the default: one file) and on PostgreSQL (a city's or province's server); one test
/// suite runs against both. Every change and its audit entry commit together or not at all.
public protocol DisclosureStore: Sendable {
    // MARK: Departments

    func createDepartment(code: String, name: String, actor: String) async throws -> Department
    /// Every department, by code.
    func departments() async throws -> [Department]
    func department(id: DepartmentID) async throws -> Department?
    func department(code: String) async throws -> Department?

    // MARK: Versions

    /// Stores an upload as a new draft version: the version, its file, model, findings,
    /// expenditure totals and the audit entry in one transaction.
    func addVersion(_ upload: VersionUpload, actor: String) async throws -> VersionID
    /// The versions of one disclosure, drafts included, oldest first.
    func versions(department: DepartmentID, fiscalYear: Int) async throws -> [VersionSummary]
    /// Every version of a department, drafts included: latest year first, then oldest first.
    func versions(department: DepartmentID) async throws -> [VersionSummary]
    /// A whole version, draft or published; nil when there is none with this id.
    func version(id: VersionID) async throws -> StoredVersion?
    /// Makes `version` the one the public sees for its department and year. Never changes a
    /// version; publishing an earlier version again rolls back, on the record.
    func publish(version: VersionID, actor: String, reason: String?) async throws -> Publication
    /// Every publication of one disclosure, oldest first.
    func publications(department: DepartmentID, fiscalYear: Int) async throws -> [Publication]
    /// Every disclosure the public can see, by department code and year. Drafts never appear.
    func publishedDisclosures() async throws -> [PublishedDisclosure]
    /// One disclosure as the public sees it, without its contents; nil while it has only drafts
    /// or the department does not exist.
    func publishedDisclosure(departmentCode: String, fiscalYear: Int) async throws -> PublishedDisclosure?
    /// 公开03 totals of a functional code (or, for nil, of every 类) over the published versions
    /// of the years in `fiscalYears`, by code and year. Summed in SQL, in exact fen.
    func aggregate(classCode: String?, fiscalYears: ClosedRange<Int>) async throws -> [ClassTotal]

    // MARK: Audit

    func auditLog(_ query: AuditQuery) async throws -> [AuditEntry]

    // MARK: Accounts

    func createUser(login: String, profile: UserProfile, actor: String) async throws -> User
    func users() async throws -> [User]
    func user(id: UserID) async throws -> User?
    func user(login: String) async throws -> User?
    /// Replaces the account's profile (name, role, departments, password hash).
    func updateUser(id: UserID, profile: UserProfile, actor: String) async throws -> User
    /// Removes the account and its tokens; the audit log keeps its login.
    func deleteUser(id: UserID, actor: String) async throws
    func createToken(user: UserID, name: String, tokenHash: String, actor: String) async throws -> APIToken
    /// The active token with this hash: how the portal authenticates a script.
    func token(hash: String) async throws -> APIToken?
    func tokens(user: UserID) async throws -> [APIToken]
    func revokeToken(id: TokenID, actor: String) async throws

    // MARK: Web sessions

    /// Stores a new sign-in (and sweeps expired ones), audited as the account's sign-in.
    func createSession(_ session: WebSession, login: String) async throws
    /// The unexpired session with this hash at `time`, or nil.
    func session(idHash: String, at time: Date) async throws -> WebSession?
    func deleteSession(idHash: String) async throws

    /// Ends the store's connections. Further calls fail.
    func close() async throws
}
