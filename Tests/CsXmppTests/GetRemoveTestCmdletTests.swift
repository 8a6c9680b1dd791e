import Testing
@testable import CsCore
@testable import CsXmpp

@Suite struct GetCsXmppAllowedPartnerTests {
    let store = InMemoryXmppStore(partners: [
        XmppAllowedPartner(identity: "xmpp.contoso.com", saslNegotiation: .required),
        XmppAllowedPartner(identity: "xmpp.contoso.org", saslNegotiation: .optional),
        XmppAllowedPartner(identity: "xmpp.fabrikam.org", saslNegotiation: .required),
    ])

    @Test func example1ReturnsAllInStoredOrder() throws {
        let rt = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store))
        #expect(rt.partnerObjects.map { $0["Identity"]!.stringValue! } == ["xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"])
        #expect(rt.partnerObjects.allSatisfy { $0.typeNames.first == Ref.partnerType })
    }

    @Test func example2ByIdentityIgnoringCase() throws {
        let rt = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("XMPP.Contoso.com"))])
        #expect(rt.partnerObjects.map { $0["Identity"]!.stringValue! } == ["xmpp.contoso.com"])
    }

    @Test func example3Filter() throws {
        let rt = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Filter", s("*.org"))], set: "Filter")
        #expect(rt.partnerObjects.map { $0["Identity"]!.stringValue! } == ["xmpp.contoso.org", "xmpp.fabrikam.org"])
        let none = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Filter", s("*.net"))], set: "Filter")
        #expect(none.objects.isEmpty && none.errors.isEmpty)
    }

    @Test func notFoundIsNonTerminating() throws {
        let rt = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("nobody.com"))])
        #expect(rt.objects.isEmpty)
        #expect(rt.errors.map(\.message) == ["Cannot find an XMPP allowed partner with Identity 'nobody.com'."])
        #expect(rt.errors.first?.category == .ObjectNotFound)
    }

    @Test func localStoreIsAccepted() throws {
        let rt = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("LocalStore", .bool(true))])
        #expect(rt.objects.count == 3)
    }
}

@Suite struct RemoveCsXmppAllowedPartnerTests {
    @Test func example1RemovesAndFreesTheDomains() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "contoso.com", additionalDomains: ["na.contoso.com"])])
        let rt = try invoke(RemoveCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("Contoso.com"))])
        #expect(rt.errors.isEmpty && rt.objects.isEmpty)
        #expect(store.state.count == 0 && store.state.partner(holding: "na.contoso.com") == nil)
        #expect(rt.shouldProcessCalls.map(\.action) == ["Remove-CsXmppAllowedPartner"])
        #expect(RemoveCsXmppAllowedPartnerCommand.metadata.confirmImpact == .medium)
    }

    @Test func examples2And3ThroughThePipelineWithAMissingOneInBetween() throws {
        let store = InMemoryXmppStore(partners: [
            XmppAllowedPartner(identity: "a.com", partnerType: .publicUnverified),
            XmppAllowedPartner(identity: "b.com", partnerType: .federated),
            XmppAllowedPartner(identity: "c.com", partnerType: .publicUnverified),
        ])
        let got = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store))
        let unverified = got.partnerObjects.filter { PSConvert.toString($0["PartnerType"]!) == "PublicUnverified" }
        var inputs = unverified.map { [("Identity", $0["Identity"]!)] }
        inputs.insert([("Identity", s("gone.com"))], at: 1)
        let rt = try invoke(RemoveCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), pipeline: inputs)
        #expect(rt.errors.map(\.message) == ["Cannot find an XMPP allowed partner with Identity 'gone.com'."])
        #expect(store.state.partners.map(\.identity) == ["b.com"])
    }

    @Test func whatIfRemovesNothing() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "a.com")])
        let rt = FakeRuntime(store: store)
        rt.whatIf = true
        try invoke(RemoveCsXmppAllowedPartnerCommand.self, rt, [("Identity", s("a.com"))])
        #expect(store.changeCount == 0 && rt.shouldProcessCalls.map(\.target) == ["a.com"])
    }
}

@Suite struct TestCsXmppAllowedPartnerTests {
    static let order = ["Identity", "TlsNegotiation", "SaslNegotiation", "SupportDialbackNegotiation", "IsValid",
                        "ExpectedAuthenticationMethods", "Warnings", "Notes"]

