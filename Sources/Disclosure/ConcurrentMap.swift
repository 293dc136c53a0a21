import Dispatch

/// Whether `concurrentMap` spreads its pieces over the cores. A caller that already keeps every
/// core busy with whole documents (checking a folder) turns it off for its tasks: there,
/// spreading one document's pieces only adds the cost of handing them between threads.
public enum ConcurrentMapping {
    @TaskLocal public static var spreadsOverCores = true
}

extension Array where Element: Sendable {
    /// `transform` of every element, in order, worked out on all cores at once. For the
    /// independent pieces of one document (its rules, its self-evaluation tables), so that one
    /// document takes about the time of its longest share of the work rather than the sum.
    /// Whichever core is free takes the next element; nothing is shared but the results, each
    /// written once to its own place.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        count > 1 ? concurrentMap(transform, alongside: {}).0 : map(transform)
    }

    /// `concurrentMap`, with `other` worked out at the same time as one more piece. `other` is
    /// started first, so the longest piece should be it.
    public func concurrentMap<T: Sendable, Other: Sendable>(_ transform: @Sendable (Element) -> T,
                                                            alongside other: @Sendable () -> Other) -> ([T], Other) {
        guard ConcurrentMapping.spreadsOverCores else { return (map(transform), other()) }
        nonisolated(unsafe) var otherResult: Other?
        let mapped = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: count + 1) { index in
                if index == 0 {
                    otherResult = other()
                } else {
                    (results.baseAddress! + index - 1).initialize(to: transform(self[index - 1]))
                }
            }
            initialized = count
        }
        return (mapped, otherResult!)
    }
}
