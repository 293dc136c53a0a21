import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing
@testable import Portal

/// Stored XSS: markup planted in a department's name and code, a file name and the narrative
/// comes back escaped on every page it appears on, public or editor's.
@Suite struct EscapingTests {
    static let name = #"<script>alert("name")</script>市场局"#
    static let code = #"x"'><b>1"#
    static let narrative = #"<img src=x onerror=alert('narrative')>"#
    static let fileName = #"<svg onload=alert(1)>.txt"#
    /// What must never reach a page unescaped.
    static let raw = ["<script>alert", "<img src=x", "<svg onload", "'><b>1"]

    @Test func plantedMarkupIsEscapedOnEveryPage() async throws {
        let fixture = try await PortalFixture.make()
        try await WebClient.account(fixture, .admin)
        let department = try await fixture.store.createDepartment(code: Self.code, name: Self.name, actor: "test")
        var model = try fixture.portal.writer.reader.read(WebClient.seedBytes, fileName: "seed.txt")
        model.metadata.departmentName = Self.name
        model.overview.organisation += Self.narrative
        if !model.narrative.sections.isEmpty, !model.narrative.sections[0].paragraphs.isEmpty {
            model.narrative.sections[0].paragraphs[0].text += Self.narrative
        }
        let id = try await fixture.store.addVersion(
            VersionUpload(department: department.id, fiscalYear: 2024, source: SourceFile(fileName: Self.fileName, bytes: WebClient.seedBytes, reader: "test"),
                          model: model, findings: fixture.portal.writer.checker.check(model).findings), actor: "test")
        _ = try await fixture.store.publish(version: id, actor: "test", reason: Self.narrative)
        let path = MarkupEscape.urlComponent(Self.code)
        try await fixture.test { client in
            let browser = try #require(try await WebClient.signIn(client, "admin"))
            // The same file name once more, through the upload form.
            let uploaded = try await client.execute(uri: "/editor/d/\(path)/versions", method: .post, headers: WebClient.uploadHeaders(browser),
                                                    body: WebClient.multipart(["csrf": browser.csrf, "year": "2025"], fileName: Self.fileName, file: WebClient.seedBytes)) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            var seen: Set<String> = []
            for uri in ["/", "/d/\(path)/2024", "/d/\(path)/2024.html", "/compare?year=2024", "/compare?department=\(path)", "/quality", "/city",
                        "/editor", "/editor/versions/\(id)", uploaded, "/d/\(path)/2030", "/compare?department=\(path)%3Cscript%3E"] {
                try await client.execute(uri: uri, method: .get, headers: browser.headers) { response in
                    #expect(response.status.code < 500, "\(uri)")
                    let html = String(buffer: response.body)
                    for raw in Self.raw {
                        #expect(!html.contains(raw), "\(uri) carries \(raw) unescaped")
                    }
                    for (payload, escaped) in [(Self.name, "&lt;script&gt;alert"), (Self.narrative, "&lt;img src=x"), (Self.fileName, "&lt;svg onload")]
                    where html.contains(escaped) {
                        seen.insert(payload)
                    }
                }
            }
            #expect(seen == [Self.name, Self.narrative, Self.fileName], "each payload appears, escaped, somewhere")
        }
    }
}
