import CsCore
import Glibc

// The file store's journal (`store.json.journal`): an append-only file of JSON lines, one per change,
// starting with a header line that names its epoch. Writers append whole lines under an exclusive
// flock and never replace the file; readers take the lines in under a shared flock. This type knows
// the file (open, lock, read a tail, append, cut, start again, fsync); what the lines mean is the
// store's business.

final class StoreJournal {
    let path: String
    private(set) var fd: Int32 = -1
    /// False when the journal could only be opened for reading.
    private(set) var writable = false
    /// Why it could only be opened for reading (errno of the read-write open).
    private(set) var readOnlyReason: Int32 = EACCES
    private var identity: (dev: UInt64, ino: UInt64) = (0, 0)

    init(path: String) { self.path = path }

    deinit { if fd >= 0 { _ = Glibc.close(fd) } }

    var isOpen: Bool { fd >= 0 }

    /// Opens the journal if it exists, or creates it (mode 0600) when `create` is set, after
    /// `prepareFolder` has made sure its folder exists. False when it does not exist and `create` is not set.
    func open(create: Bool, prepareFolder: () throws -> Void) throws -> Bool {
        if fd >= 0 { return true }
        var f = Glibc.open(path, O_RDWR | O_CLOEXEC)
        var canWrite = true
        if f < 0 && (errno == EACCES || errno == EROFS || errno == EPERM) && !create {
            readOnlyReason = errno
            f = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            canWrite = false
        }
        if f < 0 && errno == ENOENT && create {
            try prepareFolder()
            f = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            canWrite = true
        }
        if f < 0 {
            if errno == ENOENT && !create { return false }
            throw create ? StoreFileErrors.write(path, errno) : StoreFileErrors.read(path, errno)
        }
        var st = stat()
        guard fstat(f, &st) == 0 else { let e = errno; _ = Glibc.close(f); throw StoreFileErrors.read(path, e) }
        fd = f
        writable = canWrite
        identity = (UInt64(st.st_dev), UInt64(st.st_ino))
        return true
    }

    func close() {
        if fd >= 0 { _ = Glibc.close(fd) }
        fd = -1
        writable = false
    }

    /// True when the file at `path` is no longer the one this journal has open (removed or replaced).
    var wasReplaced: Bool {
        var st = stat()
        return stat(path, &st) != 0 || UInt64(st.st_dev) != identity.dev || UInt64(st.st_ino) != identity.ino
    }

    func lock(_ op: Int32) throws {
        while flock(fd, op) != 0 {
            if errno == EINTR { continue }
            throw XmppStoreError("Cannot lock the XMPP store journal '\(path)': \(AtomicFile.Failure.describe(errno)).",
                                 errorId: "XmppStoreLockFailed", category: .ResourceBusy, location: path)
        }
    }

    func unlock() { if fd >= 0 { _ = flock(fd, LOCK_UN) } }

    func size() throws -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreFileErrors.read(path, errno) }
        return Int(st.st_size)
    }

    /// The bytes from `offset` to the end (as many as are there).
    func bytes(from offset: Int, count: Int) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < buffer.count {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, $0.count - got, off_t(offset + got)) }
            if n < 0 { if errno == EINTR { continue }; throw StoreFileErrors.read(path, errno) }
            if n == 0 { break }
            got += n
        }
        if got < buffer.count { buffer.removeLast(buffer.count - got) }
        return buffer
    }

    /// Writes whole bytes at `offset`; on failure cuts the journal back to `offset` (its last whole line).
    func write(_ bytes: [UInt8], at offset: Int) throws {
        if let e = Self.writeWhole(bytes, to: fd, at: offset) { throw StoreFileErrors.write(path, e) }
    }

    /// Writes all of `bytes` at `offset` of `fd`; on failure cuts the file back to `offset` and
    /// returns the errno (nil: written).
    static func writeWhole(_ bytes: [UInt8], to fd: Int32, at offset: Int) -> Int32? {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                _ = ftruncate(fd, off_t(offset))
                return e
            }
            done += n
        }
        return nil
    }

    func truncate(to length: Int) throws {
        while ftruncate(fd, off_t(length)) != 0 { if errno != EINTR { throw StoreFileErrors.write(path, errno) } }
    }

    func sync() throws {
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw StoreFileErrors.write(path, errno)
        }
    }

    /// A fresh epoch name for a journal's header.
    static func newEpoch() -> String {
        let a = UInt64.random(in: 0...UInt64.max), b = UInt64.random(in: 0...UInt64.max)
        func hex(_ v: UInt64) -> String { let s = String(v, radix: 16); return String(repeating: "0", count: 16 - s.count) + s }
        return hex(a) + hex(b)
    }
}

/// The file store's read and write failures, worded once.
enum StoreFileErrors {
    static func read(_ p: String, _ e: Int32) -> XmppStoreError {
        XmppStoreError("Cannot read the XMPP store '\(p)': \(AtomicFile.Failure.describe(e)).",
                       errorId: "XmppStoreUnreadable", category: .ReadError, location: p)
    }

    static func write(_ p: String, _ e: Int32) -> XmppStoreError {
        XmppStoreError("Cannot write the XMPP store '\(p)': \(AtomicFile.Failure.describe(e)). The store keeps its last saved state.",
                       errorId: "XmppStoreWriteFailed", category: .WriteError, location: p)
    }
}
