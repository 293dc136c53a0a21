import Checking
import Classification
import Foundation
import Hummingbird
import HummingbirdTesting
import Reading
import Store
import Testing
@testable import Portal

/// Upload limits (413, nothing stored) on both upload paths, the upload form end to end, and
/// error pages that show no trace, path or database message.
@Suite struct UploadAndErrorTests {
    @Test func uploadsOverTheLimitAre413AndStoreNothing() async throws {
        let limit = WebClient.seedBytes.count - 1
        let fixture = try await PortalFixture.make(configuration: PortalConfiguration(uploadLimit: limit))
        let token = try #require(try await WebClient.account(fixture, .admin))
        let store = fixture.store
        let path = fixture.path
        try await fixture.test { client in
            let browser = try #require(try await WebClient.signIn(client, "admin"))
            let before = try await WebClient.versionCount(store)
            try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions?name=seed.txt", method: .post,
                                     headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(bytes: WebClient.seedBytes)) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/editor/d/\(path)/versions", method: .post, headers: WebClient.uploadHeaders(browser),
                                     body: WebClient.multipart(["csrf": browser.csrf, "year": "2024"], fileName: "seed.txt", file: WebClient.seedBytes)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body).contains("上传文件不得超过"))
            }
            #expect(try await WebClient.versionCount(store) == before)
        }
    }

    @Test("an editor uploads through the form, previews the draft, and the public never sees it", arguments: Backend.allCases)
    func uploadPreviewAndDraftPrivacy(_ backend: Backend) async throws {
        let fixture = try await PortalFixture.make(backend)
        try await WebClient.account(fixture, .editor)
        let path = fixture.path
        let name = fixture.department.name
        try await fixture.test { client in
            let browser = try #require(try await WebClient.signIn(client, "editor"))
            let location = try await client.execute(uri: "/editor/d/\(path)/versions", method: .post, headers: WebClient.uploadHeaders(browser),
                                                    body: WebClient.multipart(["csrf": browser.csrf, "year": "2031"], fileName: "草稿.txt", file: WebClient.seedBytes)) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            try await client.execute(uri: location, method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "no-store")
                let html = String(buffer: response.body)
                #expect(html.contains("草稿预览"))
                #expect(html.contains("草稿.txt"))
                #expect(html.contains("id=\"findings\""))
                #expect(html.contains(name))
            }
            try await client.execute(uri: "/editor", method: .get, headers: browser.headers) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("2031") && html.contains("草稿"))
            }
            for uri in [location, "/d/\(path)/2031", "/api/v1/disclosures/\(path)/2031", "/api/v1/disclosures/\(path)/2031/versions"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect([.seeOther, .notFound].contains(response.status), "\(uri) anonymously")
                    #expect(!String(buffer: response.body).contains("草稿.txt"), "\(uri)")
                }
            }
            for uri in ["/", "/api/v1/disclosures", "/quality"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(!String(buffer: response.body).contains("2031"), "\(uri)")
                }
            }
            try await client.execute(uri: "/compare?year=2031", method: .get) { response in
                #expect(!String(buffer: response.body).contains(name), "no column for the draft's department")
            }
        }
    }

    @Test func anAuthoringInputUploadedThroughTheFormIsAuthoredIntoADraft() async throws {
        let base = PortalFixture.packageRoot.appendingPathComponent("Tests/AuthoringTests/Fixtures/seed-base.json")
        let bytes = try Data(contentsOf: base)
        let fixture = try await PortalFixture.make()
        try await WebClient.account(fixture, .editor)
        let store = fixture.store
        let path = fixture.path
        let department = fixture.department.id
        try await fixture.test { client in
            let browser = try #require(try await WebClient.signIn(client, "editor"))
            try await client.execute(uri: "/editor/d/\(path)/versions", method: .post, headers: WebClient.uploadHeaders(browser),
                                     body: WebClient.multipart(["csrf": browser.csrf, "year": "2032"], fileName: "seed-base.json", file: bytes)) { response in
                #expect(response.status == .seeOther)
            }
            let version = try #require(try await store.versions(department: department, fiscalYear: 2032).first)
            let stored = try #require(try await store.version(id: version.id))
            #expect(stored.sourceBytes == bytes, "the authoring input is kept as uploaded")
            #expect(try stored.model().tables.incomeExpenditureSummary != nil, "and authored into a whole disclosure")
        }
    }

    @Test func errorPagesShowNoTracesPathsOrDatabaseMessages() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        let draft = try await WebClient.draft(fixture)
        try await WebClient.account(fixture, .editor)
        try await fixture.test { client in
            let browser = try #require(try await WebClient.signIn(client, "editor"))
            let requests: [(HTTPRequest.Method, String, HTTPFields, ByteBuffer)] = [
                (.get, "/no/such/page", [:], ByteBuffer()), (.get, "/d/\(path)/20x4", [:], ByteBuffer()),
                (.get, "/api/v1/disclosures/nobody/2024", [:], ByteBuffer()), (.post, "/editor/versions/\(draft.id)/publish", WebClient.formHeaders(browser),
                WebClient.formBody(["csrf": browser.csrf])), (.post, "/editor/d/\(path)/versions", WebClient.uploadHeaders(browser), ByteBuffer(string: "not multipart")),
                (.post, "/editor/d/\(path)/versions", WebClient.uploadHeaders(browser),
                 WebClient.multipart(["csrf": browser.csrf, "year": "2024"], fileName: "x.txt", file: Data("不是决算".utf8))),
                (.delete, "/", [:], ByteBuffer()),
            ]
            for (method, uri, headers, body) in requests {
                try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                    #expect(response.status.code >= 400 && response.status.code < 500, "\(method) \(uri): \(response.status)")
                    Self.expectNoLeak(String(buffer: response.body), "\(method) \(uri)")
                }
            }
        }
        // A store that fails underneath (closed): a plain 500 page.
        let closed = try await PortalFixture.make()
        try await closed.store.close()
        try await Application(router: closed.portal.router()).test(.router) { client in
            for uri in ["/", "/api/v1/disclosures", "/editor"] {
                try await client.execute(uri: uri, method: .get, headers: [.cookie: "\(WebSessions.cookieName)=abc"]) { response in
                    #expect(response.status == .internalServerError, "\(uri)")
                    Self.expectNoLeak(String(buffer: response.body), uri)
                }
            }
        }
        try? FileManager.default.removeItem(at: closed.folder)
    }

    private static func expectNoLeak(_ body: String, _ context: String) {
        for leak in ["/tmp/", "/work/", "/root/", ".swift", "SQLite", "sqlite", "Postgres", "GRDB", "Error(", "Fatal", "stack", "at line"] {
            #expect(!body.contains(leak), "\(context) shows \(leak)")
        }
    }
}

