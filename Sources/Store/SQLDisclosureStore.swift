import Checking
import Foundation
import Reading

/// The `DisclosureStore` on a SQL database: SQLite through GRDB or PostgreSQL through
/// PostgresNIO (`open(_:)`, `StoreLocation`).
///
/// The store's logic is written once, here, as statements with bound values; a backend only
/// binds and runs them. Writes are lists of `SQLStep`s that a backend runs in one transaction,
/// so a change and its audit entry are always committed together.
public final class SQLDisclosureStore: DisclosureStore {
    let backend: any SQLBackend

    init(backend: any SQLBackend) {
        self.backend = backend
    }

    /// Opens (creating and migrating as needed) the store at `location`.
    public static func open(_ location: StoreLocation) async throws -> SQLDisclosureStore {
        switch location {
        case .sqlite(let path): SQLDisclosureStore(backend: try SQLiteBackend(path: path))
        case .postgres(let postgres): SQLDisclosureStore(backend: try await PostgresBackend.connect(postgres))
        }
    }

    public func close() async throws {
        try await backend.close()
    }

    // MARK: Departments

    public func createDepartment(code: String, name: String, actor: String) async throws -> Department {
        let now = StoreClock.now()
        let results = try await backend.write([
            SQLStep("SELECT id FROM departments WHERE code = ?", values: [.text(code)], expect: .noRow(orElse: .departmentCodeTaken(code))),
            SQLStep("INSERT INTO departments (code, name, created_at) VALUES (?, ?, ?) RETURNING id, code, name, created_at",
                    values: [.text(code), .text(name), SQLValue(now)]),
            audit(.createDepartment, at: now, actor: actor, department: .resultOf(step: 1), detail: .value(.text(name))),
        ])
        return try Department(row: try firstRow(results[1]))
    }

    public func departments() async throws -> [Department] {
        try await backend.read("SELECT id, code, name, created_at FROM departments ORDER BY code", []).map { try Department(row: $0) }
    }

    public func department(id: DepartmentID) async throws -> Department? {
        try await backend.read("SELECT id, code, name, created_at FROM departments WHERE id = ?", [.integer(id.rawValue)])
            .first.map { try Department(row: $0) }
    }

    public func department(code: String) async throws -> Department? {
        try await backend.read("SELECT id, code, name, created_at FROM departments WHERE code = ?", [.text(code)])
            .first.map { try Department(row: $0) }
    }

    // MARK: Versions

