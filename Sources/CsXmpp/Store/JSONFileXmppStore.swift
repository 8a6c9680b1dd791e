import CsCore

// The JSON file store: a versioned, human-readable document (`store.json`) plus an append-only
// JSON-lines journal beside it (`store.json.journal`).
//
// - Every change is one journal line, written (one write(2), under an exclusive flock on the journal)
//   before `apply` returns: a process killed afterwards loses nothing it reported.
// - The journal is fsynced at `sync()`, at `close()`, at every fold, and while changes keep coming at
//   least once per `syncInterval` (1 s): a change waits at most 1 s for fsync unless the batch stops
//   changing the store, and then only until the shell's `sync()` at the end of the command or script.
// - The journal is folded into the document (temp file in the same folder, fsync, rename, fsync of the
//   folder, then the journal is emptied) when it grows past max(`minimumFoldBytes`, document size),
//   and at `close()` when this process wrote something.
// - The journal starts with a header naming its epoch; the document records the epoch it has folded
//   in, so a crash between the rename and the emptying of the journal never applies entries twice.
// - Before each read (shared lock) and change (exclusive lock) the store checks the document's identity
//   (device, inode, size, mtime, ctime) and the journal's size and replays only the new tail. A torn
//   last journal line (a writer killed mid-write) is ignored, and cut off by the next writer.
// - A document that is not JSON, has the wrong shape or a newer version is an error naming the path
//   and the problem; it is never overwritten. A missing or empty document reads as empty. Reading
//   never creates a file. Files are created with mode 0600; missing folders (when allowed) with 0700.

import Glibc

public final class JSONFileXmppStore: XmppStore {
    /// The document's path.
    public let path: String
    /// The journal's path: the document's path + `.journal`.
    public let journalPath: String
    /// The folder holding both.
    public let folderPath: String
    /// Whether the first write creates a missing folder (and its missing parents, mode 0700).
    public let createsMissingFolders: Bool
    /// The journal is folded into the document when it holds more bytes than this and the document.
    public var minimumFoldBytes = 1 << 20
    /// The longest a change waits for fsync while changes keep coming, in seconds.
    public static let syncInterval = 1.0

    private struct FileID: Equatable {
        var dev: UInt64, ino: UInt64, size: Int, mtime: Int, mtimeNs: Int, ctime: Int, ctimeNs: Int
        init(_ st: stat) {
            dev = UInt64(st.st_dev); ino = UInt64(st.st_ino); size = Int(st.st_size)
            mtime = Int(st.st_mtim.tv_sec); mtimeNs = Int(st.st_mtim.tv_nsec)
            ctime = Int(st.st_ctim.tv_sec); ctimeNs = Int(st.st_ctim.tv_nsec)
        }
    }

    private var state: XmppStoreState?
    /// The document as last read (nil when it was missing).
    private var docID: FileID?
    private var foldedEpoch: String?
    private var journalFD: Int32 = -1
    private var journalWritable = false
    /// Why the journal could only be opened for reading (errno of the read-write open).
    private var journalReadOnlyReason: Int32 = EACCES
    private var journalIno: (UInt64, UInt64) = (0, 0)
    private var journalEpoch: String?
    /// Bytes of complete journal lines taken in.
    private var journalOffset = 0
    /// Complete journal lines taken in (for messages).
    private var journalLines = 0
    /// Entries in the journal that the document does not hold yet.
    private var unfoldedEntries = 0
    private var unsynced = false
    private var lastSync = JSONFileXmppStore.monotonicNow()
    private var wroteSomething = false
    /// How many folds this instance has done (for tests and the benchmark).
    public private(set) var foldCount = 0

    /// A store at `path`. Nothing is opened or created until the first command uses it.
    /// - Parameter createMissingFolders: true for the default location (the first write creates the
    ///   folder and its parents, mode 0700); false for `-Store` / `$CSSHELL_STORE` (the folder must exist).
    public init(path: String, createMissingFolders: Bool) {
        self.path = path
        self.journalPath = path + ".journal"
        if let slash = path.lastIndex(of: "/") {
            let folder = String(path[..<slash])
            self.folderPath = folder.isEmpty ? "/" : folder
        } else {
            self.folderPath = "."
        }
        self.createsMissingFolders = createMissingFolders
    }

    private func folderMissing() -> XmppStoreError {
        XmppStoreError("Cannot use the XMPP store '\(path)': the folder '\(folderPath)' does not exist. Create it first, or choose another store path.",
                       errorId: "XmppStoreFolderNotFound", category: .ObjectNotFound, path: path)
    }

