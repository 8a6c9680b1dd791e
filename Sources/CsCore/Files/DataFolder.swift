import Foundation

/// csshell's data folder, where the default store and the history file live:
/// `${XDG_DATA_HOME:-$HOME/.local/share}/csshell`.
public enum DataFolder {
    public static func path(environment: [String: String]) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return data + "/csshell"
    }
}
