import ArgumentParser
import Foundation

/// Where a command's report goes — standard output, or the file given with `-o` — written piece
/// by piece, so that a long report never has to be held whole.
struct CommandOutput {
    private let handle: FileHandle

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandInput.fail("无法写入 \(path)")
        }
        self.handle = handle
    }

    func write(_ text: String) throws {
        guard !text.isEmpty else { return }
        try handle.write(contentsOf: Data(text.utf8))
    }
}
