import Crypto
import Disclosure
import Foundation
import Hummingbird

/// A response made once and sent many times: its body, its headers and an entity tag computed from
/// the bytes, so a browser that already has them gets `304 Not Modified`. `Cache-Control: no-cache`
/// makes every cache ask again before reuse: a publication or a rollback must show at once.
struct Rendered: Sendable {
    let headers: HTTPFields
    let body: ByteBuffer
    let entityTag: String

    init(headers: HTTPFields, body: ByteBuffer) {
        let digest = SHA256.hash(data: body.readableBytesView)
        entityTag = "\"" + digest.prefix(16).hexDigits + "\""
        var headers = headers
        headers[.eTag] = entityTag
        headers[.cacheControl] = "no-cache"
        self.headers = headers
        self.body = body
    }

    /// The body, or 304 when `If-None-Match` names this entity tag (or `*`).
    func response(to request: Request) -> Response {
        if let tags = request.headers[.ifNoneMatch], Self.matches(tags, entityTag) {
            return Response(status: .notModified, headers: [.eTag: entityTag, .cacheControl: "no-cache"])
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// Weak comparison, as RFC 9110 asks of `If-None-Match`.
    static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            let candidate = candidate.trimmingCharacters(in: .whitespaces)
            return candidate == "*" || (candidate.hasPrefix("W/") ? candidate.dropFirst(2) : candidate[...]) == tag
        }
    }
}
