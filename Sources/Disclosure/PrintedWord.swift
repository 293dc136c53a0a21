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
        let left = lhs.text.utf8, right = rhs.text.utf8
        guard left.count == right.count else { return false }
        // Compared as two buffers: the views' iterators cost several times more per byte.
        return left.withContiguousStorageIfAvailable { left in
            right.withContiguousStorageIfAvailable { left.elementsEqual($0) }
        }.flatMap { $0 } ?? left.elementsEqual(right)
    }

    public func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
