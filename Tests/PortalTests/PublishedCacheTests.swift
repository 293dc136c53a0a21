import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Synchronization
import Testing
@testable import Portal

/// The public routes answer from memory (`PublishedIndex`, `RenderCache`) and still follow every
/// publication: at once when it is made through the portal, within `publicationMaxAge` when another
/// process makes it; a draft never shows.
@Suite struct PublishedCacheTests {
    /// What the page, the JSON download and the API read say is published: the version's number
    /// on the page, the source's SHA-256 in the model, the version's id.
    struct Seen: Equatable {
        let pageNumber: Int?
        let downloadSHA256: String
        let apiVersion: Int
    }

    static func look(_ client: some TestClientProtocol, _ path: String, year: Int = 2024) async throws -> Seen {
        let page = try await client.execute(uri: "/d/\(path)/\(year)", method: .get) { String(buffer: $0.body) }
        let number = (1...50).first { page.contains("第 \($0) 版") }
        let model = try await client.execute(uri: "/d/\(path)/\(year).json", method: .get) { Data($0.body.readableBytesView) }
        let provenance = try #require((try JSONSerialization.jsonObject(with: model) as? [String: Any])?["provenance"] as? [String: Any])
        let api = try await client.execute(uri: "/api/v1/disclosures/\(path)/\(year)", method: .get) { Data($0.body.readableBytesView) }
        let version = try #require((try JSONSerialization.jsonObject(with: api) as? [String: Any])?["version"] as? [String: Any])
        return Seen(pageNumber: number, downloadSHA256: try #require(provenance["sha256"] as? String), apiVersion: try #require(version["id"] as? Int))
    }

    static func seen(_ version: VersionSummary) -> Seen {
        Seen(pageNumber: version.number, downloadSHA256: version.sourceSHA256, apiVersion: Int(version.id.rawValue))
    }

    /// The version an upload answered with.
    static func version(_ response: TestResponse) throws -> VersionSummary {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(VersionSummary.self, from: Data(response.body.readableBytesView))
    }

    /// The seed document with a line of its own, so its version has a SHA-256 of its own.
    static func upload(_ marker: String) -> ByteBuffer {
        ByteBuffer(bytes: WebClient.seedBytes + Data("\n\(marker)\n".utf8))
    }

    @Test(arguments: Backend.allCases)
    func publicationThroughThePortalShowsAtOnceAndADraftNever(_ backend: Backend) async throws {
        // An hour: only the portal's own invalidation can make a publication show.
        let fixture = try await PortalFixture.make(backend, configuration: .init(publicationMaxAge: .seconds(3600)))
        let token = try #require(try await WebClient.account(fixture, .admin))
        let path = fixture.path
        let first = try #require(try await fixture.store.publishedDisclosures().first).version
        let bearer: HTTPFields = [.authorization: "Bearer \(token)"]
        try await fixture.test { client in
            #expect(try await Self.look(client, path) == Self.seen(first))
            let draft = try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions?name=second.txt", method: .post,
                                                 headers: bearer, body: Self.upload("第二版")) { response in
                #expect(response.status == .created)
                return try Self.version(response)
            }
            #expect(try await Self.look(client, path) == Self.seen(first), "a draft never shows")
            for version in [draft, first] {
                try await client.execute(uri: "/api/v1/versions/\(version.id)/publish", method: .post, headers: bearer,
                                         body: ByteBuffer(string: #"{"reason":"测试"}"#)) { response in
                    #expect(response.status == .ok)
                }
                let published = try #require(try await fixture.store.version(id: version.id)).summary
                #expect(try await Self.look(client, path) == Self.seen(published), "version \(version.number) shows at once")
            }
        }
    }

    @Test(arguments: Backend.allCases)
    func publicationByAnotherProcessShowsWithinTheMaxAge(_ backend: Backend) async throws {
        let maxAge = Duration.milliseconds(300)
        let fixture = try await PortalFixture.make(backend, configuration: .init(publicationMaxAge: maxAge))
        let path = fixture.path
        let first = try #require(try await fixture.store.publishedDisclosures().first).version
        try await fixture.test { client in
            #expect(try await Self.look(client, path) == Self.seen(first))
            // Straight into the store, as a second portal or a script on the same database would.
            let second = try await WebClient.draft(fixture)
            _ = try await fixture.store.publish(version: second.id, actor: "test", reason: "测试")
            try await Task.sleep(for: maxAge + .milliseconds(100))
            let published = try #require(try await fixture.store.version(id: second.id)).summary
            #expect(try await Self.look(client, path) == Self.seen(published))
            // A disclosure the portal has not seen published is asked of the store: it shows at once.
            let next = try await WebClient.draft(fixture, year: 2025)
            _ = try await fixture.store.publish(version: next.id, actor: "test", reason: "测试")
            #expect(try await Self.look(client, path, year: 2025) == Self.seen(try #require(try await fixture.store.version(id: next.id)).summary))
        }
    }

    @Test func aBrowserThatHasTheBytesGetsNotModified() async throws {
        let fixture = try await PortalFixture.make()
        let token = try #require(try await WebClient.account(fixture, .admin))
        let path = fixture.path
        try await fixture.test { client in
            for uri in ["/d/\(path)/2024", "/d/\(path)/2024.xlsx", "/api/v1/disclosures/\(path)/2024", "/api/v1/disclosures/\(path)/2024/tables"] {
                let tag = try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.headers[.cacheControl] == "no-cache", "\(uri)")
                    return try #require(response.headers[.eTag], "\(uri)")
                }
                try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: "\"other\", W/\(tag)"]) { response in
                    #expect(response.status == .notModified, "\(uri)")
                    #expect(response.body.readableBytes == 0)
                }
            }
            let tag = try await client.execute(uri: "/d/\(path)/2024", method: .get) { try #require($0.headers[.eTag]) }
            let id = try await client.execute(uri: "/api/v1/disclosures/\(path)/2024/versions?name=second.txt", method: .post,
                                              headers: [.authorization: "Bearer \(token)"], body: Self.upload("第二版")) { response in
                try Self.version(response).id
            }
            try await client.execute(uri: "/api/v1/versions/\(id)/publish", method: .post, headers: [.authorization: "Bearer \(token)"],
                                     body: ByteBuffer(string: #"{"reason":"测试"}"#)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/d/\(path)/2024", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .ok, "a new publication is a new entity")
                #expect(response.headers[.eTag] != tag)
            }
        }
    }
}

