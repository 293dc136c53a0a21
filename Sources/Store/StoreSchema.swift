/// The store's schema as a list of migrations, each written for both databases side by side so
/// that they cannot drift. A migration, once released, never changes: a new need is a new
/// migration at the end. SQLite applies them through GRDB's `DatabaseMigrator`; PostgreSQL
/// through `PostgresMigrator`, with the same names and the same once-only semantics.
///
/// Immutability is the database's own rule, not only the code's: triggers refuse any UPDATE
/// or DELETE of versions, their contents, their totals, publications and the audit log.
/// Times are integer milliseconds since 1970; money is integer fen.
struct SchemaMigration: Sendable {
    let name: String
    let sqlite: [SQLText]
    let postgres: [SQLText]
}

enum StoreSchema {
    static let migrations: [SchemaMigration] = [disclosures, accounts, sessions]

    /// The tables that may only grow.
    static let appendOnlyTables = ["versions", "version_contents", "version_expenditure_totals", "publications", "audit_log"]

    static let disclosures = SchemaMigration(
        name: "1-disclosures",
        sqlite: [
            """
            CREATE TABLE departments (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                created_at INTEGER NOT NULL)
            """,
            """
            CREATE TABLE disclosures (
                department_id INTEGER NOT NULL REFERENCES departments(id),
                fiscal_year INTEGER NOT NULL,
                version_count INTEGER NOT NULL,
                publication_count INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (department_id, fiscal_year))
            """,
            """
            CREATE TABLE versions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                department_id INTEGER NOT NULL,
                fiscal_year INTEGER NOT NULL,
                number INTEGER NOT NULL,
                source_file_name TEXT NOT NULL,
                source_sha256 TEXT NOT NULL,
                source_size INTEGER NOT NULL,
                reader TEXT NOT NULL,
                error_count INTEGER NOT NULL,
                warning_count INTEGER NOT NULL,
                note_count INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                FOREIGN KEY (department_id, fiscal_year) REFERENCES disclosures(department_id, fiscal_year),
                UNIQUE (department_id, fiscal_year, number))
            """,
            """
            CREATE TABLE version_contents (
                version_id INTEGER PRIMARY KEY REFERENCES versions(id),
                source BLOB NOT NULL,
                model_json TEXT NOT NULL,
                findings_json TEXT NOT NULL)
            """,
            """
            CREATE TABLE version_expenditure_totals (
                version_id INTEGER NOT NULL REFERENCES versions(id),
                code TEXT NOT NULL,
                total_fen INTEGER NOT NULL,
                PRIMARY KEY (version_id, code))
            """,
            """
            CREATE TABLE publications (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                version_id INTEGER NOT NULL REFERENCES versions(id),
                published_at INTEGER NOT NULL,
                published_by TEXT NOT NULL,
                reason TEXT)
            """,
            "CREATE INDEX publications_version ON publications(version_id)",
            """
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                department_id INTEGER,
                version_id INTEGER,
                detail TEXT)
            """,
            "CREATE INDEX audit_log_department ON audit_log(department_id)",
            "CREATE INDEX audit_log_version ON audit_log(version_id)",
            currentPublications,
            versionSummaries,
            "CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END",
            "CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END",
            "CREATE TRIGGER version_contents_no_update BEFORE UPDATE ON version_contents BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END",
            "CREATE TRIGGER version_contents_no_delete BEFORE DELETE ON version_contents BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END",
            "CREATE TRIGGER version_expenditure_totals_no_update BEFORE UPDATE ON version_expenditure_totals BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END",
            "CREATE TRIGGER version_expenditure_totals_no_delete BEFORE DELETE ON version_expenditure_totals BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END",
            "CREATE TRIGGER publications_no_update BEFORE UPDATE ON publications BEGIN SELECT RAISE(ABORT, 'publications are append-only'); END",
            "CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications BEGIN SELECT RAISE(ABORT, 'publications are append-only'); END",
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        ],
        postgres: [
            """
            CREATE TABLE departments (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE disclosures (
                department_id BIGINT NOT NULL REFERENCES departments(id),
                fiscal_year BIGINT NOT NULL,
                version_count BIGINT NOT NULL,
                publication_count BIGINT NOT NULL DEFAULT 0,
                PRIMARY KEY (department_id, fiscal_year))
            """,
            """
            CREATE TABLE versions (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                department_id BIGINT NOT NULL,
                fiscal_year BIGINT NOT NULL,
                number BIGINT NOT NULL,
                source_file_name TEXT NOT NULL,
                source_sha256 TEXT NOT NULL,
                source_size BIGINT NOT NULL,
                reader TEXT NOT NULL,
                error_count BIGINT NOT NULL,
                warning_count BIGINT NOT NULL,
                note_count BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                FOREIGN KEY (department_id, fiscal_year) REFERENCES disclosures(department_id, fiscal_year),
                UNIQUE (department_id, fiscal_year, number))
            """,
            """
            CREATE TABLE version_contents (
                version_id BIGINT PRIMARY KEY REFERENCES versions(id),
                source BYTEA NOT NULL,
                model_json TEXT NOT NULL,
                findings_json TEXT NOT NULL)
            """,
            """
            CREATE TABLE version_expenditure_totals (
                version_id BIGINT NOT NULL REFERENCES versions(id),
                code TEXT NOT NULL,
                total_fen BIGINT NOT NULL,
                PRIMARY KEY (version_id, code))
            """,
            """
            CREATE TABLE publications (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                version_id BIGINT NOT NULL REFERENCES versions(id),
                published_at BIGINT NOT NULL,
                published_by TEXT NOT NULL,
                reason TEXT)
            """,
            "CREATE INDEX publications_version ON publications(version_id)",
            """
            CREATE TABLE audit_log (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at BIGINT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                department_id BIGINT,
                version_id BIGINT,
                detail TEXT)
            """,
            "CREATE INDEX audit_log_department ON audit_log(department_id)",
            "CREATE INDEX audit_log_version ON audit_log(version_id)",
            currentPublications,
            versionSummaries,
            """
            CREATE FUNCTION juesuan_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'juesuan: % is append-only', TG_TABLE_NAME;
            END
            $$
            """,
            "CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON versions FOR EACH ROW EXECUTE FUNCTION juesuan_refuse_change()",
            "CREATE TRIGGER version_contents_append_only BEFORE UPDATE OR DELETE ON version_contents FOR EACH ROW EXECUTE FUNCTION juesuan_refuse_change()",
            "CREATE TRIGGER version_expenditure_totals_append_only BEFORE UPDATE OR DELETE ON version_expenditure_totals FOR EACH ROW EXECUTE FUNCTION juesuan_refuse_change()",
            "CREATE TRIGGER publications_append_only BEFORE UPDATE OR DELETE ON publications FOR EACH ROW EXECUTE FUNCTION juesuan_refuse_change()",
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION juesuan_refuse_change()",
        ]
    )

