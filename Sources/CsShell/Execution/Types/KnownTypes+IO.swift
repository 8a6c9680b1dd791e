import CsCore
import Foundation

/// [System.IO.Path], [System.IO.File], [System.IO.Directory] and [Environment]: the static members
/// scripts use to handle paths, files and the process environment, as .NET on Linux behaves.
extension KnownTypes {
    static func ioProperty(_ fullName: String, _ n: String) -> PSValue? {
        switch (fullName, n) {
        case ("System.IO.Path", "directoryseparatorchar"), ("System.IO.Path", "altdirectoryseparatorchar"), ("System.IO.Path", "volumeseparatorchar"):
            return .char("/")
        case ("System.IO.Path", "pathseparator"): return .char(":")
        case ("System.Environment", "newline"): return .string("\n")
        case ("System.Environment", "machinename"): return .string(ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "")
        case ("System.Environment", "username"): return .string(ProcessInfo.processInfo.environment["USER"] ?? NSUserName())
        case ("System.Environment", "processorcount"): return .int(ProcessInfo.processInfo.activeProcessorCount)
        case ("System.Environment", "processid"): return .int(Int(ProcessInfo.processInfo.processIdentifier))
        case ("System.Environment", "currentdirectory"): return .string(FileSystemPath.currentDirectory())
        case ("System.Environment", "is64bitprocess"), ("System.Environment", "is64bitoperatingsystem"): return .bool(true)
        case ("System.Environment", "tickcount"), ("System.Environment", "tickcount64"):
            return .int(Int(ProcessInfo.processInfo.systemUptime * 1000))
        case ("System.Environment", "osversion"):
            let o = PSObject(typeNames: ["System.OperatingSystem", "System.Object"], properties: [
                ("Platform", .string("Unix")), ("VersionString", .string("Unix " + ProcessInfo.processInfo.operatingSystemVersionString)),
            ])
            o.toStringOverride = "Unix " + ProcessInfo.processInfo.operatingSystemVersionString
            return .object(o)
        default: return nil
        }
    }

    static func ioMethod(_ fullName: String, _ n: String, _ args: [PSValue], _ interp: Interpreter) throws -> PSValue? {
        switch fullName {
        case "System.IO.Path": return try pathMethod(n, args)
        case "System.IO.File": return try fileMethod(n, args)
        case "System.IO.Directory": return try directoryMethod(n, args)
        case "System.Environment": return try environmentMethod(n, args)
        default: return nil
        }
    }

    /// A path argument relative to the current directory, `~` left as it is (as .NET does).
    static func fullPath(_ p: String) -> String {
        if p.hasPrefix("/") { return FileSystemPath.lexical(p) }
        return FileSystemPath.lexical(FileSystemPath.currentDirectory() + "/" + p)
    }

    static func pathMethod(_ n: String, _ args: [PSValue]) throws -> PSValue? {
        let s = text(args, 0)
        switch n {
        case "combine":
            var out = ""
            for a in args.flatMap({ $0.asList }) {
                let p = PSConvert.toString(a)
                if p.hasPrefix("/") { out = p } else if out.isEmpty { out = p } else if p.isEmpty { continue } else {
                    out += (out.hasSuffix("/") ? "" : "/") + p
                }
            }
            return .string(out)
        case "join":
            let parts = args.flatMap { $0.asList }.map { PSConvert.toString($0) }.filter { !$0.isEmpty }
            var out = ""
            for p in parts {
                if out.isEmpty { out = p } else { out += (out.hasSuffix("/") || p.hasPrefix("/") ? "" : "/") + p }
            }
            return .string(out)
        case "getfilename":
            if arg(args, 0).isNull { return .null }
            return .string(s.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? s)
        case "getfilenamewithoutextension":
            if arg(args, 0).isNull { return .null }
            let leaf = s.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? s
            guard let dot = leaf.lastIndex(of: "."), dot != leaf.startIndex || leaf.count > 1 else { return .string(leaf) }
            return .string(String(leaf[..<dot]))
        case "getextension":
            if arg(args, 0).isNull { return .null }
            let leaf = s.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? s
            guard let dot = leaf.lastIndex(of: "."), leaf.index(after: dot) != leaf.endIndex else { return .string("") }
            return .string(String(leaf[dot...]))
        case "hasextension":
            let leaf = s.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? s
            guard let dot = leaf.lastIndex(of: ".") else { return .bool(false) }
            return .bool(leaf.index(after: dot) != leaf.endIndex)
        case "getdirectoryname":
            if arg(args, 0).isNull || s.isEmpty || s == "/" { return .null }
            guard let slash = s.lastIndex(of: "/") else { return .string("") }
            if slash == s.startIndex { return .string("/") }
            return .string(String(s[..<slash]))
        case "changeextension":
            let ext = arg(args, 1).isNull ? "" : text(args, 1)
            let leafStart = s.lastIndex(of: "/").map { s.index(after: $0) } ?? s.startIndex
            var base = s
            if let dot = s[leafStart...].lastIndex(of: ".") { base = String(s[..<dot]) }
            if arg(args, 1).isNull { return .string(base) }
            return .string(base + (ext.hasPrefix(".") || ext.isEmpty ? ext : "." + ext))
        case "ispathrooted", "ispathfullyqualified": return .bool(s.hasPrefix("/"))
        case "getpathroot": return .string(s.hasPrefix("/") ? "/" : "")
        case "getfullpath":
            if s.isEmpty { throw PSMethodError("The value cannot be an empty string. (Parameter 'path')", exceptionType: "System.ArgumentException") }
            return .string(fullPath(s))
        case "gettemppath":
            var t = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp/"
            if !t.hasSuffix("/") { t += "/" }
            return .string(t)
        case "getrandomfilename":
            let chars = Array("abcdefghijklmnopqrstuvwxyz0123456789")
            let name = String((0..<8).map { _ in chars.randomElement()! }) + "." + String((0..<3).map { _ in chars.randomElement()! })
            return .string(name)
        case "gettempfilename":
            var dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp/"
            if !dir.hasSuffix("/") { dir += "/" }
            let path = dir + "tmp" + String(UUID().uuidString.prefix(6)).replacingOccurrences(of: "-", with: "") + ".tmp"
            FileManager.default.createFile(atPath: path, contents: Data())
            return .string(path)
        case "getinvalidfilenamechars": return .array([.number(.char(0)), .char("/")])
        case "getinvalidpathchars": return .array([.number(.char(0))])
        default: return nil
        }
    }

