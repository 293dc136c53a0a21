import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Portal

/// Every route × anonymous / editor of another department / editor of this department / admin,
/// with the exact status each must answer, on both stores. Writes are tried by every role, and
/// the store is checked to hold exactly what the allowed writes added.
@Suite struct AuthorizationMatrixTests {
    @Test("every route answers each role with its exact status", arguments: Backend.allCases)
    func authorisationMatrix(_ backend: Backend) async throws {
        let fixture = try await PortalFixture.make(backend)
        let path = fixture.path
        let tokens = try await WebClient.accounts(fixture)
        var drafts: [Role: [VersionSummary]] = [:]
        for role in Role.allCases {
            drafts[role] = [try await WebClient.draft(fixture), try await WebClient.draft(fixture)]
        }
        let apiDrafts = drafts.mapValues { $0[0] }, formDrafts = drafts.mapValues { $0[1] }
        let preview = try await WebClient.draft(fixture)
        let published = try #require(try await fixture.store.publishedDisclosures().first).version
        let hasErrors = preview.findingCounts.errors > 0
        let before = try await WebClient.versionCount(fixture.store)

        try await fixture.test { client in
            let browsers = try await WebClient.browsers(client)
            func expect(_ method: HTTPRequest.Method, _ uri: String, _ role: Role, headers: HTTPFields = [:], body: ByteBuffer = ByteBuffer(),
                        _ status: HTTPResponse.Status) async throws {
                try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                    #expect(response.status == status, "\(method) \(uri) as \(role.rawValue)")
                }
            }
            let publicPages = ["/", "/d/\(path)/2024", "/d/\(path)/2024.json", "/d/\(path)/2024.md", "/d/\(path)/2024/datapackage.zip",
                               "/compare", "/compare?year=2024", "/compare?department=\(path)", "/quality", "/city", "/login"]
            let apiReads = ["/api/v1/departments", "/api/v1/disclosures", "/api/v1/disclosures/\(path)/2024", "/api/v1/disclosures/\(path)/2024/versions",
                            "/api/v1/disclosures/\(path)/2024/findings", "/api/v1/disclosures/\(path)/2024/tables", "/api/v1/aggregate?years=2024",
                            "/api/v1/openapi.json"]
            for role in Role.allCases {
                let browser = browsers[role]
                let cookie: HTTPFields = browser?.headers ?? [:]
                let bearer: HTTPFields = tokens[role].map { [.authorization: "Bearer \($0)"] } ?? [:]
                for uri in publicPages + apiReads {
                    try await expect(.get, uri, role, headers: cookie + bearer, .ok)
                }
                // The editor's pages.
                try await expect(.get, "/editor", role, headers: cookie, role == .anonymous ? .seeOther : .ok)
                for version in [preview.id, published.id] {
                    try await expect(.get, "/editor/versions/\(version)", role, headers: cookie,
                                     [.anonymous: .seeOther, .outsider: .forbidden, .editor: .ok, .admin: .ok][role]!)
                }
                // API writes: a token is the only way in.
                try await expect(.post, "/api/v1/disclosures/\(path)/2024/versions?name=seed.txt", role, headers: bearer + cookie,
                                 body: ByteBuffer(bytes: WebClient.seedBytes),
                                 [.anonymous: .unauthorized, .outsider: .forbidden, .editor: .created, .admin: .created][role]!)
                let apiDraft = try #require(apiDrafts[role])
                try await expect(.post, "/api/v1/versions/\(apiDraft.id)/publish", role, headers: bearer + cookie,
                                 body: ByteBuffer(string: role == .admin ? #"{"reason": "管理员确认"}"# : ""),
                                 [.anonymous: .unauthorized, .outsider: .forbidden, .editor: hasErrors ? .conflict : .ok, .admin: .ok][role]!)
                // Web forms: a session and its token are the only way in; a token alone is not a session.
                try await expect(.post, "/editor/d/\(path)/versions", role, headers: WebClient.uploadHeaders(browser) + bearer,
                                 body: WebClient.multipart(["csrf": browser?.csrf ?? "", "year": "2024"], fileName: "seed.txt", file: WebClient.seedBytes),
                                 [.anonymous: .forbidden, .outsider: .forbidden, .editor: .seeOther, .admin: .seeOther][role]!)
                let formDraft = try #require(formDrafts[role])
                try await expect(.post, "/editor/versions/\(formDraft.id)/publish", role, headers: WebClient.formHeaders(browser) + bearer,
                                 body: WebClient.formBody(["csrf": browser?.csrf ?? "", "reason": role == .admin ? "管理员确认" : ""]),
                                 [.anonymous: .forbidden, .outsider: .forbidden, .editor: hasErrors ? .conflict : .seeOther, .admin: .seeOther][role]!)
                try await expect(.post, "/logout", role, headers: WebClient.formHeaders(browser), body: WebClient.formBody(["csrf": browser?.csrf ?? ""]),
                                 role == .anonymous ? .forbidden : .seeOther)
                // Signed out, the cookie opens nothing.
                try await expect(.get, "/editor", role, headers: cookie, .seeOther)
            }
            // Two uploads each (API and form) by the editor and the admin; nothing from anyone else.
            #expect(try await WebClient.versionCount(fixture.store) == before + 4)
            for role in Role.allCases {
                let allowed = role == .admin || (role == .editor && !hasErrors)
                for draft in [apiDrafts[role], formDrafts[role]] {
                    let id = try #require(draft).id
                    let version = try #require(try await fixture.store.version(id: id))
                    #expect(version.summary.isPublished == allowed, "publish by \(role.rawValue)")
                }
            }
        }
    }
}

extension HTTPFields {
    /// Both header lists, as one request sends them.
    static func + (lhs: HTTPFields, rhs: HTTPFields) -> HTTPFields {
        var merged = lhs
        merged.append(contentsOf: rhs)
        return merged
    }
}
