import Glibc

/// Replaces a file's contents all at once: the bytes go to a temporary file in the same folder, which
/// is fsynced and renamed over the target, then the folder is fsynced. A reader sees the old file or
/// the new one, never a mix; a crash leaves the old one (and at worst a stray temporary file).
public enum AtomicFile {
    /// Why a write failed: the errno and the step.
    public struct Failure: Error, Sendable {
        public enum Step: Sendable { case createTemporary, write, rename }
        public var errno: Int32
        public var step: Step
        /// The system's text for the errno (`No space left on device`).
        public var reason: String { Self.describe(errno) }

        public static func describe(_ e: Int32) -> String {
            guard let s = strerror(e) else { return "error \(e)" }
            return String(cString: s)
        }
    }

    /// Writes `bytes` as the new contents of `path` (created with `mode` when it does not exist; an
    /// existing file's mode is kept unless `keepExistingMode` is false, and then it becomes `mode`).
    /// A symbolic link at `path` is replaced, not followed: callers resolve links first.
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600, keepExistingMode: Bool = true) throws(Failure) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temp = (folder == "/" ? "" : folder) + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var st = stat()
        let keepMode = keepExistingMode && stat(path, &st) == 0 ? st.st_mode & 0o7777 : mode
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, keepMode)
        if fd < 0 { throw Failure(errno: errno, step: .createTemporary) }
        var ok = false
        defer { if !ok { _ = unlink(temp) } }
        do {
            defer { _ = close(fd) }
            _ = fchmod(fd, keepMode)   // the umask may have narrowed it
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0 { if errno == EINTR { continue }; throw Failure(errno: errno, step: .write) }
                done += n
            }
            while fsync(fd) != 0 { if errno != EINTR { throw Failure(errno: errno, step: .write) } }
        }
        if rename(temp, path) != 0 { throw Failure(errno: errno, step: .rename) }
        ok = true
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { _ = fsync(dfd); _ = close(dfd) }
    }
}
