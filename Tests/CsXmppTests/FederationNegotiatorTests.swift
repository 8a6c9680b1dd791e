import Testing
@testable import CsCore
@testable import CsXmpp

/// The pairwise decision procedure (negotiation.md §8), one test per rule; each names the RFC or XEP
/// section, or the Prosody 0.12 behaviour, it follows. Tests/scripts/xmpp-federation.sh proves the
/// same rules against pairs of running Prosody servers.
@Suite struct FederationNegotiatorTests {
    typealias Cert = FederationSide.Certificate

    /// A side as the export configures Prosody for one partner of this matrix row.
    static func side(_ role: FederationSide.Role, _ tls: XmppNegotiation, _ sasl: XmppNegotiation, _ dialback: Bool,
                     cert: Cert = .valid, bidi: Bool = false) -> FederationSide {
        var s = FederationSide.exported(role: role, name: role == .local ? "our server" : "fabrikam.com", tls: tls, sasl: sasl, dialback: dialback)
        s.certificate = cert
        s.bidi = bidi
        return s
    }
    static func ours(_ tls: XmppNegotiation, _ sasl: XmppNegotiation, _ dialback: Bool, cert: Cert = .valid, bidi: Bool = false) -> FederationSide {
        side(.local, tls, sasl, dialback, cert: cert, bidi: bidi)
    }
    static func theirs(_ tls: XmppNegotiation, _ sasl: XmppNegotiation, _ dialback: Bool, cert: Cert = .valid, bidi: Bool = false) -> FederationSide {
        side(.remote, tls, sasl, dialback, cert: cert, bidi: bidi)
    }
    static func out(_ l: FederationSide, _ r: FederationSide) -> FederationStream { FederationNegotiator.federate(local: l, remote: r).rows[0].stream }
    static func inb(_ l: FederationSide, _ r: FederationSide) -> FederationStream { FederationNegotiator.federate(local: l, remote: r).rows[1].stream }

    // MARK: TLS

    /// RFC 6120 §5.3.1: an initiator that requires TLS cannot go on when the receiver offers no STARTTLS;
    /// the receiver, which lacks TLS, is the failing side.
    @Test func initiatorRequiringTlsFailsAgainstNoTls() {
        let s = Self.out(Self.ours(.required, .optional, true), Self.theirs(.notSupported, .notSupported, true))
        #expect(!s.succeeds)
        #expect(s.failingSide == .remote && s.failingStep == .startTls)
        #expect(s.source.hasPrefix("RFC 6120 §5.3.1"))
    }

    /// RFC 6120 §5.3.1 and Prosody 0.12: a receiver that requires TLS does not refuse an initiator with
    /// TLS off; the stream times out. The initiator lacks TLS.
    @Test func receiverRequiringTlsLetsAnInitiatorWithoutTlsTimeOut() {
        let s = Self.inb(Self.ours(.required, .optional, true), Self.theirs(.notSupported, .notSupported, true))
        #expect(!s.succeeds)
        #expect(s.failingSide == .remote && s.failingStep == .startTls)
        #expect(s.reason.contains("times out") && s.source.contains("Prosody 0.12 mod_s2s"))
    }

    /// RFC 7590 §3.1 and Prosody 0.12 mod_tls: TLS Optional on both sides still encrypts, because the
    /// initiator takes STARTTLS whenever it is offered; with valid certificates, SASL EXTERNAL follows.
    @Test func optionalTlsOnBothSidesEncrypts() {
        let f = FederationNegotiator.federate(local: Self.ours(.optional, .optional, true), remote: Self.theirs(.optional, .optional, true))
        #expect(f.rows.map(\.stream.method) == [.saslOverTls, .saslOverTls])
    }