/// The multipart parser: what browsers send is read; anything else is refused whole.
@Suite struct MultipartFormTests {
    static let type = "multipart/form-data; boundary=XyZ"

    private static func body(_ text: String) -> Data { Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }

    @Test func readsFieldsAndFilesAsBrowsersSendThem() throws {
        let form = try MultipartForm(body: Self.body("""
            --XyZ
            Content-Disposition: form-data; name="csrf"

            abc
            --XyZ
            Content-Disposition: form-data; name="file"; filename="C:\\\\报告\\\\决算 2024.pdf"
            Content-Type: application/pdf

            %PDF-1.7
            line two
            --XyZ--

            """), contentType: Self.type)
        #expect(form.field("csrf") == "abc")
        let file = try #require(form.file("file"))
        #expect(file.fileName == "决算 2024.pdf")
        #expect(String(decoding: file.data, as: UTF8.self) == "%PDF-1.7\r\nline two")
        #expect(form.field("file") == nil)
        let quoted = try MultipartForm(body: Self.body("--a b\nContent-Disposition: form-data; name=\"x\"\n\n1\n--a b--\n"),
                                       contentType: "multipart/form-data; boundary=\"a b\"")
        #expect(quoted.field("x") == "1")
    }

    @Test func malformedBodiesAreRefused() {
        let bad: [(String, String)] = [
            ("--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n", Self.type),
            ("garbage--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n--XyZ--\n", Self.type),
            ("--XyZ\nContent-Type: text/plain\n\n1\n--XyZ--\n", Self.type),
            ("--XyZ\nContent-Disposition: form-data; name=\"a\n\n1\n--XyZ--\n", Self.type),
            ("--XyZ\nContent-Disposition: attachment; name=\"a\"\n\n1\n--XyZ--\n", Self.type),
            ("--XyZ--\n", Self.type),
            ("--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n--XyZ--\n", "multipart/form-data"),
            ("--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n--XyZ--\n", "application/x-www-form-urlencoded"),
            ("--XyZ\n" + String(repeating: "X-Pad: 0123456789\n", count: 600) + "Content-Disposition: form-data; name=\"a\"\n\n1\n--XyZ--\n", Self.type),
            (String(repeating: "--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n", count: MultipartForm.maxParts + 1) + "--XyZ--\n", Self.type),
        ]
        for (text, type) in bad {
            #expect(throws: MultipartForm.ParseError.self, "\(text.prefix(60))") { try MultipartForm(body: Self.body(text), contentType: type) }
        }
    }
}
