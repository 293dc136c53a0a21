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
        return haystack.withUTF8 { haystack in needle.withUTF8 { needle in TextSearch.contains(haystack, needle) } }
    }
}

/// Searching UTF-8 text by bytes: a match of valid UTF-8 in valid UTF-8 always starts at a
/// scalar boundary, so the bytes say exactly what the scalars would.
public enum TextSearch {
    /// Whether `needle` occurs in `haystack`: a plain scan, fast for the short words searched.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, UnsafeBufferPointer(rebasing: haystack[index..<(index + needle.count)]).elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
