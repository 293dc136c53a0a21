import Disclosure
import Foundation

/// The words of a PDF and where they stand, through poppler's `pdftotext -tsv`, so that columns
/// can be told apart where blank cells print nothing (see `PDFLayout`).
public enum PDFText {
    static let install = "Debian/Ubuntu: apt-get install poppler-utils；macOS: brew install poppler"

    /// Extracts the lines of `data`, page by page, from a temporary copy for pdftotext to read.
    static func extract(_ data: Data, fileName: String, limits: ReadingLimits) throws -> SourceText {
        try inTemporaryDirectory { directory in
            let input = directory.appendingPathComponent("input.pdf")
            try data.write(to: input)
            return try extract(file: input, in: directory, fileName: fileName, limits: limits)
        }
    }

    /// Extracts the lines of the PDF at `file` as it is on disk (see `DisclosureReader.read(path:)`).
    static func extract(file: URL, fileName: String, limits: ReadingLimits) throws -> SourceText {
        try inTemporaryDirectory { directory in try extract(file: file, in: directory, fileName: fileName, limits: limits) }
    }

    /// A new directory for pdftotext's output, removed afterwards whatever happens.
    private static func inTemporaryDirectory<T>(_ work: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try work(directory)
    }

    /// pdftotext runs at most `limits.pdfTimeoutSeconds`, and its output is read only if it is
    /// not larger than four times `limits.maxInputBytes` (the TSV repeats each word's box, so it
    /// outgrows the text).
    private static func extract(file input: URL, in directory: URL, fileName: String, limits: ReadingLimits) throws -> SourceText {
        guard let tool = executable("pdftotext") else {
            throw ReadingError(file: fileName, reason: .missingTool(name: "pdftotext", install: install))
        }
        let output = directory.appendingPathComponent("output.txt")
        let errors = directory.appendingPathComponent("errors.txt")
        try Data().write(to: errors)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-tsv", "-enc", "UTF-8", input.path, output.path]
        // stderr goes to a file, not a pipe: a pipe must be drained while the program runs,
        // which would leave no way to stop it at the deadline.
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + .seconds(limits.pdfTimeoutSeconds)) == .timedOut {
            // SIGKILL, not terminate()'s SIGTERM, which the child may have inherited as ignored.
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw ReadingError(file: fileName, reason: .limitExceeded("pdftotext 超过 \(limits.pdfTimeoutSeconds) 秒仍未完成；可用 --timeout 调高"))
        }
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let reason = message.contains("password") || message.contains("Encrypted") || message.contains("encrypt")
                ? "PDF 已加密，无法提取文字" : "PDF 无法解析（文件可能已损坏或不完整）"
            throw ReadingError(file: fileName, reason: .other(reason))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        guard size <= 4 * limits.maxInputBytes else {
            throw ReadingError(file: fileName, reason: .limitExceeded("PDF 的文字层过大（\(ReadingLimits.megabytes(size))）；可用 --max-input-mb 调高"))
        }
        let words = PDFLayout.words(fromTSV: (try? String(contentsOf: output, encoding: .utf8)) ?? "")
        guard !words.isEmpty else {
            throw ReadingError(file: fileName, reason: .other("PDF 没有文字层（可能是扫描件），请先做文字识别"))
        }
        return PDFLayout.sourceText(words)
    }

    /// The program's path on `PATH`, if it is installed.
    public static func executable(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
