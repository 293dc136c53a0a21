import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Portal
import Store

/// The public pages, rendered from a store seeded with the seed document.
@Suite struct PageTests {
    @Test func homeListsTheSeedDepartmentAndYear() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("大同市市场监督管理局"))
                #expect(html.contains("/d/\(path)/2024"))
            }
            try await client.execute(uri: "/?q=%E5%A4%A7%E5%90%8C", method: .get) { response in
                #expect(String(buffer: response.body).contains("大同市市场监督管理局"))
            }
            try await client.execute(uri: "/?q=%E6%B2%A1%E6%9C%89", method: .get) { response in
                #expect(!String(buffer: response.body).contains("2024 年度决算"))
            }
        }
    }

    @Test func disclosurePageShowsRealFiguresChartsAndFindings() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        try await fixture.test { client in
            try await client.execute(uri: "/d/\(path)/2024", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("5029.36") || html.contains("5,029.36"))
                #expect(html.contains("<svg"))
                #expect(html.contains("id=\"findings\""))
                #expect(html.contains("/d/\(path)/2024.xlsx"))
            }
        }
    }

    /// With no staleness allowed, even a publication or a rollback made straight in the store
    /// (as by another process) shows at once, though pages are cached per version.
    @Test func disclosurePageFollowsEveryPublicationInTheStoreWhenNoStalenessIsAllowed() async throws {
        let fixture = try await PortalFixture.make(configuration: .init(publicationMaxAge: .zero))
        let path = fixture.path
        let store = fixture.store
        let published = try #require(try await store.publishedDisclosure(departmentCode: fixture.department.code, fiscalYear: 2024))
        let first = try #require(try await store.version(id: published.version.id))
        let upload = VersionUpload(department: fixture.department.id, fiscalYear: 2024,
                                   source: SourceFile(fileName: "second.txt", bytes: first.sourceBytes, reader: first.summary.reader),
                                   model: try first.model(), findings: [])
        try await fixture.test { client in
            func page() async throws -> String {
                try await client.execute(uri: "/d/\(path)/2024", method: .get) { String(buffer: $0.body) }
            }
            #expect(try await page().contains("第 1 版"))
            let second = try await store.addVersion(upload, actor: "test")
            #expect(try await page().contains("第 1 版"), "a draft is not shown")
            _ = try await store.publish(version: second, actor: "test", reason: nil)
            let published = try await page()
            #expect(published.contains("第 2 版") && published.contains("second.txt"))
            _ = try await store.publish(version: first.id, actor: "test", reason: "rollback")
            #expect(try await page().contains("第 1 版"), "a rollback shows at once")
        }
    }

    @Test func downloadsComeInEveryWriterFormat() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        try await fixture.test { client in
            for (suffix, type) in [(".html", "text/html"), (".xlsx", "application/vnd.openxmlformats"), (".md", "text/markdown"),
                                   (".json", "application/json"), ("/datapackage.zip", "application/zip")] {
                try await client.execute(uri: "/d/\(path)/2024\(suffix)", method: .get) { response in
                    #expect(response.status == .ok, "\(suffix)")
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true, "\(suffix)")
                    #expect(response.body.readableBytes > 1000, "\(suffix)")
                }
            }
            try await client.execute(uri: "/d/\(path)/2024.md", method: .get) { response in
                #expect(String(buffer: response.body).contains("5029.36") || String(buffer: response.body).contains("5,029.36"))
            }
            try await client.execute(uri: "/d/\(path)/2024.exe", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func compareQualityAndCityPagesShowClassTotals() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        try await fixture.test { client in
            for uri in ["/compare?year=2024", "/compare?department=\(path)&years=2024", "/city"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let html = String(buffer: response.body)
                    #expect(html.contains("3,864.28"), "\(uri)")
                    #expect(html.contains("201"), "\(uri)")
                }
            }
            try await client.execute(uri: "/compare", method: .get) { response in
                #expect(String(buffer: response.body).contains("/compare?year=2024"))
            }
            try await client.execute(uri: "/quality", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("大同市市场监督管理局"))
            }
        }
    }

    @Test func unknownPagesAndBadYearsAnswerPlainlyInChinese() async throws {
        let fixture = try await PortalFixture.make()
        let path = fixture.path
        try await fixture.test { client in
            for (uri, status) in [("/d/\(path)/1999", HTTPResponse.Status.notFound), ("/d/nobody/2024", .notFound),
                                  ("/d/\(path)/20x4", .badRequest), ("/compare?year=abc", .badRequest), ("/no/such/page", .notFound)] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    let html = String(buffer: response.body)
                    #expect(html.contains("返回首页"), "\(uri)")
                    #expect(!html.contains("/work/") && !html.contains("Error("), "\(uri)")
                }
            }
        }
    }
}