    /// Prosody 0.12 (mod_tls, core.certmanager), where negotiation.md §8.2 has the receiver not offer
    /// STARTTLS: a server with TLS on and no certificate offers STARTTLS anyway, and the handshake fails.
    @Test func receiverWithoutCertificateFailsTheTlsHandshake() {
        let s = Self.out(Self.ours(.optional, .optional, true), Self.theirs(.optional, .optional, true, cert: .missing))
        #expect(!s.succeeds)
        #expect(s.failingSide == .remote && s.failingStep == .startTls)
        #expect(s.source.contains("offers STARTTLS without a certificate"))
        // Without TLS on our side there is no handshake to fail: TCP Dialback.
        #expect(Self.out(Self.ours(.notSupported, .notSupported, true), Self.theirs(.optional, .optional, true, cert: .missing)).method == .tcpDialback)
    }

    /// XEP-0368 §3: against a direct-TLS server the connection is encrypted from the start, so TLS
    /// Optional behaves as Required; without a certificate the connection cannot be set up (step TCP).
    @Test func directTls() {
        var r = Self.theirs(.optional, .optional, true)
        r.directTls = true
        #expect(Self.out(Self.ours(.optional, .optional, true), r).method == .saslOverTls)
        r.certificate = .missing
        let s = Self.out(Self.ours(.optional, .optional, true), r)
        #expect(s.failingStep == .tcp && s.failingSide == .remote && s.source == "XEP-0368 §3")
        // Our TLS off: the partner's STARTTLS port is used as usual (XEP-0368 merges both kinds of record).
        #expect(Self.out(Self.ours(.notSupported, .notSupported, true), r).method == .tcpDialback)
    }

    // MARK: Certificates

    /// RFC 6120 §13.7.2.1, XEP-0178 §3 and Prosody 0.12 make_authenticated: a side that requires a valid
    /// certificate refuses a stream without TLS; the side with TLS off fails.
    @Test func certificateRequiredNeedsTls() {
        let s = Self.out(Self.ours(.optional, .required, false), Self.theirs(.notSupported, .notSupported, true))
        #expect(!s.succeeds)
        #expect(s.failingSide == .remote && s.failingStep == .startTls)
        #expect(s.source.contains("make_authenticated"))
    }

    /// RFC 6120 §13.7.2.1, XEP-0178 §3 step 2, Prosody 0.12 check_auth_policy: a receiver that requires
    /// certificates closes the stream of an initiator whose certificate is not valid.
    @Test func receiverRefusesAnInvalidCertificate() {
        for cert in [Cert.invalid, .missing] {
            let s = Self.inb(Self.ours(.required, .required, false), Self.theirs(.required, .optional, true, cert: cert))
            #expect(s.failingSide == .remote && s.failingStep == .certificate)
            #expect(s.source.contains("check_auth_policy"))
        }
    }

    /// The same rule for the initiator: one that requires certificates closes its own stream when the
    /// receiver's certificate is not valid.
    @Test func initiatorRefusesAnInvalidCertificate() {
        let s = Self.out(Self.ours(.required, .required, false), Self.theirs(.required, .optional, true, cert: .invalid))
        #expect(s.failingSide == .remote && s.failingStep == .certificate)
        #expect(s.reason.contains("our server closes the stream"))
    }

    // MARK: SASL EXTERNAL

    /// RFC 6120 §6, XEP-0178 §3, and Prosody 0.12 (negotiation.md §8.3), where §8.2's sketch wants both
    /// certificates valid: the initiator uses SASL EXTERNAL when the receiver offers it, without
    /// validating the receiver's certificate, unless it requires certificates.
    @Test func initiatorUsesSaslExternalWithoutValidatingTheReceiver() {
        let s = Self.out(Self.ours(.required, .optional, true), Self.theirs(.required, .optional, true, cert: .invalid))
        #expect(s.method == .saslOverTls)
        #expect(s.source.contains("mod_saslauth"))
    }

    /// Prosody 0.12 mod_saslauth offers SASL EXTERNAL whenever the certificate is valid, and no server
    /// can turn it off (the export warns): SaslNegotiation NotSupported (matrix row 13, "TLS Dialback")
    /// still authenticates with SASL EXTERNAL when both certificates are valid.
    @Test func saslNotSupportedDoesNotStopSaslExternal() {
        let f = FederationNegotiator.federate(local: Self.ours(.required, .notSupported, true), remote: Self.theirs(.required, .notSupported, true))
        #expect(f.rows.map(\.stream.method) == [.saslOverTls, .saslOverTls])
    }

