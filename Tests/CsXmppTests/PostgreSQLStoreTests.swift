import Foundation
import PGClient
import PGTestSupport
import Testing
@testable import CsCore
@testable import CsXmpp

/// What the PostgreSQL store does beyond the conformance suite: its schema, the database's own
/// guarantees, its roles and its connections, against the server scripts/test starts.
@Suite struct PostgreSQLStoreTests {
    let cluster: TestCluster
    let database: String

    init() throws {
        cluster = try TestCluster.shared()
        database = try cluster.createDatabase()
    }

    func store(_ role: String = "csshell_owner") -> PostgreSQLXmppStore {
        PostgreSQLXmppStore(connectionString: cluster.uri(role, database: database))
    }

    func put(_ s: any XmppStore, _ p: XmppAllowedPartner) throws { try s.apply { _ in .putPartner(p) } }

    /// The primary key of partner_domain, not only the decision's check, keeps a domain with one
    /// partner: a change that does not check is refused with the decision's own message.
    @Test func theDatabaseRefusesADomainAnotherPartnerHolds() throws {
        let s = store()
        try put(s, XmppAllowedPartner(identity: "a.example.com", additionalDomains: ["shared.example.com"]))
        #expect(throws: XmppValidationError.domainInUse("shared.example.com", holder: "a.example.com")) {
            try put(s, XmppAllowedPartner(identity: "b.example.com", additionalDomains: ["shared.example.com"]))
        }
        #expect(throws: XmppValidationError.domainInUse("a.example.com", holder: "a.example.com")) {
            try put(s, XmppAllowedPartner(identity: "c.example.com", additionalDomains: ["a.example.com"]))
        }
        #expect(try s.partners().map(\.identity) == ["a.example.com"])
        // And by hand: the constraint holds whoever writes.
        let c = try cluster.superuser(database)
        #expect(throws: PGError.self) {
            try c.exec("INSERT INTO csshell.partner_domain (domain, identity, ordinal) VALUES ('shared.example.com', 'a.example.com', 5)")
        }
        #expect(throws: PGError.self) {
            try c.exec("UPDATE csshell.partner_domain SET domain = 'UPPER.example.com' WHERE ordinal = 1")
        }
    }

    /// Four shells making their first change to an empty database at the same moment: the schema is
    /// created once (the store's lock), and every change is there.
    @Test func firstChangesRacingCreateTheSchemaOnce() throws {
        final class Box: @unchecked Sendable { var errors: [String] = []; let lock = NSLock() }
        let box = Box()
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for w in 0..<4 {
            done.enter()
            let uri = cluster.uri(database: database)
            Thread {
                let s = PostgreSQLXmppStore(connectionString: uri)
                start.wait()
                do { try s.apply { _ in .putPartner(XmppAllowedPartner(identity: "w\(w).example.com")) } } catch {
                    box.lock.lock(); box.errors.append("\(error)"); box.lock.unlock()
                }
                done.leave()
            }.start()
        }
        for _ in 0..<4 { start.signal() }
        done.wait()
        #expect(box.errors.isEmpty, "\(box.errors)")
        #expect(Set(try store().partners().map(\.identity)) == ["w0.example.com", "w1.example.com", "w2.example.com", "w3.example.com"])
        let c = try cluster.superuser(database)
        #expect(try c.exec("SELECT format, version FROM csshell.store_info").rows == [["csshell-xmpp-store", "\(PostgreSQLStoreSchema.version)"]])
    }

    /// The schema is created in the first change's transaction: when that change fails, nothing is
    /// left, and the next change (on the same connection) creates it.
    @Test func aFailedFirstChangeLeavesNoSchema() throws {
        struct Refused: Error {}
        let s = store()
        #expect(throws: Refused.self) { try s.apply { _ in throw Refused() } }
        #expect(try cluster.superuser(database).exec("SELECT to_regnamespace('csshell') IS NULL").scalar == "t")
        try put(s, XmppAllowedPartner(identity: "a.example.com"))
        try put(s, XmppAllowedPartner(identity: "b.example.com"))
        #expect(try store().partners().map(\.identity) == ["a.example.com", "b.example.com"])
    }

    /// Reads never write: a database nobody changed reads as an empty store and stays without tables.
    @Test func readsNeverCreateTheSchema() throws {
        let s = store()
        #expect(try s.partners().isEmpty)
        #expect(try s.read { try $0.partner(identity: "x.example.com") } == nil)
        #expect(try s.read { try $0.partners(matching: WildcardPattern("*.org")) }.isEmpty)
        #expect(try s.gatewaySettings() == XmppGatewaySettings())
        #expect(try s.read { try $0.contents() } == XmppStoreContents())
        #expect(try cluster.superuser(database).exec("SELECT to_regnamespace('csshell') IS NULL").scalar == "t")
    }

    /// A store written by a newer csshell is refused for reading and changing, as a newer JSON store is.
    @Test func aNewerSchemaVersionIsRefused() throws {
        let current = PostgreSQLStoreSchema.version, newer = PostgreSQLStoreSchema.version + 1
        try put(store(), XmppAllowedPartner(identity: "a.example.com"))
        try cluster.superuser(database).exec("UPDATE csshell.store_info SET version = \(newer)")
        let before = try cluster.snapshot(database)
        let s = store()
        let expected = XmppStoreError.newerVersion(location: s.location, version: newer, supported: current)
        #expect(expected.message.contains("has version \(newer), but this csshell reads only version \(current) or older. It was left unchanged; use a newer csshell."))
        #expect(throws: expected) { try s.partners() }
        #expect(throws: expected) { try put(s, XmppAllowedPartner(identity: "b.example.com")) }
        // A shell that had read the store before the upgrade is refused at its next change.
        try cluster.superuser(database).exec("UPDATE csshell.store_info SET version = \(current)")
        let early = store()
        _ = try early.partners()
        try cluster.superuser(database).exec("UPDATE csshell.store_info SET version = \(newer)")
        #expect(throws: XmppStoreError.newerVersion(location: early.location, version: newer, supported: current)) {
            try put(early, XmppAllowedPartner(identity: "c.example.com"))
        }
        #expect(try cluster.snapshot(database) == before)
    }

    /// Lync's CsViewOnlyAdministrator: the read-only role reads; every change is a clear permission
    /// error and changes nothing. The read-write role changes (the owner created the schema).
    @Test func theReadOnlyRoleReadsAndCannotChange() throws {
        try put(store(), XmppAllowedPartner(identity: "a.example.com", additionalDomains: ["x.a.example.com"]))
        let before = try cluster.snapshot(database)
        let ro = store("csshell_ro")
        #expect(try ro.partners().map(\.identity) == ["a.example.com"])
        #expect(try ro.read { try $0.partner(holding: "x.a.example.com")?.identity } == "a.example.com")
        let changes: [XmppStoreChange] = [.putPartner(XmppAllowedPartner(identity: "b.example.com")), .removePartner(identity: "a.example.com"),
                                          .setGateway(XmppGatewaySettings()), .replaceContents(XmppStoreContents())]
        for change in changes {
            do {
                try ro.apply { _ in change }
                Issue.record("the read-only role made a change: \(change)")
            } catch let e as XmppStoreError {
                #expect(e.errorId == "XmppStorePermissionDenied")
                #expect(e.message.hasPrefix("The role 'csshell_ro' may not change the XMPP store '\(ro.location)': permission denied for table"), "\(e.message)")
                #expect(e.message.hasSuffix("Nothing was changed."))
            }
        }
        #expect(try cluster.snapshot(database) == before)
        let rw = store("csshell_rw")
        try put(rw, XmppAllowedPartner(identity: "b.example.com"))
        try rw.apply { _ in .removePartner(identity: "a.example.com") }
        #expect(try rw.partners().map(\.identity) == ["b.example.com"])
    }

    /// The schema is the owner's to create: the read-write role's first change on an empty database is
    /// refused with the way out; once the owner made one, the role works.
    @Test func onlyTheOwnerCreatesTheSchema() throws {
        let rw = store("csshell_rw")
        do {
            try put(rw, XmppAllowedPartner(identity: "a.example.com"))
            Issue.record("the read-write role created the schema")
        } catch let e as XmppStoreError {
            #expect(e.errorId == "XmppStoreNotCreated")
            #expect(e.message.contains("has no csshell tables yet, and the role 'csshell_rw' may not create them"), "\(e.message)")
        }
        #expect(try cluster.superuser(database).exec("SELECT to_regnamespace('csshell') IS NULL").scalar == "t")
        // The owner's first command that changes the store, even one that changes no setting, creates it.
        #expect(try store().apply { _ in nil } == nil)
        try put(rw, XmppAllowedPartner(identity: "a.example.com"))
        #expect(try store("csshell_ro").partners().map(\.identity) == ["a.example.com"])
    }

    /// What `access` says (the Control Panel shows itself view-only by it) follows the role's
    /// privileges and the server: asking creates and changes nothing.
    @Test func accessFollowsTheRolesPrivilegesAndTheServer() throws {
        let owner = store(), rw = store("csshell_rw"), ro = store("csshell_ro")
        // An empty database: only the owner may create the tables.
        #expect(try owner.access() == .readWrite)
        let notCreated = { (s: PostgreSQLXmppStore, role: String) in
            XmppStoreAccess.readOnly(reason: "the XMPP store '\(s.location)' has no csshell tables yet, and the role '\(role)' may not create them; the database's owner creates them with its first change")
        }
        #expect(try rw.access() == notCreated(rw, "csshell_rw"))
        #expect(try ro.access() == notCreated(ro, "csshell_ro"))
        #expect(try cluster.superuser(database).exec("SELECT to_regnamespace('csshell') IS NULL").scalar == "t", "asking created the schema")

        try put(owner, XmppAllowedPartner(identity: "a.example.com"))
        let before = try cluster.snapshot(database)
        #expect(try owner.access() == .readWrite)
        #expect(try rw.access() == .readWrite)
        // The README's read-only role: SELECT only.
        #expect(try ro.access() == .readOnly(reason: "the role 'csshell_ro' may read the XMPP store '\(ro.location)' but not change it (it lacks INSERT on csshell.partner, UPDATE on csshell.partner, DELETE on csshell.partner, INSERT on csshell.partner_domain, DELETE on csshell.partner_domain, INSERT on csshell.gateway, UPDATE on csshell.gateway)"))
        // One privilege taken away is named (in this test's own database only).
        let su = try cluster.superuser(database)
        try su.exec("REVOKE DELETE ON csshell.partner FROM csshell_rw")
        #expect(try rw.access() == .readOnly(reason: "the role 'csshell_rw' may read the XMPP store '\(rw.location)' but not change it (it lacks DELETE on csshell.partner)"))
        #expect(try cluster.snapshot(database) == before)
        // A server (here: a database) that takes no writes, whoever asks.
        try su.exec("ALTER DATABASE \(database) SET default_transaction_read_only = on")
        let late = store()
        #expect(try late.access() == .readOnly(reason: "the server of the XMPP store '\(late.location)' takes no changes (a standby, or default_transaction_read_only)"))
    }

    /// -Filter is answered by the database: for random patterns and names the server's LIKE or regular
    /// expression (the store's translation) agrees with csshell's own matcher.
    @Test func theDatabaseMatchesWildcardsAsCsshellDoes() throws {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ab.-_%\\*?[]!`^$()+|{}1")
        let textAlphabet = Array("ab.-_%\\*?[]!^$()+|{}1")
        func random(_ a: [Character], _ n: Int) -> String { String((0..<Int.random(in: 0...n, using: &rng)).map { _ in a.randomElement(using: &rng)! }) }
        var patterns: [String] = [], texts: [String] = [], expected: [Bool] = []
        var conditions: [(kind: String, value: String)] = []
        for _ in 0..<4000 {
            let pattern = WildcardPattern(random(alphabet, 7))
            let text = random(textAlphabet, 8)
            patterns.append(pattern.pattern)
            texts.append(text)
            expected.append(pattern.matches(text))
            switch pattern.sqlCondition {
            case let .equals(s): conditions.append(("=", s))
            case let .like(s): conditions.append(("like", s))
            case let .regex(s): conditions.append(("~", s))
            }
        }
        let c = try cluster.superuser(database)
        let rows = try c.exec("""
            SELECT CASE k WHEN '=' THEN t COLLATE "C" = v WHEN 'like' THEN t COLLATE "C" LIKE v ESCAPE '\\' ELSE t COLLATE "C" ~ v END
              FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(t, k, v, n) ORDER BY n
            """, [PGArray.literal(texts), PGArray.literal(conditions.map(\.kind)), PGArray.literal(conditions.map(\.value))]).rows
        #expect(rows.count == texts.count)
        for (i, row) in rows.enumerated() where (row[0] == "t") != expected[i] {
            Issue.record("pattern \(patterns[i].debugDescription) (\(conditions[i])) text \(texts[i].debugDescription): csshell \(expected[i]), database \(row[0] ?? "null")")
        }
    }

    /// A connection the server ended between two commands (a restart, an administrator's
    /// pg_terminate_backend) is replaced: the next read and the next change work.
    @Test func aConnectionEndedBetweenCommandsIsReplaced() throws {
        let s = store()
        try put(s, XmppAllowedPartner(identity: "a.example.com"))
        let c = try cluster.superuser(database)
        func terminate() throws {
            try c.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [database])
        }
        try terminate()
        #expect(try s.partners().map(\.identity) == ["a.example.com"])
        try terminate()
        try put(s, XmppAllowedPartner(identity: "b.example.com"))
        try terminate()
        try s.apply { _ in .removePartner(identity: "a.example.com") }
        #expect(try store().partners().map(\.identity) == ["b.example.com"])
    }

    /// A server that cannot be reached is one clear error naming host and port (libpq's text, never
    /// the connection string), for reading and changing.
    @Test func anUnreachableServerNamesHostAndPort() throws {
        let s = PostgreSQLXmppStore(connectionString: "postgresql://csshell_owner:Secret-Pw-123@127.0.0.1:1/\(database)")
        for attempt in [{ _ = try s.partners() }, { try self.put(s, XmppAllowedPartner(identity: "a.example.com")) }] {
            do {
                try attempt()
                Issue.record("no error")
            } catch let e as XmppStoreError {
                #expect(e.errorId == "XmppStoreUnreachable")
                #expect(e.message.hasPrefix("Cannot connect to the XMPP store 'postgresql://csshell_owner@127.0.0.1:1/\(database)': connection to server at \"127.0.0.1\", port 1 failed: Connection refused."), "\(e.message)")
                #expect(!e.message.contains("Secret-Pw-123"))
            }
        }
    }
}
