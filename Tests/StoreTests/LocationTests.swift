import Testing
@testable import Store

@Suite("Store locations")
struct LocationTests {
    @Test("--db values name a SQLite file or a PostgreSQL database and schema")
    func parsing() throws {
        #expect(try StoreLocation(parsing: "sqlite:/var/lib/juesuan/store.sqlite") == .sqlite(path: "/var/lib/juesuan/store.sqlite"))
        #expect(try StoreLocation(parsing: "juesuan.sqlite") == .sqlite(path: "juesuan.sqlite"))
        let postgres = try PostgresLocation(url: "postgres://juesuan:p%40ss@db.example:6543/city?schema=datong&sslmode=require")
        #expect(postgres.host == "db.example" && postgres.port == 6543)
        #expect(postgres.username == "juesuan" && postgres.password == "p@ss")
        #expect(postgres.database == "city" && postgres.schema?.name == "datong" && postgres.requiresTLS)
        #expect(postgres.applicationName == "juesuan")
        #expect(try PostgresLocation(url: "postgres://u@h/db?application_name=juesuan_portal").applicationName == "juesuan_portal")
        #expect(try StoreLocation(parsing: "postgresql://u@localhost/db") == .postgres(PostgresLocation(host: "localhost", username: "u",
                                                                                                       password: nil, database: "db")))
    }

    @Test("locations the store cannot use are refused", arguments: [
        "", "sqlite:", "mysql://u@h/db", "postgres://h/db", "postgres://u@h/", "postgres://u@h/db?sslmode=prefer",
        "postgres://u@h/db?schema=Bad", "postgres://u@h/db?schema=x%22;DROP", "postgres://u@h/db?schema=1abc",
    ])
    func refused(text: String) {
        #expect(throws: StoreError.self) { try StoreLocation(parsing: text) }
    }

    @Test("SQL text is fixed at compile time and numbered for PostgreSQL")
    func placeholders() {
        let sql: SQLText = "SELECT a FROM t WHERE b = ? AND c = ?"
        #expect(sql.placeholderCount == 2)
        #expect(sql.numberedPlaceholders == "SELECT a FROM t WHERE b = $1 AND c = $2")
    }
}