    @Test(arguments: matrixCombinations)
    func everyMatrixRowAsABareCombination(_ c: (row: Int, tls: String, sasl: String, dialback: Bool)) throws {
        let store = InMemoryXmppStore()
        let rt = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [
            ("TlsNegotiation", tls(c.tls)), ("SaslNegotiation", sasl(c.sasl)), ("SupportDialbackNegotiation", .bool(c.dialback)),
        ])
        let ref = Ref.rows[c.row]!
        let o = try #require(rt.partnerObjects.first)
        #expect(o.typeNames.first == "Csshell.XmppAllowedPartnerTestResult")
        #expect(o.properties.map(\.name) == Self.order)
        #expect(o["Identity"]?.isNull == true)
        #expect(PSConvert.toString(o["TlsNegotiation"]!) == c.tls && PSConvert.toString(o["SaslNegotiation"]!) == c.sasl)
        guard case let .bool(valid)? = o["IsValid"] else { Issue.record("IsValid"); return }
        #expect(valid == (ref.methods != nil))
        #expect(o["ExpectedAuthenticationMethods"]!.strings == (ref.methods ?? []))
        #expect(o["Warnings"]!.strings == (ref.warning.map { [$0] } ?? []))
        #expect(o["Notes"]!.strings == (ref.note.map { [$0] } ?? []))
        #expect(store.changeCount == 0)
    }

    @Test func defaultsAreNewsDefaults() throws {
        let rt = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime())
        let o = try #require(rt.partnerObjects.first)
        #expect(o["ExpectedAuthenticationMethods"]!.strings == ["SASL over TLS"])
        #expect(o["Warnings"]!.strings == [Ref.wDialback])
        let partial = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(), [("SaslNegotiation", sasl("Optional"))])
        #expect(partial.partnerObjects.first?["ExpectedAuthenticationMethods"]?.strings == ["SASL over TLS", "TLS Dialback"])
    }

    @Test func storedPartnerByIdentityAndPipedPartners() throws {
        let store = InMemoryXmppStore(partners: [
            XmppAllowedPartner(identity: "gmail.com", enableKeepAlive: false, saslNegotiation: .notSupported, tlsNegotiation: .notSupported),
            XmppAllowedPartner(identity: "tcp.example.com", saslNegotiation: .required, tlsNegotiation: .notSupported),   // row 5 (forced)
        ])
        let one = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("GMAIL.com"))], set: "Identity")
        let o = try #require(one.partnerObjects.first)
        #expect(o["Identity"]?.stringValue == "gmail.com")
        #expect(o["ExpectedAuthenticationMethods"]!.strings == ["TCP Dialback"])
        #expect(o["Notes"]!.strings == [Ref.n17])
        let missing = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("none.com"))], set: "Identity")
        #expect(missing.errors.map(\.message) == ["Cannot find an XMPP allowed partner with Identity 'none.com'."])

        let got = try invoke(GetCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store))
        let piped = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), pipeline: got.objects.map { [("Instance", $0)] })
        #expect(piped.partnerObjects.count == 2)
        let row5 = piped.partnerObjects[1]
        guard case .bool(true)? = row5["IsValid"] else { Issue.record("row 5 is valid here"); return }
        #expect(row5["Warnings"]!.strings == [Ref.wTls])
        // A piped string names a stored partner; an unsaved object is tested as it is.
        let byName = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), pipeline: [[("Instance", s("gmail.com"))]])
        #expect(byName.partnerObjects.first?["Identity"]?.stringValue == "gmail.com")
        let unsaved = XmppAllowedPartner(identity: "new.example.com", saslNegotiation: .notSupported, supportDialbackNegotiation: false).toPSObject()
        let t = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), pipeline: [[("Instance", .object(unsaved))]])
        guard case .bool(false)? = t.partnerObjects.first?["IsValid"] else { Issue.record("row 14 not valid"); return }
        #expect(t.partnerObjects.first?["Warnings"]?.strings == [Ref.eNone])
        // An object with only the three settings (Import-Csv of combinations) is a bare combination.
        let row = PSObject(properties: [("TlsNegotiation", s("Optional")), ("SaslNegotiation", s("NotSupported")),
                                        ("SupportDialbackNegotiation", s("True"))])
        let bare = try invoke(TestCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), pipeline: [[("Instance", .object(row))]])
        #expect(bare.partnerObjects.first?["Identity"]?.isNull == true)
        #expect(bare.partnerObjects.first?["Notes"]?.strings == [Ref.n15])
        #expect(store.changeCount == 0)
    }
}

