import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal, so that
/// piped output stays clean.
struct ProgressBar {
    let total: Int
    let isTerminal = isatty(FileHandle.standardError.fileDescriptor) != 0

    func show(done: Int, current: String) {
        guard isTerminal, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(done)/\(total) \(current)".utf8))
    }

    /// Prints a line above the bar.
    func print(_ line: String) {
        clear()
        Swift.print(line)
    }

    /// Takes the bar off the terminal's last line, for another line or for good.
    func clear() {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
