import Hummingbird
import Store
import Synchronization

/// Disclosure pages as rendered, by version. A stored version never changes (the store's triggers
/// refuse it), so its page is right for as long as it is kept; which version is published is still
/// asked of the store on every request, so a publication or a rollback shows at once and there is
/// nothing to invalidate. Rendering a page decodes the model and writes every table, which is what
/// bounded the portal's throughput; a cached page is one lookup. At most `capacity` pages are
/// kept, the oldest dropped first, so memory stays flat however many versions are published.
final class PageCache: Sendable {
    private struct Pages {
        var byVersion: [VersionID: ByteBuffer] = [:]
        var order: [VersionID] = []
    }

    private let pages = Mutex(Pages())
    let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    /// The page of `version`, rendered by `render` only when it is not kept. Two requests that
    /// miss at once may both render: the same bytes, kept once.
    func page(of version: VersionID, render: () async throws -> String) async rethrows -> ByteBuffer {
        if let page = pages.withLock({ $0.byVersion[version] }) { return page }
        let page = ByteBuffer(string: try await render())
        pages.withLock { pages in
            guard pages.byVersion.updateValue(page, forKey: version) == nil else { return }
            pages.order.append(version)
            if pages.order.count > capacity {
                pages.byVersion[pages.order.removeFirst()] = nil
            }
        }
        return page
    }
}
