import CsCore
import Foundation

/// The persistent command history: `${XDG_DATA_HOME:-$HOME/.local/share}/csshell/history`, mode 0600
/// in a 0700 folder, one entry per line (backslash and newline escaped), the newest 4,096 kept. Each
/// shell appends its entries as they are entered (under a lock, with O_APPEND), so concurrent shells
/// interleave rather than overwrite each other; a shell sees the others' entries at its next start.
/// Lines mentioning credentials (password, asplaintext, token, apikey, secret) are never saved, as
/// PSReadLine leaves them out of its file; lines that give a secret parameter a value never get here
/// (the interactive host keeps them out of every history, whatever words they contain).
final class HistoryFile {
    let path: String
    let limit: Int
    static let sensitive = ["password", "asplaintext", "token", "apikey", "secret"]

    init(path: String, limit: Int = 4096) {
        self.path = path
        self.limit = limit
    }

    static func defaultPath(environment: [String: String]) -> String {
        DataFolder.path(environment: environment) + "/history"
    }

    static func isSensitive(_ line: String) -> Bool {
        let l = line.lowercased()
        return sensitive.contains { l.contains($0) }
    }

    static func encode(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func decode(_ line: String) -> String {
        // Most entries have no escapes: return them as they are (the prompt waits for the whole file).
        if !line.utf8.contains(UInt8(ascii: "\\")) { return line }
        var out = ""
        var escaped = false
        for c in line {
            if escaped { out.append(c == "n" ? "\n" : c); escaped = false }
            else if c == "\\" { escaped = true }
            else { out.append(c) }
        }
        return out
    }

    /// The newest entries, oldest first.
    func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        // Split the bytes, not the String (Character-wise splitting of a full 4,096-entry file cost
        // the interactive start-up ~30 ms): UTF-8 never has a 0x0A byte inside a multi-byte sequence.
        let lines = data.withUnsafeBytes { raw in
            raw.split(separator: 0x0A, omittingEmptySubsequences: true).suffix(limit).map { String(decoding: $0, as: UTF8.self) }
        }
        return lines.map { HistoryFile.decode($0) }
    }

    /// Appends one entry (unless it is sensitive); once the file passes 256 KiB, trims it to the newest
    /// `limit` entries.
    func append(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty, !HistoryFile.isSensitive(entry) else { return }
        let dir = (path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: dir) {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        // Lock, then make sure the file was not replaced by another shell's trim while we waited.
        var fd: Int32 = -1
        for _ in 0..<5 {
            fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return }
            flock(fd, LOCK_EX)
            var a = stat(), b = stat()
            if fstat(fd, &a) == 0, stat(path, &b) == 0, a.st_ino == b.st_ino { break }
            flock(fd, LOCK_UN)
            close(fd)
            fd = -1
        }
        guard fd >= 0 else { return }
        defer { close(fd) }
        defer { flock(fd, LOCK_UN) }
        ConsoleHostIO.writeAll(fd, Array((HistoryFile.encode(entry) + "\n").utf8))
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 256 * 1024 { trim() }
    }

    /// Rewrites the file with only the newest `limit` entries (called with the lock held).
    private func trim() {
        let kept = load()
        let text = kept.map { HistoryFile.encode($0) + "\n" }.joined()
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        ConsoleHostIO.writeAll(fd, Array(text.utf8))
        fsync(fd)
        close(fd)
        if rename(tmp, path) != 0 { unlink(tmp) }
    }
}
