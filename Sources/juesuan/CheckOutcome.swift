import ArgumentParser
import Checking
import Foundation
import Reading

/// What checking one file of a folder leaves behind once its model and findings are dropped:
/// the file's part of the report, a summary line and the counts the exit code needs.
struct CheckOutcome: Sendable {
    let file: URL
    let part: String?
    let line: String
    let failure: String?
    let hasErrors: Bool

    init(file: URL, report: CheckReport, stream: ReportStream?) throws {
        self.file = file
        part = try stream.map { try $0.part(report) }
        let year = report.fiscalYear.map { " \($0)年度" } ?? ""
        line = "\(report.hasErrors ? "✗" : "✓") \(file.lastPathComponent)：\(report.departmentName)\(year)，"
            + "错误 \(report.count(.error))，警告 \(report.count(.warning))，提示 \(report.count(.note))"
        failure = nil
        hasErrors = report.hasErrors
    }

    init(file: URL, failure error: any Error) {
        self.file = file
        part = nil
        // A reading error names its file itself.
        failure = error is ReadingError ? "\(error)" : "\(file.lastPathComponent)：\(error)"
        line = "✗ \(file.lastPathComponent)：无法读取"
        hasErrors = false
    }

    /// Counts over a folder, and its exit code: the worst over the files — 2 when any file
    /// cannot be read, else 1 when any has errors, else 0.
    struct Tally {
        private(set) var parts = 0
        private var clean = 0
        private var withErrors = 0
        private var unreadable = 0

        mutating func add(_ outcome: CheckOutcome) {
            if outcome.part != nil { parts += 1 }
            if outcome.failure != nil {
                unreadable += 1
            } else if outcome.hasErrors {
                withErrors += 1
            } else {
                clean += 1
            }
        }

        var line: String {
            "共 \(clean + withErrors + unreadable) 个文件：无错误 \(clean) 个，有错误 \(withErrors) 个，无法读取 \(unreadable) 个"
        }

        var exitCode: ExitCode? {
            unreadable > 0 ? ExitCode(2) : withErrors > 0 ? ExitCode(1) : nil
        }
    }
}
