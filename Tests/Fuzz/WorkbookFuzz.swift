import Classification
import Foundation

// libFuzzer harness for the authoring workbook: `scripts/fuzz.sh` compiles this file into the
// Authoring module with `-sanitize=fuzzer,address`. A workbook may be refused with located
// issues; it may never crash, hang or exhaust memory.

private let catalogue = try! Catalogue.bundled()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard var workbook = try? InputWorkbook(data: Data(bytes: data, count: size), fileName: "fuzz.xlsx"),
          let input = try? workbook.input() else { return 0 }
    _ = try? Author(catalogue: catalogue).disclosure(from: input, prior: nil, fileName: "fuzz.xlsx", source: Data())
    return 0
}
