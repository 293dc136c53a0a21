import Classification
import Foundation

// libFuzzer harnesses for the readers. `scripts/fuzz.sh` compiles this file into the Reading
// module itself (so the harness reaches the internal PDF layout and workbook readers) with
// `-sanitize=fuzzer,address`; JUESUAN_FUZZ names the reader: text, tsv, xlsx or json.
// Any input may be refused with an error; none may crash, hang or exhaust memory.

private let target = ProcessInfo.processInfo.environment["JUESUAN_FUZZ"] ?? "text"
private let catalogue = try! Catalogue.bundled()
/// Small limits, so that a refusal is found in milliseconds and a slow path stands out.
private let limits = ReadingLimits(maxInputBytes: 1 << 20, maxLineBytes: 64 << 10, maxXLSXPartBytes: 4 << 20, maxRows: 5_000, maxCells: 200_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let text = TextDisclosureReader(catalogue: catalogue)
    switch target {
    case "tsv":
        // What pdftotext -tsv writes, rebuilt into lines and read as a PDF would be.
        let words = PDFLayout.words(fromTSV: String(decoding: bytes, as: UTF8.self))
        _ = try? text.read(PDFLayout.sourceText(words), fileName: "fuzz.pdf", sha256: "")
    case "xlsx":
        if let workbook = try? XLSXWorkbook(data: bytes, fileName: "fuzz.xlsx", limits: limits) {
            _ = try? text.read(workbook.sourceText(), fileName: "fuzz.xlsx", sha256: "")
        }
    case "json":
        _ = try? DisclosureJSON.decode(bytes, fileName: "fuzz.json", maxDepth: limits.maxJSONDepth)
    default:
        // The whole entry point: sniffing, encoding checks, line limits, the text reader.
        _ = try? DisclosureReader(catalogue: catalogue, limits: limits).read(bytes, fileName: "fuzz.txt")
    }
    return 0
}
