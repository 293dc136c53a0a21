import Store
import Synchronization

/// What the public routes send for a published disclosure — the page, each download, the API's
/// JSON — kept as ready responses, per disclosure and version. A stored version never changes (the
/// store's triggers refuse it), so its bytes are right for as long as they are kept; when a
/// disclosure's current version changes, the renderings of the one it replaced are dropped at once,
/// before anything else. Beyond that the least recently used go first once the bytes kept pass
/// `capacity`, so memory stays flat however many versions are published and however large their
/// pages. A rendering is made once, however many requests miss it at the same moment.
final class RenderCache: Sendable {
    enum Rendering: Hashable, Sendable {
        case page
        case download(DownloadFormat)
        case disclosureJSON, findingsJSON, tablesJSON
    }

    private struct Key: Hashable {
        let department: DepartmentID
        let fiscalYear: Int
    }

    private struct Entry {
        let version: VersionID
        var renderings: [Rendering: Slot] = [:]
    }

    private enum Slot {
        case ready(Rendered, lastUse: UInt64)
        /// `token` tells this rendering from a later one of the same kind.
        case rendering(Task<Rendered, any Error>, token: UInt64)
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var bytes = 0
        /// Ticks once per use: the order the least recently used are dropped in.
        var uses: UInt64 = 0
    }

    private enum Next {
        case ready(Rendered)
        case wait(Task<Rendered, any Error>)
    }

    /// The most bytes of response bodies kept.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Bytes of response bodies kept now.
    var bytes: Int { state.withLock(\.bytes) }

    /// `rendering` of `version`, the current version of a department's disclosure for a year, made
    /// by `render` only when it is not kept.
    func rendered(_ rendering: Rendering, of version: VersionID, department: DepartmentID, fiscalYear: Int,
                  render: @escaping @Sendable () async throws -> Rendered) async throws -> Rendered {
        let key = Key(department: department, fiscalYear: fiscalYear)
        let next = state.withLock { state -> Next in
            state.uses += 1
            if state.entries[key]?.version != version {
                drop(key, from: &state)
                state.entries[key] = Entry(version: version)
            }
            switch state.entries[key]?.renderings[rendering] {
            case .ready(let rendered, _):
                state.entries[key]?.renderings[rendering] = .ready(rendered, lastUse: state.uses)
                return .ready(rendered)
            case .rendering(let task, _):
                return .wait(task)
            case nil:
                let token = state.uses
                let task = Task {
                    let result: Result<Rendered, any Error>
                    do {
                        result = .success(try await render())
                    } catch {
                        result = .failure(error)
                    }
                    self.keep(result, token: token, as: rendering, of: key, version: version)
                    return try result.get()
                }
                state.entries[key]?.renderings[rendering] = .rendering(task, token: token)
                return .wait(task)
            }
        }
        switch next {
        case .ready(let rendered): return rendered
        case .wait(let task): return try await task.value
        }
    }

    /// Keeps what a rendering made, if its version is still the one kept for `key`; a failure is
    /// forgotten, so the next request tries again. Runs before the rendering's waiters resume.
    private func keep(_ result: Result<Rendered, any Error>, token: UInt64, as rendering: Rendering, of key: Key, version: VersionID) {
        state.withLock { state in
            guard let entry = state.entries[key], entry.version == version,
                  case .rendering(_, let pending) = entry.renderings[rendering], pending == token else { return }
            guard case .success(let rendered) = result, rendered.body.readableBytes <= capacity else {
                state.entries[key]?.renderings[rendering] = nil
                return
            }
            state.uses += 1
            state.entries[key]?.renderings[rendering] = .ready(rendered, lastUse: state.uses)
            state.bytes += rendered.body.readableBytes
            while state.bytes > capacity, dropLeastRecentlyUsed(from: &state) {}
        }
    }

    private func drop(_ key: Key, from state: inout State) {
        guard let entry = state.entries.removeValue(forKey: key) else { return }
        for case .ready(let rendered, _) in entry.renderings.values {
            state.bytes -= rendered.body.readableBytes
        }
    }

    private func dropLeastRecentlyUsed(from state: inout State) -> Bool {
        var oldest: (key: Key, rendering: Rendering, use: UInt64, size: Int)?
        for (key, entry) in state.entries {
            for case let (rendering, .ready(rendered, use)) in entry.renderings where use < oldest?.use ?? .max {
                oldest = (key, rendering, use, rendered.body.readableBytes)
            }
        }
        guard let oldest else { return false }
        state.entries[oldest.key]?.renderings[oldest.rendering] = nil
        state.bytes -= oldest.size
        return true
    }
}
