import Foundation
import PGTestSupport
import Testing
@testable import CsCore
@testable import CsXmpp

// The store conformance suite: what every XmppStore backend must do, stated once and run against each
// backend (StoreBackend.allCases). A new backend adds a case and a fixture; the tests do not change.

/// A backend under test.
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory
    case jsonFile
    /// A fresh database on the PostgreSQL server scripts/test starts.
    case postgreSQL

    var testDescription: String { rawValue }

    /// Backends whose data outlives the handle (a second handle, as another process would open it).
    static var persistent: [StoreBackend] { allCases.filter { $0 != .memory } }

    func fixture() throws -> any StoreFixture {
        switch self {
        case .memory: return MemoryStoreFixture()
        case .jsonFile: return JSONFileStoreFixture()
        case .postgreSQL: return try PostgreSQLStoreFixture()
        }
    }
}

/// Makes stores of one backend on one location, fresh for each test.
protocol StoreFixture {
    /// A handle on the fixture's location (a new one each call, as another process would open it).
    func open() throws -> any XmppStore
    /// Damages the stored data so that it cannot be read.
    func corrupt() throws
    /// The stored data as bytes, to show it was left unchanged.
    func snapshot() throws -> [UInt8]
    /// A handle on a location that cannot be used (a missing folder; a server that does not answer).
    func unusable() -> any XmppStore
}

final class MemoryStoreFixture: StoreFixture {
    let store = InMemoryXmppStore()
    func open() -> any XmppStore { store }
    func corrupt() throws { throw FixtureUnsupported() }
    func snapshot() throws -> [UInt8] { throw FixtureUnsupported() }
    func unusable() -> any XmppStore { store }
}

struct FixtureUnsupported: Error {}

final class JSONFileStoreFixture: StoreFixture {
    let path = temporaryFolder() + "/store.json"
    func open() -> any XmppStore { JSONFileXmppStore(path: path, createMissingFolders: false) }
    func corrupt() throws {
        let h = open()
        try h.apply { _ in .putPartner(XmppAllowedPartner(identity: "before.example.com")) }
        try h.close()
        var bytes = try #require(fileBytes(path))
        bytes.removeLast(bytes.count / 2)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    func snapshot() throws -> [UInt8] {
        (fileBytes(path).map { Array($0) } ?? []) + (fileBytes(path + ".journal").map { Array($0) } ?? [])
    }
    func unusable() -> any XmppStore {
        JSONFileXmppStore(path: temporaryFolder() + "/missing-folder/store.json", createMissingFolders: false)
    }
}

final class PostgreSQLStoreFixture: StoreFixture {
    let cluster: TestCluster
    let database: String

    init() throws {
        cluster = try TestCluster.shared()
        database = try cluster.createDatabase()
    }

    func open() -> any XmppStore { PostgreSQLXmppStore(connectionString: cluster.uri(database: database)) }

    /// A table of the store dropped by hand.
    func corrupt() throws {
        let h = open()
        try h.apply { _ in .putPartner(XmppAllowedPartner(identity: "before.example.com")) }
        try h.close()
        try cluster.superuser(database).exec("DROP TABLE csshell.partner CASCADE")
    }

    func snapshot() throws -> [UInt8] { Array(try cluster.snapshot(database).joined(separator: "\n").utf8) }

    /// Nothing listens on port 1.
    func unusable() -> any XmppStore {
        PostgreSQLXmppStore(connectionString: "postgresql://csshell_owner@127.0.0.1:1/\(database)")
    }
}

private func p(_ id: String, _ domains: [String] = []) -> XmppAllowedPartner {
    XmppAllowedPartner(identity: id, additionalDomains: domains)
}

/// Runs `body` on `writers` threads at once, each with its own handle on the fixture's location (closed
/// afterwards); returns what went wrong.
func runWriters(_ f: any StoreFixture, _ writers: Int, _ body: @escaping @Sendable (Int, any XmppStore) throws -> Void) throws -> [String] {
    final class Shared: @unchecked Sendable {
        var handles: [any XmppStore] = []
        var failures: [String] = []
        let lock = NSLock()
    }
    let box = Shared()
    for _ in 0..<writers { box.handles.append(try f.open()) }
    let done = DispatchGroup()
    for w in 0..<writers {
        done.enter()
        Thread {
            do {
                try body(w, box.handles[w])
                try box.handles[w].close()
            } catch {
                box.lock.lock(); box.failures.append("\(error)"); box.lock.unlock()
            }
            done.leave()
        }.start()
    }
    done.wait()
    return box.failures
}

private func put(_ store: any XmppStore, _ partner: XmppAllowedPartner) throws {
    try store.apply { _ in .putPartner(partner) }
}

@Suite struct StoreConformanceTests {
    @Test(arguments: StoreBackend.allCases)
    func aNewStoreIsEmptyWithTheGatewayDefaults(_ backend: StoreBackend) throws {
        let store = try backend.fixture().open()
        #expect(try store.partners().isEmpty)
        #expect(try store.read { try $0.partnerCount } == 0)
        let g = try store.gatewaySettings()
        // contract.md: Lync's documented defaults.
        #expect(g.connectionLimit == 1000 && g.partnerConnectionLimit == 20 && g.keepAliveInterval == 300)
        #expect(g.streamEstablishmentTimeout == 60 && g.streamInactivityTimeout == 600 && g.subscriptionRefreshInterval == 28800)
        #expect(g.dialbackPassphrase == nil && !g.enableLoggingAllMessageBodies)
        #expect(try store.read { try $0.contents() } == XmppStoreContents())
    }

