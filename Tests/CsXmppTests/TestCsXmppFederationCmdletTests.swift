import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

/// Test-CsXmppFederation: its parameters and objects (contract.md, "Federation outcome"), how it
/// builds our side from the store and the partner's side from presets, files and the -Remote
/// parameters. The decision procedure itself is FederationNegotiatorTests'.
@Suite struct TestCsXmppFederationCmdletTests {
    static func cert(_ name: String) -> PSValue { .enumValue(FederationSide.Certificate.psType.member(named: name)!) }
    static var on: PSValue { .bool(true) }

    static func run(_ store: InMemoryXmppStore, _ pairs: [(String, PSValue)], set: String? = nil) throws -> FakeRuntime {
        try invoke(TestCsXmppFederationCommand.self, FakeRuntime(store: store), pairs, set: set)
    }
    static func run(_ pairs: [(String, PSValue)]) throws -> FakeRuntime { try run(InMemoryXmppStore(), pairs) }
    static func rows(_ rt: FakeRuntime) -> [[String: String]] {
        rt.objects.compactMap(\.objectValue).map { o in
            Dictionary(uniqueKeysWithValues: TestCsXmppFederationCommand.resultDescriptor.properties.map { p in
                (p.name, o[p.name].map { $0.isNull ? "" : PSConvert.toString($0) } ?? "<absent>")
            })
        }
    }
    static func summary(_ rt: FakeRuntime) -> [String] {
        rows(rt).map { r in [r["Direction"]!, r["Succeeds"]!, r["Method"]!, r["FailingSide"]!, r["FailingStep"]!].joined(separator: "|") }
    }
    static var fabrikamRow2: InMemoryXmppStore { InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "fabrikam.com", supportDialbackNegotiation: false)]) }

    /// contract.md: one object per direction, with exactly these properties in this order.
    @Test func propertiesFollowTheContract() throws {
        let rt = try Self.run(Self.fabrikamRow2, [("Identity", s("fabrikam.com"))], set: "Identity")
        let o = try #require(rt.objects.first?.objectValue)
        #expect(o.properties.map(\.name) == ["Identity", "Direction", "Succeeds", "Method", "FailingSide", "FailingStep", "Reason", "Source"])
        #expect(o.typeNames.first == "Csshell.XmppFederationTestResult")
        #expect(Self.summary(rt) == ["Outbound|True|SASL over TLS||", "Inbound|True|SASL over TLS||"])
        #expect(rt.warnings.isEmpty)
        #expect(XmppModule.views.contains { $0.typeName == TestCsXmppFederationCommand.resultTypeName })
    }

    /// README "Will it federate?": fabrikam.com runs Prosody 0.12 with its defaults and a self-signed
    /// certificate; we do not allow it dialback (row 2), so it must present a valid certificate: both
    /// directions fail at the certificate check, our server refusing it. Allowing dialback (row 7) fixes
    /// it: Outbound SASL EXTERNAL (fabrikam.com accepts our certificate), Inbound TLS Dialback, and the
    /// warning names the effective federation.
    @Test func theWorkedExample() throws {
        let store = Self.fabrikamRow2
        let remote: [(String, PSValue)] = [("Identity", s("fabrikam.com")), ("RemoteProfile", s("Prosody 0.12 default")), ("RemoteCertificate", Self.cert("Invalid"))]
        let failing = try Self.run(store, remote, set: "Identity")
        #expect(Self.summary(failing) == ["Outbound|False||Remote|Certificate", "Inbound|False||Remote|Certificate"])
        #expect(Self.rows(failing)[1]["Reason"]!.hasPrefix("Our server requires a valid certificate from fabrikam.com"))
        #expect(failing.warnings == ["fabrikam.com: no federation: both directions fail."])
        try store.apply { _ in .putPartner(XmppAllowedPartner(identity: "fabrikam.com", saslNegotiation: .optional)) }
        let fixed = try Self.run(store, remote, set: "Identity")
        #expect(Self.summary(fixed) == ["Outbound|True|SASL over TLS||", "Inbound|True|TLS Dialback||"])
        #expect(fixed.warnings == ["fabrikam.com: the effective federation is TLS Dialback, the weaker direction (Inbound); Outbound negotiates SASL over TLS, Inbound negotiates TLS Dialback."])
    }

    /// A bare combination: Identity null, the partner named "the remote server"; against the legacy
    /// preset, TCP Dialback both ways.
    @Test func bareCombinationAgainstALegacyServer() throws {
        let rt = try Self.run([("TlsNegotiation", tls("NotSupported")), ("SaslNegotiation", sasl("NotSupported")), ("SupportDialbackNegotiation", .bool(true)),
                               ("RemoteProfile", s("Legacy Dialback-Only Server"))])
        #expect(Self.summary(rt) == ["Outbound|True|TCP Dialback||", "Inbound|True|TCP Dialback||"])
        #expect(rt.objects.allSatisfy { $0.objectValue!["Identity"]!.isNull })
        #expect(Self.rows(rt)[1]["Reason"]!.hasPrefix("Without TLS there is no SASL EXTERNAL; the remote server authenticates by dialback"))
        // Our New defaults (TLS Required) against it: we require TLS, it has none.
        let strict = try Self.run([("RemoteProfile", s("legacy dialback-only server"))])
        #expect(Self.summary(strict) == ["Outbound|False||Remote|STARTTLS", "Inbound|False||Remote|STARTTLS"])
    }

    /// Partners piped to the cmdlet (objects or names) each get their rows.
    @Test func pipedPartners() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "a.example"), XmppAllowedPartner(identity: "b.example", saslNegotiation: .optional)])
        let a = XmppAllowedPartner(identity: "a.example").toPSObject()
        let rt = try invoke(TestCsXmppFederationCommand.self, FakeRuntime(store: store), [("RemoteProfile", s("Prosody 0.12 default"))],
                            pipeline: [[("Instance", .object(a))], [("Instance", s("b.example"))], [("Instance", s("nobody.example"))]])
        #expect(Self.rows(rt).map { $0["Identity"]! } == ["a.example", "a.example", "b.example", "b.example"])
        #expect(rt.errors.map(\.message) == ["Cannot find an XMPP allowed partner with Identity 'nobody.example'."])
    }

    /// TLS is global in the export: a partner that allows TLS Optional is tested with the TLS Required
    /// another partner makes the file write, and a warning says so.
    @Test func theStoresGlobalTlsPolicyApplies() throws {
        let alone = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "old.example", saslNegotiation: .optional, tlsNegotiation: .optional)])
        let remote: [(String, PSValue)] = [("Identity", s("old.example")), ("RemoteTlsNegotiation", tls("NotSupported")), ("RemoteSaslNegotiation", sasl("NotSupported"))]
        let own = try Self.run(alone, remote, set: "Identity")
        #expect(Self.summary(own) == ["Outbound|True|TCP Dialback||", "Inbound|True|TCP Dialback||"])
        #expect(own.warnings.isEmpty, "its own TlsNegotiation is the store's: no warning")
        let mixed = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "old.example", saslNegotiation: .optional, tlsNegotiation: .optional),
                                                 XmppAllowedPartner(identity: "bank.example")])
        let rt = try Self.run(mixed, remote, set: "Identity")
        #expect(Self.summary(rt) == ["Outbound|False||Remote|STARTTLS", "Inbound|False||Remote|STARTTLS"])
        #expect(rt.warnings == ["old.example: TlsNegotiation Optional, but the exported configuration requires TLS for every partner, because TLS is global in Prosody and bank.example has TlsNegotiation Required; the outcome is for TlsNegotiation Required.",
                                "old.example: no federation: both directions fail."])
    }

    /// -AllCertificateStates: the rows of each combination of the certificates not given, each Reason
    /// starting with its combination, and one summary warning.
    @Test func allCertificateStates() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "fabrikam.com", saslNegotiation: .optional)])
        let rt = try Self.run(store, [("Identity", s("fabrikam.com")), ("AllCertificateStates", Self.on), ("RemoteSaslNegotiation", sasl("Optional"))], set: "Identity")
        #expect(rt.objects.count == 18)
        let reasons = Self.rows(rt).map { $0["Reason"]! }
        #expect(reasons[0].hasPrefix("With our server's certificate Valid and fabrikam.com's Valid: "))
        #expect(reasons[17].hasPrefix("With our server's certificate Missing and fabrikam.com's Missing: "))
        #expect(rt.warnings == ["fabrikam.com: depending on the certificates, the effective federation is SASL over TLS, TLS Dialback, no federation in 5 of 9 certificate combinations."])
        let one = try Self.run(store, [("Identity", s("fabrikam.com")), ("AllCertificateStates", Self.on), ("RemoteSaslNegotiation", sasl("Optional")),
                                       ("LocalCertificate", Self.cert("Valid"))], set: "Identity")
        #expect(one.objects.count == 6)
    }

    /// XEP-0288 on both sides: one row, Both; the warning tells what the partner's own stream would give.
    @Test func bidiOnBothSides() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "fabrikam.com", saslNegotiation: .optional)])
        let rt = try Self.run(store, [("Identity", s("fabrikam.com")), ("LocalBidi", Self.on), ("RemoteBidi", Self.on),
                                      ("RemoteSaslNegotiation", sasl("Optional")), ("RemoteCertificate", Self.cert("Invalid"))], set: "Identity")
        #expect(Self.summary(rt) == ["Both|True|SASL over TLS||"])
        #expect(Self.rows(rt)[0]["Source"]!.hasPrefix("XEP-0288; "))
        #expect(rt.warnings == ["fabrikam.com: one XEP-0288 stream serves both directions; the stream our server opens negotiates SASL over TLS, but when fabrikam.com opens it first it negotiates TLS Dialback."])
        let one = try Self.run(store, [("Identity", s("fabrikam.com")), ("RemoteBidi", Self.on)], set: "Identity")
        #expect(Self.summary(one).map { $0.components(separatedBy: "|")[0] } == ["Outbound", "Inbound"])
    }

    /// A preset, then -Remote parameters that replace its settings: Debian's Prosody requires our
    /// certificate; with our certificate invalid both directions fail, unless the partner allows dialback.
    @Test func presetsAndRemoteParameters() throws {
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "fabrikam.com", saslNegotiation: .optional)])
        let base: [(String, PSValue)] = [("Identity", s("fabrikam.com")), ("LocalCertificate", Self.cert("Invalid")), ("RemoteProfile", s("Prosody 0.12 Debian 12 default"))]
        #expect(Self.summary(try Self.run(store, base, set: "Identity")) == ["Outbound|False||Local|Certificate", "Inbound|False||Local|Certificate"])
        let allowed = try Self.run(store, base + [("RemoteSaslNegotiation", sasl("Optional")), ("RemoteSupportDialbackNegotiation", .bool(true))], set: "Identity")
        // Our invalid certificate: dialback on our stream; the partner's valid one: SASL EXTERNAL on its own.
        #expect(Self.summary(allowed) == ["Outbound|True|TLS Dialback||", "Inbound|True|SASL over TLS||"])
        // -RemoteStrictCertificates makes any partner require our certificate.
        let strict = try Self.run(store, [("Identity", s("fabrikam.com")), ("LocalCertificate", Self.cert("Invalid")), ("RemoteSaslNegotiation", sasl("Optional")),
                                          ("RemoteStrictCertificates", Self.on)], set: "Identity")
        #expect(Self.summary(strict) == ["Outbound|False||Local|Certificate", "Inbound|False||Local|Certificate"])
        // Every preset is named as admins type it, and completes.
        #expect(RemoteProfile.presets.map(\.name) == ["Prosody 0.12 default", "Prosody 0.12 Debian 12 default", "ejabberd 23.01 default", "legacy dialback-only server"])
        let services = FakeRuntime()
        #expect(RemoteProfile.completer.complete(services, "pro") == ["Prosody 0.12 default", "Prosody 0.12 Debian 12 default"])
        #expect(RemoteProfile.completer.complete(services, "").count == 4)
        #expect(TestCsXmppFederationCommand.metadata.parameters.first { $0.name == "RemoteProfile" }?.completer != nil)
    }

    /// A profile that is neither a preset nor a file is a non-terminating error.
    @Test func unknownProfile() throws {
        let rt = try Self.run(Self.fabrikamRow2, [("Identity", s("fabrikam.com")), ("RemoteProfile", s("no-such-server"))], set: "Identity")
        #expect(rt.objects.isEmpty)
        #expect(rt.errors.first?.errorId == "RemoteProfileNotFound")
        #expect(rt.errors.first?.message.hasPrefix("'no-such-server' is neither a remote profile preset") == true)
    }

    /// A Prosody configuration as the profile: its entry for -LocalDomain decides; a domain its allow
    /// list does not name is refused; without -LocalDomain a warning says what is assumed.
    @Test func prosodyConfigurationAsTheProfile() throws {
        let dir = temporaryFolder()
        let policy = try ServerFixtures.policy(.prosody, [ServerFixtures.partner("example.com", sasl: .optional),
                                                          ServerFixtures.partner("bank.example", dialback: false)], local: ["fabrikam.com"])
        // mod_s2s_bidi in the global section, above the export's VirtualHost lines.
        let path = ServerFixtures.file("prosody.cfg.lua", "modules_enabled = { \"tls\"; \"s2s_bidi\" }\n" + ProsodyConfigWriter.text(policy), in: dir)
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "fabrikam.com", saslNegotiation: .optional)])
        func test(_ extra: [(String, PSValue)]) throws -> FakeRuntime {
            try Self.run(store, [("Identity", s("fabrikam.com")), ("RemoteProfile", s(path)), ("LocalCertificate", Self.cert("Invalid"))] + extra, set: "Identity")
        }
        let dialback = try test([("LocalDomain", .array([s("example.com")]))])
        #expect(Self.summary(dialback) == ["Outbound|True|TLS Dialback||", "Inbound|True|SASL over TLS||"])
        let certificates = try test([("LocalDomain", .array([s("bank.example")]))])
        #expect(Self.summary(certificates) == ["Outbound|False||Local|Certificate", "Inbound|False||Local|Certificate"])
        let stranger = try test([("LocalDomain", .array([s("other.example")]))])
        #expect(Self.summary(stranger) == ["Outbound|False||Remote|", "Inbound|False||Remote|"])
        let unnamed = try test([])
        #expect(unnamed.warnings.first?.hasPrefix("fabrikam.com: '\(path)' has an allow list; without -LocalDomain") == true)
        // The file loads mod_s2s_bidi: with ours, one row.
        let bidi = try test([("LocalDomain", .array([s("example.com")])), ("LocalBidi", Self.on)])
        #expect(Self.summary(bidi) == ["Both|True|TLS Dialback||"])
    }

    /// A profile read from a file whose server has TLS off and requires certificates (no method is
    /// left: no matrix row stands for it) keeps its TLS setting when a -Remote…Negotiation parameter
    /// changes another of its settings: allowing it dialback makes it the legacy server that TCP
    /// Dialback reaches; requiring SASL leaves it without a method, TLS still off.
    @Test func aProfileWithoutAMethodKeepsItsTlsUnderTheRemoteParameters() throws {
        let path = ServerFixtures.file("legacy.cfg.lua", "s2s_allow_encryption = false\ns2s_secure_auth = true\nVirtualHost \"legacy.example\"\n")
        let store = InMemoryXmppStore(partners: [XmppAllowedPartner(identity: "legacy.example", saslNegotiation: .notSupported,
                                                                    supportDialbackNegotiation: true, tlsNegotiation: .notSupported)])
        func test(_ extra: [(String, PSValue)]) throws -> FakeRuntime {
            try Self.run(store, [("Identity", s("legacy.example")), ("RemoteProfile", s(path))] + extra, set: "Identity")
        }
        // As the file says: the server wants our certificate (s2s_secure_auth), which needs TLS, and
        // ours has TLS NotSupported: both directions fail on our side, before any stream is secured.
        let asRead = try test([])
        #expect(Self.summary(asRead) == ["Outbound|False||Local|STARTTLS", "Inbound|False||Local|STARTTLS"])
        #expect(Self.rows(asRead).allSatisfy { $0["Reason"]!.hasPrefix("legacy.example requires a valid certificate from our server, which needs TLS") })
        let dialback = try test([("RemoteSupportDialbackNegotiation", .bool(true))])
        #expect(Self.summary(dialback) == ["Outbound|True|TCP Dialback||", "Inbound|True|TCP Dialback||"])
        let saslRequired = try test([("RemoteSaslNegotiation", sasl("Required"))])
        #expect(Self.rows(saslRequired) == Self.rows(asRead))
    }

    /// The readers report the server as a whole: Debian's Prosody requires certificates (s2s_secure_auth)
    /// and TLS, without bidi; Debian's ejabberd requires TLS and allows dialback (mod_s2s_dialback).
    @Test func readersDescribeTheServer() throws {
        let dir = temporaryFolder()
        let main = dir + "/prosody.cfg.lua"
        try FileManager.default.copyItem(atPath: ServerFixtures.debianProsody, toPath: main)
        try FileManager.default.createDirectory(atPath: dir + "/conf.d", withIntermediateDirectories: false)
        #expect(try ProsodyConfigReader.read(main).server == ImportedFederation.Server(tls: .required, authentication: .certificates, hasAllowList: false, bidi: false, directTls: false))
        #expect(try EjabberdConfigReader.read(ServerFixtures.debianEjabberd).server == ImportedFederation.Server(tls: .required, authentication: .dialbackAllowed, hasAllowList: false, bidi: false, directTls: false))
        let direct = ServerFixtures.file("direct.cfg.lua", "s2s_direct_tls_ports = { 5270 }\nmodules_enabled = { \"tls\"; \"s2s_bidi\" }\nVirtualHost \"x.example\"\n", in: dir)
        let s = try #require(try ProsodyConfigReader.read(direct).server)
        #expect(s.directTls && s.bidi && s.authentication == .certificates)
    }
}
