/// A word as printed, hashed and compared by its UTF-8 bytes, for sets and tables of labels
/// looked up for every cell, and for the checks' keys and word switches. A `String` key hashes Chinese text in its normalised form, looking
/// each scalar up in Unicode's tables: that cost more than reading the cells it was asked about.
public struct PrintedWord: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public init(stringLiteral text: String) {
        self.text = text
    }

    public static func == (lhs: PrintedWord, rhs: PrintedWord) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        // Compared as two buffers: the views' iterators cost several times more per byte.
        return lhs.text.withUTF8Bytes { left in rhs.text.withUTF8Bytes { left.elementsEqual($0) } }
    }

    public func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
