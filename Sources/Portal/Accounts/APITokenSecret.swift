import Crypto
import Disclosure
import Foundation

/// An API token's secret: shown once, when made; the store keeps only its SHA-256, so a leaked
/// database does not leak working tokens.
enum APITokenSecret {
    /// 32 random bytes, hex, with a prefix that says what it is.
    static func generate() -> String {
        "jst_" + randomHex()
    }

    /// 32 bytes from the system's secure generator, hex: API tokens, session secrets, CSRF tokens.
    static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }.hexDigits
    }

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).hexDigits
    }
}
