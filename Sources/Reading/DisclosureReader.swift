import Classification
import Crypto
import Disclosure
import Foundation

/// The one entry point for reading: bytes of any supported form in, a `Disclosure` out.
/// The form is sniffed from the content, never from the file name. Every input is held to
/// `limits` before it is parsed, so that no input crashes the reader or exhausts the machine.
public struct DisclosureReader: Sendable {
    public let catalogue: Catalogue
    public let limits: ReadingLimits

    public init(catalogue: Catalogue, limits: ReadingLimits = ReadingLimits()) {
        self.catalogue = catalogue
        self.limits = limits
    }

    /// Reads a file, or standard input when `path` is `-`.
    public func read(path: String) throws -> Disclosure {
        if path != "-", let disclosure = try readPDFInPlace(path: path) { return disclosure }
        let (data, name) = try load(path: path)
        return try read(data, fileName: name)
    }

    /// A PDF file read where it is: hashed a block at a time and handed to pdftotext by its path.
    /// Loading a published PDF (megabytes of fonts and drawings, not text) into memory and
    /// writing it out again for pdftotext took some 8% of checking a folder of them. Nil when
    /// the file is not a PDF, cannot be opened (`load` says why), or changed while it was read:
    /// the hash must name the bytes pdftotext read, so such a file is read again from memory.
    private func readPDFInPlace(path: String) throws -> Disclosure? {
        guard let before = FileState(path: path), let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let name = URL(fileURLWithPath: path).lastPathComponent
        var hasher = SHA256()
        var size = 0
        do {
            guard let head = try handle.read(upToCount: 8), DocumentFormat.isPDF(head) else { return nil }
            guard before.size <= limits.maxInputBytes else { throw tooLarge(name, size: before.size) }
            var block = head
            repeat {
                size += block.count
                guard size <= limits.maxInputBytes else { throw tooLarge(name, size: nil) }
                hasher.update(data: block)
                block = try handle.read(upToCount: 64 << 10) ?? Data()
            } while !block.isEmpty
        } catch let error as ReadingError {
            throw error
        } catch {
            throw ReadingError(file: path, reason: .unreadableFile("读取时出错"))
        }
        let lines = try PDFText.extract(file: URL(fileURLWithPath: path), fileName: name, limits: limits)
        guard FileState(path: path) == before else { return nil }
        return try readPDF(lines, fileName: name, sha256: hasher.finalize().hexDigits)
    }

    /// What changes when a file is rewritten or replaced: its file number, size and modification time.
    private struct FileState: Equatable {
        let number: Int
        let size: Int
        let modified: Date

        init?(path: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let number = attributes[.systemFileNumber] as? Int, let size = attributes[.size] as? Int,
                  let modified = attributes[.modificationDate] as? Date else { return nil }
            self.number = number
            self.size = size
            self.modified = modified
        }
    }

    /// The bytes of a file, or of standard input when `path` is `-`, with the name errors give
    /// it. At most `maxInputBytes` are ever read: a larger input is refused, not loaded.
    public func load(path: String) throws -> (data: Data, name: String) {
        let name = path == "-" ? "<stdin>" : URL(fileURLWithPath: path).lastPathComponent
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            try refuseIfTooLarge(path: path, name: name)
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw ReadingError(file: path, reason: .unreadableFile("文件不存在或无权读取"))
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        let data: Data
        do {
            data = try handle.read(upToCount: limits.maxInputBytes + 1) ?? Data()
        } catch {
            throw ReadingError(file: path, reason: .unreadableFile("读取时出错"))
        }
        guard data.count <= limits.maxInputBytes else { throw tooLarge(name, size: nil) }
        return (data, name)
    }

    public func read(_ data: Data, fileName: String) throws -> Disclosure {
        guard !data.isEmpty else { throw ReadingError(file: fileName, reason: .unreadableFile("文件为空")) }
        guard data.count <= limits.maxInputBytes else { throw tooLarge(fileName, size: data.count) }
        // Hashing and sniffing (which looks for control characters) both read every byte: they run at once.
        let (digests, format) = [data].concurrentMap({ SHA256.hash(data: $0).hexDigits }, alongside: { DocumentFormat.sniff(data) })
        let digest = digests[0]
        switch format {
        case .json:
            return try DisclosureJSON.decode(data, fileName: fileName, maxDepth: limits.maxJSONDepth)
        case .text:
            return try TextDisclosureReader(catalogue: catalogue).read(textLines(data, fileName: fileName), fileName: fileName, sha256: digest)
        case .pdf:
            return try readPDF(PDFText.extract(data, fileName: fileName, limits: limits), fileName: fileName, sha256: digest)
        case .xlsx:
            let workbook = try XLSXWorkbook(data: data, fileName: fileName, limits: limits)
            var disclosure = try TextDisclosureReader(catalogue: catalogue).read(workbook.sourceText(), fileName: fileName, sha256: digest)
            disclosure.provenance.reader = "xlsx"
            return disclosure
        case .unknown:
            throw ReadingError(file: fileName, reason: .unknownFormat)
        }
    }

