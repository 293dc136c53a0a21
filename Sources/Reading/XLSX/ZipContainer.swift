import Foundation
import SystemZlib

/// The entries of a ZIP container held in memory, each located through the central directory
/// and inflated from exactly its recorded bytes. ZIPFoundation 0.9.20 on Linux inflates past an
/// entry's end and, on a damaged one, waits for ever for more input (found by scripts/fuzz.sh),
/// and its in-memory archive traps on an entry that points past the end of the data; reading
/// the few parts of a workbook needs neither of its other features.
struct ZipContainer {
    /// What went wrong, for the caller to say in its own words.
    enum Failure: Error {
        /// No central directory, or one that does not fit the data.
        case notAContainer
        /// The entry's header, bytes or checksum do not match what the directory records.
        case damaged
        /// Encrypted, or a compression method other than stored (0) and deflate (8).
        case unsupported(method: UInt16, encrypted: Bool)
    }

    struct Entry {
        fileprivate var method: UInt16
        fileprivate var encrypted: Bool
        fileprivate var crc32: UInt32
        fileprivate var compressedSize: Int
        /// As recorded; the inflated bytes are measured, not trusted to match it until the end.
        var uncompressedSize: Int
        fileprivate var localHeaderOffset: Int
    }

    private let data: Data
    /// By name; the first of duplicate names wins, as in ZIPFoundation.
    private let entries: [String: Entry]

    init(_ data: Data) throws {
        self.data = data
        entries = try data.withUnsafeBytes { bytes in try Self.directory(ZipBytes(raw: bytes)) }
    }

    subscript(path: String) -> Entry? { entries[path] }

    /// Hands the entry's content to `consumer` in pieces; the consumer may throw to stop early.
    func extract(_ entry: Entry, consumer: (Data) throws -> Void) throws {
        guard entry.method == 0 || entry.method == 8, !entry.encrypted else {
            throw Failure.unsupported(method: entry.method, encrypted: entry.encrypted)
        }
        let range = try data.withUnsafeBytes { bytes in try Self.contentRange(of: entry, in: ZipBytes(raw: bytes)) }
        let content = data[(data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound)]
        var checksum: uLong = 0
        var produced = 0
        func deliver(_ piece: Data) throws {
            checksum = piece.withUnsafeBytes { SystemZlib.crc32(checksum, $0.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt($0.count)) }
            produced += piece.count
            try consumer(piece)
        }
        if entry.method == 0 {
            for start in stride(from: content.startIndex, to: content.endIndex, by: Self.pieceSize) {
                try deliver(content[start..<min(start + Self.pieceSize, content.endIndex)])
            }
        } else {
            try Self.inflate(content, into: deliver)
        }
        guard produced == entry.uncompressedSize, UInt32(checksum) == entry.crc32 else { throw Failure.damaged }
    }

    private static let pieceSize = 1 << 16

