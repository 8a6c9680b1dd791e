import CsCore
import Glibc

// The file store's history file (`store.json.history`): the change history that was folded out of
// the journal, one JSON line per entry (StoreCodec.historyLine), oldest first, numbered without
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

    /// The number of the last entry (0 when there is none).
    func lastId() throws -> Int64 { try load().entries.last?.id ?? 0 }

    /// Appends the entries numbered after the file's last one, and fsyncs.
    func append(_ new: [XmppChangeEntry]) throws {
        let (entries, complete) = try load()
        let last = entries.last?.id ?? 0
        let adding = new.filter { $0.id > last }
        guard !adding.isEmpty else { return }
        func failure(_ e: Int32) -> WriteFailure { WriteFailure(reason: AtomicFile.Failure.describe(e)) }
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(errno) }
        defer { _ = close(fd) }
        // A torn last line goes first.
        while ftruncate(fd, off_t(complete)) != 0 { if errno != EINTR { throw failure(errno) } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(adding.count * 500)
        for e in adding { bytes += StoreCodec.historyLine(e) }
        if let e = StoreJournal.writeWhole(bytes, to: fd, at: complete) { throw failure(e) }
        while fsync(fd) != 0 { if errno != EINTR { throw failure(errno) } }
        cached = nil
    }

    /// Replaces the file with its entries made at or after `cutoff`, then `new` (those numbered after
    /// the kept ones), at once.
    func rewrite(keepingFrom cutoff: String, then new: [XmppChangeEntry]) throws {
        let kept = try load().entries.filter { $0.time >= cutoff }
        let last = kept.last?.id ?? 0
        var bytes: [UInt8] = []
        for e in kept + new.filter({ $0.id > last }) { bytes += StoreCodec.historyLine(e) }
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw WriteFailure(reason: error.reason)
        }
        cached = nil
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
