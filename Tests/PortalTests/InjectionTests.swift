import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Portal

/// SQL injection strings through every parameter (path, query, form fields, file names), on
/// both stores: no 5xx, nothing lost, and what is stored is stored literally.
@Suite struct InjectionTests {
    static let payloads = ["' OR '1'='1", "1; DROP TABLE versions; --", "\"; DROP TABLE users; --", "') OR 1=1 --",
                           "1 UNION SELECT password_hash FROM users --", "%27%20OR%201%3D1--", "\\'; DELETE FROM sessions; --"]

    @Test("injection strings cause no 5xx and no damage", arguments: Backend.allCases)
    func injectionThroughEveryParameter(_ backend: Backend) async throws {
        let fixture = try await PortalFixture.make(backend)
        let token = try #require(try await WebClient.account(fixture, .admin))
        let draft = try await WebClient.draft(fixture)
        let store = fixture.store
        let path = fixture.path
        let departments = try await store.departments()
        let published = try await store.publishedDisclosures()
        try await fixture.test { client in
            let browser = try #require(try await WebClient.signIn(client, "admin"))
            let versionsBefore = try await WebClient.versionCount(store)
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            for payload in Self.payloads {
                let p = try #require(payload.addingPercentEncoding(withAllowedCharacters: allowed))
                let reads = ["/d/\(p)/2024", "/d/\(path)/\(p)", "/d/\(p)/2024.json", "/d/\(p)/2024/datapackage.zip", "/?q=\(p)",
                             "/compare?department=\(p)", "/compare?year=\(p)", "/compare?department=\(path)&years=\(p)",
                             "/api/v1/disclosures/\(p)/2024", "/api/v1/disclosures/\(path)/\(p)/versions", "/api/v1/disclosures/\(p)/2024/findings",
                             "/api/v1/disclosures/\(p)/2024/tables", "/api/v1/aggregate?years=\(p)", "/api/v1/aggregate?class=\(p)&years=2024",
                             "/editor/versions/\(p)"]
                for uri in reads {
                    try await client.execute(uri: uri, method: .get, headers: browser.headers) { response in
                        #expect(response.status.code < 500, "\(uri)")
                    }
                }
                let writes: [(uri: String, headers: HTTPFields, body: ByteBuffer)] = [
                    ("/api/v1/disclosures/\(p)/2024/versions?name=\(p)", [.authorization: "Bearer \(token)"], ByteBuffer(bytes: WebClient.seedBytes)),
                    ("/api/v1/versions/\(p)/publish", [.authorization: "Bearer \(token)"], ByteBuffer(string: "{\"reason\": \"x\"}")),
                    ("/api/v1/versions/\(draft.id)/publish", [.authorization: "Bearer \(payload)"], ByteBuffer()),
                    ("/login", WebClient.formHeaders(nil), WebClient.formBody(["csrf": payload, "login": payload, "password": payload])),
                    ("/editor/d/\(p)/versions", WebClient.uploadHeaders(browser),
                     WebClient.multipart(["csrf": browser.csrf, "year": "2024"], fileName: "seed.txt", file: WebClient.seedBytes)),
                    ("/editor/d/\(path)/versions", WebClient.uploadHeaders(browser),
                     WebClient.multipart(["csrf": browser.csrf, "year": payload], fileName: "seed.txt", file: WebClient.seedBytes)),
                    ("/editor/versions/\(p)/publish", WebClient.formHeaders(browser), WebClient.formBody(["csrf": browser.csrf, "reason": payload])),
                ]
                for write in writes {
                    try await client.execute(uri: write.uri, method: .post, headers: write.headers, body: write.body) { response in
                        #expect(response.status.code < 500, "POST \(write.uri)")
                        #expect([.badRequest, .unauthorized, .forbidden, .notFound].contains(response.status), "POST \(write.uri): \(response.status)")
                    }
                }
                // Allowed writes whose text fields carry the payload: the API's file names are stored literally.
                try await client.execute(uri: "/editor/d/\(path)/versions", method: .post, headers: WebClient.uploadHeaders(browser),
                                         body: WebClient.multipart(["csrf": browser.csrf, "year": "2024"], fileName: payload, file: WebClient.seedBytes)) { response in
                    #expect(response.status == .seeOther)
                }
                try await client.execute(uri: "/api/v1/disclosures/\(path)/2023/versions?name=\(p)", method: .post,
                                         headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(bytes: WebClient.seedBytes)) { response in
                    #expect(response.status == .created)
                }
            }
            try await client.execute(uri: "/editor/versions/\(draft.id)/publish", method: .post, headers: WebClient.formHeaders(browser),
                                     body: WebClient.formBody(["csrf": browser.csrf, "reason": Self.payloads[1]])) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try await store.departments() == departments)
            #expect(try await store.users().count == 1)
            #expect(try await WebClient.versionCount(store) == versionsBefore + 2 * Self.payloads.count)
            let names = try await store.versions(department: fixture.department.id, fiscalYear: 2023).map(\.sourceFileName)
            #expect(names == Self.payloads, "file names stored literally")
            #expect(try await store.publications(department: fixture.department.id, fiscalYear: 2024).last?.reason == Self.payloads[1])
            #expect(try await store.publishedDisclosures().map(\.department) == published.map(\.department))
            try await client.execute(uri: "/editor", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok, "sessions survived")
            }
        }
    }
}