    /// A text's lines, held to the line limit; or the error that says why it is not UTF-8 text:
    /// GB18030 text, or the first line that is not UTF-8.
    private func textLines(_ data: Data, fileName: String) throws -> SourceText {
        let source: SourceText
        do {
            source = try SourceText(utf8: data)
        } catch {
            if InputChecks.isGB18030Text(data) { throw ReadingError(file: fileName, reason: .legacyChineseEncoding) }
            throw ReadingError(file: fileName, location: SourceLocation(line: error.line), reason: .unknownFormat)
        }
        try InputChecks.checkLineLengths(data, fileName: fileName, maxLineBytes: limits.maxLineBytes)
        return source
    }

    private func readPDF(_ lines: SourceText, fileName: String, sha256: String) throws -> Disclosure {
        var disclosure = try TextDisclosureReader(catalogue: catalogue).read(lines, fileName: fileName, sha256: sha256)
        disclosure.provenance.reader = "pdftotext-tsv"
        return disclosure
    }

    /// Refuses a file larger than `maxInputBytes` by its size, before any of it is read.
    private func refuseIfTooLarge(path: String, name: String) throws {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxInputBytes {
            throw tooLarge(name, size: size)
        }
    }

    private func tooLarge(_ name: String, size: Int?) -> ReadingError {
        let actual = size.map { "（\(ReadingLimits.megabytes($0))）" } ?? ""
        return ReadingError(file: name, reason: .limitExceeded("文件大于 \(ReadingLimits.megabytes(limits.maxInputBytes))\(actual)；可用 --max-input-mb 调高"))
    }
}

extension DisclosureReader {
    /// The lines juesuan reads from a document, before any table is recognised: one per line,
    /// `page:line` then the text (PDF words set out by position; sheet rows with tab-separated
    /// cells). For seeing why a document reads as it does.
    public func sourceLines(_ data: Data, fileName: String) throws -> [String] {
        let source: SourceText
        switch DocumentFormat.sniff(data) {
        case .text:
            source = try textLines(data, fileName: fileName)
        case .pdf: source = try PDFText.extract(data, fileName: fileName, limits: limits)
        case .xlsx: source = try XLSXWorkbook(data: data, fileName: fileName, limits: limits).sourceText()
        case .json, .unknown: throw ReadingError(file: fileName, reason: .other("只有 PDF、XLSX 和文本有原文行"))
        }
        return source.lines.map { line in
            let place = [line.sheet, line.page.map(String.init), line.location.line.map(String.init)].compactMap { $0 }.joined(separator: ":")
            return place + "\t" + (line.cells.count > 1 ? line.cells.joined(separator: "\t") : line.text)
        }
    }
}

/// What a file's bytes are, judged from its first bytes.
enum DocumentFormat {
    case pdf, xlsx, json, text, unknown

    static func isPDF(_ head: Data) -> Bool {
        head.starts(with: Array("%PDF".utf8))
    }

    /// Whether `bytes` hold a control character other than tab, line feed, form feed and
    /// carriage return, tested sixteen bytes at a time: a byte-by-byte test cost as much as
    /// validating the text.
    static func hasControlCharacters(_ bytes: UnsafeRawBufferPointer) -> Bool {
        // A byte is below 0x20 when its top three bits are clear. Only masks and equality are
        // used: the compiler turns them into a few vector instructions.
        let topBits = SIMD16<UInt8>(repeating: 0xE0), zero = SIMD16<UInt8>(repeating: 0)
        let tab = SIMD16<UInt8>(repeating: 0x09), lineFeed = SIMD16<UInt8>(repeating: 0x0A)
        let formFeed = SIMD16<UInt8>(repeating: 0x0C), carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
        var index = 0
        while index + 16 <= bytes.count {
            let block = bytes.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let allowed = (block .== tab) .| (block .== lineFeed) .| (block .== formFeed) .| (block .== carriageReturn)
            if any((block & topBits .== zero) .& .!allowed) { return true }
            index += 16
        }
        return bytes[index...].contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D }
    }

    /// The form of `data`. A text's UTF-8 is checked not here but line by line as it is cut
    /// (`DisclosureReader.textLines`), which also tells GB18030 text from other bytes that are
    /// not UTF-8.
    static func sniff(_ data: Data) -> DocumentFormat {
        let head = data.prefix(8)
        if isPDF(head) { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        let mark = SourceText.byteOrderMark
        let text = data.starts(with: mark) ? data.dropFirst(mark.count) : data[...]
        // JSON starts with `{` after any ASCII white space.
        if text.first(where: { !Self.isASCIIWhitespace($0) }) == UInt8(ascii: "{") { return .json }
        // Control characters other than tab, newline, carriage return and form feed mean binary.
        // Each is one byte in UTF-8, which no other scalar's bytes can be taken for.
        let isBinary = data.withUnsafeBytes(hasControlCharacters)
        if isBinary { return .unknown }
        return .text
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

extension DisclosureReader {
    /// The documents of a folder, in name order: every regular file not hidden.
    public static func documents(in folder: String) throws -> [URL] {
        let url = URL(fileURLWithPath: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        return names.map { url.appendingPathComponent($0) }.filter { file in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
