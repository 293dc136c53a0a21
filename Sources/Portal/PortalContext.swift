import Hummingbird

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