    /// XEP-0178 §3 step 3: the receiver offers SASL EXTERNAL only for a valid certificate; without
    /// dialback there is no other method (Prosody: "No viable authentication method").
    @Test func noSaslExternalAndNoDialback() {
        // Our certificate is invalid and the partner does not do dialback: our certificate is at fault.
        var r = Self.theirs(.required, .optional, true)
        r.dialback = false
        let s = Self.out(Self.ours(.required, .optional, true, cert: .invalid), r)
        #expect(s.failingSide == .local && s.failingStep == .saslExternal)
        #expect(s.source.hasPrefix("RFC 6120 §6.3.1"))
        // Without TLS there is no SASL EXTERNAL at all; the side without dialback fails at Dialback.
        var l = Self.ours(.notSupported, .notSupported, true)
        l.dialback = false
        let t = Self.out(l, Self.theirs(.optional, .notSupported, true))
        #expect(t.failingSide == .local && t.failingStep == .dialback)
    }

    /// A legacy server does no SASL EXTERNAL: dialback even with valid certificates.
    @Test func legacyServerUsesDialback() {
        let legacy = RemoteProfile.preset(named: "legacy dialback-only server")!.side(name: "legacy.example", certificate: .valid)
        let f = FederationNegotiator.federate(local: Self.ours(.optional, .notSupported, true), remote: legacy)
        #expect(f.rows.map(\.stream.method) == [.tcpDialback, .tcpDialback])
    }

    // MARK: Dialback

    /// XEP-0220 with XEP-0344: an initiator without a valid certificate authenticates by dialback, over
    /// TLS when TLS is up.
    @Test func tlsDialback() {
        let s = Self.inb(Self.ours(.required, .optional, true), Self.theirs(.required, .optional, true, cert: .invalid))
        #expect(s.method == .tlsDialback)
        #expect(s.source == "XEP-0220; XEP-0344")
    }

    /// XEP-0220: without TLS, dialback over plain TCP.
    @Test func tcpDialback() {
        let f = FederationNegotiator.federate(local: Self.ours(.optional, .notSupported, true), remote: Self.theirs(.notSupported, .notSupported, true))
        #expect(f.rows.map(\.stream.method) == [.tcpDialback, .tcpDialback])
        #expect(f.rows[0].stream.source == "XEP-0220")
    }

    /// XEP-0220 §2.1.2 lets any stream to the Authoritative Server carry the verification; Prosody 0.12
    /// sends it over the receiving server's own stream to the initiator, once that stream is
    /// authenticated (mod_dialback, mod_s2s mark_connected). So a dialback stream fails, by timing out,
    /// when the stream back fails, and the failing side is the one that fails the stream back.
    @Test func dialbackNeedsTheStreamBack() {
        // Our certificate is missing: we offer STARTTLS and cannot complete it, so the partner's stream to
        // us fails; our own stream to the partner authenticates by dialback, which then never completes.
        let l = Self.ours(.optional, .optional, true, cert: .missing)
        let r = Self.theirs(.optional, .optional, true)
        #expect(FederationNegotiator.stream(from: l, to: r).method == .tlsDialback)
        let f = FederationNegotiator.federate(local: l, remote: r)
        #expect(f.rows[1].stream.failingStep == .startTls && f.rows[1].stream.failingSide == .local)
        let s = f.rows[0].stream
        #expect(!s.succeeds && s.failingStep == .dialback && s.failingSide == .local)
        #expect(s.source.hasPrefix("XEP-0220 §2.1.2; Prosody 0.12"))
        #expect(s.reason.contains("times out"))
        // Both directions by dialback: each carries the other's verification.
        let h = FederationNegotiator.federate(local: Self.ours(.required, .optional, true, cert: .invalid), remote: Self.theirs(.required, .optional, true, cert: .invalid))
        #expect(h.rows.map(\.stream.method) == [.tlsDialback, .tlsDialback])
    }

    // MARK: The pair

