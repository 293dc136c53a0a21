/// Which database a store lives in, as `juesuan serve --db` names it: `sqlite:PATH` (or a bare
/// path) or a `postgres://` URL.
public enum StoreLocation: Sendable, Hashable {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    public init(parsing text: String) throws {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresLocation(url: text))
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw StoreError.invalidLocation(text) }
            self = .sqlite(path: path)
        } else if !text.isEmpty, !text.contains("://") {
            self = .sqlite(path: text)
        } else {
            throw StoreError.invalidLocation(text)
        }
    }
}