@Suite struct GatewayConfigurationTests {
    @Test func getReturnsTheGlobalInstanceWithDefaults() throws {
        let rt = try invoke(GetCsXmppGatewayConfigurationCommand.self, FakeRuntime())
        let o = try #require(rt.partnerObjects.first)
        #expect(o.typeNames.first == Ref.gatewayType)
        #expect(o["Identity"]?.stringValue == "Global")
        guard case .int(1000)? = o["ConnectionLimit"], case .int(20)? = o["PartnerConnectionLimit"] else { Issue.record("defaults"); return }
        let byId = try invoke(GetCsXmppGatewayConfigurationCommand.self, FakeRuntime(), [("Identity", s("global"))])
        #expect(byId.objects.count == 1)
        let filtered = try invoke(GetCsXmppGatewayConfigurationCommand.self, FakeRuntime(), [("Filter", s("g*"))], set: "Filter")
        #expect(filtered.objects.count == 1)
        let other = try invoke(GetCsXmppGatewayConfigurationCommand.self, FakeRuntime(), [("Identity", s("site:Redmond"))])
        #expect(other.objects.isEmpty && other.errors.first?.category == .ObjectNotFound)
    }

    @Test func setExample1AndOtherSettings() throws {
        let store = InMemoryXmppStore()
        let rt = try invoke(SetCsXmppGatewayConfigurationCommand.self, FakeRuntime(store: store), [("Identity", s("global")), ("ConnectionLimit", .int(1200))])
        #expect(rt.errors.isEmpty && store.state.gateway.connectionLimit == 1200)
        try invoke(SetCsXmppGatewayConfigurationCommand.self, FakeRuntime(store: store), [
            ("PartnerConnectionLimit", .int(30)), ("DialbackPassphrase", s("s3cret")), ("EnableLoggingAllMessageBodies", .bool(true)),
            ("KeepAliveInterval", .int(120)),
        ])
        let g = store.state.gateway
        #expect(g.partnerConnectionLimit == 30 && g.dialbackPassphrase == "s3cret" && g.enableLoggingAllMessageBodies && g.keepAliveInterval == 120)
        let shown = try invoke(GetCsXmppGatewayConfigurationCommand.self, FakeRuntime(store: store))
        #expect(shown.partnerObjects.first?["DialbackPassphrase"]?.stringValue == "********")
        // The new default ConnectionLimit of partners follows PartnerConnectionLimit.
        try invoke(NewCsXmppAllowedPartnerCommand.self, FakeRuntime(store: store), [("Identity", s("a.com"))])
        #expect(store.state.partner(identity: "a.com")?.connectionLimit == 30)
        // Piping the shown (masked) object back keeps the passphrase.
        try invoke(SetCsXmppGatewayConfigurationCommand.self, FakeRuntime(store: store), [("StreamInactivityTimeout", .int(900))],
                   set: "Instance", pipeline: shown.objects.map { [("Instance", $0)] })
        #expect(store.state.gateway.dialbackPassphrase == "s3cret" && store.state.gateway.streamInactivityTimeout == 900)
        try invoke(SetCsXmppGatewayConfigurationCommand.self, FakeRuntime(store: store), [("DialbackPassphrase", .null)])
        #expect(store.state.gateway.dialbackPassphrase == nil)
    }

    @Test func setOtherIdentityIsNotFoundAndWhatIfChangesNothing() throws {
        let store = InMemoryXmppStore()
        let rt = try invoke(SetCsXmppGatewayConfigurationCommand.self, FakeRuntime(store: store), [("Identity", s("site:1")), ("ConnectionLimit", .int(5))])
        #expect(rt.errors.first?.category == .ObjectNotFound && store.changeCount == 0)
        let w = FakeRuntime(store: store)
        w.whatIf = true
        try invoke(SetCsXmppGatewayConfigurationCommand.self, w, [("ConnectionLimit", .int(5))])
        #expect(store.changeCount == 0 && w.shouldProcessCalls.map(\.target) == ["Global"])
    }
}
