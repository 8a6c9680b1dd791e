import CsCmdlets
import CsLanguage
import Foundation

/// Paths as scripts give them: `~` expanded, relative to the current directory.
enum FileSystemPath {
    static func currentDirectory() -> String { FileManager.default.currentDirectoryPath }

    static func resolve(_ path: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + p.dropFirst() }
        if !p.hasPrefix("/") { p = currentDirectory() + "/" + p }
        return (p as NSString).standardizingPath
    }
}
