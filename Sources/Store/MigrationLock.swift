#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock that processes opening the same SQLite file hold while migrating. GRDB's migrator
/// reads which migrations were applied before its transactions begin, so two processes
/// opening a fresh file at once could both try the first migration; `flock` on a file beside
/// the database makes them take turns.
enum MigrationLock {
    static func holding<Result>(besides databasePath: String, _ body: () throws -> Result) throws -> Result {
        let lockPath = databasePath + "-migration-lock"
        let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreError.invalidLocation("cannot open \(lockPath)") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw StoreError.invalidLocation("cannot lock \(lockPath)") }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
