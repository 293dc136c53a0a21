import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Portal

/// Sign-in, the session cookie's flags, sign-in throttling and CSRF on every form.
@Suite struct SessionSecurityTests {
    @Test("the session cookie is HttpOnly, SameSite=Lax, Path=/, expiring; Secure exactly when configured", arguments: [false, true])
    func sessionCookieFlags(_ secure: Bool) async throws {
        let fixture = try await PortalFixture.make(configuration: PortalConfiguration(secureCookies: secure))
        try await WebClient.account(fixture, .admin)
        try await fixture.test { client in
            let form = try await WebClient.loginForm(client)
            try await client.execute(uri: "/login", method: .post, headers: [.cookie: form.cookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: WebClient.formBody(["csrf": form.token, "login": "admin", "password": WebClient.password])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/editor")
                let header = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(WebSessions.cookieName + "=") })
                let attributes = Set(header.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
                #expect(attributes.contains("httponly"))
                #expect(attributes.contains("samesite=lax"))
                #expect(attributes.contains("path=/"))
                #expect(attributes.contains { $0.hasPrefix("max-age=") && $0 != "max-age=0" })
                #expect(attributes.contains("secure") == secure)
                let secret = try #require(WebClient.cookies(response)[WebSessions.cookieName])
                #expect(secret.count == 64)
            }
        }
    }

    @Test("a wrong password is refused in Chinese; the store keeps only the session's hash", arguments: Backend.allCases)
    func wrongPasswordAndHashedSessions(_ backend: Backend) async throws {
        let fixture = try await PortalFixture.make(backend)
        try await WebClient.account(fixture, .editor)
        let store = fixture.store
        try await fixture.test { client in
            #expect(try await WebClient.signIn(client, "editor", password: "wrong password!") == nil)
            #expect(try await WebClient.signIn(client, "nobody", password: WebClient.password) == nil)
            let form = try await WebClient.loginForm(client)
            try await client.execute(uri: "/login", method: .post, headers: [.cookie: form.cookie, .contentType: "application/x-www-form-urlencoded"],
                                     body: WebClient.formBody(["csrf": form.token, "login": "editor", "password": "nope"])) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("用户名或密码错误"))
            }
            let browser = try #require(try await WebClient.signIn(client, "editor"))
            let secret = String(browser.cookie.dropFirst(WebSessions.cookieName.count + 1))
            #expect(try await store.session(idHash: secret, at: Date()) == nil, "the store does not hold the secret itself")
            #expect(try await store.session(idHash: APITokenSecret.hash(secret), at: Date()) != nil)
            #expect(try await store.auditLog(.all).contains { $0.action == .signIn && $0.actor == "editor" })
        }
    }

    @Test("after N failures an account, then an address, gets 429 for the window, even with the right password")
    func signInThrottling() async throws {
        let fixture = try await PortalFixture.make(configuration: PortalConfiguration(loginAttemptsPerAccount: 3, loginAttemptsPerAddress: 6))
        try await WebClient.account(fixture, .editor)
        try await WebClient.account(fixture, .admin)
        try await fixture.test { client in
            func attempt(_ login: String, _ password: String) async throws -> HTTPResponse.Status {
                let form = try await WebClient.loginForm(client)
                return try await client.execute(uri: "/login", method: .post, headers: [.cookie: form.cookie, .contentType: "application/x-www-form-urlencoded"],
                                                body: WebClient.formBody(["csrf": form.token, "login": login, "password": password])) { response in
                    if response.status == .tooManyRequests { #expect(String(buffer: response.body).contains("登录失败次数过多")) }
                    return response.status
                }
            }
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<3 { statuses.append(try await attempt("editor", "wrong")) }
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized])
            let locked = try await attempt("editor", WebClient.password)
            #expect(locked == .tooManyRequests, "the account is locked for the window")
            let other = try await attempt("admin", WebClient.password)
            #expect(other == .seeOther, "another account is not")
            statuses = []
            for index in 0..<3 { statuses.append(try await attempt("guess\(index)", "wrong")) }
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized])
            let address = try await attempt("admin", WebClient.password)
            #expect(address == .tooManyRequests, "the address is locked after 6 failures")
        }
    }

    @Test("every form POST without, or with a wrong, CSRF token is refused with 403 and changes nothing", arguments: Backend.allCases)
    func csrfOnEveryForm(_ backend: Backend) async throws {
        let fixture = try await PortalFixture.make(backend)
        try await WebClient.account(fixture, .admin)
        let draft = try await WebClient.draft(fixture)
        let store = fixture.store
        let path = fixture.path
        try await fixture.test { client in
            let browser = try #require(try await WebClient.signIn(client, "admin"))
            let versions = try await WebClient.versionCount(store)
            // Wrong in one character, in case, wholly, empty and absent.
            let oneOff = (browser.csrf.hasPrefix("0") ? "1" : "0") + browser.csrf.dropFirst()
            for token in [nil, "", oneOff, browser.csrf.uppercased(), String(repeating: "g", count: 64)] {
                func fields(_ extra: KeyValuePairs<String, String>) -> [(String, String)] {
                    (token.map { [("csrf", $0)] } ?? []) + extra.map { ($0.key, $0.value) }
                }
                let forms: [(uri: String, headers: HTTPFields, body: ByteBuffer)] = [
                    ("/editor/d/\(path)/versions", WebClient.uploadHeaders(browser),
                     token.map { WebClient.multipart(["csrf": $0, "year": "2024"], fileName: "seed.txt", file: WebClient.seedBytes) }
                        ?? WebClient.multipart(["year": "2024"], fileName: "seed.txt", file: WebClient.seedBytes)),
                    ("/editor/versions/\(draft.id)/publish", WebClient.formHeaders(browser), WebClient.formBody(pairs: fields(["reason": "理由"]))),
                    ("/logout", WebClient.formHeaders(browser), WebClient.formBody(pairs: fields([:]))),
                    ("/login", WebClient.formHeaders(nil), WebClient.formBody(pairs: fields(["login": "admin", "password": WebClient.password]))),
                ]
                for form in forms {
                    try await client.execute(uri: form.uri, method: .post, headers: form.headers, body: form.body) { response in
                        #expect(response.status == .forbidden, "\(form.uri) with token \(token ?? "none")")
                        #expect(String(buffer: response.body).contains("CSRF"), "\(form.uri)")
                    }
                }
            }
            #expect(try await WebClient.versionCount(store) == versions)
            #expect(try await store.version(id: draft.id)?.summary.isPublished == false)
            try await client.execute(uri: "/editor", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok, "the session survived every forged sign-out")
            }
            // Another session's token is no good either.
            let second = try #require(try await WebClient.signIn(client, "admin"))
            #expect(second.csrf != browser.csrf)
            try await client.execute(uri: "/editor/versions/\(draft.id)/publish", method: .post, headers: WebClient.formHeaders(browser),
                                     body: WebClient.formBody(["csrf": second.csrf, "reason": "理由"])) { response in
                #expect(response.status == .forbidden)
            }
        }
    }
}
