extension String {
    /// Whether `other` occurs in the text, compared as UTF-8 bytes. Wherever Foundation is
    /// visible, `contains(_:)` on strings is Foundation's, which bridges both strings to
    /// NSString and folds character clusters on every call: the reading and checking hot paths
    /// search plain printed words, for which the bytes are the answer. Like Foundation's, it
    /// finds no empty string.
    public func includes(_ other: String) -> Bool {
        guard !other.isEmpty else { return false }
        var haystack = self
        var needle = other
        return haystack.withUTF8 { haystack in needle.withUTF8 { needle in TextSearch.firstOffset(of: needle, in: haystack, from: 0) != nil } }
    }

    /// Every occurrence of `other`, found as `includes` finds it, without overlaps.
    public func ranges(ofBytes other: String) -> [Range<String.Index>] {
        guard !other.isEmpty else { return [] }
        var haystack = self
        var needle = other
        let offsets = haystack.withUTF8 { haystack in
            needle.withUTF8 { needle in
                var offsets: [Int] = []
                var from = 0
                while let offset = TextSearch.firstOffset(of: needle, in: haystack, from: from) {
                    offsets.append(offset)
                    from = offset + needle.count
                }
                return offsets
            }
        }
        return offsets.map { utf8.index(startIndex, offsetBy: $0)..<utf8.index(startIndex, offsetBy: $0 + other.utf8.count) }
    }
}

/// Searching UTF-8 text by bytes: a match of valid UTF-8 in valid UTF-8 always starts at a
/// scalar boundary, so the bytes say exactly what the scalars would.
enum TextSearch {
    /// Where `needle` first occurs in `haystack` at or after `from`: a plain scan, fast for the
    /// short words searched.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
