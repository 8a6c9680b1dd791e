import Testing
@testable import CsCore
@testable import CsXmpp

@Suite struct SetCsXmppAllowedPartnerTests {
    static let start = XmppAllowedPartner(identity: "contoso.com", saslNegotiation: .notSupported, tlsNegotiation: .notSupported)   // row 17

    @Test func example1DisablesDialback() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "contoso.com", saslNegotiation: .optional)])   // row 7
        let rt = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store),
                            [("Identity", s("contoso.com")), ("SupportDialbackNegotiation", .bool(false))])
        #expect(rt.errors.isEmpty && rt.objects.isEmpty)
        #expect(store.state.partner(identity: "contoso.com")?.supportDialbackNegotiation == false)
    }

    @Test(arguments: matrixCombinations)
    func everyMatrixRowThroughSet(_ c: (row: Int, tls: String, sasl: String, dialback: Bool)) throws {
        let args: [(String, PSValue)] = [("Identity", s("contoso.com")), ("TlsNegotiation", tls(c.tls)),
                                         ("SaslNegotiation", sasl(c.sasl)), ("SupportDialbackNegotiation", .bool(c.dialback))]
        let ref = Ref.rows[c.row]!
        let store = InMemoryXmppStore(partners: [Self.start])
        let rt = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), args)
        let stored = store.state.partner(identity: "contoso.com")!
        let applied = stored.tlsNegotiation.name == c.tls && stored.saslNegotiation.name == c.sasl && stored.supportDialbackNegotiation == c.dialback
        switch c.row {
        case 6, 12, 14, 16, 18:
            #expect(rt.errors.count == 1 && rt.errors[0].message.contains(ref.warning!))
            #expect(stored == Self.start)
            let forced = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), args + [("Force", .bool(true))])
            #expect(forced.errors.count == 1 && store.state.partner(identity: "contoso.com") == Self.start)
        case 5, 11:
            #expect(rt.errors.count == 1 && rt.errors[0].message.hasPrefix("SASL requires TLS."))
            #expect(stored == Self.start && rt.warnings.isEmpty)
            let forced = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), args + [("Force", .bool(true))])
            #expect(forced.errors.isEmpty && forced.warnings == [Ref.wTls])
            let after = store.state.partner(identity: "contoso.com")!
            #expect(after.tlsNegotiation.name == c.tls && after.saslNegotiation.name == c.sasl)
        default:
            #expect(rt.errors.isEmpty)
            #expect(applied, "row \(c.row) applied")
            #expect(rt.warnings == (ref.warning.map { [$0] } ?? []))
        }
    }

    @Test func resultingStateIsValidatedNotJustTheParameters() throws {
        // Row 7 stored; turning Dialback off alone is fine (row 8); then SASL NotSupported alone gives row 14 (not valid).
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "contoso.com", saslNegotiation: .optional)])
        try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com")), ("SupportDialbackNegotiation", .bool(false))])
        let rt = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com")), ("SaslNegotiation", sasl("NotSupported"))])
        #expect(rt.errors.count == 1 && rt.errors[0].message.contains(Ref.eNone))
        #expect(store.state.partner(identity: "contoso.com")?.saslNegotiation == .optional)
    }

    @Test func listModifierExamples3To5() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "contoso.com", additionalDomains: ["europe.contoso.com", "asia.contoso.com"])])
        let add = PSHashtable([("Add", s("na.contoso.com"))])
        try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))], modifiers: [("AdditionalDomains", .hashtable(add))])
        #expect(store.state.partner(identity: "contoso.com")?.additionalDomains == ["europe.contoso.com", "asia.contoso.com", "na.contoso.com"])
        let remove = PSHashtable([("Remove", s("europe.contoso.com"))])
        try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))], modifiers: [("AdditionalDomains", .hashtable(remove))])
        #expect(store.state.partner(identity: "contoso.com")?.additionalDomains == ["asia.contoso.com", "na.contoso.com"])
        #expect(store.state.partner(holding: "europe.contoso.com") == nil)
        try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))], modifiers: [("AdditionalDomains", .null)])
        #expect(store.state.partner(identity: "contoso.com")?.additionalDomains == [])
        #expect(store.state.partner(holding: "na.contoso.com") == nil)
        // A plain list replaces; repeats are kept once; Remove of an absent name does nothing; Replace works.
        try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))],
                   modifiers: [("AdditionalDomains", .array([s("a.contoso.com"), s("B.contoso.com"), s("a.contoso.com")]))])
        #expect(store.state.partner(identity: "contoso.com")?.additionalDomains == ["a.contoso.com", "b.contoso.com"])
        let both = PSHashtable([("remove", .array([s("zz.contoso.com"), s("A.CONTOSO.COM")])), ("ADD", s("c.contoso.com"))])
        try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))], modifiers: [("AdditionalDomains", .hashtable(both))])
        #expect(store.state.partner(identity: "contoso.com")?.additionalDomains == ["b.contoso.com", "c.contoso.com"])
        let replace = PSHashtable([("Replace", s("r.contoso.com"))])
        try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))], modifiers: [("AdditionalDomains", .hashtable(replace))])
        #expect(store.state.partner(identity: "contoso.com")?.additionalDomains == ["r.contoso.com"])
    }

    @Test func additionalDomainHeldByAnotherPartnerIsRefused() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "contoso.com"), XmppAllowedPartner(identity: "fabrikam.com", additionalDomains: ["x.fabrikam.com"])])
        let add = PSHashtable([("Add", s("X.fabrikam.com"))])
        let rt = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))], modifiers: [("AdditionalDomains", .hashtable(add))])
        #expect(rt.errors.first?.errorId == "XmppDomainInUse")
        #expect(rt.errors.first?.message.contains("'fabrikam.com'") == true)
        #expect(store.changeCount == 0)
        let own = PSHashtable([("Add", s("contoso.com"))])
        let rt2 = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("contoso.com"))], modifiers: [("AdditionalDomains", .hashtable(own))])
        #expect(rt2.errors.first?.errorId == "AdditionalDomainIsPrimaryDomain")
    }

    @Test func notFoundIsNonTerminatingAndThePipelineGoesOn() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "a.com"), XmppAllowedPartner(identity: "c.com")])
        let rt = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Description", s("x"))],
                            pipeline: [[("Identity", s("a.com"))], [("Identity", s("missing.com"))], [("Identity", s("C.com"))]])
        #expect(rt.errors.count == 1)
        #expect(rt.errors[0].message == "Cannot find an XMPP allowed partner with Identity 'missing.com'.")
        #expect(rt.errors[0].category == .ObjectNotFound)
        #expect(rt.errors[0].errorId == "XmppPartnerNotFound")
        #expect(store.state.partner(identity: "a.com")?.description == "x")
        #expect(store.state.partner(identity: "c.com")?.description == "x")
    }

    @Test func example2PipesEveryPartnerToInstance() throws {
        let store = InMemoryXmppStore(partners: [
            XmppAllowedPartner(identity: "a.com", saslNegotiation: .optional),
            XmppAllowedPartner(identity: "b.org", saslNegotiation: .notSupported),
        ])
        let got = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store))
        let rt = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("SaslNegotiation", sasl("Required"))],
                            set: "Instance", pipeline: got.objects.map { [("Instance", $0)] })
        #expect(rt.errors.isEmpty)
        #expect(store.state.partners.allSatisfy { $0.saslNegotiation == .required })
        #expect(rt.warnings == [Ref.wDialback, Ref.wDialback])
    }

    @Test func instanceFromConvertFromJson() throws {
        let store = InMemoryXmppStore()
        let o = PSObject(properties: [("Identity", s("json.example.org")), ("PartnerType", s("Federated")),
                                      ("TlsNegotiation", s("Optional")), ("SaslNegotiation", s("NotSupported")),
                                      ("SupportDialbackNegotiation", .bool(true)), ("AdditionalDomains", .array([]))])
        let rt = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Instance", .object(o))], set: "Instance")
        #expect(rt.errors.isEmpty && rt.warnings.isEmpty)
        let p = try #require(store.state.partner(identity: "json.example.org"))
        #expect(p.partnerType == .federated && p.tlsNegotiation == .optional && p.connectionLimit == 20)
        let bad = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Instance", s("just a string"))], set: "Instance")
        #expect(bad.errors.first?.errorId == "InvalidXmppPartnerObject")
    }

    @Test func neitherIdentityNorInstanceIsAnError() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "a.com")])
        let rt = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Description", s("x"))])
        #expect(rt.errors.count == 1 && rt.errors[0].errorId == "XmppPartnerIdentityMissing")
        #expect(store.changeCount == 0)
    }

    @Test func whatIfChangesNothingButReportsErrors() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "a.com")])
        let rt = FakeRuntime(store: store)
        rt.whatIf = true
        try invoke(SetCsXmppAllowedPartnerCommand.self, rt, [("Identity", s("a.com")), ("Description", s("x"))])
        #expect(rt.shouldProcessCalls.map(\.target) == ["a.com"] && store.changeCount == 0)
        try invoke(SetCsXmppAllowedPartnerCommand.self, rt, [("Identity", s("nope.com")), ("Description", s("x"))])
        #expect(rt.errors.count == 1 && rt.errors[0].category == .ObjectNotFound)
    }
}
