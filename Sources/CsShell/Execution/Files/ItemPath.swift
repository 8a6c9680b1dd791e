import CsCore
import Foundation

/// Paths as PowerShell's location cmdlets read them on Unix (Test-Path, Join-Path, Split-Path,
/// New-Item, Remove-Item): `/` separators (a `\` counts as one), an optional drive qualifier
/// (`env:`, `variable:`, `C:`) or provider qualifier (`FileSystem::`), wildcards resolved against the
/// file system (`*`, `?`, `[a-z]`; hidden names only when the pattern asks for a leading dot).
enum ItemPath {
    /// The drives csshell has besides the file system, and the provider that serves each.
    static let drives: [String: String] = ["env": "Environment", "variable": "Variable", "alias": "Alias", "function": "Function"]

    static let fileSystemProvider = "Microsoft.PowerShell.Core\\FileSystem"

    /// The path with `\` turned into `/`, as PowerShell normalizes separators on Unix.
    static func normalized(_ path: String) -> String { path.replacingOccurrences(of: "\\", with: "/") }

    /// `FileSystem::/x` or `Microsoft.PowerShell.Core\FileSystem::/x`: the provider and the rest.
    static func providerQualified(_ path: String) -> (provider: String, rest: String)? {
        guard let r = path.range(of: "::") else { return nil }
        let provider = String(path[..<r.lowerBound])
        guard !provider.isEmpty, !provider.contains("/") else { return nil }
        return (provider, String(path[r.upperBound...]))
    }

    /// `drive:rest` with a drive name of word characters (not `/x:y`, not a provider path).
    static func driveQualified(_ path: String) -> (drive: String, rest: String)? {
        guard providerQualified(path) == nil, let colon = path.firstIndex(of: ":") else { return nil }
        let drive = String(path[..<colon])
        guard !drive.isEmpty, drive.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return (drive, String(path[path.index(after: colon)...]))
    }

    /// True for a path PowerShell treats as absolute: rooted, or drive or provider qualified.
    static func isAbsolute(_ path: String) -> Bool {
        let p = normalized(path)
        return p.hasPrefix("/") || driveQualified(p) != nil || providerQualified(p) != nil
    }

    /// True when the drive is one of csshell's non-file-system drives.
    static func isSpecialDrive(_ drive: String) -> Bool { drives[drive.lowercased()] != nil }

    // MARK: Parent, leaf, join

    /// The qualifier (`C:`, `env:`, `FileSystem::`) and the rest of a normalized path.
    private static func splitQualifier(_ path: String) -> (qualifier: String, rest: String) {
        if let (p, rest) = providerQualified(path) { return (p + "::", rest) }
        if let (d, rest) = driveQualified(path) { return (d + ":", rest) }
        return ("", path)
    }

    private static func trimTrailingSeparators(_ s: String) -> String {
        var t = Substring(s)
        while t.count > 1, t.last == "/" { t.removeLast() }
        return String(t)
    }

    /// Split-Path -Parent: everything before the last separator (`/usr/bin` → `/usr`, `C:\Temp` →
    /// `C:/`, `bin` → ``); nil for a special drive, whose paths have no parent.
    static func parent(_ path: String) -> String {
        let (qualifier, rawRest) = splitQualifier(normalized(path))
        if let d = driveQualified(path), isSpecialDrive(d.drive) { return "" }
        let rest = trimTrailingSeparators(rawRest)
        if rest.isEmpty || rest == "/" { return "" }
        guard let slash = rest.lastIndex(of: "/") else { return "" }
        var parent = String(rest[..<slash])
        while parent.count > 1 && parent.hasSuffix("/") && !parent.hasPrefix("//") { parent.removeLast() }
        if parent.isEmpty { parent = "/" }
        return qualifier + parent
    }

    /// Split-Path -Leaf: the last element (`/usr/bin` → `bin`); a special drive's path as it is.
    static func leaf(_ path: String) -> String {
        if let d = driveQualified(path), isSpecialDrive(d.drive) { return path }
        let rest = trimTrailingSeparators(splitQualifier(normalized(path)).rest)
        if rest == "/" { return "" }
        guard let slash = rest.lastIndex(of: "/") else { return rest }
        return String(rest[rest.index(after: slash)...])
    }

