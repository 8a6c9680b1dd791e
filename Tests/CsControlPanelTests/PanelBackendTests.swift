import Testing
@testable import CsControlPanel
@testable import CsCore
@testable import CsXmpp

/// The backend runs the cmdlets: whatever the page commits ends exactly as the same cmdlet run in the
/// shell (errors, warnings, what is stored), and the page's guards (view-only, changed meanwhile) hold.
@Suite struct PanelBackendTests {
    private func newForm(_ identity: String, tls: String = "Required", sasl: String = "Required", dialback: String = "True") -> PartnerForm {
        var form = PartnerForm.newPartner
        form.identity = identity
        form.tlsNegotiation = tls
        form.saslNegotiation = sasl
        form.supportDialbackNegotiation = dialback
        return form
    }

    /// For each of the 18 rows: Commit on the New form and New-CsXmppAllowedPartner run directly give
    /// the same errors, warnings and stored partner, and both match negotiation.md / contract.md.
    @Test(arguments: MatrixReference.rows.map(\.row))
    func everyMatrixRowCommitsAsNewCsXmppAllowedPartnerDoes(_ row: Int) throws {
        let ref = MatrixReference.rows[row - 1]
        let identity = "row\(row).example.com"
        for force in [false, true] {
            let panelStore = InMemoryXmppStore()
            let backend = PanelBackend(session: TestSession(store: panelStore), viewOnly: false)
            var form = newForm(identity, tls: ref.tls, sasl: ref.sasl, dialback: ref.dialback ? "True" : "False")
            if force { form.force = "on" }
            let outcome = backend.commitNew(form)

            let shellStore = InMemoryXmppStore()
            var pairs: [(String, PSValue)] = [
                ("Identity", .string(identity)),
                ("TlsNegotiation", .enumValue(XmppNegotiation.tlsType.member(named: ref.tls)!)),
                ("SaslNegotiation", .enumValue(XmppNegotiation.saslType.member(named: ref.sasl)!)),
                ("SupportDialbackNegotiation", .bool(ref.dialback)),
            ]
            if force { pairs.append(("Force", .bool(true))) }
            let shell = try TestSession.run(NewCsXmppAllowedPartnerCommand.self, pairs, store: shellStore)

            #expect(try panelStore.partners() == shellStore.partners(), "row \(row) force \(force): stored partners differ")
            switch outcome {
            case let .saved(warnings):
                #expect(shell.errors.isEmpty, "row \(row): the page saved what the cmdlet refused")
                #expect(warnings == shell.warnings)
            case let .refused(errors, warnings):
                #expect(errors.map(\.text) == shell.errors.map(\.message), "row \(row)")
                #expect(errors.allSatisfy { $0.field == FieldMessage.negotiation }, "row \(row): \(errors)")
                #expect(warnings == shell.warnings)
            default:
                Issue.record("row \(row): unexpected \(outcome)")
            }

            // The reference (negotiation.md §3, contract.md): what happens to the row.
            let stored = try panelStore.partners().count == 1
            switch ref.outcome {
            case .notValid:
                #expect(!stored)
                #expect(shell.errors.count == 1 && shell.errors[0].message.contains(ref.text!))
            case .needsForce:
                #expect(stored == force)
                if force { #expect(shell.warnings == [ref.text!]) } else {
                    #expect(shell.errors.count == 1 && shell.errors[0].message.hasPrefix(MatrixReference.controlPanelRule))
                }
            case .warning:
                #expect(stored && shell.warnings == [ref.text!])
            case .silent:
                #expect(stored && shell.warnings.isEmpty && shell.errors.isEmpty)
            }
        }
    }

