import Foundation
import Hummingbird
import Store

/// The request context of every portal route: Hummingbird's core, plus the client's address,
/// which sign-in throttling counts by.
public struct PortalContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address (behind a proxy, the proxy's), or nil where the channel has none.
    public let clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
    }
}

extension PortalContext {
    /// A path parameter, percent-decoded: Hummingbird hands them over as they stand in the URL,
    /// and a department code with any character outside letters and digits is linked encoded.
    func path(_ name: String) -> String? {
        parameters.get(name).flatMap(\.percentDecoded)
    }

    /// The `:id` of a version route.
    func versionID() throws -> VersionID {
        guard let id = path("id").flatMap(Int64.init) else { throw PortalError.badRequest("版本号须为整数") }
        return VersionID(id)
    }
}
