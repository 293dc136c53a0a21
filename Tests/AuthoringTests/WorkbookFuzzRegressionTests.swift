import Authoring
import Foundation
import Reading
import Testing

/// Every authoring workbook the fuzzer (scripts/fuzz.sh workbook) once crashed on, read again
/// through `juesuan author`'s path without the sanitizer build: each must be refused with an
/// error that names the file.
@Suite struct WorkbookFuzzRegressionTests {
    @Test func regressionsAreRefusedWithoutCrashing() throws {
        let folder = SeedAuthoring.packageRoot.appendingPathComponent("Tests/Fuzz/regressions/workbook")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            #expect {
                try AuthoringFile(catalogue: SeedAuthoring.catalogue()).disclosure(path: folder.appendingPathComponent(name).path)
            } throws: { error in
                String(describing: error).contains(name)
            }
        }
    }
}
