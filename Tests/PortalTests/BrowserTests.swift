import Foundation
import Testing
import Writing

/// `juesuan serve` as a person meets it: the real executable on a free loopback port, pages
/// loaded and laid out by headless Chromium. A missing Chromium fails the test. Screenshots
/// are kept under `.build/artifacts/`.
@Suite(.serialized) struct BrowserTests {
    @Test func chromiumLoadsHomeDisclosureCompareAndLoginPages() throws {
        let chromium = try ChromiumPrinter()
        let server = try ServedPortal.start()
        defer { server.stop() }
        let artifacts = PortalFixture.packageRoot.appendingPathComponent(".build/artifacts")
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)

        let home = try chromium.dumpDOM(of: server.url.appendingPathComponent(""))
        #expect(home.contains("大同市市场监督管理局"))
        let link = try #require(home.range(of: #"/d/[^"]+/2024"#, options: .regularExpression).map { String(home[$0]) })

        let pages: [(name: String, path: String, figure: String)] = [
            ("home", "/", "大同市市场监督管理局"),
            ("disclosure", link, "5029.36"),
            ("compare", "/compare?year=2024", "3,864.28"),
            ("login", "/login", "编辑登录"),
        ]
        for page in pages {
            let url = try #require(URL(string: page.path, relativeTo: server.url))
            let dom = try chromium.dumpDOM(of: url)
            #expect(dom.contains(page.figure) || dom.contains(page.figure.replacingOccurrences(of: ",", with: "")), "\(page.name)")
            let shot = artifacts.appendingPathComponent("portal-\(page.name).png")
            try? FileManager.default.removeItem(at: shot)
            try Self.screenshot(chromium.executable, url: url, to: shot)
            #expect(FileManager.default.fileExists(atPath: shot.path), "\(page.name) screenshot")
        }
    }

    private static func screenshot(_ chromium: URL, url: URL, to file: URL) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-shot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(profile.path)", "--window-size=1280,1600", "--screenshot=\(file.path)", url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}

/// A `juesuan serve` child process on a free loopback port.
struct ServedPortal {
    let process: Process
    let url: URL
    /// A temporary folder of its own, removed when it stops.
    let folder: URL?

    /// Over a temporary store seeded with the seed document.
    static func start() throws -> ServedPortal {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-serve-\(UUID().uuidString)")
        let documents = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PortalFixture.seedDocument, to: documents.appendingPathComponent(PortalFixture.seedDocument.lastPathComponent))
        return try start(db: "sqlite:\(folder.appendingPathComponent("portal.sqlite").path)", documents: documents, folder: folder)
    }

    /// Over the store at `db`, seeded from `documents` if it is empty.
    static func start(db: String, documents: URL, folder: URL? = nil) throws -> ServedPortal {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = ["serve", "--db", db, "--port", "0", "--documents", documents.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The server prints its URL once it listens; read lines until then (or until it exits).
        var text = ""
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: #"http://[0-9.]+:[0-9]+/"#, options: .regularExpression), let url = URL(string: String(text[range])) {
                return ServedPortal(process: process, url: url, folder: folder)
            }
        }
        process.terminate()
        throw ServeError(output: text)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Runs `juesuan` with `arguments` and `input` on standard input; its standard output.
    static func juesuan(_ arguments: [String], input: String = "") throws -> String {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let output = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardInput = stdin
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ServeError(output: "juesuan \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(text)") }
        return text
    }

    /// `juesuan`, built beside the test bundle.
    private static func executable() throws -> URL {
        let directory = (Bundle.main.executableURL ?? Bundle.main.bundleURL).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()].map { $0.appendingPathComponent("juesuan") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw ServeError(output: "juesuan was not built beside the tests (looked in \(candidates.map(\.path)))")
        }
        return found
    }

    struct ServeError: Error, CustomStringConvertible {
        let output: String
        var description: String { "juesuan did not do as asked: \(output)" }
    }
}