    /// Import-CsConfiguration's change: everything replaced in one change (partners in the given order,
    /// domains that move from a partner that goes to one that comes, the gateway, the members csshell
    /// does not know), and the whole contents read back as one snapshot.
    @Test(arguments: StoreBackend.allCases)
    func aReplacementPutsEverythingInPlaceAtOnce(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        let a = try f.open()
        for id in ["old1.example.com", "old2.example.com"] { try put(a, p(id, ["x." + id])) }
        var g = XmppGatewaySettings()
        g.connectionLimit = 7
        g.dialbackPassphrase = "pass phrase"
        var contents = XmppStoreContents(gateway: g, partners: [p("z.example.com", ["x.old1.example.com"]), p("a.example.com")])
        contents.unknownMembers.partners["a.example.com"] = [UnknownMember(name: "Note", json: Array("\"kept\"".utf8))]
        contents.unknownMembers.gateway = [UnknownMember(name: "Site", json: Array("{ \"name\": \"HQ\" }".utf8))]
        contents.unknownMembers.document = [UnknownMember(name: "comment", json: Array("[1, 2]".utf8))]
        try a.apply { _ in .replaceContents(contents) }
        #expect(try a.read { try $0.contents() } == contents)
        #expect(try a.read { try $0.partner(holding: "x.old1.example.com")?.identity } == "z.example.com")
        #expect(try a.read { try $0.partner(identity: "old2.example.com") } == nil)
        #expect(try a.read { try $0.partner(holding: "x.old2.example.com") } == nil)
        if backend != .memory {
            try a.close()
            #expect(try f.open().read { try $0.contents() } == contents)
        }
    }

