import Disclosure

/// The store's values read from result rows, each from a known column offset, in the column
/// order of the statements and views that produce them.
extension Department {
    /// `id, code, name, created_at`
    init(row: SQLRow, at offset: Int = 0) throws {
        self.init(id: DepartmentID(try row.integer(offset)), code: try row.text(offset + 1), name: try row.text(offset + 2),
                  createdAt: try row.date(offset + 3))
    }
}

extension VersionSummary {
    /// The 14 columns of the `version_summaries` view.
    static let columnCount = 14

    init(row: SQLRow, at offset: Int = 0) throws {
        self.init(id: VersionID(try row.integer(offset)), department: DepartmentID(try row.integer(offset + 1)),
                  fiscalYear: try row.int(offset + 2), number: try row.int(offset + 3), sourceFileName: try row.text(offset + 4),
                  sourceSHA256: try row.text(offset + 5), sourceSize: try row.int(offset + 6), reader: try row.text(offset + 7),
                  findingCounts: FindingCounts(errors: try row.int(offset + 8), warnings: try row.int(offset + 9), notes: try row.int(offset + 10)),
                  createdAt: try row.date(offset + 11), createdBy: try row.text(offset + 12), isPublished: try row.integer(offset + 13) != 0)
    }
}

extension StoredVersion {
    /// The summary's columns, then `source, model_json, findings_json`.
    init(row: SQLRow) throws {
        let contents = VersionSummary.columnCount
        self.init(summary: try VersionSummary(row: row), sourceBytes: try row.blob(contents),
                  modelJSON: try row.text(contents + 1), findingsJSON: try row.text(contents + 2))
    }
}

extension Publication {
    /// `id, version_id, published_at, published_by, reason`
    init(row: SQLRow, at offset: Int = 0) throws {
        self.init(id: try row.integer(offset), version: VersionID(try row.integer(offset + 1)), publishedAt: try row.date(offset + 2),
                  publishedBy: try row.text(offset + 3), reason: try row.optionalText(offset + 4))
    }
}

extension AuditEntry {
    /// `id, at, actor, action, department_id, version_id, detail`
    init(row: SQLRow) throws {
        let actionName = try row.text(3)
        guard let action = AuditAction(rawValue: actionName) else { throw StoreError.corrupt("unknown audit action \(actionName)") }
        self.init(id: try row.integer(0), at: try row.date(1), actor: try row.text(2), action: action,
                  department: try row.optionalInteger(4).map(DepartmentID.init), version: try row.optionalInteger(5).map(VersionID.init),
                  detail: try row.optionalText(6))
    }
}

extension APIToken {
    /// `id, user_id, name, token_hash, created_at, revoked_at`
    init(row: SQLRow) throws {
        self.init(id: TokenID(try row.integer(0)), user: UserID(try row.integer(1)), name: try row.text(2), tokenHash: try row.text(3),
                  createdAt: try row.date(4), revokedAt: try row.optionalDate(5))
    }
}

extension User {
    /// `id, login, display_name, role, password_hash, created_at`, with the departments read apart.
    init(row: SQLRow, departments: Set<DepartmentID>) throws {
        let roleName = try row.text(3)
        guard let role = AccountRole(rawValue: roleName) else { throw StoreError.corrupt("unknown role \(roleName)") }
        self.init(id: UserID(try row.integer(0)), login: try row.text(1),
                  profile: UserProfile(displayName: try row.text(2), role: role, departments: departments, passwordHash: try row.text(4)),
                  createdAt: try row.date(5))
    }
}

extension ClassTotal {
    /// `code, fiscal_year, total_fen, departments`
    init(row: SQLRow) throws {
        self.init(code: try row.text(0), fiscalYear: try row.int(1), total: Amount(fen: try row.integer(2)), departments: try row.int(3))
    }
}
