import CsCore
import Glibc

// The file store's history file (`store.json.history`): the change history that was folded out of
// the journal, one JSON line per entry (StoreCodec.entryBytes), oldest first, numbered without
// repeats. Only a fold writes it, under the journal's exclusive lock, before it writes the document:
// entries are appended (those numbered after the file's last entry only, so a fold repeated after a
// crash adds nothing twice) and fsynced; a trim (Clear-CsXmppPartnerChange) replaces the whole file
// at once (AtomicFile). A torn last line (a fold killed mid-write) is ignored, and cut off by the next
// append; the journal still holds its entry. Readers take the whole file; what they read is kept
// while the file stays the same (device, inode, size, modification time).

final class StoreHistoryFile {
    let path: String

    /// A write that failed (the file keeps its complete lines; the journal still holds the entries).
    struct WriteFailure: Error {
        var reason: String
    }

    private struct FileID: Equatable {
        var dev: UInt64, ino: UInt64, size: Int, mtime: Int, mtimeNs: Int
        init(_ st: stat) {
            dev = UInt64(st.st_dev); ino = UInt64(st.st_ino); size = Int(st.st_size)
            mtime = Int(st.st_mtim.tv_sec); mtimeNs = Int(st.st_mtim.tv_nsec)
        }
    }

    private var cached: (id: FileID, entries: [XmppChangeEntry], complete: Int)?

    init(path: String) { self.path = path }

    /// Every entry, oldest first (none when there is no file).
    func entries() throws -> [XmppChangeEntry] { try load().entries }

    /// The number of the last entry (0 when there is none), read from the file's end only.
    func lastId() throws -> Int64 { try tail().lastId }

    /// Appends the entries numbered after the file's last one, and fsyncs.
    func append(_ new: [XmppChangeEntry]) throws {
        try append(new.map { ($0.id, StoreCodec.entryBytes($0)) })
    }

    /// Appends entries already encoded (StoreCodec.entryBytes), those numbered after the file's last
    /// one, and fsyncs.
    func append(_ new: [(id: Int64, bytes: [UInt8])]) throws {
        let (last, complete) = try tail()
        let adding = new.filter { $0.id > last }
        guard !adding.isEmpty else { return }
        func failure(_ e: Int32) -> WriteFailure { WriteFailure(reason: AtomicFile.Failure.describe(e)) }
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(errno) }
        defer { _ = close(fd) }
        // A torn last line goes first.
        while ftruncate(fd, off_t(complete)) != 0 { if errno != EINTR { throw failure(errno) } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(adding.reduce(0) { $0 + $1.bytes.count + 1 })
        for e in adding { bytes += e.bytes; bytes.append(0x0A) }
        if let e = StoreJournal.writeWhole(bytes, to: fd, at: complete) { throw failure(e) }
        while fsync(fd) != 0 { if errno != EINTR { throw failure(errno) } }
        cached = nil
    }

    /// Replaces the file with its entries made at or after `cutoff`, then `new` (those numbered after
    /// the kept ones), at once.
    func rewrite(keepingFrom cutoff: String, then new: [(id: Int64, bytes: [UInt8])]) throws {
        let kept = try load().entries.filter { $0.time >= cutoff }
        let last = kept.last?.id ?? 0
        var bytes: [UInt8] = []
        for e in kept { bytes += StoreCodec.entryBytes(e); bytes.append(0x0A) }
        for e in new where e.id > last { bytes += e.bytes; bytes.append(0x0A) }
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw WriteFailure(reason: error.reason)
        }
        cached = nil
    }

    /// The last complete line's entry number and the length of the complete lines, from the end of
    /// the file (a fold or a new number needs no more than that: the history may be large).
    private func tail() throws -> (lastId: Int64, complete: Int) {
        if let c = cached, let id = try currentID(), c.id == id { return (c.entries.last?.id ?? 0, c.complete) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return (0, 0) }
            throw StoreFileErrors.read(path, errno)
        }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreFileErrors.read(path, errno) }
        let size = Int(st.st_size)
        // Read backwards in growing chunks until the last complete line and the newline before it
        // are in hand.
        var chunk = 16384
        while true {
            let start = max(0, size - chunk)
            var bytes = [UInt8](repeating: 0, count: size - start)
            var got = 0
            while got < bytes.count {
                let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, $0.count - got, off_t(start + got)) }
                if n < 0 { if errno == EINTR { continue }; throw StoreFileErrors.read(path, errno) }
                if n == 0 { break }
                got += n
            }
            bytes.removeLast(bytes.count - got)
            guard let end = bytes.lastIndex(of: 0x0A) else {
                if start == 0 { return (0, 0) }   // no complete line at all
                chunk *= 4
                continue
            }
            let lineStart = bytes[..<end].lastIndex(of: 0x0A).map { $0 + 1 }
            if lineStart == nil && start > 0 { chunk *= 4; continue }
            let entry = try bytes.withUnsafeBufferPointer { buf in
                do throws(StoreCodec.ReadError) {
                    return try StoreCodec.readHistoryLine(UnsafeBufferPointer(rebasing: buf[(lineStart ?? 0)..<end]))
                } catch {
                    throw XmppStoreError("The XMPP store history '\(path)' is damaged at its last line. It was left unchanged; fix or move it.",
                                         errorId: "XmppStoreCorrupt", category: .InvalidData, location: path)
                }
            }
            return (entry.id, start + end + 1)
        }
    }

    private func currentID() throws -> FileID? {
        var st = stat()
        if stat(path, &st) != 0 {
            if errno == ENOENT { return nil }
            throw StoreFileErrors.read(path, errno)
        }
        return FileID(st)
    }

    /// The entries and the length of the file's complete lines, read again when the file changed.
    private func load() throws -> (entries: [XmppChangeEntry], complete: Int) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { cached = nil; return ([], 0) }
            throw StoreFileErrors.read(path, errno)
        }
        defer { _ = close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreFileErrors.read(path, errno) }
        let id = FileID(st)
        if let c = cached, c.id == id { return (c.entries, c.complete) }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var got = 0
        while got < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, $0.count - got, off_t(got)) }
            if n < 0 { if errno == EINTR { continue }; throw StoreFileErrors.read(path, errno) }
            if n == 0 { break }
            got += n
        }
        bytes.removeLast(bytes.count - got)
        var entries: [XmppChangeEntry] = []
        var complete = 0
        var lineNumber = 0
        try bytes.withUnsafeBufferPointer { buf in
            var pos = 0
            while pos < buf.count {
                guard let nl = buf[pos...].firstIndex(of: 0x0A) else { break }   // torn: ignored
                lineNumber += 1
                do throws(StoreCodec.ReadError) {
                    entries.append(try StoreCodec.readHistoryLine(UnsafeBufferPointer(rebasing: buf[pos..<nl])))
                } catch {
                    throw XmppStoreError("The XMPP store history '\(path)' is damaged at line \(lineNumber). It was left unchanged; fix or move it.",
                                         errorId: "XmppStoreCorrupt", category: .InvalidData, location: path)
                }
                complete = nl + 1
                pos = nl + 1
            }
        }
        cached = (id, entries, complete)
        return (entries, complete)
    }
}
