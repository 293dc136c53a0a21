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
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
