#if canImport(Glibc)
import Glibc
#endif

/// PowerShell's errors for files a cmdlet writes, shared by the shell's file cmdlets and the domain
/// modules' exporters.
public enum FileErrors {
    /// -NoClobber on an existing file: `File PATH already exists and NoClobber was specified.`
    public static func noClobber(_ given: String, _ resolved: String) -> ErrorRecord {
        // The record shows PowerShell's ErrorDetails; the exception is .NET's IOException from opening
        // the file with FileMode.CreateNew.
        var r = ErrorRecord(message: "File \(given) already exists and NoClobber was specified.", errorId: "NoClobber", category: .ResourceExists,
                            target: .string(resolved), exceptionType: "System.IO.IOException")
        r.hasErrorDetails = true
        r.exceptionMessage = "The file '\(resolved)' already exists."
        return r
    }

    /// A file that could not be written (an errno from creating, writing or renaming it), in .NET's words.
    public static func cannotWrite(_ resolved: String, code: Int32) -> ErrorRecord {
        let (message, exception): (String, String)
        switch code {
        case ENOENT, ENOTDIR:
            (message, exception) = ("Could not find a part of the path '\(resolved)'.", "System.IO.DirectoryNotFoundException")
        case EACCES, EPERM, EROFS, EISDIR:
            (message, exception) = ("Access to the path '\(resolved)' is denied.", "System.UnauthorizedAccessException")
        default:
            let why = strerror(code).map { String(cString: $0) } ?? "error \(code)"
            (message, exception) = ("Cannot write the file '\(resolved)': \(why).", "System.IO.IOException")
        }
        return ErrorRecord(message: message, errorId: "FileOpenFailure", category: .OpenError, target: .string(resolved), exceptionType: exception)
    }

    /// A file that does not exist (FileNotFoundException), as Import-Csv reports it.
    public static func fileNotFound(_ resolved: String) -> ErrorRecord {
        ErrorRecord(message: "Could not find file '\(resolved)'.", errorId: "FileOpenFailure", category: .OpenError,
                    target: .string(resolved), exceptionType: "System.IO.FileNotFoundException")
    }
}
