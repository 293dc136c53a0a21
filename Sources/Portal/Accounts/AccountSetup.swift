import HummingbirdBcrypt
import Store

/// What `juesuan admin` does: accounts with a bcrypt-hashed password and a role (an editor
/// for named departments), and API tokens for scripts.
public struct AccountSetup: Sendable {
    let store: any DisclosureStore

    public init(store: any DisclosureStore) {
        self.store = store
    }

    /// bcrypt's work factor: slow enough to make guessing costly, fast enough for a login.
    static let bcryptCost: UInt8 = 12

    public func createUser(login: String, displayName: String?, role: AccountRole, departmentCodes: [String], password: String,
                           actor: String) async throws -> User {
        guard password.count >= 12 else { throw AccountSetupError.weakPassword }
        var departments: Set<DepartmentID> = []
        for code in departmentCodes {
            guard let department = try await store.department(code: code) else { throw AccountSetupError.unknownDepartment(code) }
            departments.insert(department.id)
        }
        guard role == .admin || !departments.isEmpty else { throw AccountSetupError.editorWithoutDepartments }
        let profile = UserProfile(displayName: displayName ?? login, role: role, departments: departments,
                                  passwordHash: Bcrypt.hash(password, cost: Self.bcryptCost))
        return try await store.createUser(login: login, profile: profile, actor: actor)
    }

    /// Makes a token for the account and returns its secret, which is not kept anywhere.
    public func createToken(login: String, name: String, actor: String) async throws -> String {
        guard let user = try await store.user(login: login) else { throw AccountSetupError.unknownUser(login) }
        let secret = APITokenSecret.generate()
        _ = try await store.createToken(user: user.id, name: name, tokenHash: APITokenSecret.hash(secret), actor: actor)
        return secret
    }
}

/// Why an account or token could not be made, in Chinese for the command line.
public enum AccountSetupError: Error, CustomStringConvertible {
    case weakPassword
    case unknownDepartment(String)
    case unknownUser(String)
    case editorWithoutDepartments

    public var description: String {
        switch self {
        case .weakPassword: "密码至少 12 个字符"
        case .unknownDepartment(let code): "找不到部门：\(code)"
        case .unknownUser(let login): "找不到用户：\(login)"
        case .editorWithoutDepartments: "编辑须用 --department 指定负责的部门"
        }
    }
}
