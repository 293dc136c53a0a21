import Foundation
import Hummingbird

/// An `application/x-www-form-urlencoded` body, as the sign-in and publish forms send it.
struct FormFields {
    private let values: [String: String]

    /// The largest form body read: these forms carry a login, a token and a reason, no file.
    static let limit = 64 * 1024

    init(_ text: String) {
        var values: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in String(part).replacingOccurrences(of: "+", with: " ").percentDecoded }
            guard let key = decode(parts[0]), values[key] == nil else { continue }
            values[key] = parts.count > 1 ? decode(parts[1]) ?? "" : ""
        }
        self.values = values
    }

    /// Reads the request's body; an oversized one is refused, not cut.
    static func read(_ request: Request) async throws -> FormFields {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw PortalError(status: .contentTooLarge, message: "表单内容过大")
        }
        return FormFields(String(decoding: buffer.readableBytesView, as: UTF8.self))
    }

    subscript(_ name: String) -> String? { values[name] }
}
