import Store
import Synchronization

/// Which version of every disclosure is published, as the store said at most `maxAge` ago. Every
/// public page, download and API read finds its version here, so in the steady state a request asks
/// the store nothing. A publication made through this portal calls `invalidate()` once it has
/// committed, so it shows at once; one made by another process on the same store (a second portal
/// on PostgreSQL, a script) shows within `maxAge`. A disclosure missing here is asked of the store
/// (`PublicView.current`), so a first publication shows at once whoever made it.
final class PublishedIndex: Sendable {
    struct Key: Hashable, Sendable {
        let department: String
        let fiscalYear: Int
    }

    struct Snapshot: Sendable {
        /// By department name, latest year first: the order the pages list them in.
        let list: [PublishedDisclosure]
        let byKey: [Key: PublishedDisclosure]
        /// When the query it was read by started.
        let asOf: ContinuousClock.Instant
    }

    private struct State {
        var snapshot: Snapshot?
        var refresh: Task<Snapshot, any Error>?
        /// Counts invalidations: a refresh that began before one must not keep what it read.
        var generation = 0
    }

    private enum Next {
        case ready(Snapshot)
        case wait(Task<Snapshot, any Error>)
    }

    private let store: any DisclosureStore
    let maxAge: Duration
    private let state = Mutex(State())

    init(store: any DisclosureStore, maxAge: Duration) {
        self.store = store
        self.maxAge = maxAge
    }

    /// The current snapshot; when it is older than `maxAge`, a new one, read once for all the
    /// requests that want it at the same moment.
    func snapshot() async throws -> Snapshot {
        let now = ContinuousClock.now
        let next = state.withLock { state -> Next in
            if let snapshot = state.snapshot, now - snapshot.asOf < maxAge { return .ready(snapshot) }
            if let refresh = state.refresh { return .wait(refresh) }
            let generation = state.generation
            let refresh = Task { try await self.read(generation) }
            state.refresh = refresh
            return .wait(refresh)
        }
        switch next {
        case .ready(let snapshot): return snapshot
        case .wait(let refresh): return try await refresh.value
        }
    }

    /// Forgets the snapshot: called after every publication this process makes.
    func invalidate() {
        state.withLock { state in
            state.generation += 1
            state.snapshot = nil
            state.refresh = nil
        }
    }

    private func read(_ generation: Int) async throws -> Snapshot {
        let asOf = ContinuousClock.now
        let read: Result<Snapshot, any Error>
        do {
            let list = try await store.publishedDisclosures().sorted {
                ($0.department.name, -$0.fiscalYear) < ($1.department.name, -$1.fiscalYear)
            }
            let byKey = Dictionary(list.map { (Key(department: $0.department.code, fiscalYear: $0.fiscalYear), $0) }, uniquingKeysWith: { first, _ in first })
            read = .success(Snapshot(list: list, byKey: byKey, asOf: asOf))
        } catch {
            read = .failure(error)
        }
        state.withLock { state in
            guard state.generation == generation else { return }
            state.refresh = nil
            if case .success(let snapshot) = read { state.snapshot = snapshot }
        }
        return try read.get()
    }
}
