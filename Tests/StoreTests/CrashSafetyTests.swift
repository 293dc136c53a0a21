import Foundation
import Testing
@testable import Store

/// Issue 9's crash safety, on the store: a writer process is killed with SIGKILL at random
/// moments; after each kill the store is reopened and must hold every acknowledged version
/// whole, no partial version, and exactly one audit entry per version.
@Suite("Crash safety")
struct CrashSafetyTests {
    static let kills = 20

    @Test("versions acknowledged before a SIGKILL are intact; nothing partial is visible", arguments: Backend.allCases)
    func killedWriter(backend: Backend) async throws {
        let writer = try Self.writerExecutable()
        let place = try TestPlace(backend)
        let setup = try await place.open()
        let department = try await setup.createDepartment(code: "990", name: "崩溃测试局", actor: "admin")
        try await setup.close()

        var acknowledged: [VersionID: String] = [:]
        var published: Set<VersionID> = []
        var generator = SystemRandomNumberGenerator()
        // On PostgreSQL the writer's sessions are named, so that the check can wait for the server
        // to finish what the dead writer sent (a COMMIT may still be in flight when it dies).
        let writerName = "crash_writer_\(UUID().uuidString.prefix(8).lowercased())"
        let writerLocation = backend == .postgres ? place.location + "&application_name=" + writerName : place.location
        for kill in 0..<Self.kills {
            // Some kills land before the writer is ready, most while it writes; every fourth waits
            // for a first acknowledgement, so that a loaded machine still tests committed versions.
            let output = try Self.runAndKill(writer, location: writerLocation, department: department.id,
                                             waitFor: kill % 5 == 0 ? nil : kill % 4 == 1 ? "ACK" : "READY", generator: &generator)
            for line in output.split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.count == 3, fields[0] == "ACK", let id = Int64(fields[1]) {
                    acknowledged[VersionID(id)] = String(fields[2])
                } else if fields.count == 2, fields[0] == "PUB", let id = Int64(fields[1]) {
                    published.insert(VersionID(id))
                }
            }
            let store = try await place.open()
            if backend == .postgres {
                try await Self.waitForSessionsToEnd(named: writerName, in: store)
            }
            try await Self.verify(store, department: department.id, acknowledged: acknowledged, published: published, kills: kill + 1)
            try await store.close()
        }
        #expect(acknowledged.count >= Self.kills / 4, "every run that waited for an acknowledgement has at least one")
        print("crash safety on \(backend): \(Self.kills) kills, \(acknowledged.count) acknowledged versions, \(published.count) acknowledged publications, all intact")
        try await place.remove()
    }

    /// Starts the writer, waits for `mark` in its output if given, lets it run for a random while,
    /// kills it with SIGKILL and returns what it printed.
    private static func runAndKill(_ writer: URL, location: String, department: DepartmentID, waitFor mark: String?,
                                   generator: inout SystemRandomNumberGenerator) throws -> String {
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("crash-writer-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let output = try FileHandle(forWritingTo: outputURL)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = writer
        process.arguments = [location, String(department.rawValue)]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let mark {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, process.isRunning, try !String(contentsOf: outputURL, encoding: .utf8).contains(mark) {
                usleep(5_000)
            }
        }
        usleep(UInt32.random(in: 10_000...250_000, using: &generator))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return try String(contentsOf: outputURL, encoding: .utf8)
    }

    private static func verify(_ store: SQLDisclosureStore, department: DepartmentID, acknowledged: [VersionID: String],
                               published: Set<VersionID>, kills: Int) async throws {
        let versions = try await store.versions(department: department, fiscalYear: 2024)
        let ids = Set(versions.map(\.id))
        // Every acknowledged version is there; at most one per kill was committed but not yet acknowledged.
        #expect(Set(acknowledged.keys).isSubset(of: ids))
        #expect(ids.count - acknowledged.count <= kills)
        #expect(versions.map(\.number) == Array(1..<(versions.count + 1)), "a rolled-back upload takes no number")
        for summary in versions {
            // No partial version: each visible version reads whole and checks out.
            let version = try #require(try await store.version(id: summary.id), "version \(summary.id) listed but not readable")
            #expect(version.summary.sourceSHA256 == SourceFile(fileName: "", bytes: version.sourceBytes, reader: "").sha256)
            if let sha256 = acknowledged[summary.id] {
                #expect(version.summary.sourceSHA256 == sha256)
            }
            let model = try version.model()
            #expect(model.provenance.sha256 == version.summary.sourceSHA256)
            #expect(try version.findings().isEmpty)
        }
        let totals = try await store.backend.read("SELECT COUNT(*) FROM version_expenditure_totals", [])
        #expect(try totals.first?.integer(0) == Int64(versions.count))
        let log = try await store.auditLog(.all)
        let added = log.filter { $0.action == .addVersion }.compactMap(\.version)
        #expect(added.count == ids.count && Set(added) == ids, "one add-version entry per version")
        let publications = try await store.publications(department: department, fiscalYear: 2024)
        #expect(Set(publications.map(\.version)).isSuperset(of: published))
        #expect(log.filter { $0.action == .publish }.count == publications.count, "one publish entry per publication")
    }

    private static func waitForSessionsToEnd(named name: String, in store: SQLDisclosureStore) async throws {
        for _ in 0..<500 {
            let sessions = try await store.backend.read("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?", [.text(name)])
            if try sessions.first?.integer(0) == 0 { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the killed writer's PostgreSQL sessions did not end within 10 s")
    }

    /// The `store-crash-writer` built beside the test bundle.
    private static func writerExecutable() throws -> URL {
        // On Linux the tests run as `.build/debug/juesuanPackageTests.xctest`; on macOS inside that bundle.
        let directory = (Bundle.main.executableURL ?? Bundle.main.bundleURL).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()].map { $0.appendingPathComponent("store-crash-writer") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw TestSetupError(message: "store-crash-writer was not built beside the tests (looked in \(candidates.map(\.path))); run swift build first")
        }
        return found
    }
}
