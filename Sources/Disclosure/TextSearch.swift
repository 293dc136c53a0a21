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
        return withUTF8Bytes { haystack in other.withUTF8Bytes { needle in TextSearch.firstOffset(of: needle, in: haystack, from: 0) != nil } }
    }

    /// Every occurrence of `other`, found as `includes` finds it, without overlaps.
    public func ranges(ofBytes other: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        _ = containsRange(ofBytes: other) { range in
            ranges.append(range)
            return false
        }
        return ranges
    }

    /// Whether an occurrence of `other`, taken in order as `ranges(ofBytes:)` finds them,
    /// satisfies `predicate`. The search stops at the first that does and collects none:
    /// checking looks for markers whose first scalar is common in every passage it holds.
    public func containsRange(ofBytes other: String, where predicate: (Range<String.Index>) -> Bool) -> Bool {
        guard !other.isEmpty else { return false }
        return withUTF8Bytes { haystack in
            other.withUTF8Bytes { needle in
                var from = 0
                while let offset = TextSearch.firstOffset(of: needle, in: haystack, from: from) {
                    let start = utf8.index(startIndex, offsetBy: offset)
                    if predicate(start..<utf8.index(start, offsetBy: needle.count)) { return true }
                    from = offset + needle.count
                }
                return false
            }
        }
    }

    /// The text with every `scalar` replaced by `replacement`. Foundation's
    /// `replacingOccurrences` bridges to NSString, which costs more than the scan.
    public func replacingScalar(_ scalar: Unicode.Scalar, with replacement: Unicode.Scalar) -> String {
        // Found by its UTF-8 bytes, which in valid UTF-8 stand for nothing else: stepping
        // through the text's views cost some ten instructions a byte, on every line of prose.
        guard includes(String(scalar)) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == scalar ? replacement : $0 }))
    }

    /// Whether the text starts with `prefix`, compared as UTF-8 bytes like `includes`:
    /// `hasPrefix` breaks both texts into characters unless both are ASCII, and the reading hot
    /// paths test cells of Chinese text against printed words.
    public func hasBytePrefix(_ prefix: String) -> Bool {
        withUTF8Bytes { text in prefix.withUTF8Bytes { prefix in TextSearch.matches(prefix, in: text, at: 0) } }
    }

    /// Whether the text ends with `suffix`, compared as UTF-8 bytes (see `hasBytePrefix`).
    public func hasByteSuffix(_ suffix: String) -> Bool {
        withUTF8Bytes { text in suffix.withUTF8Bytes { suffix in TextSearch.matches(suffix, in: text, at: text.count - suffix.count) } }
    }

    /// The text's UTF-8 bytes, read in place. `withUTF8` is mutating, so calling it on a copy
    /// retains and releases the string's storage on every search; a native string's bytes are
    /// contiguous and are lent without that.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

/// Searching UTF-8 text by bytes: a match of valid UTF-8 in valid UTF-8 always starts at a
/// scalar boundary, so the bytes say exactly what the scalars would.
enum TextSearch {
    /// Where `needle` first occurs in `haystack` at or after `from`. In Chinese text any one
    /// byte recurs every few dozen bytes, and the checks search whole attachments for dozens of
    /// words, so candidates are found sixteen positions at a time by the needle's last two
    /// bytes together, which a character's trailing bytes make rare. What is left over (a
    /// needle of one byte, a short haystack, the last positions) is found by the last byte with
    /// `memchr`.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let last = needle.last, let base = haystack.baseAddress, from >= 0, needle.count <= haystack.count - from else { return nil }
        let tail = needle.count - 1
        // The position of a candidate's last byte.
        var index = from + tail
        if tail > 0 {
            let raw = UnsafeRawPointer(base)
            let lastBytes = SIMD16<UInt8>(repeating: last)
            let penultimateBytes = SIMD16<UInt8>(repeating: needle[tail - 1])
            while index + 16 <= haystack.count {
                let ends = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let befores = raw.loadUnaligned(fromByteOffset: index - 1, as: SIMD16<UInt8>.self)
                let candidates = (ends .== lastBytes) .& (befores .== penultimateBytes)
                if any(candidates) {
                    for lane in 0..<16 where candidates[lane] && matches(needle, in: haystack, at: index + lane - tail) {
                        return index + lane - tail
                    }
                }
                index += 16
            }
        }
        while index < haystack.count {
            guard let found = memchr(base + index, Int32(last), haystack.count - index) else { return nil }
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if matches(needle, in: haystack, at: end - tail) { return end - tail }
            index = end + 1
        }
        return nil
    }

    /// Whether `needle` stands in `haystack` at `offset`.
    static func matches(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= haystack.count else { return false }
        var index = 0
        while index < needle.count, haystack[offset + index] == needle[index] { index += 1 }
        return index == needle.count
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 starts at `index` of these bytes, valid UTF-8 (a `String`'s), and
    /// its length in bytes, told by the lead byte. For the loops that cut or rewrite text by its
    /// bytes and need each scalar on the way.
    @inlinable
    public func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
