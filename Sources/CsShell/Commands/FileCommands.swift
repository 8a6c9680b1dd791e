import CsCore
import Foundation

/// What the file cmdlets (Out-File, Export-Csv, Import-Csv, Get-Content) share: PowerShell's errors
/// for files that exist or do not, and reading a file's text.
enum FileCommands {
    /// -NoClobber on an existing file: `File PATH already exists and NoClobber was specified.`
    static func noClobber(_ given: String, _ resolved: String) -> ErrorRecord {
        ErrorRecord(message: "File \(given) already exists and NoClobber was specified.", errorId: "NoClobber", category: .ResourceExists,
                    target: .string(resolved), exceptionType: "System.IO.IOException")
    }

    /// Get-Content's error for a path that does not exist (ItemNotFoundException).
    static func pathNotFound(_ resolved: String) -> ErrorRecord {
        ErrorRecord(message: "Cannot find path '\(resolved)' because it does not exist.", errorId: "PathNotFound", category: .ObjectNotFound,
                    target: .string(resolved), exceptionType: "System.Management.Automation.ItemNotFoundException")
    }

    /// Opening a file that does not exist (FileNotFoundException), as Import-Csv reports it.
    static func fileNotFound(_ resolved: String) -> ErrorRecord {
        ErrorRecord(message: "Could not find file '\(resolved)'.", errorId: "FileOpenFailure", category: .OpenError,
                    target: .string(resolved), exceptionType: "System.IO.FileNotFoundException")
    }

    /// True when `path` is an existing file (not a folder).
    static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

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
