#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file's contents all at once: the bytes go to a temporary file in the same folder, which
/// is fsynced, given its mode and renamed over the target; then the folder is fsynced. A reader sees
/// the old file or the new one, never a part, and a crash (kill -9, power loss) leaves one of the two.
public enum AtomicFile {
    /// Why a replacement failed; nothing of it is left behind.
    public struct Failure: Error, Sendable {
        public enum Stage: Sendable { case create, write, rename }
        public let stage: Stage
        public let code: Int32
    }

    /// Writes `bytes` as the file at `path` with exactly `mode` (not reduced by the umask).
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t) throws(Failure) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temp = (folder == "/" ? "" : folder) + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 { throw Failure(stage: .create, code: errno) }
        var renamed = false
        defer { if !renamed { _ = unlink(temp) } }
        do {
            defer { _ = close(fd) }
            if fchmod(fd, mode) != 0 { throw Failure(stage: .write, code: errno) }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0 { if errno == EINTR { continue }; throw Failure(stage: .write, code: errno) }
                done += n
            }
            while fsync(fd) != 0 { if errno != EINTR { throw Failure(stage: .write, code: errno) } }
        }
        if rename(temp, path) != 0 { throw Failure(stage: .rename, code: errno) }
        renamed = true
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { _ = fsync(dfd); _ = close(dfd) }
    }
}
