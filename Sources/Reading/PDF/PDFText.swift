import Disclosure
import Foundation

/// The words of a PDF and where they stand, through poppler's `pdftotext -tsv`, so that columns
/// can be told apart where blank cells print nothing (see `PDFLayout`).
enum PDFText {
    static let install = "Debian/Ubuntu: apt-get install poppler-utils；macOS: brew install poppler"

    /// Extracts the lines of `data`, page by page.
    static func extract(_ data: Data, fileName: String) throws -> SourceText {
        guard let tool = executable("pdftotext") else {
            throw ReadingError(file: fileName, reason: .missingTool(name: "pdftotext", install: install))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("input.pdf")
        let output = directory.appendingPathComponent("output.txt")
        try data.write(to: input)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-tsv", "-enc", "UTF-8", input.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.contains("password") || message.contains("Encrypted") || message.contains("encrypt")
                ? "PDF 已加密，无法提取文字" : "PDF 无法解析（文件可能已损坏或不完整）"
            throw ReadingError(file: fileName, reason: .other(reason))
        }
        let words = PDFLayout.words(fromTSV: (try? String(contentsOf: output, encoding: .utf8)) ?? "")
        guard !words.isEmpty else {
            throw ReadingError(file: fileName, reason: .other("PDF 没有文字层（可能是扫描件），请先做文字识别"))
        }
        return PDFLayout.sourceText(words)
    }

    /// The program's path on `PATH`, if it is installed.
    static func executable(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
