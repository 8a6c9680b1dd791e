import CsCore
import Foundation

/// What the file cmdlets (Out-File, Export-Csv, Import-Csv, Get-Content) share: PowerShell's errors
/// for files that exist or do not, and reading a file's text.
enum FileCommands {
    /// Get-Content's error for a path that does not exist (ItemNotFoundException).
    static func pathNotFound(_ resolved: String) -> ErrorRecord {
        ErrorRecord(message: "Cannot find path '\(resolved)' because it does not exist.", errorId: "PathNotFound", category: .ObjectNotFound,
                    target: .string(resolved), exceptionType: "System.Management.Automation.ItemNotFoundException")
    }

    /// True when `path` is an existing file (not a folder).
    static func isFile(_ path: String) -> Bool { FileSystemPath.isFile(path) }

    /// -Force on a read-only file (no write bit in its mode): makes it writable for the owner and
    /// returns the mode to put back when the command is done, as PowerShell removes the ReadOnly
    /// attribute for the write and sets it again afterwards. nil when there is nothing to undo.
    static func makeWritable(_ path: String) -> Int? {
        let fm = FileManager.default
        guard isFile(path), let mode = (try? fm.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
              mode & 0o222 == 0 else { return nil }
        guard (try? fm.setAttributes([.posixPermissions: mode | 0o200], ofItemAtPath: path)) != nil else { return nil }
        return mode
    }

    /// Puts back the mode `makeWritable` changed.
    static func restoreMode(_ path: String, _ mode: Int?) {
        guard let mode else { return }
        try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    static func isDirectory(_ path: String) -> Bool { FileSystemPath.isDirectory(path) }

    /// A delimiter given as -Delimiter (a char parameter): exactly one character.
    static func delimiter(_ p: BoundParameters) throws -> Character {
        if p.isPresent("UseCulture") { return "," }
        guard let d = p.string("Delimiter") else { return "," }
        guard d.count == 1, let c = d.first else {
            throw ErrorRecord(message: "Cannot bind parameter 'Delimiter'. Cannot convert value \"\(d)\" to type \"System.Char\". Error: \"String must be exactly one character long.\"",
                              errorId: "CannotConvertArgumentNoMessage", category: .InvalidArgument, target: .string(d),
                              exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        return c
    }
}
