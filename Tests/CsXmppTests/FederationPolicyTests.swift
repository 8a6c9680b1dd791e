import Testing
@testable import CsCore
@testable import CsXmpp

/// The server-independent mapping of the store onto Prosody's and ejabberd's federation model.
@Suite struct FederationPolicyTests {
    typealias Row = (row: Int, tls: String, sasl: String, dialback: Bool)

    /// A partner may use dialback exactly when the reference's method list for its row names a dialback
    /// method (negotiation.md §3); otherwise it must present a certificate.
    @Test(arguments: ServerFixtures.storableRows)
    func authenticationFollowsTheMatrixMethods(_ c: Row) {
        let expected = Ref.rows[c.row]!.methods!.contains { $0.hasSuffix("Dialback") }
        #expect(FederationPolicy.authentication(of: ServerFixtures.rowPartner(c)) == (expected ? .dialbackAllowed : .certificates))
    }

    /// Alone in a store, a row is expressed exactly (the canonical row a server's configuration stands
    /// for allows the same methods), except SaslNegotiation NotSupported with TLS on (rows 13 and 15),
    /// which both servers cannot refuse, and which is warned about.
    @Test(arguments: ServerFixtures.storableRows)
    func eachRowAloneIsExpressedOrWarned(_ c: Row) throws {
        for server in XmppServerKind.allCases {
            let p = ServerFixtures.rowPartner(c)
            let policy = try ServerFixtures.policy(server, [p])
            #expect(policy.tls == p.tlsNegotiation)
            let n = try #require(FederationPolicy.canonicalNegotiation(tls: policy.tls, authentication: FederationPolicy.authentication(of: p)))
            let expressed = ServerFixtures.methods(n.tls, n.sasl, n.dialback)
            let wanted = Ref.rows[c.row]!.methods!
            let saslWarning = policy.warnings.contains { $0.hasPrefix("SaslNegotiation NotSupported of \(p.identity):") }
            #expect(!policy.warnings.contains { $0.hasPrefix("TlsNegotiation") })
            if c.row == 13 || c.row == 15 {
                #expect(saslWarning)
                #expect(expressed == ["SASL over TLS"] + wanted)
            } else {
                #expect(!saslWarning)
                #expect(expressed == wanted)
            }
        }
    }

    /// The canonical rows are ones New stores without -Force, and certificates without TLS is no row.
    @Test func canonicalRowsNeedNoForce() {
        for tls in XmppNegotiation.allCases {
            for auth in [FederationPolicy.Authentication.certificates, .dialbackAllowed] {
                guard let n = FederationPolicy.canonicalNegotiation(tls: tls, authentication: auth) else {
                    #expect(tls == .notSupported && auth == .certificates)
                    continue
                }
                #expect(n.tls == tls)
                if case .store = NegotiationMatrix.decide(tls: n.tls, sasl: n.sasl, dialback: n.dialback) {} else {
                    Issue.record("\(n) needs -Force or is not valid")
                }
                let methods = ServerFixtures.methods(n.tls, n.sasl, n.dialback)
                #expect(methods.contains { $0.hasSuffix("Dialback") } == (auth == .dialbackAllowed))
            }
        }
    }

    /// TLS is global: the strictest level any partner asks for, and a warning for every other partner
    /// that says the file chose the stricter.
    @Test func tlsIsTheStrictestAndTheOthersAreWarned() throws {
        let partners = [ServerFixtures.partner("req.example"),
                        ServerFixtures.partner("opt.example", tls: .optional, sasl: .optional),
                        ServerFixtures.partner("none.example", tls: .notSupported, sasl: .notSupported)]
        let p = try ServerFixtures.policy(.prosody, partners)
        #expect(p.tls == .required)
        let opt = try #require(p.warnings.first { $0.hasPrefix("TlsNegotiation Optional of opt.example:") })
        #expect(opt.contains("s2s_require_encryption = true") && opt.contains("stricter") && opt.contains("req.example"))
        #expect(p.warnings.contains { $0.hasPrefix("TlsNegotiation NotSupported of none.example:") && $0.contains("cannot federate unless they use TLS") })
        let e = try ServerFixtures.policy(.ejabberd, Array(partners.dropFirst()))
        #expect(e.tls == .optional)
        #expect(e.warnings.contains { $0.hasPrefix("TlsNegotiation NotSupported of none.example:") && $0.contains("s2s_use_starttls: optional") })
        #expect(try ServerFixtures.policy(.ejabberd, [partners[2]]).tls == .notSupported)
        #expect(try ServerFixtures.policy(.ejabberd, []).tls == .required)
    }

