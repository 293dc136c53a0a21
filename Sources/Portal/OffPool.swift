import Dispatch

/// CPU-bound work (reading a document, checking it, bcrypt) run on a Dispatch thread, off Swift's
/// cooperative pool. That pool has one thread per core and also drives every other request and
/// the PostgreSQL connection pool: a read of a large PDF held there starves them all (seen as
/// PostgreSQL "did not answer" while uploads were read).
enum OffPool {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