    private static func notFound(_ path: String) -> PSMethodError {
        PSMethodError("Could not find file '\(path)'.", exceptionType: "System.IO.FileNotFoundException")
    }

    private static func readText(_ path: String, _ encoding: PSValue) throws -> String {
        let full = fullPath(path)
        guard let bytes = TextFile.read(full) else {
            if FileSystemPath.isDirectory(full) {
                throw PSMethodError("Access to the path '\(full)' is denied.", exceptionType: "System.UnauthorizedAccessException")
            }
            if !FileSystemPath.isDirectory((full as NSString).deletingLastPathComponent) {
                throw PSMethodError("Could not find a part of the path '\(full)'.", exceptionType: "System.IO.DirectoryNotFoundException")
            }
            throw notFound(full)
        }
        let e = encodingArgument(encoding)
        return TextEncoding.decode(bytes, fallback: e ?? .utf8(bom: false)).text
    }

    private static func encodingArgument(_ v: PSValue) -> TextEncoding? {
        if case let .object(o) = v, let box = o.native as? EncodingBox { return box.encoding }
        if case .string(let s) = v { return TextEncoding.named(s) }
        return nil
    }

    private static func writeText(_ path: String, _ text: String, append: Bool, _ encoding: PSValue) throws {
        let full = fullPath(path)
        guard FileSystemPath.isDirectory((full as NSString).deletingLastPathComponent) else {
            throw PSMethodError("Could not find a part of the path '\(full)'.", exceptionType: "System.IO.DirectoryNotFoundException")
        }
        var e = encodingArgument(encoding) ?? .utf8(bom: false)
        // .NET's Encoding.UTF8 object writes a byte-order mark; File's default encoding does not.
        if append, FileManager.default.fileExists(atPath: full), case .utf8 = e { e = .utf8(bom: false) }
        do {
            try TextFile.write(text, to: full, append: append, encoding: e)
        } catch {
            throw PSMethodError("Access to the path '\(full)' is denied.", exceptionType: "System.UnauthorizedAccessException")
        }
    }

