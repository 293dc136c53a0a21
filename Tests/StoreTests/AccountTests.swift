import Testing
@testable import Store

@Suite("Accounts and API tokens")
struct AccountTests {
    @Test("users are created, found, changed and removed, each change audited", arguments: Backend.allCases)
    func users(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let market = try await store.createDepartment(code: "040", name: "市场监督管理局", actor: "admin")
            let finance = try await store.createDepartment(code: "050", name: "财政局", actor: "admin")
            let profile = UserProfile(displayName: "张三", role: .editor, departments: [market.id], passwordHash: "$2b$12$abcdefghijklmnopqrstuv")
            let user = try await store.createUser(login: "zhangsan", profile: profile, actor: "admin")
            #expect(try await store.user(login: "zhangsan") == user)
            #expect(try await store.user(id: user.id)?.profile.departments == [market.id])
            await #expect(throws: StoreError.loginTaken("zhangsan")) {
                _ = try await store.createUser(login: "zhangsan", profile: profile, actor: "admin")
            }
            await #expect(throws: StoreError.departmentNotFound(DepartmentID(999_999))) {
                var stray = profile
                stray.departments = [DepartmentID(999_999)]
                _ = try await store.createUser(login: "lisi", profile: stray, actor: "admin")
            }

            var changed = profile
            changed.role = .admin
            changed.departments = [market.id, finance.id]
            changed.passwordHash = "$2b$12$zyxwvutsrqponmlkjihgfe"
            let updated = try await store.updateUser(id: user.id, profile: changed, actor: "admin")
            #expect(updated.profile == changed && updated.createdAt == user.createdAt)
            #expect(try await store.users() == [updated])
            await #expect(throws: StoreError.userNotFound(UserID(999_999))) {
                _ = try await store.updateUser(id: UserID(999_999), profile: changed, actor: "admin")
            }

            try await store.deleteUser(id: user.id, actor: "admin")
            #expect(try await store.user(id: user.id) == nil)
            let accountLog = try await store.auditLog(.all).filter { $0.department == nil }
            #expect(accountLog.map(\.action) == [.createUser, .updateUser, .deleteUser])
            #expect(accountLog.map(\.detail) == ["zhangsan", "zhangsan", "zhangsan"])
        }
    }

    @Test("a token is found by its hash until revoked, and goes with its user", arguments: Backend.allCases)
    func tokens(backend: Backend) async throws {
        try await TestPlace.with(backend) { store, _ in
            let user = try await store.createUser(login: "script", profile: UserProfile(displayName: "上传脚本", role: .editor, passwordHash: "x"),
                                                  actor: "admin")
            let token = try await store.createToken(user: user.id, name: "nightly upload", tokenHash: "sha256:aaaa", actor: "admin")
            #expect(try await store.token(hash: "sha256:aaaa") == token)
            await #expect(throws: StoreError.tokenHashTaken) {
                _ = try await store.createToken(user: user.id, name: "again", tokenHash: "sha256:aaaa", actor: "admin")
            }
            try await store.revokeToken(id: token.id, actor: "admin")
            #expect(try await store.token(hash: "sha256:aaaa") == nil)
            #expect(try await store.tokens(user: user.id).map(\.isRevoked) == [true])
            await #expect(throws: StoreError.tokenNotFound(token.id)) { try await store.revokeToken(id: token.id, actor: "admin") }

            _ = try await store.createToken(user: user.id, name: "second", tokenHash: "sha256:bbbb", actor: "admin")
            try await store.deleteUser(id: user.id, actor: "admin")
            #expect(try await store.token(hash: "sha256:bbbb") == nil)
            #expect(try await store.auditLog(.all).map(\.action) == [.createUser, .createToken, .revokeToken, .createToken, .deleteUser])
        }
    }
}
