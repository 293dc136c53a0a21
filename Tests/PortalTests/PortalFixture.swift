import Checking
import Classification
import Foundation
import Hummingbird
import HummingbirdTesting
import Reading
import Store
@testable import Portal

/// A portal over a fresh SQLite store in a temporary folder, seeded with the seed document
/// (大同市市场监督管理局 2024) the way `juesuan serve` seeds an empty store.
struct PortalFixture {
    let folder: URL
    let store: SQLDisclosureStore
    let portal: Portal
    let department: Department

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedDocument = packageRoot.appendingPathComponent("data/documents/datong-market-regulation-2024.txt")

    static func make() async throws -> PortalFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-portal-\(UUID().uuidString)")
        let documents = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: seedDocument, to: documents.appendingPathComponent(seedDocument.lastPathComponent))
        let store = try await SQLDisclosureStore.open(.sqlite(path: folder.appendingPathComponent("portal.sqlite").path))
        let reader = DisclosureReader(catalogue: try Catalogue.bundled())
        let checker = Checker(catalogue: RuleCatalogue(classification: reader.catalogue))
        _ = try await SeedLoader(reader: reader, checker: checker).loadIfEmpty(store, folder: documents.path)
        guard let department = try await store.departments().first else { throw FixtureError.notSeeded }
        return PortalFixture(folder: folder, store: store, portal: Portal(store: store, reader: reader, checker: checker), department: department)
    }

    /// Runs `body` against the portal's router, then closes the store and removes the folder.
    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try await Application(router: portal.router()).test(.router, body)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    /// The department code as it stands in a URL path.
    var path: String {
        department.code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? department.code
    }

    enum FixtureError: Error { case notSeeded }
}
