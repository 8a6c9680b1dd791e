import CsCore
import Foundation

/// The text of a script file (`csshell -File x.ps1`, `& ./x.ps1`, `. ./x.ps1`) or of a script on stdin,
/// decoded as Get-Content decodes a file (ExternalScriptInfo reads scripts with a StreamReader, which
/// obeys byte-order marks): a UTF-8, UTF-16LE (what Windows PowerShell 5.1's `>` and Out-File write),
/// UTF-16BE or UTF-32 mark decides, else UTF-8. A failure tells a missing file from one that exists
/// but cannot be read.
enum ScriptFile {
    enum Failure: Error, Equatable {
        /// No such file (or a folder, which is no script file either).
        case notFound
        /// The file exists but reading it failed; the system's reason.
        case unreadable(String)
    }

    static func read(_ path: String) -> Result<String, Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            return .failure(e == ENOENT || e == ENOTDIR ? .notFound : .unreadable(reason(e)))
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.notFound) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(decode(bytes))
    }

    /// Script bytes as text: a byte-order mark decides the encoding (and is dropped), else UTF-8.
    static func decode(_ bytes: [UInt8]) -> String {
        TextEncoding.decode(bytes, fallback: .utf8(bom: false)).text
    }

    /// The message for a script file that exists but cannot be read.
    static func unreadableMessage(_ path: String, _ reason: String) -> String {
        "Cannot read the script file '\(path)': \(reason)."
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
