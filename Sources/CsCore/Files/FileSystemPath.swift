import Foundation

/// Paths as scripts give them: `~` expanded, relative to the current directory.
public enum FileSystemPath {
    public static func currentDirectory() -> String { FileManager.default.currentDirectoryPath }

    public static func resolve(_ path: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + p.dropFirst() }
        if !p.hasPrefix("/") { p = currentDirectory() + "/" + p }
        return (p as NSString).standardizingPath
    }
}

extension FileSystemPath {
    /// True when `path` is an existing file (not a folder).
    public static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    public static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
