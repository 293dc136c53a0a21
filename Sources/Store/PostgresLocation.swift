import Foundation
import PostgresNIO

/// A PostgreSQL server, database and schema, from a URL:
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE?schema=NAME&sslmode=require&application_name=NAME`.
///
/// The schema lets several stores (a province's cities, parallel tests) share one database.
public struct PostgresLocation: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    /// Where the tables live; nil for the server's default (`public`).
    public var schema: PostgresSchemaName?
    /// TLS for servers beyond the machine; loopback needs none.
    public var requiresTLS: Bool
    /// How the server lists the store's sessions (`pg_stat_activity`); `juesuan` unless given.
    public var applicationName: String

    public init(host: String, port: Int = 5432, username: String, password: String?, database: String,
                schema: PostgresSchemaName? = nil, requiresTLS: Bool = false, applicationName: String = "juesuan") {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.schema = schema
        self.requiresTLS = requiresTLS
        self.applicationName = applicationName
    }

    public init(url text: String) throws {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty, let username = components.user, !username.isEmpty else {
            throw StoreError.invalidLocation(text)
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw StoreError.invalidLocation(text) }
        let query = components.queryItems ?? []
        let schema = try query.first { $0.name == "schema" }?.value.map(PostgresSchemaName.init)
        let sslMode = query.first { $0.name == "sslmode" }?.value ?? "disable"
        guard ["disable", "require"].contains(sslMode) else { throw StoreError.invalidLocation(text) }
        self.init(host: host, port: components.port ?? 5432, username: username, password: components.password,
                  database: database, schema: schema, requiresTLS: sslMode == "require",
                  applicationName: query.first { $0.name == "application_name" }?.value ?? "juesuan")
    }

    /// How a PostgresNIO client connects here: TLS as the URL asks, and the application name and
    /// schema as startup parameters, which travel outside SQL and need no quoting.
    public var clientConfiguration: PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(host: host, port: port, username: username, password: password,
                                                         database: database, tls: requiresTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.additionalStartupParameters = [("application_name", applicationName)] + (schema.map { [("search_path", $0.name)] } ?? [])
        return configuration
    }
}

/// A schema name the store may put into DDL: lowercase ASCII letters, digits and `_`, starting
/// with a letter or `_`, at most 63 bytes. Identifiers cannot be bound as parameters, so this
/// type is what keeps a schema name from carrying SQL.
public struct PostgresSchemaName: Sendable, Hashable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) throws {
        let allowed = name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7a) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5f }
        guard allowed, let first = name.utf8.first, !(0x30...0x39).contains(first), name.utf8.count <= 63 else {
            throw StoreError.invalidLocation("schema \(name)")
        }
        self.name = name
    }

    public var description: String { name }
}
