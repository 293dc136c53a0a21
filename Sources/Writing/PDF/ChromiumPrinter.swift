import Foundation

/// Prints HTML to PDF with headless Chromium, the real tool for the job: juesuan's HTML is
/// written for Chromium's print layout (A4, a page per table, landscape pages for wide tables).
/// Chromium is found on the PATH at run time; without it the error says how to install it.
public struct ChromiumPrinter: Sendable {
    /// Executable names tried in order.
    public static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public let executable: URL
    /// How long one run may take before it is stopped and reported: a browser that hangs must
    /// not hold `juesuan render` or a portal download forever. Printing the seed's 87 pages
    /// takes about five seconds.
    public var timeoutSeconds = 120

    /// The Chromium at `executable`.
    public init(executable: URL) {
        self.executable = executable
    }

    /// The first Chromium on the PATH.
    public init() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in ChromiumPrinter.candidates {
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    executable = candidate
                    return
                }
            }
        }
        throw ChromiumError.notFound
    }

    /// Prints `html` to PDF bytes.
    public func pdf(fromHTML html: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("disclosure.html")
        let output = folder.appendingPathComponent("disclosure.pdf")
        try Data(html.utf8).write(to: page)
        try run(["--print-to-pdf=\(output.path)", "--no-pdf-header-footer", page.absoluteString], profile: folder)
        guard let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
            throw ChromiumError.noOutput
        }
        return data
    }

    /// The DOM of `page` after Chromium has loaded and laid it out: proof that the page renders.
    public func dumpDOM(of page: URL) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-dom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return String(decoding: try run(["--dump-dom", page.absoluteString], profile: folder), as: UTF8.self)
    }

    /// Runs Chromium headless with a throw-away profile in `folder`; its standard output. Its end
    /// is awaited by the termination handler, with the deadline: `waitUntilExit` looks only
    /// every 50 ms and never gives up.
    @discardableResult
    private func run(_ arguments: [String], profile folder: URL) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--disable-extensions", "--user-data-dir=\(folder.appendingPathComponent("profile").path)"] + arguments
        // Standard output goes to a file, not a pipe: a pipe must be drained while the program
        // runs, which would leave no way to stop it at the deadline.
        let outputFile = folder.appendingPathComponent("stdout")
        try Data().write(to: outputFile)
        let output = try FileHandle(forWritingTo: outputFile)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            // The browser's renderers are its children: where it leads a process group, the
            // whole group goes.
            let id = process.processIdentifier
            kill(getpgid(id) == id ? -id : id, SIGKILL)
            finished.wait()
            throw ChromiumError.timedOut(seconds: timeoutSeconds)
        }
        guard process.terminationStatus == 0 else { throw ChromiumError.failed(status: process.terminationStatus) }
        return try Data(contentsOf: outputFile)
    }
}

public enum ChromiumError: Error, CustomStringConvertible {
    case notFound
    case failed(status: Int32)
    case timedOut(seconds: Int)
    case noOutput

    public var description: String {
        switch self {
        case .notFound:
            "未找到 Chromium，无法生成 PDF。请安装：sudo apt-get install -y chromium fonts-noto-cjk"
                + "（Chromium not found: install it with `apt-get install chromium fonts-noto-cjk`）"
        case .failed(let status): "Chromium 打印 PDF 失败（退出码 \(status)）(Chromium failed to print the PDF)"
        case .timedOut(let seconds): "Chromium 超过 \(seconds) 秒仍未完成，已停止 (Chromium did not finish in \(seconds) s and was stopped)"
        case .noOutput: "Chromium 未生成 PDF 文件 (Chromium wrote no PDF)"
        }
    }
}
