import Foundation
import Hummingbird
import HummingbirdBcrypt
import Store

/// Browser sign-in: bcrypt-checked passwords, a random session secret in an `HttpOnly`,
/// `SameSite=Lax` cookie (plus `Secure` when configured), the session kept server-side, and
/// a synchronizer CSRF token per session that every form POST must carry back.
struct WebSessions: Sendable {
    let store: any DisclosureStore
    let configuration: PortalConfiguration
    let throttle: LoginThrottle

    static let cookieName = "juesuan_session"
    /// Before sign-in there is no session to tie a token to: the sign-in form's token is a
    /// double-submit cookie instead, which a cross-site page can neither read nor set.
    static let loginCookieName = "juesuan_login"

    /// Who is signed in on this request, if anyone.
    struct SignedIn: Sendable {
        let session: WebSession
        let user: User
    }

    init(store: any DisclosureStore, configuration: PortalConfiguration) {
        self.store = store
        self.configuration = configuration
        throttle = LoginThrottle(configuration)
    }

    func current(_ request: Request) async throws -> SignedIn? {
        guard let secret = request.cookies[Self.cookieName]?.value, !secret.isEmpty,
              let session = try await store.session(idHash: APITokenSecret.hash(secret), at: Date()),
              let user = try await store.user(id: session.user) else { return nil }
        return SignedIn(session: session, user: user)
    }

    /// A signed-in user for a form POST whose token matches the session's; otherwise 403.
    func requireForm(_ request: Request, token: String?) async throws -> SignedIn {
        guard let signedIn = try await current(request) else { throw PortalError.forbidden("请先登录后再提交表单") }
        guard let token, Self.same(token, signedIn.session.csrfToken) else { throw Self.csrfFailure }
        return signedIn
    }

    static let csrfFailure = PortalError.forbidden("表单已失效或来源不明（CSRF 校验失败），请刷新页面后重新提交")

    /// Checks the password (after the throttle) and starts a session; returns the cookie to set.
    func signIn(login: String, password: String, address: String?) async throws -> Cookie {
        guard !(await throttle.isBlocked(login: login, address: address)) else {
            let minutes = max(1, Int(configuration.loginWindow.components.seconds / 60))
            throw PortalError(status: .tooManyRequests, message: "登录失败次数过多，请 \(minutes) 分钟后再试")
        }
        let user = try await store.user(login: login)
        // An unknown login costs the same bcrypt check as a known one: timing does not tell which logins exist.
        let hash = user?.profile.passwordHash ?? Self.decoyHash
        let verified = try await OffPool.run { Bcrypt.verify(password, hash: hash) }
        guard let user, verified else {
            await throttle.recordFailure(login: login, address: address)
            throw PortalError(status: .unauthorized, message: "用户名或密码错误")
        }
        await throttle.recordSuccess(login: login)
        let secret = Self.randomToken()
        let now = Date()
        let expires = now.addingTimeInterval(TimeInterval(configuration.sessionLifetime.components.seconds))
        try await store.createSession(WebSession(idHash: APITokenSecret.hash(secret), user: user.id, csrfToken: Self.randomToken(),
                                                 createdAt: now, expiresAt: expires), login: user.login)
        return cookie(Self.cookieName, secret, maxAge: Int(configuration.sessionLifetime.components.seconds))
    }

    func signOut(_ signedIn: SignedIn) async throws -> Cookie {
        try await store.deleteSession(idHash: signedIn.session.idHash)
        return cookie(Self.cookieName, "", maxAge: 0)
    }

    /// The sign-in form's token and the cookie that carries its twin.
    func loginToken() -> (token: String, cookie: Cookie) {
        let token = Self.randomToken()
        return (token, cookie(Self.loginCookieName, token, maxAge: 3600))
    }

    func checkLoginToken(_ request: Request, token: String?) throws {
        guard let token, let expected = request.cookies[Self.loginCookieName]?.value, !expected.isEmpty, Self.same(token, expected) else {
            throw Self.csrfFailure
        }
    }

    private func cookie(_ name: String, _ value: String, maxAge: Int) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    static func randomToken() -> String { APITokenSecret.randomHex() }

    /// Compares in time that does not depend on where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A bcrypt hash of nothing anyone types, checked when the login is unknown.
    private static let decoyHash = Bcrypt.hash(randomToken(), cost: AccountSetup.bcryptCost)
}
