import CsCore
import PGClient

/// Where the store lives (contract.md): `-Store`, else `$CSSHELL_STORE`, else
/// `${XDG_DATA_HOME:-$HOME/.local/share}/csshell/store.json`. The value names a backend: a PostgreSQL
/// connection URI (`postgresql://…` or `postgres://…`, libpq's syntax) names the PostgreSQL store,
/// anything else is a file path (the JSON file store). Only the default location's folder is created
/// when missing.
public enum StoreLocation: Equatable, Sendable {
    /// The JSON file store at an absolute path.
    case file(path: String, createsFolder: Bool)
    /// The PostgreSQL store the connection URI names (it may hold a password: never shown).
    case postgreSQL(connectionString: String)

    /// The URI schemes libpq reads as a connection URI.
    public static let postgreSQLSchemes = ["postgresql://", "postgres://"]

    public static func resolve(option: String?, environment: [String: String]) -> StoreLocation {
        if let o = option { return parse(o) }
        if let e = environment["CSSHELL_STORE"], !e.isEmpty { return parse(e) }
        return .file(path: DataFolder.path(environment: environment) + "/store.json", createsFolder: true)
    }

    /// An explicit `-Store` or `$CSSHELL_STORE` value.
    static func parse(_ value: String) -> StoreLocation {
        if postgreSQLSchemes.contains(where: { value.hasPrefix($0) }) { return .postgreSQL(connectionString: value) }
        return .file(path: FileSystemPath.resolve(value), createsFolder: false)
    }

    /// Opens the backend the location names (contract.md): only the default location's folder is
    /// created; a PostgreSQL store connects at its first use.
    public func open() throws -> any XmppStore {
        switch self {
        case let .file(path, createsFolder):
            return JSONFileXmppStore(path: path, createMissingFolders: createsFolder)
        case let .postgreSQL(connectionString):
            return PostgreSQLXmppStore(connectionString: connectionString)
        }
    }

    /// How error messages name the location (a PostgreSQL store by host, port, database and user).
    public var displayName: String {
        switch self {
        case let .file(path, _): return path
        case let .postgreSQL(connectionString): return PGTarget.resolving(connectionString)?.uri ?? "postgresql://"
        }
    }
}
