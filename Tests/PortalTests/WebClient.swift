import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import Store
import Testing
@testable import Portal

/// The roles of the authorisation matrix.
enum Role: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case anonymous
    /// An editor of another department.
    case outsider
    /// An editor of the seed department.
    case editor
    case admin

    var testDescription: String { rawValue }
}

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
struct Browser: Sendable {
    let cookie: String
    let csrf: String

    var headers: HTTPFields { [.cookie: cookie] }
}

/// What the web tests do as a browser would: accounts, sign-in, forms, multipart uploads.
enum WebClient {
    static let password = "correct horse battery staple"

    /// An account (bcrypt at a low cost, to keep tests quick) with an API token; returns the token's secret.
    @discardableResult
    static func account(_ fixture: PortalFixture, _ role: Role, other: DepartmentID? = nil) async throws -> String? {
        let (accountRole, departments): (AccountRole, Set<DepartmentID>)
        switch role {
        case .anonymous: return nil
        case .outsider: (accountRole, departments) = (.editor, [try #require(other)])
        case .editor: (accountRole, departments) = (.editor, [fixture.department.id])
        case .admin: (accountRole, departments) = (.admin, [])
        }
        let user = try await fixture.store.createUser(
            login: role.rawValue, profile: UserProfile(displayName: role.rawValue, role: accountRole, departments: departments,
                                                       passwordHash: Bcrypt.hash(password, cost: 4)), actor: "test")
        let secret = "secret-\(role.rawValue)-\(UUID().uuidString)"
        _ = try await fixture.store.createToken(user: user.id, name: "test", tokenHash: APITokenSecret.hash(secret), actor: "test")
        return secret
    }

    /// Every role's account, with an outsider department made for the outsider.
    static func accounts(_ fixture: PortalFixture) async throws -> [Role: String] {
        let other = try await fixture.store.createDepartment(code: "999", name: "其他部门", actor: "test")
        var tokens: [Role: String] = [:]
        for role in Role.allCases {
            tokens[role] = try await account(fixture, role, other: other.id)
        }
        return tokens
    }

    /// The sign-in form's token and the cookie that goes with it.
    static func loginForm(_ client: some TestClientProtocol) async throws -> (token: String, cookie: String) {
        try await client.execute(uri: "/login", method: .get) { response in
            #expect(response.status == .ok)
            let token = try #require(hiddenToken(String(buffer: response.body)))
            let cookie = try #require(cookies(response)[WebSessions.loginCookieName])
            return (token, "\(WebSessions.loginCookieName)=\(cookie)")
        }
    }

    /// Signs in through the form and returns the browser, or nil when the portal did not accept it.
    static func signIn(_ client: some TestClientProtocol, _ login: String, password: String = password) async throws -> Browser? {
        let form = try await loginForm(client)
        let session: String? = try await client.execute(
            uri: "/login", method: .post, headers: [.cookie: form.cookie, .contentType: "application/x-www-form-urlencoded"],
            body: formBody(["csrf": form.token, "login": login, "password": password])) { response in
            response.status == .seeOther ? cookies(response)[WebSessions.cookieName] : nil
        }
        guard let session else { return nil }
        let cookie = "\(WebSessions.cookieName)=\(session)"
        let csrf = try await client.execute(uri: "/editor", method: .get, headers: [.cookie: cookie]) { response in
            #expect(response.status == .ok)
            return try #require(hiddenToken(String(buffer: response.body)))
        }
        return Browser(cookie: cookie, csrf: csrf)
    }

    /// Signs in each role that has an account.
    static func browsers(_ client: some TestClientProtocol) async throws -> [Role: Browser] {
        var browsers: [Role: Browser] = [:]
        for role in Role.allCases where role != .anonymous {
            browsers[role] = try #require(try await signIn(client, role.rawValue))
        }
        return browsers
    }

    static func cookies(_ response: TestResponse) -> [String: String] {
        var found: [String: String] = [:]
        for header in response.headers[values: .setCookie] {
            guard let pair = header.split(separator: ";").first, let equals = pair.firstIndex(of: "=") else { continue }
            found[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        return found
    }

    /// The value of the page's first hidden `csrf` field.
    static func hiddenToken(_ html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value="[^"]*""#, options: .regularExpression) else { return nil }
        return html[range].split(separator: "\"").dropFirst(3).first.map(String.init)
    }

    static func formBody(_ fields: KeyValuePairs<String, String>) -> ByteBuffer {
        formBody(pairs: fields.map { ($0.key, $0.value) })
    }

    static func formBody(pairs: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&"))
    }

    static func formHeaders(_ browser: Browser?) -> HTTPFields {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let browser { headers[.cookie] = browser.cookie }
        return headers
    }

    static let boundary = "----juesuan-test-boundary-7MA4YWxkTrZu0gW"

    /// A multipart/form-data body as a browser sends the upload form.
    static func multipart(_ fields: KeyValuePairs<String, String>, fileName: String?, file: Data) -> ByteBuffer {
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let fileName {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName.replacingOccurrences(of: "\"", with: "%22"))\"\r\nContent-Type: text/plain\r\n\r\n".utf8)
            body += file
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: body)
    }

    static func uploadHeaders(_ browser: Browser?) -> HTTPFields {
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        if let browser { headers[.cookie] = browser.cookie }
        return headers
    }

    static let seedBytes = (try? Data(contentsOf: PortalFixture.seedDocument)) ?? Data()

    /// Stores a new draft of the seed document for the seed department, as the store's tests would.
    static func draft(_ fixture: PortalFixture, year: Int = 2024) async throws -> VersionSummary {
        let (reader, checker) = (fixture.portal.writer.reader, fixture.portal.writer.checker)
        let (model, findings) = try await OffPool.run {
            let model = try reader.read(seedBytes, fileName: "seed.txt")
            return (model, checker.check(model).findings)
        }
        let id = try await fixture.store.addVersion(
            VersionUpload(department: fixture.department.id, fiscalYear: year, source: SourceFile(fileName: "seed.txt", bytes: seedBytes, reader: model.provenance.reader),
                          model: model, findings: findings), actor: "test")
        return try #require(try await fixture.store.version(id: id)).summary
    }

    /// How many versions the store holds, drafts included, over every department.
    static func versionCount(_ store: any DisclosureStore) async throws -> Int {
        var count = 0
        for department in try await store.departments() {
            count += try await store.versions(department: department.id).count
        }
        return count
    }
}
