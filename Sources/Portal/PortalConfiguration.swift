import Foundation

/// What an operator may tune when serving the portal (`juesuan serve` flags). The defaults are
/// the safe choice for a portal on the open internet behind a TLS proxy, except `secureCookies`,
/// which must be on there and is off so that plain `http://127.0.0.1` sign-ins work.
public struct PortalConfiguration: Sendable {
    /// The largest file an upload (API or form) may carry, in bytes.
    public var uploadLimit: Int
    /// Marks the session cookie `Secure`: browsers then send it over HTTPS only.
    public var secureCookies: Bool
    /// Failed sign-ins allowed per account, and per client address, within `loginWindow`.
    public var loginAttemptsPerAccount: Int
    public var loginAttemptsPerAddress: Int
    public var loginWindow: Duration
    /// How long a sign-in lasts.
    public var sessionLifetime: Duration
    /// How old the portal's list of what is published may be before it is read again: how long a
    /// publication made by another process on the same store (not through this portal, whose own
    /// show at once) may take to show. Zero asks the store on every request.
    public var publicationMaxAge: Duration
    /// The most bytes of rendered pages, downloads and API answers kept in memory.
    public var renderCacheBytes: Int

    public init(uploadLimit: Int = 50 * 1024 * 1024, secureCookies: Bool = false, loginAttemptsPerAccount: Int = 5,
                loginAttemptsPerAddress: Int = 20, loginWindow: Duration = .seconds(15 * 60), sessionLifetime: Duration = .seconds(8 * 3600),
                publicationMaxAge: Duration = .seconds(1), renderCacheBytes: Int = 32 * 1024 * 1024) {
        self.uploadLimit = uploadLimit
        self.secureCookies = secureCookies
        self.loginAttemptsPerAccount = loginAttemptsPerAccount
        self.loginAttemptsPerAddress = loginAttemptsPerAddress
        self.loginWindow = loginWindow
        self.sessionLifetime = sessionLifetime
        self.publicationMaxAge = publicationMaxAge
        self.renderCacheBytes = renderCacheBytes
    }

    /// The upload limit as people read it: "50 MB".
    var uploadLimitText: String {
        uploadLimit % (1024 * 1024) == 0 ? "\(uploadLimit / (1024 * 1024)) MB" : "\(uploadLimit) 字节"
    }
}
