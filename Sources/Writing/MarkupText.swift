import Disclosure

/// Escaping for text placed in HTML, SVG and XML, content and attribute values alike. Control
/// characters that XML 1.0 forbids (and HTML renders as garbage) are dropped.
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        var out = MarkupBuffer(capacity: text.utf8.count)
        out.escaped(text)
        return out.text
    }

    /// What `byte` becomes in markup: nil when it stays as it is. Everything escaped or dropped
    /// is ASCII, so UTF-8 text is escaped byte by byte and the runs between appended whole.
    static func replacement(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): nil
        case ..<0x20: ""
        default: nil
        }
    }
}

/// Markup being written, as UTF-8 bytes appended in place. A page is tens of thousands of small
/// pieces (tags, cells, attributes), and appending each to a `String` checked its capacity,
/// uniqueness and encoding every time: that was most of rendering.
struct MarkupBuffer {
    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup appended as it is.
    static func += (buffer: inout MarkupBuffer, markup: String) {
        markup.withUTF8Bytes { buffer.append($0) }
    }

    /// Markup written elsewhere, appended.
    static func += (buffer: inout MarkupBuffer, markup: MarkupBuffer) {
        buffer.bytes.append(contentsOf: markup.bytes)
    }

    /// `text` appended escaped (see `MarkupText`); with `lineBreak`, each line break becomes it.
    mutating func escaped(_ text: String, lineBreak: StaticString? = nil) {
        text.withUTF8Bytes { utf8 in
            var run = 0
            for (index, byte) in utf8.enumerated() {
                // Everything escaped or dropped is below `@`; Chinese text is all bytes above it.
                if byte >= UInt8(ascii: "@") { continue }
                let replacement = byte == UInt8(ascii: "\n") ? lineBreak : MarkupText.replacement(for: byte)
                guard let replacement else { continue }
                append(UnsafeBufferPointer(rebasing: utf8[run..<index]))
                replacement.withUTF8Buffer { append($0) }
                run = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[run...]))
        }
    }

    /// `piece` copied onto the end in one move. The seed's page is some 40,000 pieces of a few
    /// bytes each, and `append(contentsOf:)` spent some seventy instructions on each piece as a
    /// sequence (its count estimate, its iterator, the check that nothing was left over), a
    /// quarter of rendering a page.
    private mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress, !piece.isEmpty else { return }
        bytes.append(addingCapacity: piece.count) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                buffer.baseAddress!.initialize(from: source, count: piece.count)
                initialized = piece.count
            }
        }
    }

    /// The markup written so far. Only whole UTF-8 texts were appended, so decoding repairs nothing.
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The markup written so far, as UTF-8.
    var utf8: [UInt8] { bytes }
}