    /// Test-CsXmppAllowedPartner's answers for the hint beside the drop-downs: the reference's methods
    /// and texts for all 18 rows, and Force needed exactly for rows 5 and 11.
    @Test func theNegotiationHintsAreTestCsXmppAllowedPartnersAnswers() throws {
        let hints = try PanelBackend(session: TestSession(), viewOnly: false).negotiationHints()
        #expect(hints.count == 18)
        for ref in MatrixReference.rows {
            let hint = try #require(hints.first { $0.tls == ref.tls && $0.sasl == ref.sasl && $0.dialback == ref.dialback })
            #expect(hint.isValid == (ref.outcome != .notValid), "row \(ref.row)")
            #expect(hint.methods == ref.methods, "row \(ref.row)")
            #expect(hint.warnings == (ref.text.map { [$0] } ?? []), "row \(ref.row)")
            #expect(hint.needsForce == (ref.outcome == .needsForce), "row \(ref.row)")
        }
    }

    /// Validation errors are the cmdlet's, on the field they are about.
    @Test func validationErrorsAreTheCmdletsAndPointAtTheirField() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "fabrikam.com", additionalDomains: ["corp.fabrikam.com"])])
        let backend = PanelBackend(session: TestSession(store: store), viewOnly: false)
        func errors(_ change: (inout PartnerForm) -> Void) -> [FieldMessage] {
            var form = newForm("contoso.com", sasl: "Optional")
            change(&form)
            guard case let .refused(errors, _) = backend.commitNew(form) else { return [] }
            return errors
        }
        let badName = errors { $0.identity = "bad_name.example.com" }
        #expect(badName.map(\.field) == ["Identity"])
        #expect(badName.first?.text.hasPrefix("The Identity 'bad_name.example.com' is not a valid DNS name") == true, "\(badName)")
        let held = errors { $0.additionalDomains = "eu.contoso.com\ncorp.fabrikam.com" }
        #expect(held == [FieldMessage(field: "AdditionalDomains", text: "The domain 'corp.fabrikam.com' already belongs to the XMPP allowed partner 'fabrikam.com'; a domain can belong to only one partner.")])
        let heldPrimary = errors { $0.identity = "Corp.Fabrikam.com" }
        #expect(heldPrimary.map(\.field) == ["Identity"], "\(heldPrimary)")
        #expect(errors { $0.identity = "fabrikam.com" }.map(\.field) == ["Identity"])
        #expect(errors { $0.proxyFqdn = "proxy..contoso.com" }.map(\.field) == ["ProxyFqdn"])
        #expect(errors { $0.description = "line\u{7}bell" }.map(\.field) == ["Description"])
        #expect(errors { $0.additionalDomains = "contoso.com" }.map(\.field) == ["AdditionalDomains"])
        let limit = errors { $0.connectionLimit = "many" }
        #expect(limit.map(\.field) == ["ConnectionLimit"])
        #expect(limit.first?.text.hasPrefix("Cannot bind parameter 'ConnectionLimit'. Cannot convert value \"many\" to type \"System.UInt32\".") == true, "\(limit)")
        #expect(errors { $0.partnerType = "Friendly" }.map(\.field) == ["PartnerType"])
        #expect(errors { $0.enableKeepAlive = "yes" }.map(\.field) == ["EnableKeepAlive"])
        #expect(try store.partners().map(\.identity) == ["fabrikam.com"], "nothing refused was stored")
    }

    /// The seed's procedure: New with every field, then Edit changes the additional domains; the
    /// stored partner is what Set-CsXmppAllowedPartner makes of the same values.
    @Test func newThenEditStoresWhatTheCmdletsStore() throws {
        let store = InMemoryXmppStore()
        let backend = PanelBackend(session: TestSession(store: store), viewOnly: false)
        var form = newForm("Fabrikam.com", sasl: "Optional")
        form.description = "Fabrikam's XMPP service"
        form.additionalDomains = "corp.fabrikam.com\r\nit.fabrikam.com"
        form.partnerType = "Federated"
        form.connectionLimit = "25"
        form.enableKeepAlive = "False"
        form.proxyFqdn = "proxy.fabrikam.com"
        guard case .saved([]) = backend.commitNew(form) else { Issue.record("not saved"); return }
        let stored = try #require(try store.partner(identity: "fabrikam.com"))
        #expect(stored == XmppAllowedPartner(identity: "fabrikam.com", additionalDomains: ["corp.fabrikam.com", "it.fabrikam.com"],
                                             connectionLimit: 25, description: "Fabrikam's XMPP service", enableKeepAlive: false,
                                             partnerType: .federated, proxyFqdn: "proxy.fabrikam.com", saslNegotiation: .optional))
        var edit = PartnerForm(partner: stored)
        edit.additionalDomains = "it.fabrikam.com\nsales.fabrikam.com"
        edit.description = ""
        guard case .saved([]) = backend.commitEdit(edit) else { Issue.record("edit not saved"); return }
        let after = try #require(try store.partner(identity: "fabrikam.com"))
        #expect(after.additionalDomains == ["it.fabrikam.com", "sales.fabrikam.com"])
        #expect(after.description == nil, "an emptied Description is cleared, as -Description $null does")
        #expect(after.connectionLimit == 25 && after.partnerType == .federated)
    }

    /// Two editors: the second Commit on a partner that changed after its form was opened saves
    /// nothing and says so; after reloading (the current version) it saves.
    @Test func aCommitOnAPartnerThatChangedMeanwhileSavesNothing() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "contoso.com", saslNegotiation: .optional)])
        let backend = PanelBackend(session: TestSession(store: store), viewOnly: false)
        var first = PartnerForm(partner: try #require(try store.partner(identity: "contoso.com")))
        var second = first
        first.description = "first"
        guard case .saved = backend.commitEdit(first) else { Issue.record("first not saved"); return }
        second.description = "second"
        guard case .changedMeanwhile = backend.commitEdit(second) else { Issue.record("second overwrote the first"); return }
        #expect(try store.partner(identity: "contoso.com")?.description == "first")
        // A change in the shell counts too.
        var fresh = PartnerForm(partner: try #require(try store.partner(identity: "contoso.com")))
        _ = try TestSession.run(SetCsXmppAllowedPartnerCommand.self, [("Identity", .string("contoso.com")), ("Description", .string("shell"))], store: store)
        fresh.description = "page"
        guard case .changedMeanwhile = backend.commitEdit(fresh) else { Issue.record("the page overwrote the shell's change"); return }
        #expect(try store.partner(identity: "contoso.com")?.description == "shell")
        fresh.version = SettingsVersion.of(try #require(try store.partner(identity: "contoso.com")))
        guard case .saved = backend.commitEdit(fresh) else { Issue.record("not saved after reloading"); return }
        #expect(try store.partner(identity: "contoso.com")?.description == "page")
    }

    /// The check runs under the store's lock, with the cmdlet's decision: a change that lands after
    /// the form was checked but before the write is still caught.
    @Test func theChangedMeanwhileCheckRunsInsideTheStoresChange() throws {
        let store = RacingStore(InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "contoso.com", saslNegotiation: .optional)]))
        let backend = PanelBackend(session: TestSession(store: store), viewOnly: false)
        var form = PartnerForm(partner: try #require(try store.partner(identity: "contoso.com")))
        form.description = "page"
        store.beforeNextApply = { inner in
            var p = try! inner.partner(identity: "contoso.com")!
            p.description = "raced"
            inner.state.apply(.putPartner(p))
        }
        guard case .changedMeanwhile = backend.commitEdit(form) else { Issue.record("the racing change was overwritten"); return }
        #expect(try store.partner(identity: "contoso.com")?.description == "raced")
    }

    @Test func deleteRemovesThroughRemoveAndRefusesAChangedPartner() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "a.example.com"), XmppAllowedPartner(identity: "b.example.com")])
        let backend = PanelBackend(session: TestSession(store: store), viewOnly: false)
        let a = try #require(try store.partner(identity: "a.example.com"))
        guard case .saved = backend.commitDelete(identity: "a.example.com", version: SettingsVersion.of(a)) else { Issue.record("not deleted"); return }
        guard case .changedMeanwhile = backend.commitDelete(identity: "b.example.com", version: "0000000000000000") else {
            Issue.record("a partner changed since the confirmation was deleted"); return
        }
        guard case let .refused(errors, _) = backend.commitDelete(identity: "a.example.com", version: SettingsVersion.of(a)) else {
            Issue.record("deleting a deleted partner"); return
        }
        #expect(errors.map(\.text) == ["Cannot find an XMPP allowed partner with Identity 'a.example.com'."])
        #expect(try store.partners().map(\.identity) == ["b.example.com"])
    }

    /// -ViewOnly, and a store this process may only read: the pages offer no change and the backend
    /// refuses every one, whatever the request.
    @Test func viewOnlyRefusesEveryChange() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "a.example.com")])
        let viewOnly = PanelBackend(session: TestSession(store: store), viewOnly: true)
        #expect(try viewOnly.access().canChange == false)
        let a = try #require(try store.partner(identity: "a.example.com"))
        for outcome in [viewOnly.commitNew(newForm("b.example.com")), viewOnly.commitEdit(PartnerForm(partner: a)),
                        viewOnly.commitDelete(identity: "a.example.com", version: SettingsVersion.of(a)),
                        viewOnly.commitGateway(GatewayForm(gateway: XmppGatewaySettings()))] {
            guard case let .viewOnly(reason) = outcome else { Issue.record("\(outcome)"); continue }
            #expect(reason.contains("-ViewOnly"))
        }
        #expect(store.changeCount == 0)

        store.readOnlyReason = "the database role csshell_reader may only read"
        let readOnly = PanelBackend(session: TestSession(store: store), viewOnly: false)
        #expect(try readOnly.access().viewOnlyReason?.contains("the database role csshell_reader may only read") == true)
        guard case .viewOnly = readOnly.commitNew(newForm("b.example.com")) else { Issue.record("read-only store changed"); return }
        #expect(try readOnly.partners(filter: nil).map(\.identity) == ["a.example.com"], "reading still works")
    }

    /// A store that cannot tell it is read-only (a database role found out only at the first write):
    /// the permission error at Commit makes the panel view-only from then on.
    @Test func aPermissionErrorAtCommitMakesThePanelViewOnly() throws {
        let store = DenyingStore(InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "a.example.com")]))
        let backend = PanelBackend(session: TestSession(store: store), viewOnly: false)
        #expect(try backend.access().canChange)
        guard case let .viewOnly(reason) = backend.commitNew(newForm("b.example.com")) else { Issue.record("not view-only"); return }
        #expect(reason.contains("permission denied for table partners"), "\(reason)")
        #expect(try backend.access().viewOnlyReason == reason)
        #expect(try backend.partners(filter: nil).map(\.identity) == ["a.example.com"])
        guard case .viewOnly = backend.commitEdit(PartnerForm(partner: try #require(try backend.partner(identity: "a.example.com")))) else {
            Issue.record("an Edit after the refusal is not view-only"); return
        }
        #expect(store.attempts == 1, "the second Commit does not reach the store")
    }

    @Test func theListFiltersAsGetFilterDoes() throws {
        let store = InMemoryXmppStore(partners: ["xmpp.contoso.org", "contoso.com", "xmpp.fabrikam.org"].map { XmppAllowedPartner(identity: $0) })
        let backend = PanelBackend(session: TestSession(store: store), viewOnly: false)
        #expect(try backend.partners(filter: "*.org").map(\.identity) == ["xmpp.contoso.org", "xmpp.fabrikam.org"])
        #expect(try backend.partners(filter: "").count == 3)
        #expect(try backend.partners(filter: "CONTOSO.*").map(\.identity) == ["contoso.com"])
    }

    /// The gateway page runs Set-CsXmppGatewayConfiguration; the passphrase is kept unless replaced
    /// or cleared, and a stale page saves nothing.
    @Test func gatewayCommitsThroughSetCsXmppGatewayConfiguration() throws {
        let store = InMemoryXmppStore()
        let backend = PanelBackend(session: TestSession(store: store), viewOnly: false)
        var form = GatewayForm(gateway: try store.gatewaySettings())
        form.partnerConnectionLimit = "30"
        form.dialbackPassphrase = "s3cret"
        guard case .saved = backend.commitGateway(form) else { Issue.record("not saved"); return }
        var g = try store.gatewaySettings()
        #expect(g.partnerConnectionLimit == 30 && g.dialbackPassphrase == "s3cret")
        form = GatewayForm(gateway: g)
        #expect(form.dialbackPassphrase == nil, "the form never carries the passphrase")
        form.keepAliveInterval = "120"
        guard case .saved = backend.commitGateway(form) else { Issue.record("not saved"); return }
        g = try store.gatewaySettings()
        #expect(g.keepAliveInterval == 120 && g.dialbackPassphrase == "s3cret", "nothing typed keeps the passphrase")
        var stale = form
        stale.connectionLimit = "5"
        guard case .changedMeanwhile = backend.commitGateway(stale) else { Issue.record("stale page saved"); return }
        form = GatewayForm(gateway: g)
        form.clearDialbackPassphrase = "on"
        form.streamInactivityTimeout = "-1"
        guard case let .refused(errors, _) = backend.commitGateway(form) else { Issue.record("negative timeout saved"); return }
        #expect(errors.map(\.field) == ["StreamInactivityTimeout"])
        form.streamInactivityTimeout = "600"
        guard case .saved = backend.commitGateway(form) else { Issue.record("not saved"); return }
        #expect(try store.gatewaySettings().dialbackPassphrase == nil)
    }

    /// A stored partner's version changes with every setting; a passphrase's value never shows in the
    /// gateway's.
    @Test func versionsFollowEverySettingButNoSecret() {
        let base = XmppAllowedPartner(identity: "contoso.com")
        var variants: [XmppAllowedPartner] = []
        for change in [{ (p: inout XmppAllowedPartner) in p.additionalDomains = ["a.contoso.com"] }, { $0.connectionLimit = 21 },
                       { $0.description = "" }, { $0.description = "x" }, { $0.enableKeepAlive = false }, { $0.partnerType = .federated },
                       { $0.proxyFqdn = "p.contoso.com" }, { $0.saslNegotiation = .optional }, { $0.supportDialbackNegotiation = false },
                       { $0.tlsNegotiation = .optional }] {
            var p = base
            change(&p)
            variants.append(p)
        }
        let versions = Set(([base] + variants).map(SettingsVersion.of))
        #expect(versions.count == variants.count + 1)
        var g1 = XmppGatewaySettings(), g2 = XmppGatewaySettings()
        g1.dialbackPassphrase = "one"
        g2.dialbackPassphrase = "two"
        #expect(SettingsVersion.of(g1) == SettingsVersion.of(g2))
        #expect(SettingsVersion.of(g1) != SettingsVersion.of(XmppGatewaySettings()))
    }
}