    /// The publication the public sees for each department and year: the latest one.
    static let currentPublications: SQLText = """
        CREATE VIEW current_publications AS
        SELECT v.department_id, v.fiscal_year, MAX(p.id) AS publication_id
        FROM publications p JOIN versions v ON v.id = p.version_id
        GROUP BY v.department_id, v.fiscal_year
        """

    /// A version's list columns in the order `VersionSummary(row:at:)` reads them.
    static let versionSummaries: SQLText = """
        CREATE VIEW version_summaries AS
        SELECT v.id, v.department_id, v.fiscal_year, v.number, v.source_file_name, v.source_sha256, v.source_size,
               v.reader, v.error_count, v.warning_count, v.note_count, v.created_at, v.created_by,
               CASE WHEN EXISTS (SELECT 1 FROM publications p WHERE p.version_id = v.id) THEN 1 ELSE 0 END AS is_published
        FROM versions v
        """

    static let accounts = SchemaMigration(
        name: "2-accounts",
        sqlite: [
            """
            CREATE TABLE users (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                login TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('admin', 'editor')),
                password_hash TEXT NOT NULL,
                created_at INTEGER NOT NULL)
            """,
            """
            CREATE TABLE user_departments (
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                department_id INTEGER NOT NULL REFERENCES departments(id),
                PRIMARY KEY (user_id, department_id))
            """,
            """
            CREATE TABLE api_tokens (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created_at INTEGER NOT NULL,
                revoked_at INTEGER)
            """,
        ],
        postgres: [
            """
            CREATE TABLE users (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                login TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('admin', 'editor')),
                password_hash TEXT NOT NULL,
                created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE user_departments (
                user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                department_id BIGINT NOT NULL REFERENCES departments(id),
                PRIMARY KEY (user_id, department_id))
            """,
            """
            CREATE TABLE api_tokens (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL,
                revoked_at BIGINT)
            """,
        ]
    )

    /// Web sign-ins. The key is the SHA-256 of the cookie's secret, so a copy of the database
    /// cannot be used to sign in; a session goes with its account.
    static let sessions = SchemaMigration(
        name: "3-sessions",
        sqlite: [
            """
            CREATE TABLE sessions (
                id_hash TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL)
            """,
            "CREATE INDEX sessions_expiry ON sessions(expires_at)",
        ],
        postgres: [
            """
            CREATE TABLE sessions (
                id_hash TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL)
            """,
            "CREATE INDEX sessions_expiry ON sessions(expires_at)",
        ]
    )
}
