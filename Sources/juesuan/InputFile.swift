import ArgumentParser
import Classification
import Disclosure
import Foundation
import Reading

/// Reading the FILE argument the way every command does: with the bundled catalogue, the error
/// to standard error and exit code 2 when it cannot be read.
enum InputFile {
    static func read(_ path: String) throws -> Disclosure {
        do {
            return try DisclosureReader(catalogue: Catalogue.load(extension: nil)).read(path: path)
        } catch {
            FileHandle.standardError.write(Data("juesuan: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
