import Foundation
import PGTestSupport
import Testing
@testable import CsCore
@testable import CsXmpp

// The change history as every backend keeps it (issue "Change history, audit and undo"): each change
// recorded with it, atomically, numbered in the order the changes were made; nothing recorded for a
// change that is not made; the passphrase never recorded; the history kept across folds and handles.

private func p(_ id: String, _ domains: [String] = []) -> XmppAllowedPartner {
    XmppAllowedPartner(identity: id, additionalDomains: domains)
}

private let context = XmppChangeContext(command: "Set-Something -Name x", actor: "alice@admin1")

/// How an entry's actor reads on a backend: PostgreSQL adds the server's database role.
private func actor(_ backend: StoreBackend, _ given: String = "alice@admin1") -> String {
    backend == .postgreSQL ? "\(given) (role csshell_owner)" : given
}

@Suite struct StoreHistoryConformanceTests {
    @Test(arguments: StoreBackend.allCases)
    func everyChangeIsRecordedWithItsStatesInOrder(_ backend: StoreBackend) throws {
        let store = try backend.fixture().open()
        let started = XmppChangeEntry.now()
        try store.apply(context) { _ in .putPartner(p("contoso.com")) }
        try store.apply(context) { _ in .putPartner(p("contoso.com", ["im.contoso.com"])) }
        var g = XmppGatewaySettings()
        g.dialbackPassphrase = "Passphrase-Never-Recorded-42"
        try store.apply(context) { _ in .setGateway(g) }
        g.connectionLimit = 5
        try store.apply(XmppChangeContext(action: .import, command: "Import-It", actor: "bob@admin2")) { _ in .setGateway(g) }
        try store.apply(context) { _ in .removePartner(identity: "CONTOSO.com") }
        let h = try store.changes()
        #expect(h.map(\.id) == [1, 2, 3, 4, 5])
        #expect(h.map(\.action) == [.new, .set, .setGateway, .import, .remove])
        #expect(h.map(\.identity) == ["contoso.com", "contoso.com", nil, nil, "contoso.com"])
        #expect(h.map(\.command) == ["Set-Something -Name x", "Set-Something -Name x", "Set-Something -Name x", "Import-It", "Set-Something -Name x"])
        #expect(h.map(\.actor) == [actor(backend), actor(backend), actor(backend), actor(backend, "bob@admin2"), actor(backend)])
        #expect(h[0].before == nil && h[0].after == .partner(p("contoso.com")))
        #expect(h[1].before == .partner(p("contoso.com")) && h[1].after == .partner(p("contoso.com", ["im.contoso.com"])))
        #expect(h[4].before == .partner(p("contoso.com", ["im.contoso.com"])) && h[4].after == nil)
        // The passphrase: a marker that one is set, and that the change set a new one.
        #expect(h[2].before?.gateway?.dialbackPassphrase == nil)
        #expect(h[2].after?.gateway?.dialbackPassphrase == "******** (changed)")
        #expect(h[3].before?.gateway?.dialbackPassphrase == "********" && h[3].after?.gateway?.dialbackPassphrase == "********")
        #expect(h[3].after?.gateway?.connectionLimit == 5)
        // UTC, ISO 8601 with milliseconds, in the order of the changes.
        let iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
        for e in h { #expect(e.time.wholeMatch(of: iso) != nil, "\(e.time)") }
        #expect(h.map(\.time) == h.map(\.time).sorted())
        #expect(h[0].time >= String(started.prefix(19)))
    }

    @Test(arguments: StoreBackend.allCases)
    func aChangeThatIsNotMadeRecordsNothing(_ backend: StoreBackend) throws {
        let store = try backend.fixture().open()
        try store.apply(context) { _ in .putPartner(p("kept.example.com")) }
        struct Refused: Error {}
        #expect(throws: Refused.self) { try store.apply(context) { _ in throw Refused() } }
        #expect(try store.apply(context) { _ in nil } == nil)
        #expect(try store.changes().map(\.id) == [1])
    }

    /// Import-CsConfiguration's replacement: one entry per partner it adds, changes or removes, and
    /// one for the gateway settings when they change; partners it leaves as they were get none.
    @Test(arguments: StoreBackend.allCases)
    func aReplacementRecordsEachPartnerItChanges(_ backend: StoreBackend) throws {
        let store = try backend.fixture().open()
        for id in ["same.example.com", "changed.example.com", "gone.example.com"] {
            try store.apply(context) { _ in .putPartner(p(id)) }
        }
        var g = XmppGatewaySettings()
        g.keepAliveInterval = 30
        let contents = XmppStoreContents(gateway: g, partners: [p("same.example.com"), p("changed.example.com", ["x.changed.example.com"]), p("new.example.com")])
        try store.apply(XmppChangeContext(action: .import, command: "Import-CsConfiguration -FileName c.json", actor: "alice@admin1")) { _ in .replaceContents(contents) }
        let imported = try store.changes().filter { $0.id > 3 }
        #expect(imported.map(\.action) == [.import, .import, .import, .import])
        #expect(imported.map(\.identity) == ["gone.example.com", "changed.example.com", "new.example.com", nil])
        #expect(imported[0].after == nil && imported[2].before == nil)
        #expect(imported[3].after?.gateway?.keepAliveInterval == 30)
        #expect(try store.read { try $0.contents() } == contents)
    }

    @Test(arguments: StoreBackend.allCases)
    func clearingRemovesOlderEntriesAndIsRecordedAsOne(_ backend: StoreBackend) throws {
        let store = try backend.fixture().open()
        for n in 0..<3 { try store.apply(context) { _ in .putPartner(p("p\(n).example.com")) } }
        let all = try store.changes()
        // Everything made before the last entry goes; the Clear entry itself stays, after it.
        try store.apply(XmppChangeContext(action: .clear, command: "Clear-CsXmppPartnerChange -Before x", actor: "alice@admin1")) { _ in
            .clearHistory(before: all[2].time)
        }
        let left = try store.changes()
        let older = all.filter { $0.time < all[2].time }.count
        #expect(left.count == 3 - older + 1)
        #expect(left.last?.action == .clear && left.last?.id == 4 && left.last?.identity == nil)
        #expect(try store.partners().count == 3, "the partners are not touched")
        try store.apply(context) { _ in .putPartner(p("after.example.com")) }
        #expect(try store.changes().last?.id == 5, "numbers go on after a trim")
    }

    /// The history outlives the handle (the file store's fold moves it to the history file; the
    /// database keeps it), and numbering goes on from where it stood.
    @Test(arguments: StoreBackend.persistent)
    func historySurvivesFoldsAndNewHandles(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        let a = try f.open()
        for n in 0..<5 { try a.apply(context) { _ in .putPartner(p("p\(n).example.com")) } }
        let before = try a.changes()
        try a.close()
        let b = try f.open()
        #expect(try b.changes() == before)
        try b.apply(context) { _ in .removePartner(identity: "p0.example.com") }
        try b.close()
        let c = try f.open()
        #expect(try c.changes().map(\.id) == [1, 2, 3, 4, 5, 6])
        #expect(try c.changes().prefix(5) == before[...])
    }

    /// Four writers at once: every change gets one number, numbers have no gaps or repeats, and each
    /// writer's changes are numbered in the order it made them.
    @Test(arguments: StoreBackend.persistent)
    func concurrentWritersGetOneNumberEachInOrder(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        let writers = 4, each = 25
        let failures = try runWriters(f, writers) { w, handle in
            for i in 0..<each {
                try handle.apply(XmppChangeContext(command: "writer \(w)", actor: "w\(w)@test")) { _ in .putPartner(p("w\(w)-\(i).example.com")) }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        let h = try f.open().changes()
        #expect(h.map(\.id) == (1...Int64(writers * each)).map { $0 })
        #expect(h.map(\.time) == h.map(\.time).sorted())
        for w in 0..<writers {
            #expect(h.filter { $0.command == "writer \(w)" }.compactMap(\.identity) == (0..<each).map { "w\(w)-\($0).example.com" })
        }
        #expect(Set(h.compactMap(\.identity)) == Set(try f.open().partners().map(\.identity)))
    }
}

@Suite struct JSONFileStoreHistoryTests {
    /// The history file beside the document: JSON lines other tools can read, never the passphrase,
    /// and store.json itself holds no history.
    @Test func theHistoryFileIsJSONLinesWithoutThePassphrase() throws {
        let path = temporaryFolder() + "/store.json"
        let store = JSONFileXmppStore(path: path, createMissingFolders: false)
        var g = XmppGatewaySettings()
        g.dialbackPassphrase = "Passphrase-Never-Recorded-42"
        try store.apply(context) { _ in .setGateway(g) }
        try store.apply(context) { _ in .putPartner(p("contoso.com")) }
        try store.close()
        let lines = try #require(fileBytes(path + ".history")).split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            #expect(object?["Id"] != nil && object?["Action"] != nil)
        }
        let text = String(decoding: try #require(fileBytes(path + ".history")), as: UTF8.self)
        #expect(!text.contains("Passphrase-Never-Recorded-42"))
        let document = String(decoding: try #require(fileBytes(path)), as: UTF8.self)
        #expect(!document.contains("\"Action\""), "store.json holds no history")
        #expect(store.historyPath == path + ".history")
    }

    /// A fold killed after it wrote the history file but before the document: the journal still
    /// holds the entries; reading shows each once, and the next fold adds none twice.
    @Test func aFoldRepeatedAfterACrashAddsNothingTwice() throws {
        let path = temporaryFolder() + "/store.json"
        let a = JSONFileXmppStore(path: path, createMissingFolders: false)
        for n in 0..<3 { try a.apply(context) { _ in .putPartner(p("p\(n).example.com")) } }
        let entries = try a.changes()
        try a.sync()
        a.abandon()   // killed: the journal holds the changes, nothing was folded
        try StoreHistoryFile(path: path + ".history").append(entries)   // the fold's first step, then the kill
        let b = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try b.changes() == entries)
        try b.apply(context) { _ in .putPartner(p("p3.example.com")) }
        try b.close()
        let lines = try #require(fileBytes(path + ".history")).split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 4)
        #expect(try JSONFileXmppStore(path: path, createMissingFolders: false).changes().map(\.id) == [1, 2, 3, 4])
    }

    /// A torn last line of the history file (a fold killed mid-write) is ignored and cut off by the
    /// next fold, whose journal still held that entry.
    @Test func aTornHistoryLineIsCutOff() throws {
        let path = temporaryFolder() + "/store.json"
        let a = JSONFileXmppStore(path: path, createMissingFolders: false)
        for n in 0..<2 { try a.apply(context) { _ in .putPartner(p("p\(n).example.com")) } }
        try a.close()
        let handle = try #require(FileHandle(forWritingAtPath: path + ".history"))
        handle.seekToEndOfFile()
        handle.write(Data("{\"Id\":3,\"Time\":\"20".utf8))
        handle.closeFile()
        let b = JSONFileXmppStore(path: path, createMissingFolders: false)
        #expect(try b.changes().map(\.id) == [1, 2])
        try b.apply(context) { _ in .putPartner(p("p2.example.com")) }
        try b.close()
        #expect(try JSONFileXmppStore(path: path, createMissingFolders: false).changes().map(\.id) == [1, 2, 3])
        let text = String(decoding: try #require(fileBytes(path + ".history")), as: UTF8.self)
        #expect(text.hasSuffix("}\n") && !text.contains("\"Time\":\"20{"))
    }

    /// A damaged line in the middle is reported, naming the file and the line, and left as it is.
    @Test func aDamagedHistoryIsReported() throws {
        let path = temporaryFolder() + "/store.json"
        let a = JSONFileXmppStore(path: path, createMissingFolders: false)
        try a.apply(context) { _ in .putPartner(p("p0.example.com")) }
        try a.close()
        try Data("not json\n".utf8 + (fileBytes(path + ".history") ?? Data())).write(to: URL(fileURLWithPath: path + ".history"))
        do {
            _ = try JSONFileXmppStore(path: path, createMissingFolders: false).changes()
            Issue.record("a damaged history was read")
        } catch let e as XmppStoreError {
            #expect(e.message.contains(path + ".history") && e.message.contains("line 1") && e.errorId == "XmppStoreCorrupt")
        }
    }
}

@Suite struct PostgreSQLStoreHistoryTests {
    /// The database records the role and the time itself; the passphrase is in no history column.
    @Test func theServerStampsRoleAndTimeAndNeverSeesThePassphrase() throws {
        let f = try PostgreSQLStoreFixture()
        let store = f.open()
        var g = XmppGatewaySettings()
        g.dialbackPassphrase = "Passphrase-Never-Recorded-42"
        try store.apply(XmppChangeContext(command: "Set-CsXmppGatewayConfiguration -DialbackPassphrase ********", actor: "mallory@forged")) { _ in .setGateway(g) }
        let su = try f.cluster.superuser(f.database)
        #expect(try su.exec("SELECT role FROM csshell.change").scalar == "csshell_owner")
        #expect(try su.exec("SELECT count(*) FROM csshell.change WHERE concat(command, before, after) LIKE '%Passphrase-Never%'").scalar == "0")
        // A row written by hand gets the server's role and time too.
        try su.exec("INSERT INTO csshell.change (id, actor, role, action, command, time) VALUES (2, 'x', 'someone_else', 'Clear', 'y', '2000-01-01')")
        let h = try store.changes()
        #expect(h.last?.actor.hasSuffix("(role \(try su.exec("SELECT session_user").scalar ?? ""))") == true)
        #expect(h.last?.time.hasPrefix("2000") == false)
    }

    /// A version 1 store (before the history) is read as one without history, and its first change
    /// by the owner adds the history table and records that change.
    @Test func aVersionOneStoreGetsItsHistoryAtItsFirstChange() throws {
        let f = try PostgreSQLStoreFixture()
        try f.open().apply(context) { _ in .putPartner(p("old.example.com")) }
        let su = try f.cluster.superuser(f.database)
        try su.execScript("DROP TABLE csshell.change; DROP FUNCTION csshell.change_stamp(); UPDATE csshell.store_info SET version = 1")
        let store = f.open()
        #expect(try store.changes().isEmpty)
        #expect(try store.partners().map(\.identity) == ["old.example.com"])
        try store.apply(context) { _ in .putPartner(p("new.example.com")) }
        #expect(try su.exec("SELECT version FROM csshell.store_info").scalar == "2")
        #expect(try f.open().changes().map(\.identity) == ["new.example.com"])
    }
}
