import Foundation
import PostgresNIO
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import Store

/// Issue 9's crash safety, end to end: the real `juesuan serve` takes uploads and publications over
/// HTTP from an API token made with `juesuan admin`, and is killed with SIGKILL at random moments,
/// 50 times per database. After each kill the store must hold every acknowledged (2xx) version
/// whole with the sha256 of the bytes sent, nothing partial, every acknowledged publication, and
/// one audit entry per change; after each restart the API must show the acknowledged publications
/// with the same sha256 and no draft.
@Suite("Server crash safety", .serialized)
struct ServerCrashTests {
    static let kills = 50
    /// The fiscal year of the document the server is seeded with and the client uploads.
    static let year = 2025
    static let document = PortalFixture.packageRoot.appendingPathComponent("data/documents/putuo-ecology-bureau-2025.txt")

    @Test("acknowledged uploads and publications survive SIGKILL of juesuan serve", arguments: CrashBackend.allCases)
    func killedServer(backend: CrashBackend) async throws {
        let place = try CrashPlace(backend)
        let token = try place.adminToken()
        var generator = SystemRandomNumberGenerator()
        var record = Acknowledged()
        var department: (code: String, id: DepartmentID)?
        var server = try ServedPortal.start(db: place.serverLocation, documents: place.documents)
        for round in 0..<Self.kills {
            let client = CrashClient(base: server.url, token: token)
            if department == nil {
                department = try await client.seededDepartment(in: place)
            }
            guard let department else { return }
            if record.current.isEmpty {
                let seeded = try await client.currentVersion(department: department.code)
                record.current = [seeded]
                record.mayBePublished = [seeded]
            }
            try await client.verifyPublicView(department: department.code, record: record)
            // Let the client write until the server dies, at a random moment up to 1.5 s from now.
            let delay = UInt64.random(in: 20...1_500, using: &generator)
            let victim = server.process.processIdentifier
            let killer = Task {
                try await Task.sleep(for: .milliseconds(delay))
                kill(victim, SIGKILL)
            }
            let bytes = try Data(contentsOf: Self.document)
            await client.write(department: department.code, document: bytes, round: round, into: &record)
            try await killer.value
            server.process.waitUntilExit()

            let store = try await place.open(afterKill: true)
            try await Self.verify(store, department: department.id, record: record, kills: round + 1)
            try await store.close()
            server = try ServedPortal.start(db: place.serverLocation, documents: place.documents)
        }
        let client = CrashClient(base: server.url, token: token)
        if let department { try await client.verifyPublicView(department: department.code, record: record) }
        server.stop()
        place.removeFolder()
        #expect(record.versions.count >= Self.kills / 2, "the client should have had most runs acknowledge an upload")
        #expect(record.publications.count >= Self.kills / 4)
        print("server crash safety on \(backend): \(Self.kills) kills, \(record.versions.count) acknowledged uploads, \(record.publications.count) acknowledged publications, all intact")
        try await place.remove()
    }

    /// What the store holds after a kill, read directly (drafts and the audit log are not public).
    private static func verify(_ store: SQLDisclosureStore, department: DepartmentID, record: Acknowledged, kills: Int) async throws {
        let versions = try await store.versions(department: department, fiscalYear: year)
        let ids = Set(versions.map(\.id))
        let acknowledged = Set(record.versions.keys)
        #expect(acknowledged.isSubset(of: ids), "acknowledged versions lost: \(acknowledged.subtracting(ids).sorted())")
        // The seed's version, the acknowledged ones, and at most one per kill whose reply never came.
        #expect(ids.count - 1 - acknowledged.count <= kills)
        #expect(versions.map(\.number) == Array(1..<(versions.count + 1)), "a rolled-back upload takes no number")
        for summary in versions {
            let version = try #require(try await store.version(id: summary.id), "version \(summary.id) listed but not readable")
            #expect(version.summary.sourceSHA256 == SourceFile(fileName: "", bytes: version.sourceBytes, reader: "").sha256, "version \(summary.id) is partial")
            if let sha256 = record.versions[summary.id] {
                #expect(version.summary.sourceSHA256 == sha256, "version \(summary.id) is not the bytes acknowledged")
            }
            #expect(try version.model().provenance.sha256 == version.summary.sourceSHA256)
        }
        let publications = try await store.publications(department: department, fiscalYear: year)
        let publicationIDs = Set(publications.map(\.id))
        #expect(Set(record.publications.keys).isSubset(of: publicationIDs), "acknowledged publications lost")
        for publication in publications {
            if let version = record.publications[publication.id] { #expect(publication.version == version) }
        }
        #expect(publications.count - 1 - record.publications.count <= kills)
        let log = try await store.auditLog(.department(department))
        let added = log.filter { $0.action == .addVersion }.compactMap(\.version)
        #expect(added.count == ids.count && Set(added) == ids, "one add-version entry per version")
        let published = log.filter { $0.action == .publish }.compactMap(\.version)
        #expect(published.sorted() == publications.map(\.version).sorted(), "one publish entry per publication")
    }
}

/// What the client was told succeeded: version id → sha256 sent, publication id → version; and
/// what may have happened without a reply (a publish request in flight when the server died).
struct Acknowledged {
    var versions: [VersionID: String] = [:]
    var publications: [Int64: VersionID] = [:]
    /// The versions the public may see as current: the last acknowledged publication's, and any
    /// whose publish request was sent since without a reply.
    var current: Set<VersionID> = []
    /// Versions the public may list: the seed's, the acknowledged publications', and those whose
    /// publish request got no reply.
    var mayBePublished: Set<VersionID> = []
}

/// The HTTP side: uploads and publications with the admin's token, and the public reads.
struct CrashClient {
    let base: URL
    let token: String
    let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        return URLSession(configuration: configuration)
    }()

