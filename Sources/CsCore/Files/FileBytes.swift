import Glibc

/// Reads a whole file at once (a document a cmdlet imports).
public enum FileBytes {
    /// Why a read failed: the errno and the system's text for it (`No such file or directory`).
    public struct Failure: Error, Sendable {
        public var errno: Int32
        public var reason: String { AtomicFile.Failure.describe(errno) }
    }

    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw Failure(errno: errno) }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(errno: errno) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure(errno: EISDIR) }
        var out: [UInt8] = []
        out.reserveCapacity(Int(st.st_size))
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw Failure(errno: errno) }
            if n == 0 { return out }
            out += buffer[0..<n]
        }
    }
}