    /// Path.GetFileNameWithoutExtension and Path.GetExtension of a leaf.
    static func baseName(_ leaf: String) -> String {
        guard let dot = leaf.lastIndex(of: "."), dot != leaf.startIndex || leaf.count > 1 else { return leaf }
        return String(leaf[..<dot])
    }

    static func extensionOf(_ leaf: String) -> String {
        guard let dot = leaf.lastIndex(of: "."), leaf.index(after: dot) != leaf.endIndex else { return "" }
        return String(leaf[dot...])
    }

    /// Path.ChangeExtension: the extension replaced (nil or empty removes it with its dot).
    static func changingExtension(_ path: String, to ext: String?) -> String {
        var base = path
        let leafStart = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        if let dot = path[leafStart...].lastIndex(of: ".") { base = String(path[..<dot]) }
        guard let ext, !ext.isEmpty else { return base }
        return base + (ext.hasPrefix(".") ? ext : "." + ext)
    }

    /// Join-Path's combination of two paths: one `/` between them (a parent alone gets one at its end).
    static func join(_ parent: String, _ child: String) -> String {
        let p = normalized(parent), c = normalized(child)
        if p.isEmpty { return c }
        if c.isEmpty { return p.hasSuffix("/") ? p : p + "/" }
        var left = Substring(p)
        while left.count > 1, left.last == "/" { left.removeLast() }
        let right = c.drop(while: { $0 == "/" })
        return left == "/" ? "/" + right : left + "/" + right
    }

    // MARK: Resolving against the file system

    enum Resolution {
        case items([String])
        case driveNotFound(String)
        case notFound(String)
    }

    /// The file-system path a script's path denotes: `~` expanded, relative to the current folder,
    /// the FileSystem provider qualifier removed.
    static func fileSystemPath(_ path: String) -> String {
        var p = path
        if let (provider, rest) = providerQualified(p), provider.lowercased().hasSuffix("filesystem") { p = rest }
        return FileSystemPath.resolve(normalized(p))
    }

    /// The existing items a path denotes: wildcards expanded (unless `literal`), sorted by name; a
    /// path without wildcards that does not exist is `.notFound`; an unknown drive `.driveNotFound`.
    static func resolve(_ path: String, literal: Bool) -> Resolution {
        let p = normalized(path)
        if let (drive, _) = driveQualified(p), !isSpecialDrive(drive) { return .driveNotFound(drive) }
        let full = fileSystemPath(path)
        if literal || !WildcardPattern.hasWildcards(full) {
            return exists(full) ? .items([full]) : .notFound(full)
        }
        var candidates = ["/"]
        for component in full.split(separator: "/").map(String.init) {
            var next: [String] = []
            for base in candidates {
                if WildcardPattern.hasWildcards(component) {
                    let pattern = WildcardPattern(component, caseSensitive: true)
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
                    for n in names.sorted() where pattern.matches(n) && (!n.hasPrefix(".") || component.hasPrefix(".")) {
                        next.append(base == "/" ? "/" + n : base + "/" + n)
                    }
                } else {
                    let candidate = base == "/" ? "/" + component : base + "/" + component
                    if exists(candidate) { next.append(candidate) }
                }
            }
            candidates = next
            if candidates.isEmpty { break }
        }
        return .items(candidates)
    }

    /// True when something (a file, a folder, a link, even a dangling one) is at the path.
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool { FileCommands.isDirectory(path) }

    /// The error for a path that does not exist (ItemNotFoundException).
    static func notFound(_ path: String) -> ErrorRecord { FileCommands.pathNotFound(path) }

    /// The error for a drive that does not exist (DriveNotFoundException).
    static func driveNotFound(_ drive: String) -> ErrorRecord {
        ErrorRecord(message: "Cannot find drive. A drive with the name '\(drive)' does not exist.", errorId: "DriveNotFound",
                    category: .ObjectNotFound, target: .string(drive), exceptionType: "System.Management.Automation.DriveNotFoundException")
    }

    /// Include / Exclude filters on an item's name (wildcards, case-insensitive).
    static func passes(_ path: String, include: [String]?, exclude: [String]?) -> Bool {
        let name = (path as NSString).lastPathComponent
        if let inc = include, !inc.isEmpty, !inc.contains(where: { WildcardPattern($0).matches(name) }) { return false }
        if let exc = exclude, exc.contains(where: { WildcardPattern($0).matches(name) }) { return false }
        return true
    }
}