    /// A store whose every setting needs a warning gets one naming each setting, and never the passphrase.
    @Test func everySettingThatCannotBeExpressedIsWarnedAbout() throws {
        var strict = ServerFixtures.partner("strict.example", dialback: false)
        strict.partnerType = .federated
        strict.connectionLimit = 5
        strict.description = "Strict partner"
        var loose = ServerFixtures.partner("loose.example", tls: .optional, sasl: .notSupported, additional: ["im.loose.example"], keepAlive: false)
        loose.partnerType = .publicVerified
        loose.proxyFqdn = "proxy.loose.example"
        var g = XmppGatewaySettings()
        g.dialbackPassphrase = "s3cret-passphrase"
        g.enableLoggingAllMessageBodies = true
        let common = ["TlsNegotiation", "SaslNegotiation", "PartnerType", "ProxyFqdn", "ConnectionLimit", "Description", "EnableKeepAlive",
                      "KeepAliveInterval", "PartnerConnectionLimit", "SubscriptionRefreshInterval", "EnableLoggingAllMessageBodies", "DialbackPassphrase"]
        for (server, extra) in [(XmppServerKind.prosody, ["AdditionalDomains"]), (.ejabberd, ["StreamEstablishmentTimeout"])] {
            let p = try ServerFixtures.policy(server, [strict, loose], gateway: g)
            for setting in common + extra {
                #expect(p.warnings.contains { $0.contains(setting) }, "\(server): no warning names \(setting)")
            }
            #expect(!p.warnings.contains { $0.contains("s3cret") })
            // Each warning says what the file does instead: "not in the file" or what it does.
            for w in p.warnings { #expect(w.contains("not in the file") || w.contains("the file ")) }
        }
    }

    @Test func warningsAreBoundedForAThousandPartners() throws {
        let p = try ServerFixtures.policy(.prosody, ServerFixtures.thousand())
        #expect(p.warnings.count < 15)
        #expect(p.warnings.contains { $0.hasPrefix("ConnectionLimit of p1.example.net (20), p2.example.net (20),") && $0.contains("p1000.example.net (20)") })
    }

    @Test func localDomainsAreCheckedAndNormalised() throws {
        let partners = [ServerFixtures.partner("partner.example", additional: ["im.partner.example"])]
        #expect(try ServerFixtures.policy(.prosody, partners, local: ["Example.COM.", "example.com"]).localDomains == ["example.com"])
        #expect(throws: XmppValidationError.self) { try ServerFixtures.policy(.prosody, partners, local: ["bad_name!"]) }
        #expect(throws: XmppValidationError.self) { try ServerFixtures.policy(.prosody, partners, local: []) }
        do {
            _ = try ServerFixtures.policy(.ejabberd, partners, local: ["IM.partner.example"])
            Issue.record("a partner's domain was accepted as local")
        } catch {
            #expect(error.errorId == "LocalDomainIsPartner" && error.message.contains("'partner.example'"))
        }
    }

    @Test func anEmptyStoreAllowsNobodyAndSaysSo() throws {
        let p = try ServerFixtures.policy(.prosody, [])
        #expect(p.warnings.first?.hasPrefix("The store has no XMPP allowed partners") == true)
    }
}
