import Foundation

/// Web sessions: kept server-side so that signing out, deleting an account or a session's
/// expiry ends it at once, whatever the browser still holds.
extension SQLDisclosureStore {
    public func createSession(_ session: WebSession, login: String) async throws {
        _ = try await backend.write([
            // Expired sessions are swept as new ones are made: the table stays the size of the signed-in set.
            SQLStep("DELETE FROM sessions WHERE expires_at <= ?", values: [SQLValue(session.createdAt)]),
            SQLStep("INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                    values: [.text(session.idHash), .integer(session.user.rawValue), .text(session.csrfToken),
                             SQLValue(session.createdAt), SQLValue(session.expiresAt)]),
            audit(.signIn, at: session.createdAt, actor: login, detail: .value(.text(login))),
        ])
    }

    public func session(idHash: String, at time: Date) async throws -> WebSession? {
        try await backend.read("""
            SELECT id_hash, user_id, csrf_token, created_at, expires_at FROM sessions WHERE id_hash = ? AND expires_at > ?
            """, [.text(idHash), SQLValue(time)]).first.map { row in
            WebSession(idHash: try row.text(0), user: UserID(try row.integer(1)), csrfToken: try row.text(2),
                       createdAt: try row.date(3), expiresAt: try row.date(4))
        }
    }

    public func deleteSession(idHash: String) async throws {
        _ = try await backend.write([SQLStep("DELETE FROM sessions WHERE id_hash = ?", values: [.text(idHash)])])
    }

    public func versions(department: DepartmentID) async throws -> [VersionSummary] {
        try await backend.read("SELECT * FROM version_summaries WHERE department_id = ? ORDER BY fiscal_year DESC, id",
                               [.integer(department.rawValue)]).map { try VersionSummary(row: $0) }
    }
}