/// The cache itself: bounded by bytes, superseded versions dropped first, one rendering per miss.
@Suite struct RenderCacheTests {
    /// How many times a rendering ran.
    final class Count: Sendable {
        private let count = Mutex(0)
        func add() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    static func rendering(_ size: Int) -> Rendered {
        Rendered(headers: [.contentType: "text/plain"], body: ByteBuffer(repeating: UInt8(ascii: "x"), count: size))
    }

    @Test func keepsNoMoreBytesThanItsCapacityDroppingTheLeastRecentlyUsed() async throws {
        let cache = RenderCache(capacity: 10_000)
        for department in 1...5 {
            _ = try await cache.rendered(.page, of: VersionID(Int64(department)), department: DepartmentID(Int64(department)), fiscalYear: 2024) {
                Self.rendering(3000)
            }
            #expect(cache.bytes <= 10_000)
        }
        #expect(cache.bytes == 9000)
        let renders = Count()
        // The three most recent are kept; the first two were dropped.
        for department in [5, 4, 3, 1] {
            _ = try await cache.rendered(.page, of: VersionID(Int64(department)), department: DepartmentID(Int64(department)), fiscalYear: 2024) {
                renders.add()
                return Self.rendering(3000)
            }
        }
        #expect(renders.value == 1)
        // Larger than the whole capacity: served, not kept.
        let large = try await cache.rendered(.tablesJSON, of: VersionID(9), department: DepartmentID(9), fiscalYear: 2024) { Self.rendering(20_000) }
        #expect(large.body.readableBytes == 20_000)
        #expect(cache.bytes <= 10_000)
    }

    @Test func aNewVersionDropsTheRenderingsOfTheOneItReplaces() async throws {
        let cache = RenderCache(capacity: 1_000_000)
        let department = DepartmentID(1)
        for rendering in [RenderCache.Rendering.page, .download(.xlsx), .disclosureJSON] {
            _ = try await cache.rendered(rendering, of: VersionID(1), department: department, fiscalYear: 2024) { Self.rendering(1000) }
        }
        _ = try await cache.rendered(.page, of: VersionID(7), department: DepartmentID(2), fiscalYear: 2024) { Self.rendering(500) }
        #expect(cache.bytes == 3500)
        _ = try await cache.rendered(.page, of: VersionID(2), department: department, fiscalYear: 2024) { Self.rendering(2000) }
        #expect(cache.bytes == 2500, "version 1's three renderings are gone, the other disclosure's page stays")
    }

    @Test func requestsThatMissAtOnceRenderOnce() async throws {
        let cache = RenderCache(capacity: 1_000_000)
        let renders = Count()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    try await cache.rendered(.page, of: VersionID(1), department: DepartmentID(1), fiscalYear: 2024) {
                        renders.add()
                        try await Task.sleep(for: .milliseconds(50))
                        return Self.rendering(100)
                    }.body.readableBytes
                }
            }
            for try await size in group { #expect(size == 100) }
        }
        #expect(renders.value == 1)
    }

    @Test func aFailedRenderingIsNotKept() async throws {
        struct Failure: Error {}
        let cache = RenderCache(capacity: 1_000_000)
        await #expect(throws: Failure.self) {
            try await cache.rendered(.page, of: VersionID(1), department: DepartmentID(1), fiscalYear: 2024) { throw Failure() }
        }
        let page = try await cache.rendered(.page, of: VersionID(1), department: DepartmentID(1), fiscalYear: 2024) { Self.rendering(10) }
        #expect(page.body.readableBytes == 10)
    }
}