    public func addVersion(_ upload: VersionUpload, actor: String) async throws -> VersionID {
        let now = StoreClock.now()
        let department = SQLValue.integer(upload.department.rawValue)
        let year = SQLValue(upload.fiscalYear)
        let counts = FindingCounts(upload.findings)
        let source = upload.source
        var steps = [
            SQLStep("SELECT id FROM departments WHERE id = ?", values: [department], expect: .aRow(orElse: .departmentNotFound(upload.department))),
            // Numbers the version and, on PostgreSQL, locks the disclosure until commit.
            SQLStep("""
                INSERT INTO disclosures (department_id, fiscal_year, version_count) VALUES (?, ?, 1)
                ON CONFLICT (department_id, fiscal_year) DO UPDATE SET version_count = disclosures.version_count + 1
                RETURNING version_count
                """, values: [department, year]),
            SQLStep("""
                INSERT INTO versions (department_id, fiscal_year, number, source_file_name, source_sha256, source_size, reader,
                                      error_count, warning_count, note_count, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, [.value(department), .value(year), .resultOf(step: 1), .value(.text(source.fileName)), .value(.text(source.sha256)),
                      .value(SQLValue(source.bytes.count)), .value(.text(source.reader)), .value(SQLValue(counts.errors)),
                      .value(SQLValue(counts.warnings)), .value(SQLValue(counts.notes)), .value(SQLValue(now)), .value(.text(actor))]),
        ]
        let version = SQLStep.Argument.resultOf(step: 2)
        steps.append(SQLStep("INSERT INTO version_contents (version_id, source, model_json, findings_json) VALUES (?, ?, ?, ?)",
                             [version, .value(.blob(source.bytes)), .value(.text(try DisclosureJSON.encode(upload.model))),
                              .value(.text(try FindingsJSON.encode(upload.findings)))]))
        for total in ExpenditureTotals.of(upload.model) {
            steps.append(SQLStep("INSERT INTO version_expenditure_totals (version_id, code, total_fen) VALUES (?, ?, ?)",
                                 [version, .value(.text(total.code)), .value(.integer(total.fen))]))
        }
        steps.append(audit(.addVersion, at: now, actor: actor, department: .value(department), version: version, detail: .value(.text(source.fileName))))
        let results = try await backend.write(steps)
        return VersionID(try firstRow(results[2]).integer(0))
    }

    public func versions(department: DepartmentID, fiscalYear: Int) async throws -> [VersionSummary] {
        try await backend.read("SELECT * FROM version_summaries WHERE department_id = ? AND fiscal_year = ? ORDER BY id",
                               [.integer(department.rawValue), SQLValue(fiscalYear)]).map { try VersionSummary(row: $0) }
    }

    public func version(id: VersionID) async throws -> StoredVersion? {
        try await backend.read("""
            SELECT s.*, c.source, c.model_json, c.findings_json
            FROM version_summaries s JOIN version_contents c ON c.version_id = s.id WHERE s.id = ?
            """, [.integer(id.rawValue)]).first.map { try StoredVersion(row: $0) }
    }

    public func publish(version: VersionID, actor: String, reason: String?) async throws -> Publication {
        let now = StoreClock.now()
        let id = SQLValue.integer(version.rawValue)
        let results = try await backend.write([
            SQLStep("SELECT department_id, fiscal_year FROM versions WHERE id = ?", values: [id], expect: .aRow(orElse: .versionNotFound(version))),
            // Serialises publishing per disclosure (a row lock on PostgreSQL) before the check below.
            SQLStep("UPDATE disclosures SET publication_count = publication_count + 1 WHERE department_id = ? AND fiscal_year = ? RETURNING publication_count",
                    [.resultOf(step: 0), .resultOf(step: 0, column: 1)], expect: .aRow(orElse: .versionNotFound(version))),
            SQLStep("""
                SELECT p.id FROM current_publications c JOIN publications p ON p.id = c.publication_id WHERE p.version_id = ?
                """, values: [id], expect: .noRow(orElse: .alreadyCurrent(version))),
            SQLStep("""
                INSERT INTO publications (version_id, published_at, published_by, reason) VALUES (?, ?, ?, ?)
                RETURNING id, version_id, published_at, published_by, reason
                """, values: [id, SQLValue(now), .text(actor), SQLValue(reason)]),
            audit(.publish, at: now, actor: actor, department: .resultOf(step: 0), version: .value(id), detail: .value(SQLValue(reason))),
        ])
        return try Publication(row: try firstRow(results[3]))
    }

    public func publications(department: DepartmentID, fiscalYear: Int) async throws -> [Publication] {
        try await backend.read("""
            SELECT p.id, p.version_id, p.published_at, p.published_by, p.reason
            FROM publications p JOIN versions v ON v.id = p.version_id
            WHERE v.department_id = ? AND v.fiscal_year = ? ORDER BY p.id
            """, [.integer(department.rawValue), SQLValue(fiscalYear)]).map { try Publication(row: $0) }
    }

    public func publishedDisclosures() async throws -> [PublishedDisclosure] {
        try await publishedDisclosures(Self.published + " ORDER BY d.code, s.fiscal_year", [])
    }

    public func publishedDisclosure(departmentCode: String, fiscalYear: Int) async throws -> PublishedDisclosure? {
        try await publishedDisclosures(Self.published + " WHERE d.code = ? AND cp.fiscal_year = ?", [.text(departmentCode), SQLValue(fiscalYear)]).first
    }

    /// The current publications with their departments and version summaries; a filter or an order follows.
    private static let published: SQLText = """
        SELECT d.id, d.code, d.name, d.created_at, s.*, p.id, p.version_id, p.published_at, p.published_by, p.reason
        FROM current_publications cp
        JOIN publications p ON p.id = cp.publication_id
        JOIN version_summaries s ON s.id = p.version_id
        JOIN departments d ON d.id = cp.department_id
        """

    private func publishedDisclosures(_ sql: SQLText, _ values: [SQLValue]) async throws -> [PublishedDisclosure] {
        try await backend.read(sql, values).map { row in
            PublishedDisclosure(department: try Department(row: row), version: try VersionSummary(row: row, at: 4),
                                publication: try Publication(row: row, at: 4 + VersionSummary.columnCount))
        }
    }

    public func aggregate(classCode: String?, fiscalYears: ClosedRange<Int>) async throws -> [ClassTotal] {
        // An empty code stands for "every 类": a bound value, so one statement serves both.
        let code = SQLValue.text(classCode ?? "")
        return try await backend.read("""
            SELECT t.code, v.fiscal_year, CAST(SUM(t.total_fen) AS BIGINT), COUNT(*)
            FROM current_publications cp
            JOIN publications p ON p.id = cp.publication_id
            JOIN versions v ON v.id = p.version_id
            JOIN version_expenditure_totals t ON t.version_id = v.id
            WHERE (t.code = ? OR (? = '' AND LENGTH(t.code) = 3)) AND v.fiscal_year BETWEEN ? AND ?
            GROUP BY t.code, v.fiscal_year ORDER BY t.code, v.fiscal_year
            """, [code, code, SQLValue(fiscalYears.lowerBound), SQLValue(fiscalYears.upperBound)]).map { try ClassTotal(row: $0) }
    }

    // MARK: Audit

    public func auditLog(_ query: AuditQuery) async throws -> [AuditEntry] {
        let rows = switch query {
        case .all:
            try await backend.read("SELECT id, at, actor, action, department_id, version_id, detail FROM audit_log ORDER BY id", [])
        case .department(let id):
            try await backend.read("""
                SELECT id, at, actor, action, department_id, version_id, detail FROM audit_log WHERE department_id = ? ORDER BY id
                """, [.integer(id.rawValue)])
        case .version(let id):
            try await backend.read("""
                SELECT id, at, actor, action, department_id, version_id, detail FROM audit_log WHERE version_id = ? ORDER BY id
                """, [.integer(id.rawValue)])
        }
        return try rows.map { try AuditEntry(row: $0) }
    }

    /// The audit entry of a change, as the last step of the change's transaction.
    func audit(_ action: AuditAction, at time: Date, actor: String, department: SQLStep.Argument = .value(.null),
                       version: SQLStep.Argument = .value(.null), detail: SQLStep.Argument) -> SQLStep {
        SQLStep("INSERT INTO audit_log (at, actor, action, department_id, version_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                [.value(SQLValue(time)), .value(.text(actor)), .value(.text(action.rawValue)), department, version, detail])
    }

    func firstRow(_ rows: [SQLRow]) throws -> SQLRow {
        guard let row = rows.first else { throw StoreError.corrupt("a statement returned no row") }
        return row
    }
}