/// An in-memory store where another writer gets the lock just before the next change.
final class RacingStore: XmppStore {
    let inner: InMemoryXmppStore
    var beforeNextApply: ((InMemoryXmppStore) -> Void)?

    init(_ inner: InMemoryXmppStore) { self.inner = inner }

    var location: String { inner.location }
    func read<R>(_ body: (any XmppStoreView) throws -> R) throws -> R { try inner.read(body) }
    func apply(_ context: XmppChangeContext, _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        if let race = beforeNextApply {
            beforeNextApply = nil
            race(inner)
        }
        return try inner.apply(context, decide)
    }
    func sync() throws {}
    func close() throws {}
}

/// A store that says it can be written but refuses every change for want of permission, as a
/// database role without write privileges does when the backend cannot ask beforehand.
final class DenyingStore: XmppStore {
    let inner: InMemoryXmppStore
    private(set) var attempts = 0

    init(_ inner: InMemoryXmppStore) { self.inner = inner }

    var location: String { "postgresql://reader@db/csshell" }
    func read<R>(_ body: (any XmppStoreView) throws -> R) throws -> R { try inner.read(body) }
    func apply(_ context: XmppChangeContext, _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        attempts += 1
        throw XmppStoreError("Cannot change the XMPP store '\(location)': permission denied for table partners.",
                             errorId: "XmppStoreWriteFailed", category: .PermissionDenied, location: location)
    }
    func sync() throws {}
    func close() throws {}
}
