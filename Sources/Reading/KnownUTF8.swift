import Disclosure

extension String {
    /// A copy of `bytes` known to be UTF-8: pieces of a text already checked, cut at separators,
    /// or `String`s joined. Made without checking the bytes again, which for Chinese text costs
    /// some ten instructions a byte.
    init(knownUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = bytes.isEmpty ? "" : String(copying: UTF8Span(unchecked: bytes.span))
    }
}

extension Collection where Element == String {
    /// `joined(separator:)`, with every text's bytes copied into one buffer at once. The standard
    /// library appends the texts one by one, some 400 instructions each, and reading joins the
    /// lines of every attachment and the trailing cells of every indicator row. A `String` is
    /// UTF-8, and so is a sequence of them, so the joined bytes are not checked again.
    func joinedText(separator: String) -> String {
        guard count > 1, let first else { return first ?? "" }
        let total = reduce(separator.utf8.count * (count - 1)) { $0 + $1.utf8.count }
        let bytes = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            var next = buffer.baseAddress!
            func copy(_ text: UnsafeBufferPointer<UInt8>) {
                guard let start = text.baseAddress else { return }
                next.initialize(from: start, count: text.count)
                next += text.count
            }
            separator.withUTF8Bytes { separator in
                first.withUTF8Bytes(copy)
                for element in dropFirst() {
                    copy(separator)
                    element.withUTF8Bytes(copy)
                }
            }
            initialized = total
        }
        return bytes.withUnsafeBufferPointer(String.init(knownUTF8:))
    }
}
