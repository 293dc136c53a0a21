import Crypto
import Disclosure
import Foundation

/// The file a version was read from, kept byte for byte so that anyone can check the model
/// against what the department uploaded.
public struct SourceFile: Sendable, Hashable {
    public let fileName: String
    public let bytes: Data
    /// Which reader made the model from it, e.g. `tabbed-text` (the model's provenance says the same).
    public let reader: String

    public init(fileName: String, bytes: Data, reader: String) {
        self.fileName = fileName
        self.bytes = bytes
        self.reader = reader
    }

    /// Hex SHA-256 of the bytes: computed by the store, never taken on trust.
    public var sha256: String {
        SHA256.hash(data: bytes).hexDigits
    }
}
