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
        entries = try data.withUnsafeBytes { bytes in try Self.directory(ZipBytes(bytes)) }
    }

    subscript(path: String) -> Entry? { entries[path] }

    /// Hands the entry's content to `consumer` in pieces; the consumer may throw to stop early.
    func extract(_ entry: Entry, consumer: (Data) throws -> Void) throws {
        guard entry.method == 0 || entry.method == 8, !entry.encrypted else {
            throw Failure.unsupported(method: entry.method, encrypted: entry.encrypted)
        }
        let range = try data.withUnsafeBytes { bytes in try Self.contentRange(of: entry, in: ZipBytes(bytes)) }
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
    private static func directory(_ bytes: ZipBytes) throws -> [String: Entry] {
        let earliest = max(0, bytes.count - 22 - 0xFFFF)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: earliest, by: -1).first(where: { bytes.u32($0) == 0x0605_4B50 })
        else { throw Failure.notAContainer }
        let count = Int(bytes.u16(end + 10))
        let size = Int(bytes.u32(end + 12))
        var offset = Int(bytes.u32(end + 16))
        guard offset + size <= end else { throw Failure.notAContainer }
        var entries: [String: Entry] = [:]
        for _ in 0..<count {
            guard offset + 46 <= end, bytes.u32(offset) == 0x0201_4B50 else { throw Failure.notAContainer }
            let nameLength = Int(bytes.u16(offset + 28))
            let next = offset + 46 + nameLength + Int(bytes.u16(offset + 30)) + Int(bytes.u16(offset + 32))
            guard next <= end else { throw Failure.notAContainer }
            let name = String(decoding: bytes.slice(offset + 46, nameLength), as: UTF8.self)
            if entries[name] == nil {
                entries[name] = Entry(
                    method: bytes.u16(offset + 10), encrypted: bytes.u16(offset + 8) & 1 != 0,
                    crc32: bytes.u32(offset + 16), compressedSize: Int(bytes.u32(offset + 20)),
                    uncompressedSize: Int(bytes.u32(offset + 24)), localHeaderOffset: Int(bytes.u32(offset + 42)))
            }
            offset = next
        }
        return entries
    }

    /// The entry's compressed bytes follow its local header, whose name and extra field may
    /// differ in length from the directory's.
    private static func contentRange(of entry: Entry, in bytes: ZipBytes) throws -> Range<Int> {
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, bytes.u32(header) == 0x0403_4B50 else { throw Failure.damaged }
        let start = header + 30 + Int(bytes.u16(header + 26)) + Int(bytes.u16(header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw Failure.damaged }
        return start..<(start + entry.compressedSize)
    }
}

/// Little-endian fields of a ZIP file; callers check bounds before reading.
private struct ZipBytes {
    let raw: UnsafeRawBufferPointer
    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }
    var count: Int { raw.count }
    func u16(_ at: Int) -> UInt16 { UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt16.self)) }
    func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
    func slice(_ at: Int, _ count: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: raw[at..<(at + count)]) }
}
