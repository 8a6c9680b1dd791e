import Foundation

/// Paths as scripts give them: `~` expanded, relative to the current directory.
public enum FileSystemPath {
    public static func currentDirectory() -> String { FileManager.default.currentDirectoryPath }

    public static func resolve(_ path: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + p.dropFirst() }
        if !p.hasPrefix("/") { p = currentDirectory() + "/" + p }
        return lexical(p)
    }

    /// An absolute path with `.`, `..` and repeated or trailing slashes taken out by its text alone:
    /// a symbolic link on the way stays the link (NSString.standardizingPath follows links on Linux,
    /// which made a link's path its target's, so that removing the link removed the target).
    public static func lexical(_ path: String) -> String {
        var parts: [Substring] = []
        for c in path.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(c)
        }
        return "/" + parts.joined(separator: "/")
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
