import PGTestSupport
import Testing
@testable import CsControlPanel
@testable import CsCore
@testable import CsXmpp

/// The panel on the PostgreSQL store, against the server scripts/test starts: the README's read-only
/// role gets view-only pages, and a refusal the catalogue could not foresee turns the panel view-only
/// at the Commit it refused.
@Suite struct PanelPostgreSQLTests {
    let cluster: TestCluster
    let database: String

    init() throws {
        cluster = try TestCluster.shared()
        database = try cluster.createDatabase()
    }

    func backend(_ role: String) -> PanelBackend {
        PanelBackend(session: TestSession(store: PostgreSQLXmppStore(connectionString: cluster.uri(role, database: database))), viewOnly: false)
    }

    func newForm(_ identity: String) -> PartnerForm {
        var form = PartnerForm.newPartner
        form.identity = identity
        form.saslNegotiation = "Optional"
        return form
    }

    @Test func aReadOnlyRoleOrAPermissionErrorAtCommitMakesThePanelViewOnly() throws {
        guard case .saved = backend("csshell_owner").commitNew(newForm("a.example.com")) else {
            Issue.record("the owner could not create a partner"); return
        }
        let before = try cluster.snapshot(database)

        // csshell_ro (SELECT only): view-only from the first page, with the store's reason.
        let ro = backend("csshell_ro")
        let reason = try #require(try ro.access().viewOnlyReason)
        #expect(reason.hasPrefix("The store can only be read here, so the Control Panel changes nothing: the role 'csshell_ro' may read the XMPP store 'postgresql://csshell_ro@"), "\(reason)")
        #expect(try ro.partners(filter: nil).map(\.identity) == ["a.example.com"])
        guard case .viewOnly = ro.commitNew(newForm("b.example.com")) else { Issue.record("csshell_ro's Commit was tried"); return }

        // csshell_rw under a row-level security policy that only lets it read: the catalogue shows
        // every privilege, the Commit is refused by the server, and the panel turns view-only.
        let su = try cluster.superuser(database)
        try su.exec("ALTER TABLE csshell.partner ENABLE ROW LEVEL SECURITY")
        try su.exec("CREATE POLICY reading ON csshell.partner FOR SELECT USING (true)")
        let rw = backend("csshell_rw")
        #expect(try rw.access().canChange)
        guard case let .viewOnly(refusal) = rw.commitNew(newForm("b.example.com")) else {
            Issue.record("the refused Commit did not make the panel view-only"); return
        }
        #expect(refusal.hasPrefix("The store refused a change, so the Control Panel changes nothing: The role 'csshell_rw' may not change the XMPP store 'postgresql://csshell_rw@"), "\(refusal)")
        #expect(refusal.contains("row-level security policy") && refusal.hasSuffix("Nothing was changed."), "\(refusal)")
        #expect(try rw.access().viewOnlyReason == refusal)
        #expect(try rw.partners(filter: nil).map(\.identity) == ["a.example.com"])
        #expect(try cluster.snapshot(database) == before)
    }
}
