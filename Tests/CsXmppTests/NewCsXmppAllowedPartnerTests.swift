import Testing
@testable import CsCore
@testable import CsXmpp

@Suite struct NewCsXmppAllowedPartnerTests {
    @Test func example1CreatesPublicVerifiedPartnerAndWritesNothing() throws {
        let store = InMemoryXmppStore()
        let rt = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store),
                            [("Identity", s("contoso.com")), ("PartnerType", partnerType("PublicVerified"))])
        #expect(rt.objects.isEmpty)
        #expect(rt.errors.isEmpty)
        let p = try #require(store.state.partner(identity: "contoso.com"))
        #expect(p.partnerType == .publicVerified)
        // New's defaults otherwise (contract.md).
        #expect(p == XmppAllowedPartner(identity: "contoso.com", partnerType: .publicVerified))
        // The defaults are matrix row 1, which carries a warning.
        #expect(rt.warnings == [Ref.wDialback])
        #expect(rt.shouldProcessCalls.count == 1 && rt.shouldProcessCalls[0].target == "contoso.com")
    }

    @Test func example2AddsTheChildDomain() throws {
        let store = InMemoryXmppStore()
        try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store),
                   [("Identity", s("fabrikam.com"))], modifiers: [("AdditionalDomains", s("research.fabrikam2.com"))])
        #expect(store.state.partner(identity: "fabrikam.com")?.additionalDomains == ["research.fabrikam2.com"])
        #expect(store.state.partner(holding: "research.fabrikam2.com")?.identity == "fabrikam.com")
    }

    @Test func googleTalkExampleIsStoredWithItsNote() throws {
        let store = InMemoryXmppStore()
        let rt = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [
            ("Identity", s("gmail.com")), ("TlsNegotiation", tls("NotSupported")), ("SaslNegotiation", sasl("NotSupported")),
            ("EnableKeepAlive", .bool(false)), ("SupportDialbackNegotiation", .bool(true)),
        ])
        #expect(rt.errors.isEmpty && rt.warnings.isEmpty)
        let p = try #require(store.state.partner(identity: "gmail.com"))
        #expect(p.tlsNegotiation == .notSupported && p.saslNegotiation == .notSupported && !p.enableKeepAlive && p.supportDialbackNegotiation)
    }

    @Test func domainParameterSetWorksLikeIdentity() throws {
        let store = InMemoryXmppStore()
        try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Domain", s("Fabrikam.com"))], set: "ParentAndRelativeKey")
        let p = try #require(store.state.partner(identity: "fabrikam.com"))
        #expect(p.domain == "fabrikam.com" && p.identity == "fabrikam.com")
    }

    @Test(arguments: matrixCombinations)
    func everyMatrixRowThroughNew(_ c: (row: Int, tls: String, sasl: String, dialback: Bool)) throws {
        let args: [(String, PSValue)] = [("Identity", s("row\(c.row).example.com")), ("TlsNegotiation", tls(c.tls)),
                                         ("SaslNegotiation", sasl(c.sasl)), ("SupportDialbackNegotiation", .bool(c.dialback))]
        let ref = Ref.rows[c.row]!
        let store = InMemoryXmppStore()
        let rt = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), args)
        switch c.row {
        case 6, 12, 14, 16, 18:
            #expect(rt.errors.count == 1)
            #expect(rt.errors.first?.message.contains(ref.warning!) == true)
            #expect(rt.errors.first?.errorId == "InvalidNegotiationConfiguration")
            #expect(store.changeCount == 0)
            // -Force does not help.
            let forced = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), args + [("Force", .bool(true))])
            #expect(forced.errors.count == 1 && store.changeCount == 0)
        case 5, 11:
            #expect(rt.errors.count == 1)
            #expect(rt.errors.first?.message.hasPrefix("SASL requires TLS.") == true)
            #expect(rt.errors.first?.errorId == "SaslRequiresTls")
            #expect(rt.warnings.isEmpty)
            #expect(store.changeCount == 0)
            let forced = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), args + [("Force", .bool(true))])
            #expect(forced.errors.isEmpty)
            #expect(forced.warnings == [Ref.wTls])
            #expect(store.state.count == 1)
        default:
            #expect(rt.errors.isEmpty)
            #expect(rt.warnings == (ref.warning.map { [$0] } ?? []))
            #expect(store.state.count == 1)
            // -Force changes nothing for these rows.
            let store2 = InMemoryXmppStore()
            let forced = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store2), args + [("Force", .bool(true))])
            #expect(forced.warnings == rt.warnings && store2.state.count == 1)
        }
    }

    @Test func duplicatesNameTheHolderAndStoreNothing() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "contoso.com", additionalDomains: ["na.contoso.com"])])
        let dup = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("CONTOSO.com."))])
        #expect(dup.errors.count == 1)
        #expect(dup.errors[0].errorId == "XmppPartnerAlreadyExists")
        #expect(dup.errors[0].category == .ResourceExists)
        #expect(dup.errors[0].message.contains("'contoso.com'"))
        #expect(dup.warnings.isEmpty)
        let primaryTaken = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("na.contoso.com"))])
        #expect(primaryTaken.errors.first?.errorId == "XmppDomainInUse")
        #expect(primaryTaken.errors.first?.message.contains("'contoso.com'") == true)
        let additionalTaken = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("fabrikam.com"))],
                                         modifiers: [("AdditionalDomains", .array([s("x.fabrikam.com"), s("NA.contoso.com")]))])
        #expect(additionalTaken.errors.first?.errorId == "XmppDomainInUse")
        #expect(additionalTaken.errors.first?.message.contains("'na.contoso.com'") == true)
        #expect(additionalTaken.errors.first?.message.contains("'contoso.com'") == true)
        #expect(store.changeCount == 0 && store.state.count == 1)
    }

    @Test func validationErrorsAreNonTerminatingAndNameTheValue() throws {
        let cases: [([(String, PSValue)], [(String, PSValue)], String, String)] = [
            ([("Identity", s("bad_name.com"))], [], "InvalidDomainName", "'bad_name.com'"),
            ([("Identity", s("-x.com"))], [], "InvalidDomainName", "'-x.com'"),
            ([("Identity", s("ok.com"))], [("AdditionalDomains", s("also..bad"))], "InvalidDomainName", "'also..bad'"),
            ([("Identity", s("ok.com"))], [("AdditionalDomains", s("OK.com"))], "AdditionalDomainIsPrimaryDomain", "'OK.com'"),
            ([("Identity", s("ok.com")), ("ProxyFqdn", s("proxy!.ok.com"))], [], "InvalidProxyFqdn", "'proxy!.ok.com'"),
            ([("Identity", s("ok.com")), ("Description", s(String(repeating: "d", count: 1025)))], [], "DescriptionTooLong", "1025"),
        ]
        for (args, mods, id, fragment) in cases {
            let store = InMemoryXmppStore()
            let rt = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), args, modifiers: mods)
            #expect(rt.errors.count == 1, "\(id)")
            #expect(rt.errors.first?.errorId == id)
            #expect(rt.errors.first?.message.contains(fragment) == true, "\(rt.errors.first?.message ?? "")")
            #expect(rt.errors.first?.category == .InvalidArgument)
            #expect(store.changeCount == 0)
            #expect(rt.shouldProcessCalls.isEmpty)
        }
        // -ErrorAction Stop turns it into a thrown error.
        let stop = FakeRuntime()
        stop.errorActionStop = true
        #expect(throws: ErrorRecord.self) { try invoke(NewCsXmppAllowedPartnerCommand.self, stop, [("Identity", s("bad_name.com"))]) }
    }

    @Test func namesAreStoredInLowerCaseAndDescriptionKept() throws {
        let store = InMemoryXmppStore()
        try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [
            ("Identity", s("XMPP.Contoso.COM")), ("ProxyFqdn", s("Proxy.Contoso.COM.")), ("Description", s("Contact: Ken Myer")),
            ("ConnectionLimit", .int(42)),
        ])
        let p = try #require(store.state.partner(identity: "xmpp.contoso.com"))
        #expect(p.identity == "xmpp.contoso.com" && p.proxyFqdn == "proxy.contoso.com")
        #expect(p.description == "Contact: Ken Myer" && p.connectionLimit == 42)
    }

    @Test func connectionLimitDefaultsToTheGatewayPartnerConnectionLimit() throws {
        var g = XmppGatewaySettings()
        g.partnerConnectionLimit = 7
        let store = InMemoryXmppStore(gateway: g)
        try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("a.com"))])
        #expect(store.state.partner(identity: "a.com")?.connectionLimit == 7)
        let mem = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("b.com")), ("InMemory", .bool(true))])
        guard case .int(7)? = mem.partnerObjects.first?["ConnectionLimit"] else { Issue.record("InMemory limit"); return }
    }

    @Test func inMemoryWritesTheObjectAndStoresNothing() throws {
        let store = InMemoryXmppStore()
        let rt = try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store),
                            [("Identity", s("fabrikam.com")), ("InMemory", .bool(true))])
        #expect(store.changeCount == 0 && store.state.count == 0)
        let o = try #require(rt.partnerObjects.first)
        #expect(o.typeNames.first == Ref.partnerType)
        #expect(o["Identity"]?.stringValue == "fabrikam.com")
        #expect(rt.warnings.isEmpty)
        // The documented pattern: change it, then commit with Set -Instance.
        try o.setProperty("Description", s("Contact: Ken Myer (kenmyer@fabrikam.com)"))
        try o.setProperty("PartnerType", s("Federated"))
        #expect(store.state.partner(identity: "fabrikam.com") == nil)
        let set = try invoke(SetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Instance", .object(o))], set: "Instance")
        #expect(set.errors.isEmpty)
        let p = try #require(store.state.partner(identity: "fabrikam.com"))
        #expect(p.partnerType == .federated && p.description == "Contact: Ken Myer (kenmyer@fabrikam.com)")
    }

    @Test func whatIfChangesNothing() throws {
        let store = InMemoryXmppStore()
        let rt = FakeRuntime(store: store)
        rt.whatIf = true
        try invoke(NewCsXmppAllowedPartnerCommand.self, rt, [("Identity", s("contoso.com"))])
        #expect(rt.shouldProcessCalls.map(\.target) == ["contoso.com"])
        #expect(rt.shouldProcessCalls.first?.action == "New-CsXmppAllowedPartner")
        #expect(store.changeCount == 0 && rt.warnings.isEmpty && rt.objects.isEmpty)
    }
}
