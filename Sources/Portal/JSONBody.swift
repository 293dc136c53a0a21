import Foundation
import Hummingbird

/// A JSON response with sorted keys, so equal answers are equal bytes.
struct JSONBody<Value: Encodable & Sendable>: ResponseGenerator {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try response(status: .ok)
    }

    func response(status: HTTPResponse.Status) throws -> Response {
        Response(status: status, headers: Self.headers, body: .init(byteBuffer: try encoded()))
    }

    /// The response to keep in `RenderCache`.
    func rendered() throws -> Rendered {
        Rendered(headers: Self.headers, body: try encoded())
    }

    private static var headers: HTTPFields { [.contentType: "application/json; charset=utf-8"] }

    private func encoded() throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return ByteBuffer(bytes: try encoder.encode(value))
    }
}
