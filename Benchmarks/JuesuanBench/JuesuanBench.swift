import Authoring
import Checking
import Classification
import Disclosure
import Foundation
import Reading
import Store
import Writing

/// `swift run -c release juesuan-bench`: medians and spread of reading, checking, authoring and
/// rendering the bundled documents and of the store's insert and read, with ratios measured in
/// the same run (reading the PDF against `pdftotext` alone on the same file), and the peak memory
/// of one document's work in a fresh process.
@main
struct JuesuanBench {
    /// A bad `--postgres URL`, an unreachable server or a missing document ends with what went
    /// wrong and exit code 1, not a crash report.
    static func main() async {
        do {
            try await run()
        } catch {
            FileHandle.standardError.write(Data("juesuan-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    @MainActor
    static func run() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.contains("--help") || arguments.contains("-h") {
            print(usage)
            return
        }
        // `--only WORDS`: measure just the cases whose name contains WORDS, e.g. under `perf record`.
        func value(after option: String) -> String? {
            arguments.firstIndex(of: option).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        let only = value(after: "--only")
        let peakMemoryCase = value(after: "--peak-memory")
        let postgres = value(after: "--postgres")
        let root = URL(fileURLWithPath: arguments.first { !$0.hasPrefix("-") && ![only, peakMemoryCase, postgres].contains($0) } ?? FileManager.default.currentDirectoryPath)
        let documents = root.appendingPathComponent("data/documents")
        let seedName = "datong-market-regulation-2024.txt"
        let seedData = try Data(contentsOf: documents.appendingPathComponent(seedName))
        let pdfURL = documents.appendingPathComponent("putuo-finance-bureau-2024.pdf")
        let pdfData = try Data(contentsOf: pdfURL)
        let catalogue = try Catalogue.bundled()
        let reader = DisclosureReader(catalogue: catalogue)
        let checker = Checker(catalogue: RuleCatalogue(classification: catalogue))
        if let peakMemoryCase {
            // One document's whole job, then the process's peak resident size: what `juesuan check` needs.
            let disclosure = peakMemoryCase == "pdf" ? try reader.read(pdfData, fileName: "sample.pdf") : try reader.read(seedData, fileName: "seed.txt")
            _ = checker.check(disclosure)
            _ = DisclosureHTML.renderUTF8(disclosure)
            print(String(format: "%.1f", Usage.peakResidentMegabytes()))
            return
        }
        let seed = try reader.read(seedData, fileName: "seed.txt")
        let authoringInput = root.appendingPathComponent("Tests/AuthoringTests/Fixtures/seed-base.json")

        print("case".padding(toLength: 34, withPad: " ", startingAt: 0) + "   median       p10       p90  cpu med  (ms)")
        var results: [Measurement] = []
        func measure(_ name: String, iterations: Int = 30, _ work: () async throws -> Void) async throws {
            if let only, !name.contains(only) { return }
            let measurement = try await Measurement.of(name, iterations: iterations, work)
            print(measurement.line)
            results.append(measurement)
        }
        try await measure("catalogue: load bundled") { _ = try Catalogue.bundled() }
        try await measure("read: seed text") { _ = try reader.read(seedData, fileName: "seed.txt") }
        try await measure("check: seed (model in memory)") { _ = checker.check(seed) }
        try await measure("read+check+render HTML: seed") {
            let disclosure = try reader.read(seedData, fileName: "seed.txt")
            _ = checker.check(disclosure)
            _ = DisclosureHTML.renderUTF8(disclosure)
        }
        // The page's bytes, as `juesuan render` writes them.
        try await measure("render: seed HTML") { _ = DisclosureHTML.renderUTF8(seed) }
        try await measure("render: seed XLSX") { _ = try DisclosureWorkbook.data(seed) }
        if FileManager.default.fileExists(atPath: authoringInput.path) {
            let authoring = AuthoringFile(catalogue: catalogue)
            try await measure("author: seed base figures") { _ = try authoring.disclosure(path: authoringInput.path) }
        }
        try await measure("pdftotext -tsv: sample PDF", iterations: 15) { try pdftotext(pdfURL) }
        try await measure("read: sample PDF", iterations: 15) { _ = try reader.read(pdfData, fileName: "sample.pdf") }
        try await measure("read+check: sample PDF", iterations: 15) { _ = checker.check(try reader.read(pdfData, fileName: "sample.pdf")) }
        // The other texts print their tables with spaces instead of tabs (pdfplumber's).
        let bundled = try FileManager.default.contentsOfDirectory(atPath: documents.path).sorted()
            .map { name in (name, try Data(contentsOf: documents.appendingPathComponent(name))) }
        let spaced = bundled.filter { $0.0.hasSuffix(".txt") && $0.0 != seedName }
        try await measure("read: spaced texts") { for (name, data) in spaced { _ = try reader.read(data, fileName: name) } }
        // Most of a bulk run's documents are texts like these; the culture text has a hundred findings.
        let spacedModels = try spaced.map { try reader.read($0.1, fileName: $0.0) }
        try await measure("check: spaced texts (models in memory)") { for model in spacedModels { _ = checker.check(model) } }
        try await measure("read: every bundled document", iterations: 15) { for (name, data) in bundled { _ = try reader.read(data, fileName: name) } }

        // The store: SQLite, the default, in a scratch folder; PostgreSQL in a schema of its own
        // when `--postgres URL` names a server (`scripts/postgres.sh` starts one and prints its URL).
        let storeCases = StoreCases(source: SourceFile(fileName: seedName, bytes: seedData, reader: seed.provenance.reader),
                                    model: seed, findings: checker.check(seed).findings)
        func wanted(_ backend: String) -> Bool { only.map { only in StoreCases.names(backend: backend).contains { $0.contains(only) } } ?? true }
        if wanted("SQLite") {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try await storeCases.measure(at: .sqlite(path: folder.appendingPathComponent("bench.sqlite").path), backend: "SQLite") { try await measure($0, $1) }
        }
        if let postgres, wanted("PostgreSQL") {
            var location = try PostgresLocation(url: postgres)
            let schema = try PostgresSchemaName("bench_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))
            location.schema = schema
            do {
                try await storeCases.measure(at: .postgres(location), backend: "PostgreSQL") { try await measure($0, $1) }
            } catch {
                try? await StoreCases.drop(schema, at: location)
                throw error
            }
            try await StoreCases.drop(schema, at: location)
        }

        func result(_ name: String) -> Measurement? { results.first { $0.name == name } }
        if let tool = result("pdftotext -tsv: sample PDF"), let read = result("read: sample PDF"), let both = result("read+check: sample PDF") {
            print(String(format: "\nratio read PDF ÷ pdftotext alone: %.2f; read+check PDF ÷ pdftotext alone: %.2f", read.median / tool.median, both.median / tool.median))
            print(String(format: "same ratios in CPU time (pdftotext's included): %.2f; %.2f", read.cpuMedian / tool.cpuMedian, both.cpuMedian / tool.cpuMedian))
        }
        if only == nil {
            print("")
            for (name, argument) in [("read+check+render HTML: seed", "seed"), ("read+check+render HTML: sample PDF", "pdf")] {
                let megabytes = try peakMemory(of: argument, root: root)
                print("peak memory, fresh process, " + name + ": " + megabytes + " MB" + (argument == "pdf" ? " (pdftotext not counted)" : ""))
            }
        }
    }

    /// Runs this program again with `--peak-memory`, so that the figure is one document's and not
    /// the whole benchmark's.
    static func peakMemory(of document: String, root: URL) throws -> String {
        let process = Process()
        process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = [root.path, "--peak-memory", document]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let usage = """
        usage: juesuan-bench [PACKAGE-ROOT] [--only WORDS] [--postgres URL]

        Times reading, checking, rendering and authoring the bundled documents (release build:
        swift build -c release --product juesuan-bench) and prints each case's median and spread
        of wall-clock time, and its median CPU time (this process and the programs it ran), which
        waiting for a core on a shared machine does not inflate. A document's pieces run on all
        cores at once, so its CPU time can exceed its wall time. Then the peak memory of reading,
        checking and rendering one document, each in a fresh process.
        PACKAGE-ROOT holds data/documents (default: the current directory).
        --only WORDS          measures only the cases whose name contains WORDS (no memory figures).
        --postgres URL        also times the store's insert and read on this PostgreSQL server, in a
                              schema of its own that is dropped afterwards (SQLite is always timed).
        --peak-memory seed|pdf  does that one document's work once and prints the peak resident MB.
        """

    /// `pdftotext -tsv` alone, run as the reader runs it but to the null device: what reading a
    /// PDF cannot beat. Its end is awaited as the reader awaits it, by the termination handler:
    /// `waitUntilExit` looks every 50 ms, and made a PDF that poppler reads in 75 ms take 100.
    static func pdftotext(_ url: URL) throws {
        guard let tool = PDFText.executable("pdftotext") else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-tsv", "-enc", "UTF-8", url.path, "/dev/null"]
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        finished.wait()
    }
}
