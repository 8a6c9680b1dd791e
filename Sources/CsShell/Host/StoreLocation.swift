import Foundation

/// Where the store lives (contract.md): `-Store`, else `$CSSHELL_STORE`, else
/// `${XDG_DATA_HOME:-$HOME/.local/share}/csshell/store.json`. Only the default location's folder is
/// created when missing.
struct StoreLocation: Equatable {
    let path: String
    let createsFolder: Bool

    static func resolve(option: String?, environment: [String: String]) -> StoreLocation {
        if let o = option { return StoreLocation(path: FileSystemPath.resolve(o), createsFolder: false) }
        if let e = environment["CSSHELL_STORE"], !e.isEmpty { return StoreLocation(path: FileSystemPath.resolve(e), createsFolder: false) }
        return StoreLocation(path: dataFolder(environment: environment) + "/store.json", createsFolder: true)
    }

    /// csshell's data folder (the store and the history file): `${XDG_DATA_HOME:-$HOME/.local/share}/csshell`.
    static func dataFolder(environment: [String: String]) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return data + "/csshell"
    }
}
