import Disclosure
import Foundation
import Reading
import Testing

/// A document's pieces (blocks of lines, self-evaluation tables, the statutory tables and
/// prose) are read on all cores at once; what is read, and the order of its notes, must be what
/// reading them one after another on one core gives.
@Suite struct SpreadReadingTests {
    static let documents = try! FileManager.default.contentsOfDirectory(atPath: TestDocuments.packageRoot.appendingPathComponent("data/documents").path).sorted()

    @Test(arguments: documents)
    func readsTheSameOnAllCoresAsOnOne(name: String) throws {
        let path = TestDocuments.packageRoot.appendingPathComponent("data/documents/\(name)").path
        let reader = try TestDocuments.reader()
        let spread = try reader.read(path: path)
        let serial = try ConcurrentMapping.$spreadsOverCores.withValue(false) { try reader.read(path: path) }
        #expect(spread == serial)
    }
}
