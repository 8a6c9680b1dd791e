import CsCore
import Foundation

/// Remove-Item: deletes files and folders (wildcards, -Include / -Exclude, -Recurse), environment
/// variables (env:NAME) and variables (variable:NAME), with -WhatIf / -Confirm and PowerShell's
/// errors for missing, hidden, read-only and in-use items.
final class RemoveItemCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Remove", noun: "Item", className: "Microsoft.PowerShell.Commands.RemoveItemCommand", module: "Microsoft.PowerShell.Management",
        aliases: ["ri", "del", "erase", "rd"],
        parameters: [
            ParameterMetadata("Path", .array(.string), sets: [ParameterSetSpec("Path", mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName])],
                              description: "Specifies a path of the items being removed. Wildcard characters are permitted.", acceptsWildcards: true),
            ParameterMetadata("LiteralPath", .array(.string), aliases: ["PSPath", "LP"],
                              sets: [ParameterSetSpec("LiteralPath", mandatory: true, pipeline: .byPropertyName)],
                              description: "Specifies a path to one or more locations, used exactly as it is typed (items piped from New-Item bind here by their PSPath)."),
            ParameterMetadata("Filter", .string, description: "Specifies a filter on the names of the items to remove, as a wildcard pattern.", acceptsWildcards: true),
            ParameterMetadata("Include", .array(.string), description: "Specifies names (wildcards permitted) of the items to remove; others are left.", acceptsWildcards: true),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies names (wildcards permitted) of items that are not removed.", acceptsWildcards: true),
            ParameterMetadata("Recurse", .switchParameter,
                              description: "Indicates that this cmdlet deletes the items in the specified locations and in all child items of the locations. Without it, a folder that has items is removed only after a confirmation."),
            ParameterMetadata("Force", .switchParameter,
                              description: "Forces the cmdlet to remove items that cannot otherwise be changed, such as hidden (dot) or read-only files."),
        ],
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        help: CmdletHelp(
            synopsis: "Deletes the specified items.",
            description: "The Remove-Item cmdlet deletes one or more items: files and folders, environment variables (env:NAME) and variables (variable:NAME). A path that does not exist is an error; a wildcard that matches nothing is not. A folder that contains items is removed with -Recurse, or after a confirmation (an error when the shell cannot prompt). Hidden and read-only files need -Force.",
            examples: [
                CmdletExample("Example 1: Delete a file", code: "Remove-Item -Path partners.csv", remarks: "Deletes partners.csv."),
                CmdletExample("Example 2: Delete a folder and its content", code: "Remove-Item -Path exports -Recurse",
                              remarks: "Deletes the exports folder and everything in it."),
                CmdletExample("Example 3: See what would be deleted", code: "Remove-Item *.txt -WhatIf",
                              remarks: "Shows a What if line for each text file in the current folder and deletes nothing."),
            ],
            inputs: "System.String", outputs: "None"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let literal = p.has("LiteralPath")
        var include = p.strings("Include") ?? []
        if let f = p.string("Filter") { include.append(f) }
        for given in p.strings("Path") ?? p.strings("LiteralPath") ?? [] {
            if runtime.isStopping { return }
            if let (drive, rest) = ItemPath.driveQualified(ItemPath.normalized(given)), ItemPath.isSpecialDrive(drive) {
                try removeFromDrive(drive.lowercased(), String(rest.drop(while: { $0 == "/" })), given, runtime)
                continue
            }
            switch ItemPath.resolve(given, literal: literal) {
            case let .driveNotFound(d):
                try runtime.writeError(ItemPath.driveNotFound(d))
            case let .notFound(path):
                try runtime.writeError(ItemPath.notFound(path))
            case let .items(items):
                for item in items where ItemPath.passes(item, include: include, exclude: p.strings("Exclude")) {
                    try remove(item, p, runtime)
                }
            }
        }
    }

    private func remove(_ path: String, _ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let cwd = FileSystemPath.currentDirectory()
        if cwd == path || cwd.hasPrefix(path == "/" ? "/" : path + "/") {
            try runtime.writeError(ErrorRecord(message: "Cannot remove the item at '\(path)' because it is in use.", errorId: "InvalidOperation",
                                               category: .InvalidOperation, target: .string(path),
                                               exceptionType: "System.Management.Automation.PSInvalidOperationException"))
            return
        }
        var st = stat()
        let isLink = lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
        guard ItemPath.isDirectory(path), !isLink else {
            try removeFile(path, force: p.isPresent("Force"), runtime)
            return
        }
        var recurse = p.isPresent("Recurse")
        let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !recurse && !children.isEmpty {
            let question = "The item at \(path) has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?"
            guard try runtime.shouldContinue(query: question) else { return }
            recurse = true
        }
        try removeDirectory(path, recurse: recurse, force: p.isPresent("Force"), root: true, runtime)
    }

    private func removeDirectory(_ path: String, recurse: Bool, force: Bool, root: Bool, _ runtime: any ShellRuntime) throws {
        if root || recurse {
            guard try runtime.shouldProcess(target: path, action: "Remove Directory") else { return }
        }
        let children = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        for name in children {
            if runtime.isStopping { return }
            let child = path == "/" ? "/" + name : path + "/" + name
            var st = stat()
            let isLink = lstat(child, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
            if ItemPath.isDirectory(child) && !isLink {
                try removeDirectory(child, recurse: recurse, force: force, root: false, runtime)
            } else {
                try removeFile(child, force: force, runtime)
            }
        }
        try delete(path, runtime)
    }

    private func removeFile(_ path: String, force: Bool, _ runtime: any ShellRuntime) throws {
        guard try runtime.shouldProcess(target: path, action: "Remove File") else { return }
        let name = (path as NSString).lastPathComponent
        let hidden = name.hasPrefix(".")
        // Read-only is the file's mode (no write bit), as the ReadOnly attribute is, whoever runs the shell.
        let readOnly = ItemPath.exists(path) && !isSymlink(path) && st_mode(path) & 0o222 == 0
        if !force && (hidden || readOnly) {
            try runtime.writeError(RemoveItemCommand.cannotRemove(path, "You do not have sufficient access rights to perform this operation or the item is hidden, system, or read only.",
                                                                  exception: "System.IO.IOException"))
            return
        }
        if force && readOnly { chmod(path, st_mode(path) | S_IWUSR) }
        try delete(path, runtime)
    }

    private func st_mode(_ path: String) -> mode_t {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_mode & 0o7777 : 0o600
    }

    private func delete(_ path: String, _ runtime: any ShellRuntime) throws {
        let ok = ItemPath.isDirectory(path) && !isSymlink(path) ? rmdir(path) == 0 : unlink(path) == 0
        guard !ok else { return }
        let code = errno
        if code == ENOTEMPTY || code == EEXIST {
            // A child could not be removed; its own error was reported.
            return
        }
        let access = code == EACCES || code == EPERM
        try runtime.writeError(RemoveItemCommand.cannotRemove(path, access ? "Access to the path '\(path)' is denied." : String(cString: strerror(code)),
                                                              exception: access ? "System.UnauthorizedAccessException" : "System.IO.IOException"))
    }

    private func isSymlink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// `Cannot remove item PATH: REASON` (the provider's ErrorDetails over the exception's message).
    static func cannotRemove(_ path: String, _ reason: String, exception: String) -> ErrorRecord {
        let unauthorized = exception.hasSuffix("UnauthorizedAccessException") || reason.hasPrefix("You do not have")
        return ErrorRecord(message: "Cannot remove item \(path): \(reason)",
                           errorId: unauthorized ? "RemoveFileSystemItemUnAuthorizedAccess" : "RemoveFileSystemItemIOError",
                           category: unauthorized ? .PermissionDenied : .WriteError, target: .string(path), exceptionType: exception)
    }

    /// `env:NAME` and `variable:NAME` (wildcards permitted).
    private func removeFromDrive(_ drive: String, _ name: String, _ given: String, _ runtime: any ShellRuntime) throws {
        guard drive == "env" || drive == "variable" else {
            try runtime.writeError(ErrorRecord(message: "Remove-Item is not supported on the \(drive): drive in csshell.", errorId: "NotSupported",
                                               category: .NotImplemented, target: .string(given), exceptionType: "System.Management.Automation.PSNotSupportedException"))
            return
        }
        let session = runtime.session
        let names = TestPathCommand.names(onDrive: drive, session)
        let matches = WildcardPattern.hasWildcards(name) ? names.filter(WildcardPattern(name).matches) : names.filter { $0.equalsIgnoringCase(name) }
        if matches.isEmpty && !WildcardPattern.hasWildcards(name) {
            try runtime.writeError(ItemPath.notFound(given.hasSuffix(name) ? "\(drive.capitalized):\(drive == "env" ? "/" : "")\(name)" : given))
            return
        }
        for n in matches {
            let target = drive == "env" ? "Item: \(n)" : "Name: \(n)"
            guard try runtime.shouldProcess(target: target, action: "Remove Item") else { continue }
            if drive == "env" {
                unsetenv(n)
            } else {
                do { try session.variables.remove(n) } catch let e as TerminatingError { try runtime.writeError(e.record) }
            }
        }
    }
}
