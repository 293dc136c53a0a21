import Disclosure

/// How printed classification names are compared.
///
/// PDF text and hand-edited tables differ from the catalogue in ways that do not change the
/// name: spaces inside it (`机关事业单位基本养老保 险`), ASCII or full-width parentheses
/// (`维修(护)费`), list numbering on 总表 lines (`二十六、`), and the `（类）` that narratives
/// append. Comparing through this type keeps those from becoming false "stale name" findings.
public enum PrintedName {
    /// The name with whitespace removed and parentheses made full-width.
    public static func comparable(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { isSpace($0) || $0 == "(" || $0 == ")" }) else { return name }
        return rewritten(name) { isSpace($0) ? nil : $0 == "(" ? "（" : $0 == ")" ? "）" : $0 }
    }

    /// The text with every space (as `isSpace` knows them) removed: `总 分` → `总分`.
    public static func removingSpaces(_ text: String) -> String {
        // Reading asks this of every cell, most of which hold no space.
        guard hasSpace(text) else { return text }
        return rewritten(text) { isSpace($0) ? nil : $0 }
    }

    /// Whether the text holds a space `isSpace` knows, found in its UTF-8 bytes without decoding:
    /// ASCII white space is one byte, U+00A0 is C2 A0 and U+3000 is E3 80 80, and no other
    /// scalar's bytes end so. Reading asks this of every cell, long texts included, so eight
    /// bytes are ruled out at a time where none is below 0x21, A0 or 80.
    private static func hasSpace(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            func endsSpace(_ index: Int) -> Bool {
                switch bytes[index] {
                case 0x09...0x0D, 0x20: true
                case 0xA0: index >= 1 && bytes[index - 1] == 0xC2
                case 0x80: index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE3
                default: false
                }
            }
            var index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= bytes.count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if mayHoldSpaceEnd(word), (index..<index + 8).contains(where: endsSpace) { return true }
                    index += 8
                }
            }
            return (index..<bytes.count).contains(where: endsSpace)
        }
    }

    /// Whether one of the eight bytes is below 0x21, A0 or 80 (with false alarms, never a miss):
    /// subtracting 1 from each byte borrows into its high bit only from a byte that was zero.
    private static func mayHoldSpaceEnd(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        func hasByteBelow(_ bound: UInt64) -> Bool { (word &- ones &* bound) & ~word & highs != 0 }
        return hasByteBelow(0x21) || hasZeroByte(word ^ (ones &* 0xA0)) || hasZeroByte(word ^ highs)
    }

    /// The text without the scalars `drop` picks. Checks run this over whole attachments and
    /// reading over every cell, so a text with nothing to drop is returned as it is.
    public static func removing(_ text: String, where drop: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: drop) else { return text }
        return rewritten(text) { drop($0) ? nil : $0 }
    }

    /// Each scalar replaced (or dropped, for nil), written into one UTF-8 buffer. The scalars are
    /// decoded from the bytes in place and kept ones copied byte by byte: going through
    /// `unicodeScalars` and appending each scalar's `utf8` cost most of preparing an attachment
    /// for the checks.
    private static func rewritten(_ text: String, _ replacement: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        let bytes = text.withUTF8Bytes { input -> [UInt8] in
            var output: [UInt8] = []
            output.reserveCapacity(input.count + 16)
            var index = 0
            while index < input.count {
                let (scalar, length) = input.scalar(at: index)
                if let kept = replacement(scalar) {
                    if kept == scalar {
                        for offset in 0..<length { output.append(input[index + offset]) }
                    } else {
                        UTF8.encode(kept) { output.append($0) }
                    }
                }
                index += length
            }
            return output
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The spaces documents print: ASCII white space, no-break and ideographic spaces. A plain
    /// comparison, because looking up Unicode properties is slow over whole attachments.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x3000: true
        default: false
        }
    }

    /// The bare 类 name in a printed line label: `一、一般公共服务支出`, `（一）教育支出`,
    /// `1.社会保障和就业支出（类）` all give the name, in `comparable` form.
    public static func className(fromLabel label: String) -> String {
        var name = Substring(comparable(label))
        while let stripped = strippingNumbering(name) { name = stripped }
        if name.hasSuffix(classMarker) { name = name.dropLast(classMarker.count) }
        return String(name)
    }

    private static let classMarker = "（类）"
    private static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇"]
    private static let numberSeparators: Set<Character> = ["、", ".", "．", "，", ","]

    private static func isNumeral(_ character: Character) -> Bool {
        chineseNumerals.contains(character) || character.isNumber
    }

    /// Removes one leading `（一）` or `一、` / `1.` marker; nil when there is none.
    private static func strippingNumbering(_ text: Substring) -> Substring? {
        if text.first == "（" {
            let inner = text.dropFirst()
            let digits = inner.prefix(while: isNumeral)
            let rest = inner.dropFirst(digits.count)
            if !digits.isEmpty, rest.first == "）" { return rest.dropFirst() }
            return nil
        }
        let digits = text.prefix(while: isNumeral)
        let rest = text.dropFirst(digits.count)
        if !digits.isEmpty, let separator = rest.first, numberSeparators.contains(separator) {
            return rest.dropFirst()
        }
        return nil
    }
}