    /// Raw deflate of `content`, which must hold the whole stream: running out of input before
    /// the stream's end is damage, not a reason to wait.
    private static func inflate(_ content: Data, into deliver: (Data) throws -> Void) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Failure.damaged }
        defer { inflateEnd(&stream) }
        var output = Data(count: pieceSize)
        try content.withUnsafeBytes { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let status = output.withUnsafeMutableBytes { out in
                    stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                    stream.avail_out = uInt(out.count)
                    return SystemZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let count = pieceSize - Int(stream.avail_out)
                if count > 0 { try deliver(output.prefix(count)) }
                if status == Z_STREAM_END { return }
                // Z_BUF_ERROR: no progress was possible, so the input ended inside the stream.
                guard status == Z_OK else { throw Failure.damaged }
            }
        }
    }

    /// The end-of-central-directory record is in the last 22 bytes plus at most a 64 KB comment.
    /// Writers that stream (Java's, .NET's) may give the directory in ZIP64 form even for a
    /// small workbook: the record then points on to a ZIP64 one, and each entry's sizes and
    /// offset are in its ZIP64 extra field.
    private static func directory(_ bytes: ZipBytes) throws -> [String: Entry] {
        let earliest = max(0, bytes.count - 22 - 0xFFFF)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: earliest, by: -1).first(where: { bytes.u32($0) == 0x0605_4B50 })
        else { throw Failure.notAContainer }
        var count = Int(bytes.u16(end + 10))
        var size = Int(bytes.u32(end + 12))
        var offset = Int(bytes.u32(end + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF, end >= 20, bytes.u32(end - 20) == 0x0706_4B50 {
            let record = bytes.u64(end - 20 + 8)
            guard record <= end - 20 - 56, bytes.u32(record) == 0x0606_4B50 else { throw Failure.notAContainer }
            (count, size, offset) = (bytes.u64(record + 32), bytes.u64(record + 40), bytes.u64(record + 48))
        }
        guard offset <= end, size <= end - offset else { throw Failure.notAContainer }
        var entries: [String: Entry] = [:]
        for _ in 0..<count {
            guard offset + 46 <= end, bytes.u32(offset) == 0x0201_4B50 else { throw Failure.notAContainer }
            let nameLength = Int(bytes.u16(offset + 28))
            let extra = (offset + 46 + nameLength)..<(offset + 46 + nameLength + Int(bytes.u16(offset + 30)))
            let next = extra.upperBound + Int(bytes.u16(offset + 32))
            guard next <= end else { throw Failure.notAContainer }
            let name = String(decoding: bytes.slice(offset + 46, nameLength), as: UTF8.self)
            if entries[name] == nil {
                // ZIP64 gives, in this order, each of the three that is 0xFFFFFFFF here.
                var wide = zip64Fields(in: bytes, extra).makeIterator()
                func field(_ at: Int) throws -> Int {
                    let narrow = bytes.u32(offset + at)
                    guard narrow == 0xFFFF_FFFF else { return Int(narrow) }
                    guard let value = wide.next() else { throw Failure.notAContainer }
                    return value
                }
                let uncompressedSize = try field(24), compressedSize = try field(20), localHeaderOffset = try field(42)
                entries[name] = Entry(
                    method: bytes.u16(offset + 10), encrypted: bytes.u16(offset + 8) & 1 != 0, crc32: bytes.u32(offset + 16),
                    compressedSize: compressedSize, uncompressedSize: uncompressedSize, localHeaderOffset: localHeaderOffset)
            }
            offset = next
        }
        return entries
    }

    /// The 8-byte values of the ZIP64 extended information field (id 1) in an extra field.
    private static func zip64Fields(in bytes: ZipBytes, _ extra: Range<Int>) -> [Int] {
        var at = extra.lowerBound
        while at + 4 <= extra.upperBound {
            let length = Int(bytes.u16(at + 2))
            guard at + 4 + length <= extra.upperBound else { break }
            if bytes.u16(at) == 1 {
                return stride(from: at + 4, through: at + 4 + length - 8, by: 8).map { bytes.u64($0) }
            }
            at += 4 + length
        }
        return []
    }

    /// The entry's compressed bytes follow its local header, whose name and extra field may
    /// differ in length from the directory's.
    private static func contentRange(of entry: Entry, in bytes: ZipBytes) throws -> Range<Int> {
        let header = entry.localHeaderOffset
        guard header <= bytes.count - 30, bytes.u32(header) == 0x0403_4B50 else { throw Failure.damaged }
        let start = header + 30 + Int(bytes.u16(header + 26)) + Int(bytes.u16(header + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw Failure.damaged }
        return start..<(start + entry.compressedSize)
    }
}

/// Little-endian fields of a ZIP file; callers check bounds before reading.
private struct ZipBytes {
    let raw: UnsafeRawBufferPointer
    var count: Int { raw.count }
    func u16(_ at: Int) -> UInt16 { UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt16.self)) }
    func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
    /// A ZIP64 size or offset; one beyond `Int` is clamped, and so fails the bounds checks after.
    func u64(_ at: Int) -> Int { Int(clamping: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))) }
    func slice(_ at: Int, _ count: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: raw[at..<(at + count)]) }
}
