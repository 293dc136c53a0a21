import Disclosure
import Foundation
import Testing

@Suite struct ConcurrentMapTests {
    /// The threads that ran pieces, as they ran them.
    private final class Threads: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [UInt] = []
        func record() { lock.withLock { seen.append(UInt(bitPattern: Int(bitPattern: UInt(pthread_self())))) } }
        var distinct: Set<UInt> { lock.withLock { Set(seen) } }
        var count: Int { lock.withLock { seen.count } }
    }

    @Test(arguments: [0, 1, 2, 3, 17, 500])
    func keepsTheOrderOfItsInput(count: Int) {
        let input = Array(0..<count)
        #expect(input.concurrentMap { $0 * 3 + 1 } == input.map { $0 * 3 + 1 })
        let (mapped, other) = input.concurrentMap({ String($0) }, alongside: { "other" })
        #expect(mapped == input.map(String.init))
        #expect(other == "other")
    }

    /// Whether another core takes pieces depends on the scheduler (on a busy machine none may come
    /// in time), so only what must hold is asserted: every piece runs once, results in order.
    @Test func runsEveryPieceOnce() {
        let threads = Threads()
        let mapped = Array(0..<16).concurrentMap { index -> Int in
            threads.record()
            usleep(5_000)
            return index
        }
        #expect(mapped == Array(0..<16))
        #expect(threads.count == 16)
    }

    @Test func staysOnTheCallersThreadWhenTheCoresAreTakenAlready() {
        let threads = Threads()
        let caller = Threads()
        caller.record()
        let mapped = ConcurrentMapping.$spreadsOverCores.withValue(false) {
            Array(0..<16).concurrentMap({ index -> Int in
                threads.record()
                usleep(1_000)
                return index
            }, alongside: { threads.record() }).0
        }
        #expect(mapped == Array(0..<16))
        #expect(threads.count == 17)
        #expect(threads.distinct == caller.distinct)
    }
}
