/// Accounts and API tokens. Every change is audited in its own transaction, like disclosures'.
extension SQLDisclosureStore {
    public func createUser(login: String, profile: UserProfile, actor: String) async throws -> User {
        let now = StoreClock.now()
        var steps = [
            SQLStep("SELECT id FROM users WHERE login = ?", values: [.text(login)], expect: .noRow(orElse: .loginTaken(login))),
            SQLStep("INSERT INTO users (login, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                    values: [.text(login), .text(profile.displayName), .text(profile.role.rawValue), .text(profile.passwordHash), SQLValue(now)]),
        ]
        steps += membershipSteps(user: .resultOf(step: 1), departments: profile.departments)
        steps.append(audit(.createUser, at: now, actor: actor, detail: .value(.text(login))))
        let results = try await backend.write(steps)
        return User(id: UserID(try firstRow(results[1]).integer(0)), login: login, profile: profile, createdAt: now)
    }

    public func users() async throws -> [User] {
        let memberships = try await backend.read("SELECT user_id, department_id FROM user_departments", [])
        var departments: [Int64: Set<DepartmentID>] = [:]
        for row in memberships {
            departments[try row.integer(0), default: []].insert(DepartmentID(try row.integer(1)))
        }
        return try await backend.read("SELECT id, login, display_name, role, password_hash, created_at FROM users ORDER BY login", [])
            .map { row in try User(row: row, departments: departments[try row.integer(0)] ?? []) }
    }

    public func user(id: UserID) async throws -> User? {
        guard let row = try await backend.read("SELECT id, login, display_name, role, password_hash, created_at FROM users WHERE id = ?",
                                               [.integer(id.rawValue)]).first else { return nil }
        return try User(row: row, departments: try await departments(of: id))
    }

    public func user(login: String) async throws -> User? {
        guard let row = try await backend.read("SELECT id, login, display_name, role, password_hash, created_at FROM users WHERE login = ?",
                                               [.text(login)]).first else { return nil }
        return try User(row: row, departments: try await departments(of: UserID(try row.integer(0))))
    }

    public func updateUser(id: UserID, profile: UserProfile, actor: String) async throws -> User {
        let user = SQLValue.integer(id.rawValue)
        var steps = [
            SQLStep("UPDATE users SET display_name = ?, role = ?, password_hash = ? WHERE id = ? RETURNING login, created_at",
                    values: [.text(profile.displayName), .text(profile.role.rawValue), .text(profile.passwordHash), user],
                    expect: .aRow(orElse: .userNotFound(id))),
            SQLStep("DELETE FROM user_departments WHERE user_id = ?", values: [user]),
        ]
        steps += membershipSteps(user: .value(user), departments: profile.departments)
        steps.append(audit(.updateUser, at: StoreClock.now(), actor: actor, detail: .resultOf(step: 0)))
        let row = try firstRow(try await backend.write(steps)[0])
        return User(id: id, login: try row.text(0), profile: profile, createdAt: try row.date(1))
    }

    public func deleteUser(id: UserID, actor: String) async throws {
        _ = try await backend.write([
            SQLStep("DELETE FROM users WHERE id = ? RETURNING login", values: [.integer(id.rawValue)], expect: .aRow(orElse: .userNotFound(id))),
            audit(.deleteUser, at: StoreClock.now(), actor: actor, detail: .resultOf(step: 0)),
        ])
    }

    public func createToken(user: UserID, name: String, tokenHash: String, actor: String) async throws -> APIToken {
        let now = StoreClock.now()
        let results = try await backend.write([
            SQLStep("SELECT id FROM users WHERE id = ?", values: [.integer(user.rawValue)], expect: .aRow(orElse: .userNotFound(user))),
            SQLStep("SELECT id FROM api_tokens WHERE token_hash = ?", values: [.text(tokenHash)], expect: .noRow(orElse: .tokenHashTaken)),
            SQLStep("""
                INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)
                RETURNING id, user_id, name, token_hash, created_at, revoked_at
                """, values: [.integer(user.rawValue), .text(name), .text(tokenHash), SQLValue(now)]),
            audit(.createToken, at: now, actor: actor, detail: .value(.text(name))),
        ])
        return try APIToken(row: try firstRow(results[2]))
    }

    public func token(hash: String) async throws -> APIToken? {
        try await backend.read("""
            SELECT id, user_id, name, token_hash, created_at, revoked_at FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL
            """, [.text(hash)]).first.map { try APIToken(row: $0) }
    }

    public func tokens(user: UserID) async throws -> [APIToken] {
        try await backend.read("SELECT id, user_id, name, token_hash, created_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY id",
                               [.integer(user.rawValue)]).map { try APIToken(row: $0) }
    }

    public func revokeToken(id: TokenID, actor: String) async throws {
        let now = StoreClock.now()
        _ = try await backend.write([
            SQLStep("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL RETURNING name",
                    values: [SQLValue(now), .integer(id.rawValue)], expect: .aRow(orElse: .tokenNotFound(id))),
            audit(.revokeToken, at: now, actor: actor, detail: .resultOf(step: 0)),
        ])
    }

    private func departments(of user: UserID) async throws -> Set<DepartmentID> {
        Set(try await backend.read("SELECT department_id FROM user_departments WHERE user_id = ?", [.integer(user.rawValue)])
            .map { DepartmentID(try $0.integer(0)) })
    }

    /// Checks each department exists, then grants it.
    private func membershipSteps(user: SQLStep.Argument, departments: Set<DepartmentID>) -> [SQLStep] {
        departments.sorted().flatMap { department in
            [SQLStep("SELECT id FROM departments WHERE id = ?", values: [.integer(department.rawValue)],
                     expect: .aRow(orElse: .departmentNotFound(department))),
             SQLStep("INSERT INTO user_departments (user_id, department_id) VALUES (?, ?)", [user, .value(.integer(department.rawValue))])]
        }
    }
}
