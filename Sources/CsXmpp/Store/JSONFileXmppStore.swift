import CsCore
import Glibc

// The JSON file store: a versioned, human-readable document (`store.json`) plus an append-only
// JSON-lines journal beside it (`store.json.journal`, see StoreJournal).
//
// - Every change is one journal line, written (one write(2), under an exclusive flock on the journal)
//   before `apply` returns: a process killed afterwards loses nothing it reported.
// - The journal is fsynced at `sync()`, at `close()`, at every fold, and while changes keep coming at
//   least once per `syncInterval` (1 s): a change waits at most 1 s for fsync unless the batch stops
//   changing the store, and then only until the shell's `sync()` at the end of the command or script.
// - The journal is folded into the document (AtomicFile: temp file in the same folder, fsync, rename,
//   fsync of the folder; then the journal starts again) when it grows past max(`minimumFoldBytes`,
//   document size), at `close()` when this process wrote something, and when a process first uses a
//   store whose journal holds changes the document lacks (left by a process that was killed), so the
//   document alone is complete whenever no csshell is running, whoever ran last.
// - The journal starts with a header naming its epoch; the document records the epoch it has folded
//   in, so a crash between the rename and the new journal never applies entries twice.
// - Before each read (shared lock) and change (exclusive lock) the store checks the document's identity
//   (device, inode, size, mtime, ctime) and the journal's size and replays only the new tail. A torn
//   last journal line (a writer killed mid-write) is ignored, and cut off by the next writer.
// - A document that is not JSON, has the wrong shape or a newer version is an error naming the path
//   and the problem; it is never overwritten. A missing or empty document reads as empty; a UTF-8
//   byte-order mark is accepted. Members csshell does not know are kept, in place, when it rewrites
//   the document. Reading never creates a file. Files are created with mode 0600; missing folders
//   (when allowed) with 0700.
// - The change history: each journal line carries its change's history entries, so an entry is
//   written exactly when its change is. A fold first moves the journal's entries to the history file
//   beside the document (`store.json.history`, StoreHistoryFile), then writes the document; entry
//   numbers make that step safe to repeat after a crash. A replacement (Import-CsConfiguration) and
//   a history trim (Clear-CsXmppPartnerChange) are journal lines too, folded at once.
// - A symbolic link as the store's path is followed: the document and the journal are the link's
//   target's (so shells using the link and the target share one journal), and a link whose target
//   does not exist yet gets it created at the first change.

public final class JSONFileXmppStore: XmppStore {
    /// The document's path (a symbolic link given at init resolved to its target).
    public let path: String
    /// The journal's path: the document's path + `.journal`.
    public var journalPath: String { journal.path }
    /// The folder holding both.
    public let folderPath: String
    /// Whether the first write creates a missing folder (and its missing parents, mode 0700).
    public let createsMissingFolders: Bool
    /// The journal is folded into the document when it holds more bytes than this and the document.
    public var minimumFoldBytes = 1 << 20
    /// The longest a change waits for fsync while changes keep coming, in seconds.
    public static let syncInterval = 1.0

    public var location: String { path }

    private struct FileID: Equatable {
        var dev: UInt64, ino: UInt64, size: Int, mtime: Int, mtimeNs: Int, ctime: Int, ctimeNs: Int
        init(_ st: stat) {
            dev = UInt64(st.st_dev); ino = UInt64(st.st_ino); size = Int(st.st_size)
            mtime = Int(st.st_mtim.tv_sec); mtimeNs = Int(st.st_mtim.tv_nsec)
            ctime = Int(st.st_ctim.tv_sec); ctimeNs = Int(st.st_ctim.tv_nsec)
        }
    }

    private let journal: StoreJournal
    private let historyFile: StoreHistoryFile
    /// The path of the history file: the document's path + `.history`.
    public var historyPath: String { historyFile.path }
    /// The history file's last entry number, as read since the document last changed.
    private var foldedLastId: Int64?
    /// The journal's history entries, encoded (in the order of `state.history`), for the next fold.
    private var pendingLines: [(id: Int64, bytes: [UInt8])] = []
    private var state: XmppStoreState?
    /// The document as last read (nil when it was missing).
    private var docID: FileID?
    private var foldedEpoch: String?
    private var journalEpoch: String?
    /// Bytes of complete journal lines taken in.
    private var journalOffset = 0
    /// Of those, the bytes of history entries this process wrote.
    private var journalHistoryBytes = 0
    /// Complete journal lines taken in (for messages).
    private var journalLines = 0
    /// Entries in the journal that the document does not hold yet.
    private var unfoldedEntries = 0
    private var unsynced = false
    private var lastSync = JSONFileXmppStore.monotonicNow()
    private var wroteSomething = false
    /// Whether this opening has looked for changes a killed process left unfolded.
    private var checkedLeftovers = false
    /// How many folds this instance has done (for tests and the benchmark).
    public private(set) var foldCount = 0

