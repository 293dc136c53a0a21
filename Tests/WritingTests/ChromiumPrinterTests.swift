import Foundation
import Testing
import Writing

/// How `ChromiumPrinter` ends a run that goes wrong, with stand-ins for the browser: one that
/// hangs (with a child of its own, as Chromium's renderers are) and one that fails.
@Suite struct ChromiumPrinterTests {
    /// A shell script at a fresh path, made executable.
    private func standIn(_ body: String) throws -> (printer: ChromiumPrinter, folder: URL) {
        let folder = try WritingFixtures.scratchFolder("chromium")
        let script = folder.appendingPathComponent("chromium")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (ChromiumPrinter(executable: script), folder)
    }

    @Test func aBrowserThatHangsIsStoppedAtTheDeadlineWithItsChildren() throws {
        // The child writes its process id and sleeps; so does the browser.
        let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-chromium-child-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: pidFile) }
        var (printer, folder) = try standIn("sh -c 'echo $$ > \(pidFile.path); exec sleep 60' &\nsleep 60")
        defer { try? FileManager.default.removeItem(at: folder) }
        printer.timeoutSeconds = 1
        let start = Date()
        #expect {
            try printer.pdf(fromHTML: "<p>页</p>")
        } throws: { error in
            guard case ChromiumError.timedOut(seconds: 1) = error else { return false }
            return "\(error)".contains("超过 1 秒")
        }
        #expect(Date().timeIntervalSince(start) < 30, "the stand-in sleeps 60 s")
        let child = try #require(Int32(String(decoding: try Data(contentsOf: pidFile), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        // A killed child is gone or, until its parent's end is noticed, a zombie.
        let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?.split(separator: " ").dropFirst(2).first
        #expect(state == nil || state == "Z", "the hanging browser's child \(child) is still running")
    }

    @Test func aBrowserThatFailsSaysItsExitCode() throws {
        let (printer, folder) = try standIn("exit 3")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try printer.pdf(fromHTML: "<p>页</p>")
        } throws: { error in
            guard case ChromiumError.failed(status: 3) = error else { return false }
            return true
        }
    }
}