    static func fileMethod(_ n: String, _ args: [PSValue]) throws -> PSValue? {
        let path = text(args, 0)
        switch n {
        case "exists": return .bool(!path.isEmpty && FileSystemPath.isFile(fullPath(path)))
        case "readalltext": return .string(try readText(path, arg(args, 1)))
        case "readalllines", "readlines": return .array(TextFile.lines(try readText(path, arg(args, 1))).map { .string($0) })
        case "writealltext": try writeText(path, text(args, 1), append: false, arg(args, 2)); return .null
        case "appendalltext": try writeText(path, text(args, 1), append: true, arg(args, 2)); return .null
        case "writealllines", "appendalllines":
            let lines = arg(args, 1).asList.map { PSConvert.toString($0) + "\n" }.joined()
            try writeText(path, lines, append: n == "appendalllines", arg(args, 2))
            return .null
        case "readallbytes":
            guard let bytes = TextFile.read(fullPath(path)) else { throw notFound(fullPath(path)) }
            return .array(bytes.map { .number(.byte($0)) })
        case "writeallbytes":
            do { try Data(try bytes(arg(args, 1))).write(to: URL(fileURLWithPath: fullPath(path))) } catch let e as PSMethodError { throw e } catch {
                throw PSMethodError("Could not find a part of the path '\(fullPath(path))'.", exceptionType: "System.IO.DirectoryNotFoundException")
            }
            return .null
        case "delete":
            let full = fullPath(path)
            if FileSystemPath.isFile(full) { try? FileManager.default.removeItem(atPath: full) }
            return .null
        case "copy", "move":
            let from = fullPath(path), to = fullPath(text(args, 1))
            guard FileSystemPath.isFile(from) else { throw notFound(from) }
            if FileManager.default.fileExists(atPath: to) {
                guard n == "copy" && args.count > 2 && bool(args, 2) || n == "move" && args.count > 2 && bool(args, 2) else {
                    throw PSMethodError("The file '\(to)' already exists.", exceptionType: "System.IO.IOException")
                }
                try? FileManager.default.removeItem(atPath: to)
            }
            do {
                if n == "copy" { try FileManager.default.copyItem(atPath: from, toPath: to) } else { try FileManager.default.moveItem(atPath: from, toPath: to) }
            } catch {
                throw PSMethodError("Could not find a part of the path '\(to)'.", exceptionType: "System.IO.DirectoryNotFoundException")
            }
            return .null
        default: return nil
        }
    }

    static func directoryMethod(_ n: String, _ args: [PSValue]) throws -> PSValue? {
        let path = text(args, 0)
        let full = fullPath(path)
        switch n {
        case "exists": return .bool(!path.isEmpty && FileSystemPath.isDirectory(full))
        case "getcurrentdirectory": return .string(FileSystemPath.currentDirectory())
        case "createdirectory":
            do { try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true) } catch {
                throw PSMethodError("Access to the path '\(full)' is denied.", exceptionType: "System.UnauthorizedAccessException")
            }
            return .null
        case "delete":
            guard FileSystemPath.isDirectory(full) else {
                throw PSMethodError("Could not find a part of the path '\(full)'.", exceptionType: "System.IO.DirectoryNotFoundException")
            }
            let recursive = args.count > 1 && bool(args, 1)
            if !recursive, let items = try? FileManager.default.contentsOfDirectory(atPath: full), !items.isEmpty {
                throw PSMethodError("Directory not empty : '\(full)'", exceptionType: "System.IO.IOException")
            }
            try? FileManager.default.removeItem(atPath: full)
            return .null
        case "getfiles", "getdirectories", "enumeratefiles", "enumeratedirectories", "getfilesystementries":
            guard FileSystemPath.isDirectory(full) else {
                throw PSMethodError("Could not find a part of the path '\(full)'.", exceptionType: "System.IO.DirectoryNotFoundException")
            }
            let pattern = args.count > 1 ? WildcardPattern(text(args, 1), caseSensitive: true) : nil
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).sorted()
            let wantFiles = n.contains("files") || n == "getfilesystementries", wantDirs = n.contains("directories") || n == "getfilesystementries"
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            return .array(names.filter { name in
                let isDir = FileSystemPath.isDirectory(full + "/" + name)
                return (isDir ? wantDirs : wantFiles) && (pattern?.matches(name) ?? true)
            }.map { .string(base + "/" + $0) })
        default: return nil
        }
    }

    static func environmentMethod(_ n: String, _ args: [PSValue]) throws -> PSValue? {
        switch n {
        case "getenvironmentvariable":
            return ProcessInfo.processInfo.environment[text(args, 0)].map { .string($0) } ?? .null
        case "setenvironmentvariable":
            if arg(args, 1).isNull || text(args, 1).isEmpty { unsetenv(text(args, 0)) } else { setenv(text(args, 0), text(args, 1), 1) }
            return .null
        case "getenvironmentvariables":
            let h = PSHashtable()
            for (k, v) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) { h[.string(k)] = .string(v) }
            return .hashtable(h)
        case "expandenvironmentvariables":
            var s = text(args, 0)
            for (k, v) in ProcessInfo.processInfo.environment { s = s.replacingOccurrences(of: "%\(k)%", with: v) }
            return .string(s)
        case "getfolderpath":
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            switch text(args, 0).lowercased() {
            case "userprofile", "personal", "mydocuments": return .string(home)
            case "applicationdata": return .string(ProcessInfo.processInfo.environment["XDG_CONFIG_HOME"] ?? home + "/.config")
            case "localapplicationdata": return .string(ProcessInfo.processInfo.environment["XDG_DATA_HOME"] ?? home + "/.local/share")
            default: return .string("")
            }
        default: return nil
        }
    }
}
