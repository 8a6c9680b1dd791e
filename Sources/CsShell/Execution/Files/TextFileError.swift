import CsCore
import CsLanguage
import Foundation

struct TextFileError: Error {
    let message: String
    /// The .NET exception PowerShell reports (CategoryInfo's reason).
    var exceptionType = "System.IO.IOException"

    init(message: String, exceptionType: String = "System.IO.IOException") {
        self.message = message
        self.exceptionType = exceptionType
    }

    /// Why a file could not be written: a missing folder, or no permission (or a folder in the way).
    static func writeFailure(_ path: String) -> TextFileError {
        let dir = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: dir) {
            return TextFileError(message: "Could not find a part of the path '\(path)'.", exceptionType: "System.IO.DirectoryNotFoundException")
        }
        return TextFileError(message: "Access to the path '\(path)' is denied.", exceptionType: "System.UnauthorizedAccessException")
    }

    /// PowerShell's FileOpenFailure error for a cmdlet.
    func record(target: String) -> ErrorRecord {
        ErrorRecord(message: message, errorId: "FileOpenFailure", category: .OpenError, target: .string(target), exceptionType: exceptionType)
    }
}