    deinit {
        if journalFD >= 0 { _ = Glibc_close(journalFD) }
    }

    // MARK: XmppStore

    public func read<R>(_ body: (XmppStoreState) throws -> R) throws -> R {
        if try openJournal(create: false) {
            try lock(LOCK_SH)
            defer { unlock() }
            try refresh(exclusive: false)
        } else {
            try refresh(exclusive: false)
        }
        return try body(state!)
    }

    @discardableResult
    public func apply(_ decide: (XmppStoreState) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        if journalFD < 0, try !openJournal(create: false) {
            // No journal yet: check the document and the change before creating anything.
            try refresh(exclusive: false)
            guard try decide(state!) != nil else { return nil }
            _ = try openJournal(create: true)
        }
        guard journalWritable else {
            throw XmppStoreError("Cannot write the XMPP store journal '\(journalPath)': it can only be opened for reading (\(Self.describe(journalReadOnlyReason))). The store keeps its last saved state.",
                                 errorId: "XmppStoreWriteFailed", category: .WriteError, path: journalPath)
        }
        try lock(LOCK_EX)
        defer { unlock() }
        try refresh(exclusive: true)
        guard let change = try decide(state!) else { return nil }
        try prepareJournalForAppend()
        let line = StoreCodec.journalLine(change)
        try appendToJournal(line)
        state!.apply(change)
        journalOffset += line.count
        journalLines += 1
        unfoldedEntries += 1
        unsynced = true
        wroteSomething = true
        if Self.monotonicNow() - lastSync >= Self.syncInterval { try syncJournal() }
        if journalOffset >= max(minimumFoldBytes, docID?.size ?? 0) {
            // A fold that fails here leaves the change safe in the journal; the next one (at the latest
            // at close, which reports a lasting failure) tries again.
            do { try fold() } catch is XmppStoreError {}
        }
        return change
    }

    public func sync() throws {
        if unsynced { try syncJournal() }
    }

    public func close() throws {
        var failure: Error?
        if journalFD >= 0 {
            if wroteSomething && journalWritable {
                do {
                    try lock(LOCK_EX)
                    defer { unlock() }
                    try refresh(exclusive: true)
                    if unfoldedEntries > 0 {
                        // A fold that fails (full disk, read-only folder) leaves the changes in the
                        // journal: make that durable before reporting the failure.
                        do { try fold() } catch { if unsynced { try? syncJournal() }; throw error }
                    } else if unsynced { try syncJournal() }
                } catch { failure = error }
            }
            _ = Glibc_close(journalFD)
        }
        journalFD = -1
        journalWritable = false
        forget()
        wroteSomething = false
        if let failure { throw failure }
    }

    /// Releases the files without folding or syncing, as a killed process would (tests).
    func abandon() {
        if journalFD >= 0 { _ = Glibc_close(journalFD) }
        journalFD = -1
        journalWritable = false
        forget()
        wroteSomething = false
    }

    // MARK: Reading

    private func forget() {
        state = nil
        docID = nil
        foldedEpoch = nil
        journalEpoch = nil
        journalOffset = 0
        journalLines = 0
        unfoldedEntries = 0
        unsynced = false
    }

    /// Brings `state` up to date with the files (under the journal's lock when there is a journal).
    private func refresh(exclusive: Bool) throws {
        if journalFD >= 0 {
            // The journal is never replaced by csshell; if someone did, start over with the new one.
            var st = stat()
            if stat(journalPath, &st) != 0 || UInt64(st.st_dev) != journalIno.0 || UInt64(st.st_ino) != journalIno.1 {
                // Let go of it (the next command opens the new one) and say so.
                _ = Glibc_close(journalFD)
                journalFD = -1
                journalWritable = false
                forget()
                throw XmppStoreError("The XMPP store journal '\(journalPath)' was removed or replaced while csshell was using it; run the command again.",
                                     errorId: "XmppStoreReplaced", category: .InvalidOperation, path: journalPath)
            }
        }
        var st = stat()
        let current: FileID?
        if stat(path, &st) == 0 {
            current = FileID(st)
        } else if errno == ENOENT {
            current = nil
        } else {
            throw readError(path, errno)
        }
        if state == nil || current != docID {
            try reloadAll()
        } else if journalFD >= 0 {
            try readJournalTail(exclusive: exclusive)
        }
    }