    /// A store this process may change says so, before its first change and after it, and asking
    /// creates nothing (the Control Panel asks on every page).
    @Test(arguments: StoreBackend.allCases)
    func aUsableStoreSaysItCanBeWrittenAndAskingChangesNothing(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        let store = try f.open()
        #expect(try store.access() == .readWrite)
        if backend != .memory { #expect(try f.snapshot().isEmpty, "asking created the store") }
        try put(store, p("a.example.com"))
        #expect(try store.access() == .readWrite)
        #expect(try store.partners() == [p("a.example.com")])
    }

    @Test(arguments: StoreBackend.persistent)
    func changesPersistForTheNextHandleInOrder(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        let a = try f.open()
        for id in ["c.example.com", "a.example.com", "b.example.com"] { try put(a, p(id)) }
        try a.apply { _ in .removePartner(identity: "A.Example.Com.") }
        try put(a, p("c.example.com", ["x.c.example.com"]))   // replaced in place
        var g = XmppGatewaySettings()
        g.dialbackPassphrase = "s3cret"
        g.partnerConnectionLimit = 7
        try a.apply { _ in .setGateway(g) }
        try a.close()
        let b = try f.open()
        #expect(try b.partners() == [p("c.example.com", ["x.c.example.com"]), p("b.example.com")])
        #expect(try b.gatewaySettings() == g)
    }

    @Test(arguments: StoreBackend.allCases)
    func lookupsIgnoreCaseAndFindAdditionalDomains(_ backend: StoreBackend) throws {
        let store = try backend.fixture().open()
        try put(store, p("contoso.com", ["na.contoso.com", "eu.contoso.com"]))
        let found = try store.read { v in
            [try v.partner(identity: "CONTOSO.com.")?.identity, try v.partner(holding: "EU.contoso.COM")?.identity,
             try v.partner(holding: "contoso.com")?.identity, try v.partner(holding: "asia.contoso.com")?.identity]
        }
        #expect(found == ["contoso.com", "contoso.com", "contoso.com", nil])
        // Replacing the partner releases the domains it no longer has; removing releases all.
        try put(store, p("contoso.com", ["na.contoso.com"]))
        #expect(try store.read { try $0.partner(holding: "eu.contoso.com") } == nil)
        try store.apply { _ in .removePartner(identity: "contoso.com") }
        #expect(try store.read { try $0.partner(holding: "na.contoso.com") } == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func partnersMatchWildcardsAsGetFilterDoes(_ backend: StoreBackend) throws {
        let store = try backend.fixture().open()
        for id in ["a.org", "b.org", "ab.com", "a_b.net", "a%b.net"] { try put(store, p(id)) }
        func ids(_ pattern: String) throws -> [String] {
            try store.read { try $0.partners(matching: WildcardPattern(pattern)) }.map(\.identity)
        }
        #expect(try ids("*.org") == ["a.org", "b.org"])
        #expect(try ids("?.ORG") == ["a.org", "b.org"])
        #expect(try ids("[a]*") == ["a.org", "ab.com", "a_b.net", "a%b.net"])
        #expect(try ids("a_b.*") == ["a_b.net"], "_ is no wildcard")
        #expect(try ids("a%b.*") == ["a%b.net"], "% is no wildcard")
        #expect(try ids("*") == ["a.org", "b.org", "ab.com", "a_b.net", "a%b.net"])
    }

    @Test(arguments: StoreBackend.allCases)
    func aDecisionThatThrowsOrDeclinesWritesNothing(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        let store = try f.open()
        try put(store, p("kept.example.com"))
        struct Refused: Error {}
        #expect(throws: Refused.self) { try store.apply { _ in throw Refused() } }
        #expect(try store.apply { _ in nil } == nil)
        #expect(try store.partners() == [p("kept.example.com")])
        if backend != .memory {
            let before = try f.snapshot()
            #expect(throws: Refused.self) { try store.apply { _ in throw Refused() } }
            #expect(try f.snapshot() == before)
        }
    }

    @Test(arguments: StoreBackend.persistent)
    func aDecisionSeesOtherHandlesChanges(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        let a = try f.open(), b = try f.open()
        _ = try b.partners()   // b has read the store before a changes it
        try put(a, p("new.example.com"))
        var seen: XmppAllowedPartner?
        try b.apply { v in seen = try v.partner(identity: "new.example.com"); return nil }
        #expect(seen == p("new.example.com"))
        #expect(try b.partners() == [p("new.example.com")])
    }

    @Test(arguments: StoreBackend.persistent)
    func concurrentWritersLoseNoUpdate(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        let writers = 4, each = 50
        let failures = try runWriters(f, writers) { w, handle in
            for i in 0..<each {
                try handle.apply { _ in .putPartner(p("w\(w)-\(i).example.com")) }
                // A read-modify-write of one shared value, decided under the lock: no
                // increment may be lost.
                try handle.apply { v in
                    var g = try v.gateway
                    g.connectionLimit += 1
                    return .setGateway(g)
                }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        let check = try f.open()
        #expect(try check.read { try $0.partnerCount } == writers * each)
        #expect(try check.gatewaySettings().connectionLimit == 1000 + UInt32(writers * each))
    }

    @Test(arguments: StoreBackend.persistent)
    func aCorruptStoreIsReportedAndNeverOverwritten(_ backend: StoreBackend) throws {
        let f = try backend.fixture()
        try f.corrupt()
        let before = try f.snapshot()
        let store = try f.open()
        #expect(throws: XmppStoreError.self) { try store.partners() }
        #expect(throws: XmppStoreError.self) { try put(store, p("after.example.com")) }
        try? store.close()
        #expect(try f.snapshot() == before)
        do {
            _ = try store.partners()
        } catch let e as XmppStoreError {
            #expect(e.message.contains(store.location) && !e.errorId.isEmpty)
        } catch {
            Issue.record("not a store error: \(error)")
        }
    }

    @Test(arguments: StoreBackend.persistent)
    func anUnusableLocationIsAClearError(_ backend: StoreBackend) throws {
        let store = try backend.fixture().unusable()
        do {
            try put(store, p("x.example.com"))
            Issue.record("a change to an unusable store succeeded")
        } catch let e as XmppStoreError {
            #expect(e.message.contains(store.location))
        } catch {
            Issue.record("not a store error: \(error)")
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func aClosedStoreCanBeUsedAgain(_ backend: StoreBackend) throws {
        let store = try backend.fixture().open()
        try put(store, p("one.example.com"))
        try store.sync()
        try store.close()
        try put(store, p("two.example.com"))
        #expect(try store.partners().map(\.identity) == ["one.example.com", "two.example.com"])
        try store.close()
    }
}
