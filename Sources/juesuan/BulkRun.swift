import Disclosure
import Foundation

/// Many documents on every core, with memory that does not grow with their number: at most
/// `width` (the active processor count) are worked on at once, and results are handed on in
/// the order of the input as soon as every earlier one is done. A result that finishes early
/// waits at most until the slowest of the `4 × width` documents before it is done, so what is
/// held at any moment is bounded by the window, never by the folder. The window is that wide
/// because documents differ: behind one PDF that takes as long as four texts, a window of
/// `2 × width` left a core idle, and the cores were busy 96.5% of a bulk run instead of 98%.
enum BulkRun {
    static func run<Item: Sendable, Result: Sendable>(
        _ files: [Item], width: Int = ProcessInfo.processInfo.activeProcessorCount,
        work: @escaping @Sendable (Item) -> Result, emit: (Int, Result) throws -> Void
    ) async throws {
        let width = max(1, width)
        let window = 4 * width
        // Whole documents keep the cores busy; one document's pieces stay on its own core.
        try await ConcurrentMapping.$spreadsOverCores.withValue(files.count < 2) {
            try await withThrowingTaskGroup(of: (Int, Result).self) { group in
                var started = 0
                var running = 0
                var emitted = 0
                var finished: [Int: Result] = [:]
                while emitted < files.count {
                    while running < width, started < files.count, started < emitted + window {
                        let index = started
                        group.addTask { (index, work(files[index])) }
                        started += 1
                        running += 1
                    }
                    guard let (index, result) = try await group.next() else { break }
                    running -= 1
                    finished[index] = result
                    while let next = finished.removeValue(forKey: emitted) {
                        try emit(emitted, next)
                        emitted += 1
                    }
                }
            }
        }
    }
}
