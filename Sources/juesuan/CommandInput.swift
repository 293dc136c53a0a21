import ArgumentParser
import Classification
import Disclosure
import Foundation
import Reading

/// What every command that reads documents shares: the reader with its catalogue, the files a
/// path stands for, and how an unreadable input ends the command (stderr, exit 2).
enum CommandInput {
    /// A reader with the bundled catalogue, extended by the user's file if given.
    static func reader(catalogue path: String?, limits: ReadingLimits = ReadingLimits()) throws -> DisclosureReader {
        do {
            return DisclosureReader(catalogue: try Catalogue.load(extension: path.map { URL(fileURLWithPath: $0) }), limits: limits)
        } catch {
            throw fail(error)
        }
    }

    /// Reads one document, or ends the command with exit code 2 saying why it cannot.
    static func read(_ path: String, limits: ReadingLimits) throws -> Disclosure {
        let reader = try reader(catalogue: nil, limits: limits)
        do {
            return try reader.read(path: path)
        } catch {
            throw fail(error)
        }
    }

    /// The path itself, or every document in it when it is a folder.
    static func files(_ path: String) throws -> [String] {
        guard path != "-", DisclosureReader.isFolder(path) else { return [path] }
        let files = try DisclosureReader.documents(in: path).map(\.path)
        guard !files.isEmpty else { throw fail("目录 \(path) 中没有文件") }
        return files
    }

    /// Prints `error` to standard error and gives the exit code for unreadable input.
    static func fail(_ error: Any) -> ExitCode {
        report(error)
        return ExitCode(2)
    }

    static func report(_ error: Any) {
        FileHandle.standardError.write(Data("juesuan: \(error)\n".utf8))
    }
}