    /// Reads the document again, then the whole journal on top of it.
    private func reloadAll(exclusive: Bool = false) throws {
        let (s, epoch, id) = try loadDocument()
        state = s
        foldedEpoch = epoch
        docID = id
        journalEpoch = nil
        journalOffset = 0
        journalLines = 0
        unfoldedEntries = 0
        if journalFD >= 0 { try readJournalTail(exclusive: exclusive) }
    }

    private func loadDocument() throws -> (XmppStoreState, String?, FileID?) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return (XmppStoreState(), nil, nil) }
            throw readError(path, errno)
        }
        defer { _ = Glibc_close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw readError(path, errno) }
        if (st.st_mode & S_IFMT) != S_IFREG {
            throw XmppStoreError("Cannot read the XMPP store '\(path)': it is not a regular file.",
                                 errorId: "XmppStoreUnreadable", category: .ReadError, path: path)
        }
        let id = FileID(st)
        let bytes = try readAll(fd, expected: Int(st.st_size), path: path)
        if bytes.isEmpty { return (XmppStoreState(), nil, id) }
        do {
            let (s, e) = try bytes.withUnsafeBufferPointer { buf throws(StoreCodec.ReadError) in try StoreCodec.readDocument(buf) }
            return (s, e, id)
        } catch {
            throw documentError(error, bytes)
        }
    }

    private func documentError(_ error: StoreCodec.ReadError, _ bytes: [UInt8]) -> XmppStoreError {
        switch error {
        case let .syntax(e):
            let (line, col) = Self.lineColumn(bytes, e.offset)
            return XmppStoreError("The XMPP store '\(path)' is not valid JSON (line \(line), column \(col): \(e.message)). It was left unchanged; fix or move it.",
                                  errorId: "XmppStoreCorrupt", category: .InvalidData, path: path)
        case let .shape(e):
            let at = e.offset > 0 ? { let (l, _) = Self.lineColumn(bytes, e.offset); return " (near line \(l))" }() : ""
            return XmppStoreError("The XMPP store '\(path)' is not a valid csshell store: \(e.message)\(at). It was left unchanged; fix or move it.",
                                  errorId: "XmppStoreInvalidShape", category: .InvalidData, path: path)
        case let .newerVersion(v):
            return XmppStoreError("The XMPP store '\(path)' has version \(v), but this csshell reads only version \(StoreCodec.documentVersion) or older. It was left unchanged; use a newer csshell.",
                                  errorId: "XmppStoreVersionTooNew", category: .InvalidData, path: path)
        }
    }

    /// Takes in the journal lines after `journalOffset`.
    private func readJournalTail(exclusive: Bool) throws {
        var st = stat()
        guard fstat(journalFD, &st) == 0 else { throw readError(journalPath, errno) }
        let size = Int(st.st_size)
        if size < journalOffset {
            // Emptied by another process's fold; its document is new too. Start over.
            return try reloadAll(exclusive: exclusive)
        }
        if size == journalOffset { return }
        var buffer = [UInt8](repeating: 0, count: size - journalOffset)
        var got = 0
        while got < buffer.count {
            let n = buffer.withUnsafeMutableBytes { pread(journalFD, $0.baseAddress! + got, $0.count - got, off_t(journalOffset + got)) }
            if n < 0 { if errno == EINTR { continue }; throw readError(journalPath, errno) }
            if n == 0 { break }
            got += n
        }
        if got < buffer.count { buffer.removeLast(buffer.count - got) }
        var tornAt: Int? = nil
        try buffer.withUnsafeBufferPointer { buf in
            var pos = 0
            while pos < buf.count {
                guard let nl = buf[pos...].firstIndex(of: 0x0A) else { tornAt = pos; break }
                let line = UnsafeBufferPointer(rebasing: buf[pos..<nl])
                let isLast = nl == buf.count - 1
                if journalEpoch == nil {
                    if let (v, e) = StoreCodec.readJournalHeader(line) {
                        if v > StoreCodec.journalVersion {
                            throw XmppStoreError("The XMPP store journal '\(journalPath)' has version \(v), but this csshell reads only version \(StoreCodec.journalVersion). It was left unchanged; use a newer csshell.",
                                                 errorId: "XmppStoreVersionTooNew", category: .InvalidData, path: journalPath)
                        }
                        journalEpoch = e
                    } else if isLast {
                        tornAt = pos; break
                    } else {
                        throw XmppStoreError("The XMPP store journal '\(journalPath)' does not start with a csshell journal header. It was left unchanged; fix or move it.",
                                             errorId: "XmppStoreCorrupt", category: .InvalidData, path: journalPath)
                    }
                } else {
                    let change: XmppStoreChange
                    do {
                        change = try StoreCodec.readJournalEntry(line)
                    } catch {
                        if isLast { tornAt = pos; break }
                        let why: String
                        switch error as! StoreCodec.ReadError {
                        case let .syntax(e): why = e.message
                        case let .shape(e): why = e.message
                        case let .newerVersion(v): why = "version \(v)"
                        }
                        throw XmppStoreError("The XMPP store journal '\(journalPath)' is damaged at line \(journalLines + 1) (\(why)). It was left unchanged; fix or move it.",
                                             errorId: "XmppStoreCorrupt", category: .InvalidData, path: journalPath)
                    }
                    if journalEpoch != foldedEpoch {
                        state!.apply(change)
                        unfoldedEntries += 1
                    }
                }
                journalOffset += nl - pos + 1
                journalLines += 1
                pos = nl + 1
            }
        }
        if tornAt != nil && exclusive && journalWritable {
            // A writer died mid-line (writers write whole lines under the exclusive lock): cut it off.
            while ftruncate(journalFD, off_t(journalOffset)) != 0 {
                if errno != EINTR { throw writeError(journalPath, errno) }
            }
        }
    }

    // MARK: Writing

    /// Opens the journal if it exists (or creates it); false when it does not exist and `create` is false.
    private func openJournal(create: Bool) throws -> Bool {
        if journalFD >= 0 { return true }
        var fd = open(journalPath, O_RDWR | O_CLOEXEC)
        var writable = true
        if fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM) && !create {
            journalReadOnlyReason = errno
            fd = open(journalPath, O_RDONLY | O_CLOEXEC)
            writable = false
        }
        if fd < 0 && errno == ENOENT && create {
            try ensureFolder()
            fd = open(journalPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            writable = true
        }
        if fd < 0 {
            if errno == ENOENT && !create { return false }
            throw create ? writeError(journalPath, errno) : readError(journalPath, errno)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let e = errno; _ = Glibc_close(fd); throw readError(journalPath, e) }
        journalFD = fd
        journalWritable = writable
        journalIno = (UInt64(st.st_dev), UInt64(st.st_ino))
        // With no journal open, the state (if loaded) is the document alone, its journal offset 0:
        // the next refresh takes the journal in from its start on top of it (or reloads both if the
        // document changed meanwhile).
        return true
    }

    private func ensureFolder() throws {
        var st = stat()
        if stat(folderPath, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return }
            throw XmppStoreError("Cannot create the XMPP store '\(path)': '\(folderPath)' is not a folder.",
                                 errorId: "XmppStoreFolderNotFound", category: .ObjectNotFound, path: path)
        }
        guard createsMissingFolders else { throw folderMissing() }
        var prefix = folderPath.hasPrefix("/") ? "" : "."
        for part in folderPath.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw XmppStoreError("Cannot create the folder '\(prefix)' for the XMPP store '\(path)': \(Self.describe(errno)).",
                                     errorId: "XmppStoreWriteFailed", category: .WriteError, path: path)
            }
        }
    }

    private func lock(_ op: Int32) throws {
        while flock(journalFD, op) != 0 {
            if errno == EINTR { continue }
            throw XmppStoreError("Cannot lock the XMPP store journal '\(journalPath)': \(Self.describe(errno)).",
                                 errorId: "XmppStoreLockFailed", category: .ResourceBusy, path: journalPath)
        }
    }

    private func unlock() { if journalFD >= 0 { _ = flock(journalFD, LOCK_UN) } }

    /// Before the first entry of an epoch: an empty journal, or one whose entries the document already
    /// holds, starts again with a new header.
    private func prepareJournalForAppend() throws {
        if journalEpoch != nil && journalEpoch != foldedEpoch { return }
        try resetJournal()
    }

    private func resetJournal() throws {
        while ftruncate(journalFD, 0) != 0 { if errno != EINTR { throw writeError(journalPath, errno) } }
        let epoch = Self.newEpoch()
        let header = StoreCodec.journalHeader(epoch: epoch)
        journalOffset = 0
        journalLines = 0
        journalEpoch = nil
        unfoldedEntries = 0
        try appendToJournal(header)
        try fsyncChecked(journalFD, journalPath)
        journalEpoch = epoch
        journalOffset = header.count
        journalLines = 1
    }

    /// Writes whole bytes at the journal's end; on failure cuts the journal back to its last line.
    private func appendToJournal(_ bytes: [UInt8]) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(journalFD, $0.baseAddress! + done, $0.count - done, off_t(journalOffset + done)) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                _ = ftruncate(journalFD, off_t(journalOffset))
                throw writeError(journalPath, e)
            }
            done += n
        }
    }

    private func syncJournal() throws {
        guard journalFD >= 0 else { return }
        try fsyncChecked(journalFD, journalPath)
        unsynced = false
        lastSync = Self.monotonicNow()
    }

    /// Writes the whole state as the document (temp file, fsync, rename, fsync of the folder) and
    /// starts the journal again. Called under the exclusive lock with a fresh state.
    private func fold() throws {
        guard let state else { return }
        let epoch = journalEpoch
        let bytes = StoreCodec.document(state, journalEpoch: epoch)
        do {
            try AtomicFile.write(bytes, to: path, mode: 0o600)
        } catch {
            throw foldError(error.code, creatingIn: error.stage == .create)
        }
        var st = stat()
        docID = stat(path, &st) == 0 ? FileID(st) : nil
        foldedEpoch = epoch
        unfoldedEntries = 0
        unsynced = false
        lastSync = Self.monotonicNow()
        foldCount += 1
        if journalFD >= 0 && journalWritable { try resetJournal() }
    }

    // MARK: Helpers

    private func fsyncChecked(_ fd: Int32, _ p: String) throws {
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw writeError(p, errno)
        }
    }

    private func readAll(_ fd: Int32, expected: Int, path p: String) throws -> [UInt8] {
        var out: [UInt8] = []
        var capacity = max(expected, 0) + 1
        while true {
            // Read into uninitialised memory (no memset of a large document), growing if the file grew.
            var failure: Int32 = 0
            let chunk = try [UInt8](unsafeUninitializedCapacity: capacity) { buf, initialized in
                var got = 0
                while got < buf.count {
                    let n = Glibc.read(fd, buf.baseAddress! + got, buf.count - got)
                    if n < 0 { if errno == EINTR { continue }; failure = errno; break }
                    if n == 0 { break }
                    got += n
                }
                initialized = got
                if failure != 0 { throw readError(p, failure) }
            }
            if out.isEmpty { out = chunk } else { out += chunk }
            if chunk.count < capacity { return out }
            capacity = max(65536, out.count)
        }
    }

    /// A failed fold: every change is still in the journal (a fold only runs with the journal complete
    /// and fsynced or about to be), so nothing is lost; say so, and name the document, not the temp file.
    private func foldError(_ e: Int32, creatingIn: Bool = false) -> XmppStoreError {
        let why = creatingIn ? "cannot create a file in its folder '\(folderPath)' (\(Self.describe(e)))" : Self.describe(e)
        return XmppStoreError("Cannot update the XMPP store '\(path)': \(why). No change is lost: the changes are kept in the journal '\(journalPath)' and are folded into the store when it can be written.",
                              errorId: "XmppStoreWriteFailed", category: .WriteError, path: path)
    }

    private func readError(_ p: String, _ e: Int32) -> XmppStoreError {
        XmppStoreError("Cannot read the XMPP store '\(p)': \(Self.describe(e)).",
                       errorId: "XmppStoreUnreadable", category: .ReadError, path: p)
    }

    private func writeError(_ p: String, _ e: Int32) -> XmppStoreError {
        XmppStoreError("Cannot write the XMPP store '\(p)': \(Self.describe(e)). The store keeps its last saved state.",
                       errorId: "XmppStoreWriteFailed", category: .WriteError, path: p)
    }

    static func describe(_ e: Int32) -> String {
        guard let s = strerror(e) else { return "error \(e)" }
        return String(cString: s)
    }

    static func lineColumn(_ bytes: [UInt8], _ offset: Int) -> (Int, Int) {
        var line = 1, col = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 0x0A { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
        }
        return (line, col)
    }

    static func monotonicNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func newEpoch() -> String {
        let a = UInt64.random(in: 0...UInt64.max), b = UInt64.random(in: 0...UInt64.max)
        func hex(_ v: UInt64) -> String { let s = String(v, radix: 16); return String(repeating: "0", count: 16 - s.count) + s }
        return hex(a) + hex(b)
    }
}

/// close(2) under a name that does not clash with `close()` methods.
@inline(__always) private func Glibc_close(_ fd: Int32) -> Int32 { close(fd) }
