import Foundation

/// A signed-in browser. The cookie carries a random secret; the store keeps only its SHA-256
/// (`idHash`), with the synchronizer token that every form of the session must send back.
public struct WebSession: Sendable, Hashable {
    public let idHash: String
    public let user: UserID
    /// The CSRF token: random, one per session, compared on every form POST.
    public let csrfToken: String
    public let createdAt: Date
    public let expiresAt: Date

    public init(idHash: String, user: UserID, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.idHash = idHash
        self.user = user
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
