/// What the store refuses, in words a portal can show. Database failures (a lost connection,
/// a full disk) pass through as the driver's own errors.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case departmentNotFound(DepartmentID)
    case departmentCodeTaken(String)
    case versionNotFound(VersionID)
    /// The version is already the published one of its disclosure: publishing it again would
    /// record nothing new.
    case alreadyCurrent(VersionID)
    case userNotFound(UserID)
    case loginTaken(String)
    case tokenNotFound(TokenID)
    case tokenHashTaken
    /// A `--db` argument or URL the store cannot use.
    case invalidLocation(String)
    /// The database server did not answer.
    case unreachable(String)
    /// A value read back is not what the schema promises.
    case corrupt(String)

    public var description: String {
        switch self {
        case .departmentNotFound(let id): "no department with id \(id)"
        case .departmentCodeTaken(let code): "a department with code \(code) already exists"
        case .versionNotFound(let id): "no version with id \(id)"
        case .alreadyCurrent(let id): "version \(id) is already the published version"
        case .userNotFound(let id): "no user with id \(id)"
        case .loginTaken(let login): "the login \(login) is taken"
        case .tokenNotFound(let id): "no active API token with id \(id)"
        case .tokenHashTaken: "an API token with this hash already exists"
        case .invalidLocation(let text): "cannot use the database location \(text)"
        case .unreachable(let what): what
        case .corrupt(let what): "stored data is not as expected: \(what)"
        }
    }
}
