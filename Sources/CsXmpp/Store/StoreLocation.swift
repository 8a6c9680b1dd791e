import CsCore

/// Where the store lives (contract.md): `-Store`, else `$CSSHELL_STORE`, else
/// `${XDG_DATA_HOME:-$HOME/.local/share}/csshell/store.json`. The value names a backend: today a
/// file path (the JSON file store). Only the default location's folder is created when missing.
public enum StoreLocation: Equatable, Sendable {
    /// The JSON file store at an absolute path.
    case file(path: String, createsFolder: Bool)

    public static func resolve(option: String?, environment: [String: String]) -> StoreLocation {
        if let o = option { return parse(o) }
        if let e = environment["CSSHELL_STORE"], !e.isEmpty { return parse(e) }
        return .file(path: DataFolder.path(environment: environment) + "/store.json", createsFolder: true)
    }

    /// An explicit `-Store` or `$CSSHELL_STORE` value.
    static func parse(_ value: String) -> StoreLocation {
        .file(path: FileSystemPath.resolve(value), createsFolder: false)
    }

    /// Opens the backend the location names (contract.md): only the default location's folder is created.
    public func open() throws -> any XmppStore {
        switch self {
        case let .file(path, createsFolder):
            return JSONFileXmppStore(path: path, createMissingFolders: createsFolder)
        }
    }

    /// How error messages name the location.
    public var displayName: String {
        switch self {
        case let .file(path, _): return path
        }
    }
}
