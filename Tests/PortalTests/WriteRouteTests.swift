import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Portal

/// Every write route (upload, publish) refuses anonymous callers and bad tokens, and an
/// editor outside its departments; drafts stay out of public view.
@Suite struct WriteRouteTests {
    private static let seedBytes = ByteBuffer(bytes: (try? Data(contentsOf: PortalFixture.seedDocument)) ?? Data())

    private static func bearer(_ secret: String) -> HTTPFields {
        [.authorization: "Bearer \(secret)"]
    }

    /// Creates an account with a token and returns the token's secret.
    private static func account(_ fixture: PortalFixture, login: String, role: AccountRole, departments: Set<DepartmentID>) async throws -> String {
        let user = try await fixture.store.createUser(
            login: login, profile: UserProfile(displayName: login, role: role, departments: departments, passwordHash: "-"), actor: "test")
        let secret = "secret-\(login)-\(UUID().uuidString)"
        _ = try await fixture.store.createToken(user: user.id, name: "test", tokenHash: APITokenSecret.hash(secret), actor: "test")
        return secret
    }

    @Test func anonymousCallersAndBadTokensCannotUploadOrPublish() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        let published = try #require(try await fixture.store.publishedDisclosures().first)
        try await fixture.test { client in
            for headers in [HTTPFields(), Self.bearer("wrong"), [.authorization: "Basic YTpi"]] {
                try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions?name=seed.txt", method: .post, headers: headers, body: Self.seedBytes) { response in
                    #expect(response.status == .unauthorized)
                }
                try await client.execute(uri: "/api/v1/versions/\(published.version.id)/publish", method: .post, headers: headers) { response in
                    #expect(response.status == .unauthorized)
                }
            }
            for uri in ["/", "/compare", "/api/v1/departments"] {
                try await client.execute(uri: uri, method: .post, body: Self.seedBytes) { response in
                    #expect([.unauthorized, .forbidden, .notFound, .methodNotAllowed].contains(response.status), "\(uri)")
                }
            }
        }
    }

    @Test func editorsWriteOnlyForTheirDepartmentsAndErrorsNeedAnAdminsReason() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        let other = try await fixture.store.createDepartment(code: "999", name: "其他部门", actor: "test")
        let outsider = try await Self.account(fixture, login: "outsider", role: .editor, departments: [other.id])
        let editor = try await Self.account(fixture, login: "editor", role: .editor, departments: [fixture.department.id])
        let admin = try await Self.account(fixture, login: "admin", role: .admin, departments: [])
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions?name=seed.txt", method: .post, headers: Self.bearer(outsider), body: Self.seedBytes) { response in
                #expect(response.status == .forbidden)
            }
            let draft = try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions?name=seed.txt", method: .post, headers: Self.bearer(editor), body: Self.seedBytes) { response in
                #expect(response.status == .created)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                #expect(body["isPublished"] as? Bool == false)
                return try #require(body["id"] as? Int)
            }
            try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions", method: .get) { response in
                let list = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
                #expect(!list.contains { $0["id"] as? Int == draft }, "a draft is not public")
            }
            try await client.execute(uri: "/api/v1/versions/\(draft)/publish", method: .post, headers: Self.bearer(outsider)) { response in
                #expect(response.status == .forbidden)
            }
            let errors = try #require(try await fixture.store.version(id: VersionID(Int64(draft)))).summary.findingCounts.errors
            try await client.execute(uri: "/api/v1/versions/\(draft)/publish", method: .post, headers: Self.bearer(editor)) { response in
                #expect(response.status == (errors > 0 ? .conflict : .ok))
            }
            try await client.execute(uri: "/api/v1/versions/\(draft)/publish", method: .post, headers: Self.bearer(admin),
                                     body: ByteBuffer(string: #"{"reason": "测试：管理员确认"}"#)) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