    struct VersionBody: Decodable {
        let id: Int64
        let sourceSHA256: String
    }

    struct PublicationBody: Decodable {
        let id: Int64
        let version: Int64
    }

    struct DisclosureBody: Decodable {
        struct Department: Decodable { let code: String }
        let department: Department
        let version: VersionBody
    }

    func seededDepartment(in place: CrashPlace) async throws -> (code: String, id: DepartmentID) {
        let (data, status) = try await request("api/v1/disclosures")
        #expect(status == 200)
        let disclosures = try JSONDecoder().decode([DisclosureBody].self, from: data)
        let code = try #require(disclosures.first?.department.code, "the server was not seeded")
        let store = try await place.open(afterKill: false)
        let department = try await store.department(code: code)
        try await store.close()
        // Codes may be Chinese: the path carries them percent-encoded.
        return (try #require(code.addingPercentEncoding(withAllowedCharacters: .alphanumerics)), try #require(department?.id))
    }

    /// Uploads a copy of `document` with a unique last line, publishes two uploads in three (with a
    /// reason: the admin may publish despite errors), until a request fails because the server died.
    func write(department code: String, document: Data, round: Int, into record: inout Acknowledged) async {
        var step = 0
        while true {
            step += 1
            let bytes = document + Data("\n崩溃测试 \(round)-\(step)-\(UUID().uuidString)\n".utf8)
            guard let (data, status) = try? await request("api/v1/disclosures/\(code)/\(ServerCrashTests.year)/versions?name=crash-\(round)-\(step).txt",
                                                          method: "POST", body: bytes)
            else { return }
            guard status == 201, let version = try? JSONDecoder().decode(VersionBody.self, from: data) else {
                Issue.record("upload answered \(status): \(String(decoding: data, as: UTF8.self))")
                return
            }
            let sha256 = SourceFile(fileName: "", bytes: bytes, reader: "").sha256
            #expect(version.sourceSHA256 == sha256)
            record.versions[VersionID(version.id)] = sha256
            guard step % 3 != 0 else { continue }
            record.current.insert(VersionID(version.id))
            record.mayBePublished.insert(VersionID(version.id))
            guard let (reply, published) = try? await request("api/v1/versions/\(version.id)/publish", method: "POST",
                                                              body: Data(#"{"reason":"崩溃测试"}"#.utf8))
            else { return }
            guard published == 200, let publication = try? JSONDecoder().decode(PublicationBody.self, from: reply) else {
                Issue.record("publish answered \(published): \(String(decoding: reply, as: UTF8.self))")
                return
            }
            record.publications[publication.id] = VersionID(publication.version)
            record.current = [VersionID(publication.version)]
        }
    }

    func currentVersion(department code: String) async throws -> VersionID {
        let (body, status) = try await request("api/v1/disclosures/\(code)/\(ServerCrashTests.year)")
        #expect(status == 200)
        return VersionID(try JSONDecoder().decode(DisclosureBody.self, from: body).version.id)
    }

    /// After a restart: every acknowledged publication is listed with the sha256 sent, no draft is
    /// listed, and the public sees the last acknowledged publication (or one whose reply was lost).
    func verifyPublicView(department code: String, record: Acknowledged) async throws {
        let (data, status) = try await request("api/v1/disclosures/\(code)/\(ServerCrashTests.year)/versions")
        #expect(status == 200)
        let listed = try JSONDecoder().decode([VersionBody].self, from: data)
        let shas = Dictionary(listed.map { (VersionID($0.id), $0.sourceSHA256) }, uniquingKeysWith: { first, _ in first })
        for version in Set(record.publications.values) {
            #expect(shas[version] == record.versions[version], "published version \(version) not listed with its sha256")
        }
        for (id, sha) in shas {
            if let sent = record.versions[id] { #expect(sha == sent) }
        }
        let drafts = Set(shas.keys).subtracting(record.mayBePublished)
        #expect(drafts.isEmpty, "drafts listed as published: \(drafts.sorted())")
        let current = try await currentVersion(department: code)
        #expect(record.current.contains(current), "the public sees \(current), not the last acknowledged publication \(record.current.sorted())")
    }

    private func request(_ path: String, method: String = "GET", body: Data? = nil) async throws -> (Data, Int) {
        var request = URLRequest(url: try #require(URL(string: path, relativeTo: base)))
        request.httpMethod = method
        request.httpBody = body
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (data, response) = try await session.data(for: request)
        return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
    }
}

/// The two databases the server runs on in this test.
enum CrashBackend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// A fresh store for one run (a SQLite file in a temporary folder, or a PostgreSQL schema of its
/// own), the folder of documents the server seeds it with, and `juesuan admin` against it.
struct CrashPlace {
    let folder: URL
    let documents: URL
    /// What the test opens.
    let location: String
    /// What the server opens: on PostgreSQL under a session name of its own, so that the test can
    /// wait for the server to finish what a killed process sent (a COMMIT may still be in flight).
    let serverLocation: String
    let sessionName: String?
    let schema: String?

    init(_ backend: CrashBackend) throws {
        let unique = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-crash-\(unique)")
        documents = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ServerCrashTests.document, to: documents.appendingPathComponent(ServerCrashTests.document.lastPathComponent))
        switch backend {
        case .sqlite:
            location = "sqlite:" + folder.appendingPathComponent("portal.sqlite").path
            serverLocation = location
            sessionName = nil
            schema = nil
        case .postgres:
            guard let url = ProcessInfo.processInfo.environment["JUESUAN_TEST_POSTGRES"], !url.isEmpty else {
                throw CrashSetupError(message: "JUESUAN_TEST_POSTGRES is not set: scripts/postgres.sh starts a server and prints its URL; scripts/test.sh does both")
            }
            let schema = "crash_\(unique)"
            let session = "crash_serve_\(unique.prefix(8))"
            self.schema = schema
            sessionName = session
            location = url + (url.contains("?") ? "&" : "?") + "schema=" + schema
            serverLocation = location + "&application_name=" + session
        }
    }

    /// An admin account and its API token, made the way an operator makes them.
    func adminToken() throws -> String {
        _ = try ServedPortal.juesuan(["admin", "create-user", "crash-admin", "--role", "admin", "--db", location], input: "crash-test-password\n")
        let token = try ServedPortal.juesuan(["admin", "create-token", "crash-admin", "--db", location])
        return token.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The store; after a kill, once the killed server's PostgreSQL sessions have ended.
    func open(afterKill: Bool) async throws -> SQLDisclosureStore {
        let store = try await SQLDisclosureStore.open(try StoreLocation(parsing: location))
        guard afterKill, let sessionName else { return store }
        for _ in 0..<500 {
            let sessions = try await store.backend.read("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?", [.text(sessionName)])
            if try sessions.first?.integer(0) == 0 { return store }
            try await Task.sleep(for: .milliseconds(20))
        }
        try await store.close()
        throw CrashSetupError(message: "the killed server's PostgreSQL sessions did not end within 10 s")
    }

    func removeFolder() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Drops the PostgreSQL schema (the test database is shared by every run).
    func remove() async throws {
        guard let schema else { return }
        let store = try await SQLDisclosureStore.open(try StoreLocation(parsing: location))
        if let postgres = store.backend as? PostgresBackend {
            try await postgres.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \"\(schema)\" CASCADE"), logger: postgres.logger)
        }
        try await store.close()
    }
}

struct CrashSetupError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
