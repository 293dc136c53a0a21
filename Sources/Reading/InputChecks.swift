import Disclosure
import Foundation

/// Checks made on raw bytes before any parser sees them, each in one pass and constant memory:
/// the parsers after them (Swift's `String` splitting, Foundation's recursive JSON decoder)
/// would otherwise spend unbounded time, memory or stack on hostile input.
public enum InputChecks {
    /// Refuses text with a line longer than `maxLineBytes`, naming the line.
    static func checkLineLengths(_ data: Data, fileName: String, maxLineBytes: Int) throws {
        let newline = UInt8(ascii: "\n")
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var line = 1
            var start = 0
            while start <= bytes.count {
                // memchr skips to the next line break many bytes at a time.
                let end = memchr(base + start, Int32(newline), bytes.count - start).map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
                if end - start > maxLineBytes {
                    throw ReadingError(file: fileName, location: SourceLocation(line: line),
                                       reason: .limitExceeded("此行长于 \(ReadingLimits.megabytes(maxLineBytes))，不像是决算公开的文字"))
                }
                line += 1
                start = end + 1
            }
        }
    }

    /// Refuses JSON nested deeper than `maxDepth` arrays and objects. Brackets inside strings
    /// do not count. Public for the authoring input, which is JSON too.
    public static func checkJSONDepth(_ data: Data, fileName: String, maxDepth: Int) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var depth = 0
            var inString = false
            var escaped = false
            for byte in bytes {
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > maxDepth {
                        throw ReadingError(file: fileName, reason: .limitExceeded("JSON 嵌套超过 \(maxDepth) 层"))
                    }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
        }
    }

    /// Refuses YAML that may nest deeper than `maxDepth`, naming the line. Yams builds and
    /// decodes nodes recursively, and `[[[…` a hundred thousand deep (or as many indented keys,
    /// or `- - - …`) overflows the stack. Without parsing, the depth is estimated from above:
    /// open flow brackets (`[`, `{`; quotes are not told apart, so an unbalanced bracket in
    /// text counts too) plus half the columns of indentation and leading `- `/`? ` indicators,
    /// the least a block level takes being one column.
    public static func checkYAMLDepth(_ data: Data, fileName: String, maxDepth: Int) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var flowDepth = 0
            var line = 1
            var index = 0
            while index < bytes.count {
                var columns = 0
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") { columns += 1; index += 1 }
                while index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "?"), bytes[index + 1] == UInt8(ascii: " ") {
                    columns += 2
                    index += 2
                    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { columns += 1; index += 1 }
                }
                repeat {
                    guard flowDepth + columns / 2 <= maxDepth else {
                        throw ReadingError(file: fileName, location: SourceLocation(line: line), reason: .limitExceeded("YAML 嵌套可能超过 \(maxDepth) 层"))
                    }
                    guard index < bytes.count, bytes[index] != UInt8(ascii: "\n") else { break }
                    switch bytes[index] {
                    case UInt8(ascii: "["), UInt8(ascii: "{"): flowDepth += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
                    default: break
                    }
                    index += 1
                } while true
                line += 1
                index += 1
            }
        }
    }

    /// Bytes that are not UTF-8 but read as GBK/GB18030 throughout: ASCII text (no control
    /// bytes but tab, line breaks and form feed) and double-byte characters (lead 0x81–0xFE,
    /// trail 0x40–0xFE but 0x7F) or four-byte ones (lead, digit, lead, digit). Binary data
    /// fails this within a few bytes; a file cut in the middle of a character still passes.
    static func isGB18030Text(_ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let leads: ClosedRange<UInt8> = 0x81...0xFE, digits: ClosedRange<UInt8> = 0x30...0x39
            var index = 0
            var characters = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard byte >= 0x20 || [0x09, 0x0A, 0x0C, 0x0D].contains(byte) else { return false }
                    index += 1
                    continue
                }
                guard leads.contains(byte) else { return false }
                guard index + 1 < bytes.count else { break }
                let trail = bytes[index + 1]
                if (0x40...0xFE).contains(trail) && trail != 0x7F {
                    index += 2
                } else if digits.contains(trail), index + 3 < bytes.count, leads.contains(bytes[index + 2]), digits.contains(bytes[index + 3]) {
                    index += 4
                } else {
                    return false
                }
                characters += 1
            }
            return characters > 0
        }
    }
}
