/// A word as printed, hashed and compared by its UTF-8 bytes, for sets and tables of labels
/// looked up for every cell. A `String` key hashes Chinese text in its normalised form, looking
/// each scalar up in Unicode's tables: that cost more than reading the cells it was asked about.
struct PrintedWord: Hashable, ExpressibleByStringLiteral {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    init(stringLiteral text: String) {
        self.text = text
    }

    static func == (lhs: PrintedWord, rhs: PrintedWord) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
