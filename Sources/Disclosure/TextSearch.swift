#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

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
    /// Where `needle` first occurs in `haystack` at or after `from`. Candidates are found by the
    /// needle's last byte with `memchr`, which skips ahead many bytes at a time: in Chinese text
    /// a character's last byte is one of 64 continuation bytes, far rarer than its lead byte, and
    /// the checks search whole attachments for dozens of words.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let last = needle.last, let base = haystack.baseAddress, from >= 0, needle.count <= haystack.count - from else { return nil }
        let tail = needle.count - 1
        var index = from + tail
        while index < haystack.count {
            guard let found = memchr(base + index, Int32(last), haystack.count - index) else { return nil }
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let start = end - tail
            var offset = 0
            while offset < tail, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == tail { return start }
            index = end + 1
        }
        return nil
    }
}
