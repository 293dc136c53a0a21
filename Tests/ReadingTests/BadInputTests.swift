import Foundation
import Reading
import Testing

/// Input that is not a readable disclosure gets a typed error naming the file, never a crash.
@Suite struct BadInputTests {
    /// A one-page PDF whose page shows `text` (or nothing), written by hand so the test needs
    /// no PDF library.
    static func pdf(showing text: String?) -> Data {
        let content = text.map { "BT /F1 24 Tf 72 700 Td (\($0)) Tj ET" } ?? ""
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.utf8.count)
            body += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { body += String(format: "%010d 00000 n \n", offset) }
        body += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body.utf8)
    }

    func readingError(_ data: Data, name: String) throws -> ReadingError? {
        do {
            _ = try TestDocuments.reader().read(data, fileName: name)
            return nil
        } catch let error as ReadingError {
            return error
        }
    }

    @Test func aPDFThatIsNoDisclosureIsRejected() throws {
        let error = try readingError(Self.pdf(showing: "Quarterly newsletter"), name: "newsletter.pdf")
        #expect(error?.reason == .notADisclosure)
        #expect(error?.description.contains("newsletter.pdf") == true)
    }

    @Test func aPDFWithoutTextSaysItMayBeScanned() throws {
        let error = try readingError(Self.pdf(showing: nil), name: "scan.pdf")
        #expect(error?.description.contains("扫描件") == true)
    }

    @Test func aTruncatedPDFIsRejected() throws {
        let sample = try Data(contentsOf: TestDocuments.packageRoot.appendingPathComponent("data/documents/putuo-finance-bureau-2024.pdf"))
        let error = try readingError(sample.prefix(20_000), name: "truncated.pdf")
        #expect(error != nil)
    }

    @Test func anEncryptedPDFIsRejected() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("plain.pdf"), locked = directory.appendingPathComponent("locked.pdf")
        try Self.pdf(showing: "secret").write(to: plain)
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        qpdf.arguments = ["qpdf", "--encrypt", "user-password", "owner-password", "256", "--", plain.path, locked.path]
        try qpdf.run()
        qpdf.waitUntilExit()
        try #require(qpdf.terminationStatus == 0, "qpdf is needed to make an encrypted PDF (scripts/setup.sh installs it)")
        let error = try readingError(Data(contentsOf: locked), name: "locked.pdf")
        #expect(error?.description.contains("加密") == true)
    }

    @Test func binaryAndEmptyInputAreRejected() throws {
        #expect(try readingError(Data(), name: "empty.txt")?.reason == .unreadableFile("文件为空"))
        #expect(try readingError(Data([0, 1, 2, 3, 255, 254]), name: "blob.bin")?.reason == .unknownFormat)
    }

    /// One control character anywhere in valid UTF-8 text, at the start, inside or at the end of
    /// a block of sixteen bytes, or among the last few, makes the file binary.
    @Test func aControlCharacterAnywhereMakesTextBinary() throws {
        let seed = Array(try TestDocuments.seedText().utf8)
        #expect(try readingError(Data(seed), name: "seed.txt") == nil)
        for position in [0, 1, 15, 16, 17, 31, 100_003, seed.count - 2, seed.count] {
            for control: UInt8 in [0x00, 0x01, 0x08, 0x0B, 0x1F] {
                var bytes = seed
                bytes.insert(control, at: position)
                #expect(try readingError(Data(bytes), name: "seed.txt")?.reason == .unknownFormat, "\(control) at \(position)")
            }
        }
    }

    /// Bytes that are not UTF-8 make a text unreadable, and the error names the first line
    /// that holds them, wherever it stands among the blocks of lines cut on different cores.
    @Test func textThatIsNotUTF8NamesItsFirstBadLine() throws {
        let seed = try TestDocuments.seedText()
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let bad: [[UInt8]] = [[0xFF], [0xE4, 0xB8], [0x80], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98]]
        for (index, line) in [(0, 0), (511, 1), (512, 2), (lines.count / 2, 3), (lines.count - 1, 4)] {
            var broken = lines
            // A byte no UTF-8 has, a sequence cut short, a lone continuation byte, a surrogate and a
            // four-byte sequence cut short, each at the end of a line.
            broken[index] += bad[line]
            let data = Data(broken.joined(separator: [UInt8(ascii: "\n")]))
            let error = try readingError(data, name: "broken.txt")
            #expect(error?.reason == .unknownFormat)
            #expect(error?.location?.line == index + 1, "bad bytes \(bad[line]) on line \(index + 1)")
        }
    }

    /// A byte-order mark before a text or JSON is not part of it.
    @Test func aByteOrderMarkIsSkipped() throws {
        let seed = Data(try TestDocuments.seedText().utf8)
        let mark = Data([0xEF, 0xBB, 0xBF])
        let plain = try TestDocuments.reader().read(seed, fileName: "seed.txt")
        let marked = try TestDocuments.reader().read(mark + seed, fileName: "seed.txt")
        #expect(marked.metadata == plain.metadata)
        #expect(marked.tables == plain.tables)
        #expect(marked.provenance.readingNotes == plain.provenance.readingNotes)
        let json = try JSONEncoder().encode(plain)
        let decoded = try TestDocuments.reader().read(mark + Data(" \r\n".utf8) + json, fileName: "seed.json")
        #expect(decoded.tables == plain.tables)
    }
}
