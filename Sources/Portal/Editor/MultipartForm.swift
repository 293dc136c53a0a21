import Foundation

/// A `multipart/form-data` body (RFC 7578) as the upload form sends it. Strict on purpose: a
/// body that is not exactly a list of well-formed parts is refused, never half-read. The body's
/// size is bounded before parsing (`request.body.collect(upTo:)`); here the part count and each
/// part's header size are.
struct MultipartForm {
    struct Part {
        let name: String
        /// The file's base name for a file field; nil for a plain field.
        let fileName: String?
        let data: Data
    }

    let parts: [Part]

    static let maxParts = 16
    static let maxHeaderBytes = 8 * 1024

    enum ParseError: Error, Equatable {
        case notMultipart
        case malformed(String)
    }

    init(body: Data, contentType: String) throws {
        let boundary = try Self.boundary(contentType)
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n--\(boundary)".utf8)
        guard body.starts(with: delimiter) else { throw ParseError.malformed("body does not start with the boundary") }
        var parts: [Part] = []
        var cursor = body.startIndex + delimiter.count
        while true {
            let rest = body[cursor...]
            if rest.starts(with: Data("--".utf8)) {
                guard !parts.isEmpty else { throw ParseError.malformed("no parts") }
                break
            }
            guard rest.starts(with: Data("\r\n".utf8)) else { throw ParseError.malformed("boundary not followed by CRLF") }
            let headerStart = cursor + 2
            guard let headerEnd = body.range(of: Data("\r\n\r\n".utf8), in: headerStart..<min(body.endIndex, headerStart + Self.maxHeaderBytes)) else {
                throw ParseError.malformed("part headers missing or too long")
            }
            guard let next = body.range(of: separator, in: headerEnd.upperBound..<body.endIndex) else {
                throw ParseError.malformed("part not closed by the boundary")
            }
            guard parts.count < Self.maxParts else { throw ParseError.malformed("too many parts") }
            let headers = String(decoding: body[headerStart..<headerEnd.lowerBound], as: UTF8.self)
            parts.append(try Self.part(headers: headers, data: Data(body[headerEnd.upperBound..<next.lowerBound])))
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// The value of the first plain field called `name`.
    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The first file field called `name`.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.fileName != nil }
    }

    private static func boundary(_ contentType: String) throws -> String {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { throw ParseError.notMultipart }
        guard let value = pieces.dropFirst().first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst("boundary=".count) else {
            throw ParseError.malformed("no boundary")
        }
        let boundary = value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? String(value.dropFirst().dropLast()) : String(value)
        guard (1...70).contains(boundary.utf8.count), boundary.allSatisfy({ $0.isASCII && !$0.isNewline }) else {
            throw ParseError.malformed("bad boundary")
        }
        return boundary
    }

    private static func part(headers: String, data: Data) throws -> Part {
        var disposition: String?
        for line in headers.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { throw ParseError.malformed("bad header line") }
            if line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" {
                disposition = String(line[line.index(after: colon)...])
            }
        }
        guard let disposition else { throw ParseError.malformed("part without Content-Disposition") }
        let parameters = try Self.parameters(disposition)
        guard parameters.first?.key == "form-data", let name = parameters.first(where: { $0.key == "name" })?.value else {
            throw ParseError.malformed("part is not a named form-data field")
        }
        let fileName = parameters.first { $0.key == "filename" }.map { Self.baseName($0.value) }
        return Part(name: name, fileName: fileName, data: data)
    }

    /// `form-data; name="file"; filename="a.pdf"` → [("form-data", ""), ("name", "file"), ("filename", "a.pdf")].
    private static func parameters(_ text: String) throws -> [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        while !rest.isEmpty {
            let keyEnd = rest.firstIndex { $0 == "=" || $0 == ";" } ?? rest.endIndex
            let key = rest[..<keyEnd].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[keyEnd...]
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst()
                if rest.first == "\"" {
                    rest = rest.dropFirst()
                    var closed = false
                    while let character = rest.first {
                        rest = rest.dropFirst()
                        if character == "\"" { closed = true; break }
                        if character == "\\", let escaped = rest.first { value.append(escaped); rest = rest.dropFirst() } else { value.append(character) }
                    }
                    guard closed else { throw ParseError.malformed("unterminated quoted value") }
                } else {
                    let end = rest.firstIndex(of: ";") ?? rest.endIndex
                    value = rest[..<end].trimmingCharacters(in: .whitespaces)
                    rest = rest[end...]
                }
            }
            rest = rest.drop { $0 == " " }
            if rest.first == ";" { rest = rest.dropFirst().drop { $0 == " " } } else if !rest.isEmpty { throw ParseError.malformed("bad parameter list") }
            result.append((key, value))
        }
        return result
    }

    /// A browser may send a whole path; only the last component is the file's name, without control characters.
    private static func baseName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.prefix(255).map(Character.init))
    }
}
