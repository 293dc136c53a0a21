/// Escaping for text placed in HTML, SVG and XML, content and attribute values alike. Control
/// characters that XML 1.0 forbids (and HTML renders as garbage) are dropped.
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        escape(text, into: &out)
        return out
    }

    /// Appends `text` escaped to `out`, without an intermediate string. Everything escaped or
    /// dropped is ASCII, so the UTF-8 bytes are scanned and the runs between them appended whole:
    /// a page is mostly Chinese text that needs nothing, and appending scalar by scalar cost
    /// most of rendering. (The runs are cut by scalars: an index may not be a character boundary.)
    public static func escape(_ text: String, into out: inout String) {
        let utf8 = text.utf8
        var run = utf8.startIndex
        for index in utf8.indices {
            let replacement: String
            switch utf8[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
            case ..<0x20: replacement = ""
            default: continue
            }
            out += Substring(text.unicodeScalars[run..<index])
            out += replacement
            run = utf8.index(after: index)
        }
        out += Substring(text.unicodeScalars[run...])
    }
}