    /// XEP-0288: when both servers do bidi, one stream serves both directions: one row, Both, the stream
    /// our server opens; the stream the partner would open is kept for the warning.
    @Test func bidiGivesOneRow() {
        let f = FederationNegotiator.federate(local: Self.ours(.required, .optional, true, bidi: true),
                                              remote: Self.theirs(.required, .optional, true, cert: .invalid, bidi: true))
        #expect(f.rows.map(\.direction) == [.both])
        #expect(f.rows[0].stream.method == .saslOverTls)
        #expect(f.remoteFirst?.method == .tlsDialback)
        // One side alone does not make a bidirectional stream.
        let g = FederationNegotiator.federate(local: Self.ours(.required, .optional, true, bidi: true), remote: Self.theirs(.required, .optional, true))
        #expect(g.rows.map(\.direction) == [.outbound, .inbound])
    }

    /// negotiation.md §8.2 federate: the effective federation is the weaker direction; nil when one fails.
    @Test func effectiveIsTheWeakerDirection() {
        let f = FederationNegotiator.federate(local: Self.ours(.required, .optional, true), remote: Self.theirs(.required, .optional, true, cert: .invalid))
        #expect(f.rows.map(\.stream.method) == [.saslOverTls, .tlsDialback])
        #expect(f.effective == .tlsDialback)
        let g = FederationNegotiator.federate(local: Self.ours(.required, .required, false), remote: Self.theirs(.required, .optional, true, cert: .invalid))
        #expect(g.effective == nil)
    }

    /// The allow list: a partner's server that does not name our domain refuses our stanzas.
    @Test func allowList() {
        var r = Self.theirs(.required, .optional, true)
        r.allowsPeer = false
        let f = FederationNegotiator.federate(local: Self.ours(.required, .optional, true), remote: r)
        #expect(f.rows.allSatisfy { !$0.stream.succeeds && $0.stream.failingSide == .remote && $0.stream.failingStep == nil })
    }

    // MARK: The export's model of a partner

    /// FederationSide.exported follows Export-CsXmppFederationConfiguration: a row that allows no
    /// dialback method needs a valid certificate (s2s_secure_domains) and loads no dialback module; the
    /// store's global TLS level replaces the partner's own.
    @Test(arguments: ServerFixtures.storableRows)
    func exportedSideFollowsTheExport(_ c: FederationPolicyTests.Row) {
        let p = ServerFixtures.rowPartner(c)
        let s = FederationSide.exported(role: .local, name: "x", tls: p.tlsNegotiation, sasl: p.saslNegotiation, dialback: p.supportDialbackNegotiation)
        let certificates = !Ref.rows[c.row]!.methods!.contains { $0.hasSuffix("Dialback") }
        #expect(s.certificateRequired == certificates && s.dialback == !certificates && s.tls == p.tlsNegotiation)
        let global = FederationSide.exported(role: .local, name: "x", tls: p.tlsNegotiation, sasl: p.saslNegotiation, dialback: p.supportDialbackNegotiation,
                                             storeTls: .required, storeDialback: true)
        #expect(global.tls == .required && global.dialback)
    }

    /// Against the seed matrix: a row facing itself, with valid certificates, negotiates one of the row's
    /// Expected Authentication Methods (negotiation.md §3), except that SASL EXTERNAL cannot be turned
    /// off, so rows 13 and 15 (SASL NotSupported, TLS on) get SASL over TLS.
    @Test(arguments: ServerFixtures.storableRows)
    func aRowAgainstItselfGivesOneOfItsMethods(_ c: FederationPolicyTests.Row) throws {
        let p = ServerFixtures.rowPartner(c)
        let f = FederationNegotiator.federate(local: Self.ours(p.tlsNegotiation, p.saslNegotiation, p.supportDialbackNegotiation),
                                              remote: Self.theirs(p.tlsNegotiation, p.saslNegotiation, p.supportDialbackNegotiation))
        let expected = Ref.rows[c.row]!.methods!
        for row in f.rows {
            let m = try #require(row.stream.method)
            if c.row == 13 || c.row == 15 { #expect(m == .saslOverTls) } else { #expect(expected.contains(m.label), "row \(c.row): \(m.label)") }
        }
    }
}