    /// A store at `path`. Nothing is opened or created until the first command uses it.
    /// - Parameter createMissingFolders: true for the default location (the first write creates the
    ///   folder and its parents, mode 0700); false for `-Store` / `$CSSHELL_STORE` (the folder must exist).
    public init(path given: String, createMissingFolders: Bool) {
        let path = Self.resolvingLinks(given)
        self.path = path
        self.journal = StoreJournal(path: path + ".journal")
        self.historyFile = StoreHistoryFile(path: path + ".history")
        if let slash = path.lastIndex(of: "/") {
            let folder = String(path[..<slash])
            self.folderPath = folder.isEmpty ? "/" : folder
        } else {
            self.folderPath = "."
        }
        self.createsMissingFolders = createMissingFolders
    }

    /// `path` with a symbolic link in its last component followed to its final target (which need not
    /// exist); a relative target is taken relative to the link's folder. A loop stops after 40 links.
    static func resolvingLinks(_ path: String) -> String {
        var p = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(p, &buffer, buffer.count - 1)
            guard n > 0 else { return p }
            let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                p = target
            } else {
                let folder = p.lastIndex(of: "/").map { String(p[...$0]) } ?? ""
                p = folder + target
            }
        }
        return p
    }

    // MARK: XmppStore

    public func read<R>(_ body: (any XmppStoreView) throws -> R) throws -> R {
        guard try journal.open(create: false, prepareFolder: ensureFolder) else {
            try refresh(exclusive: false)
            return try body(state!)
        }
        if !checkedLeftovers && journal.writable {
            try journal.lock(LOCK_EX)
            defer { journal.unlock() }
            try refresh(exclusive: true)
            try foldLeftovers()
            return try body(state!)
        }
        try journal.lock(LOCK_SH)
        defer { journal.unlock() }
        try refresh(exclusive: false)
        return try body(state!)
    }

    @discardableResult
    public func apply(_ context: XmppChangeContext, _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        if try !journal.open(create: false, prepareFolder: ensureFolder) {
            // No journal yet: check the document and the change before creating anything.
            try refresh(exclusive: false)
            guard try decide(state!) != nil else { return nil }
            _ = try journal.open(create: true, prepareFolder: ensureFolder)
        }
        guard journal.writable else {
            throw XmppStoreError("Cannot write the XMPP store journal '\(journalPath)': it can only be opened for reading (\(AtomicFile.Failure.describe(journal.readOnlyReason))). The store keeps its last saved state.",
                                 errorId: "XmppStoreWriteFailed", category: .WriteError, location: journalPath)
        }
        try journal.lock(LOCK_EX)
        defer { journal.unlock() }
        try refresh(exclusive: true)
        try foldLeftovers()
        guard let change = try decide(state!) else { return nil }
        if foldedLastId == nil { foldedLastId = try historyFile.lastId() }
        let history = XmppChangeRecorder.stamped(try XmppChangeRecorder.entries(for: change, context: context, view: state!),
                                                 from: max(state!.lastChangeId, foldedLastId!) + 1, time: XmppChangeEntry.now())
        try prepareJournalForAppend()
        let encoded = history.map(StoreCodec.entryBytes)
        var partnerInHistory = false
        if case let .putPartner(p) = change, history.count == 1, history[0].after == .partner(p) { partnerInHistory = true }
        let (line, historyBytes) = StoreCodec.journalLine(change, history: encoded, partnerInHistory: partnerInHistory)
        try journal.write(line, at: journalOffset)
        state!.apply(change)
        state!.record(history)
        for (e, bytes) in zip(history, encoded) { pendingLines.append((e.id, bytes)) }
        journalOffset += line.count
        // A put kept in its entry: about half the entry is the partner, a change's own bytes.
        journalHistoryBytes += partnerInHistory ? historyBytes / 2 : historyBytes
        journalLines += 1
        unfoldedEntries += 1
        unsynced = true
        wroteSomething = true
        if Self.monotonicNow() - lastSync >= Self.syncInterval { try syncJournal() }
        switch change {
        case .replaceContents, .clearHistory:
            // The document (or the history file) is brought up to date at once; if that cannot be
            // written now, the change is safe in the journal (synced first) and folded later.
            try syncJournal()
            do { try fold() } catch is XmppStoreError {}
            return change
        default: break
        }
        // The changes' bytes, not their history's, are weighed against rewriting the document (the
        // history is appended to its own file, whatever the document's size).
        if journalOffset - journalHistoryBytes >= max(minimumFoldBytes, docID?.size ?? 0) {
            // A fold that fails here leaves the change safe in the journal; the next one (at the latest
            // at close, which reports a lasting failure) tries again.
            do { try fold() } catch is XmppStoreError {}
        }
        return change
    }

    /// Read-write when the journal opens for writing or, before there is one, when the folder that will
    /// hold it (or, for the default location, its nearest existing ancestor) can be written.
    public func access() throws -> XmppStoreAccess {
        if try journal.open(create: false, prepareFolder: ensureFolder) {
            if journal.writable { return .readWrite }
            return .readOnly(reason: "the XMPP store journal '\(journalPath)' can only be opened for reading (\(AtomicFile.Failure.describe(journal.readOnlyReason)))")
        }
        var folder = folderPath
        var st = stat()
        while stat(folder, &st) != 0 {
            // A missing folder that is not created for us is reported by the first change.
            guard createsMissingFolders, let slash = folder.lastIndex(of: "/"), folder != "/" else { return .readWrite }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
        if Glibc.access(folder, W_OK | X_OK) != 0 {
            return .readOnly(reason: "the folder '\(folder)' of the XMPP store '\(path)' cannot be written (\(AtomicFile.Failure.describe(errno)))")
        }
        return .readWrite
    }

    public func sync() throws {
        if unsynced { try syncJournal() }
    }

    public func close() throws {
        var failure: Error?
        if journal.isOpen {
            if wroteSomething && journal.writable {
                do {
                    try journal.lock(LOCK_EX)
                    defer { journal.unlock() }
                    try refresh(exclusive: true)
                    if unfoldedEntries > 0 {
                        // A fold that fails (full disk, read-only folder) leaves the changes in the
                        // journal: make that durable before reporting the failure.
                        do { try fold() } catch { if unsynced { try? syncJournal() }; throw error }
                    } else if unsynced { try syncJournal() }
                } catch { failure = error }
            }
            journal.close()
        }
        forget()
        wroteSomething = false
        if let failure { throw failure }
    }

    /// Releases the files without folding or syncing, as a killed process would (tests).
    func abandon() {
        journal.close()
        forget()
        wroteSomething = false
    }

    // MARK: Reading

    private func forget() {
        state = nil
        docID = nil
        foldedLastId = nil
        pendingLines = []
        foldedEpoch = nil
        journalEpoch = nil
        journalOffset = 0
        journalHistoryBytes = 0
        journalLines = 0
        unfoldedEntries = 0
        unsynced = false
        checkedLeftovers = false
    }

    /// The first time this opening holds the exclusive lock: changes in the journal that the document
    /// lacks were left by a process that did not fold them (killed, or still running): fold them now,
    /// so the document is complete for other tools. A fold that cannot be written (a read-only folder)
    /// leaves them in the journal, where every csshell reads them.
    private func foldLeftovers() throws {
        guard !checkedLeftovers else { return }
        checkedLeftovers = true
        if unfoldedEntries > 0 && !wroteSomething {
            do { try fold() } catch is XmppStoreError {}
        }
    }

    /// Brings `state` up to date with the files (under the journal's lock when there is a journal).
    private func refresh(exclusive: Bool) throws {
        if journal.isOpen && journal.wasReplaced {
            // The journal is never replaced by csshell; if someone did, let go of it (the next command
            // opens the new one) and say so.
            journal.close()
            forget()
            throw XmppStoreError("The XMPP store journal '\(journalPath)' was removed or replaced while csshell was using it; run the command again.",
                                 errorId: "XmppStoreReplaced", category: .InvalidOperation, location: journalPath)
        }
        var st = stat()
        let current: FileID?
        if stat(path, &st) == 0 {
            current = FileID(st)
        } else if errno == ENOENT {
            current = nil
        } else {
            throw StoreFileErrors.read(path, errno)
        }
        if state == nil || current != docID {
            try reloadAll(exclusive: exclusive)
        } else if journal.isOpen {
            try readJournalTail(exclusive: exclusive)
        }
    }

    /// Reads the document again, then the whole journal on top of it.
    private func reloadAll(exclusive: Bool) throws {
        let (s, epoch, id) = try loadDocument()
        s.olderHistory = { [historyFile] in try historyFile.entries() }
        state = s
        foldedLastId = nil
        pendingLines = []
        foldedEpoch = epoch
        docID = id
        journalEpoch = nil
        journalOffset = 0
        journalHistoryBytes = 0
        journalLines = 0
        unfoldedEntries = 0
        if journal.isOpen { try readJournalTail(exclusive: exclusive) }
    }

    private func loadDocument() throws -> (XmppStoreState, String?, FileID?) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return (XmppStoreState(), nil, nil) }
            throw StoreFileErrors.read(path, errno)
        }
        defer { _ = Glibc.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreFileErrors.read(path, errno) }
        if (st.st_mode & S_IFMT) != S_IFREG {
            throw XmppStoreError("Cannot read the XMPP store '\(path)': it is not a regular file.",
                                 errorId: "XmppStoreUnreadable", category: .ReadError, location: path)
        }
        let id = FileID(st)
        let bytes = try readAll(fd, expected: Int(st.st_size))
        if bytes.isEmpty { return (XmppStoreState(), nil, id) }
        do {
            let (s, e) = try bytes.withUnsafeBufferPointer { buf throws(StoreCodec.ReadError) in try StoreCodec.readDocument(buf) }
            return (s, e, id)
        } catch {
            throw documentError(error, bytes)
        }
    }

    private func documentError(_ error: StoreCodec.ReadError, _ bytes: [UInt8]) -> XmppStoreError {
        if case let .newerVersion(v) = error { return .newerVersion(location: path, version: v, supported: StoreCodec.documentVersion) }
        let problem = StoreCodec.problem(error, in: bytes)
        return XmppStoreError("The XMPP store '\(path)' \(problem.text). It was left unchanged; fix or move it.",
                              errorId: problem.errorId, category: .InvalidData, location: path)
    }

    /// Takes in the journal lines after `journalOffset`.
    private func readJournalTail(exclusive: Bool) throws {
        let size = try journal.size()
        if size < journalOffset {
            // Emptied by another process's fold; its document is new too. Start over.
            return try reloadAll(exclusive: exclusive)
        }
        if size == journalOffset { return }
        let buffer = try journal.bytes(from: journalOffset, count: size - journalOffset)
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
                                                 errorId: "XmppStoreVersionTooNew", category: .InvalidData, location: journalPath)
                        }
                        journalEpoch = e
                    } else if isLast {
                        tornAt = pos; break
                    } else {
                        throw XmppStoreError("The XMPP store journal '\(journalPath)' does not start with a csshell journal header. It was left unchanged; fix or move it.",
                                             errorId: "XmppStoreCorrupt", category: .InvalidData, location: journalPath)
                    }
                } else {
                    let change: XmppStoreChange
                    let history: [XmppChangeEntry]
                    do throws(StoreCodec.ReadError) {
                        (change, history) = try StoreCodec.readJournalEntry(line)
                    } catch {
                        if isLast { tornAt = pos; break }
                        let why: String
                        switch error {
                        case let .syntax(e): why = e.message
                        case let .shape(e): why = e.message
                        case let .newerVersion(v): why = "version \(v)"
                        }
                        throw XmppStoreError("The XMPP store journal '\(journalPath)' is damaged at line \(journalLines + 1) (\(why)). It was left unchanged; fix or move it.",
                                             errorId: "XmppStoreCorrupt", category: .InvalidData, location: journalPath)
                    }
                    if journalEpoch != foldedEpoch {
                        state!.apply(change)
                        state!.record(history)
                        for e in history { pendingLines.append((e.id, StoreCodec.entryBytes(e))) }
                        unfoldedEntries += 1
                    }
                }
                journalOffset += nl - pos + 1
                journalLines += 1
                pos = nl + 1
            }
        }
        if tornAt != nil && exclusive && journal.writable {
            // A writer died mid-line (writers write whole lines under the exclusive lock): cut it off.
            try journal.truncate(to: journalOffset)
        }
    }

    // MARK: Writing

    private func ensureFolder() throws {
        var st = stat()
        if stat(folderPath, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return }
            throw XmppStoreError("Cannot create the XMPP store '\(path)': '\(folderPath)' is not a folder.",
                                 errorId: "XmppStoreFolderNotFound", category: .ObjectNotFound, location: path)
        }
        guard createsMissingFolders else {
            throw XmppStoreError("Cannot use the XMPP store '\(path)': the folder '\(folderPath)' does not exist. Create it first, or choose another store path.",
                                 errorId: "XmppStoreFolderNotFound", category: .ObjectNotFound, location: path)
        }
        var prefix = folderPath.hasPrefix("/") ? "" : "."
        for part in folderPath.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw XmppStoreError("Cannot create the folder '\(prefix)' for the XMPP store '\(path)': \(AtomicFile.Failure.describe(errno)).",
                                     errorId: "XmppStoreWriteFailed", category: .WriteError, location: path)
            }
        }
    }

    /// Before the first entry of an epoch: an empty journal, or one whose entries the document already
    /// holds, starts again with a new header.
    private func prepareJournalForAppend() throws {
        if journalEpoch != nil && journalEpoch != foldedEpoch { return }
        try resetJournal()
    }

    private func resetJournal() throws {
        try journal.truncate(to: 0)
        let epoch = StoreJournal.newEpoch()
        let header = StoreCodec.journalHeader(epoch: epoch)
        journalOffset = 0
        journalHistoryBytes = 0
        journalLines = 0
        journalEpoch = nil
        unfoldedEntries = 0
        try journal.write(header, at: 0)
        try journal.sync()
        journalEpoch = epoch
        journalOffset = header.count
        journalLines = 1
    }

    private func syncJournal() throws {
        guard journal.isOpen else { return }
        try journal.sync()
        unsynced = false
        lastSync = Self.monotonicNow()
    }

    /// Writes the whole state as the document and starts the journal again. Called under the
    /// exclusive lock with a fresh state.
    private func fold() throws {
        if let state, !state.history.isEmpty || state.historyCutoff != nil {
            do {
                if let cutoff = state.historyCutoff {
                    // A trim removed entries from the state's history: keep the lines it kept.
                    let kept = Set(state.history.map(\.id))
                    try historyFile.rewrite(keepingFrom: cutoff, then: pendingLines.filter { kept.contains($0.id) })
                } else {
                    try historyFile.append(pendingLines)
                }
            } catch let e as StoreHistoryFile.WriteFailure {
                throw XmppStoreError("Cannot update the XMPP store history '\(historyPath)': \(e.reason). No change is lost: the changes and their history are kept in the journal '\(journalPath)' and are folded into the store when it can be written.",
                                     errorId: "XmppStoreWriteFailed", category: .WriteError, location: historyPath)
            }
            foldedLastId = try historyFile.lastId()
            state.historyFolded()
            pendingLines = []
        }
        do {
            try writeDocument()
        } catch {
            // Every change is still in the journal (a fold only runs with the journal complete and
            // fsynced or about to be), so nothing is lost; say so, and name the document, not the temp file.
            throw XmppStoreError("Cannot update the XMPP store '\(path)': \(describe(error)). No change is lost: the changes are kept in the journal '\(journalPath)' and are folded into the store when it can be written.",
                                 errorId: "XmppStoreWriteFailed", category: .WriteError, location: path)
        }
        try documentWritten()
    }

    /// Writes the whole state as the document, naming the journal's epoch as folded in.
    private func writeDocument() throws(AtomicFile.Failure) {
        guard let state else { return }
        try AtomicFile.write(StoreCodec.document(state, journalEpoch: journalEpoch), to: path)
    }

    private func describe(_ error: AtomicFile.Failure) -> String {
        error.step == .createTemporary ? "cannot create a file in its folder '\(folderPath)' (\(error.reason))" : error.reason
    }

    /// After the document was written: it holds everything, and the journal starts again.
    private func documentWritten() throws {
        let epoch = journalEpoch
        var st = stat()
        docID = stat(path, &st) == 0 ? FileID(st) : nil
        foldedEpoch = epoch
        unfoldedEntries = 0
        unsynced = false
        lastSync = Self.monotonicNow()
        foldCount += 1
        if journal.isOpen && journal.writable { try resetJournal() }
    }

    // MARK: Helpers

    private func readAll(_ fd: Int32, expected: Int) throws -> [UInt8] {
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
                if failure != 0 { throw StoreFileErrors.read(path, failure) }
            }
            if out.isEmpty { out = chunk } else { out += chunk }
            if chunk.count < capacity { return out }
            capacity = max(65536, out.count)
        }
    }

    static func monotonicNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
