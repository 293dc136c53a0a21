import Checking
import Disclosure
import Foundation
import Testing

/// Rules run on all cores at once; the report, findings in catalogue order, must be the one
/// running them one after another gives.
@Suite struct SpreadCheckingTests {
    @Test func checkingOnAllCoresReportsWhatCheckingOnOneDoes() throws {
        let seed = try SeedDocument.read()
        let spread = try SeedDocument.check(seed)
        let serial = try ConcurrentMapping.$spreadsOverCores.withValue(false) { try SeedDocument.check(seed) }
        #expect(spread.findings.count > 10)
        #expect(spread.findings == serial.findings)
        #expect(spread.notEvaluated == serial.notEvaluated)
    }
}
