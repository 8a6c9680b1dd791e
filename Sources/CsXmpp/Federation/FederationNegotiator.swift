// The pairwise decision procedure of negotiation.md §8: what two servers negotiate on each
// server-to-server stream, or which side fails at which step and why. One pure function per stream
// (`stream`), and one for the pair (`federate`) that applies what a stream needs from the other
// direction and XEP-0288.
//
// Where Prosody 0.12 (the server csshell's export configures, and the one the test bed runs) behaves
// otherwise than the documents, the rule follows Prosody and says so in its Source:
// - the initiator uses SASL EXTERNAL whenever the receiver offers it, without validating the
//   receiver's certificate, unless it requires certificates (mod_saslauth, mod_s2s; negotiation.md
//   §8.3). §8.2's sketch wants both certificates valid;
// - a receiver with TLS enabled offers STARTTLS even without a certificate, and the TLS handshake then
//   fails (mod_tls, core.certmanager). §8.2's sketch has it not offer STARTTLS;
// - a receiver that requires TLS does not refuse an initiator with TLS off: the stream times out
//   (mod_s2s make_authenticated, mod_tls);
// - SASL EXTERNAL cannot be turned off (mod_saslauth offers it whenever the certificate is valid), so
//   SaslNegotiation NotSupported does not stop it (FederationSide.exported);
// - dialback completes only when the receiving server's own stream back to the initiator
//   authenticates: Prosody sends the verification (db:verify) over that stream and holds it until the
//   stream is authenticated (mod_dialback, mod_s2s route_to_new_session and mark_connected), where
//   XEP-0220 §2.1.2 lets any stream to the Authoritative Server carry it.

public enum FederationNegotiator {
    /// A direction of the federation, as Test-CsXmppFederation's Direction shows it.
    public enum Direction: Int, Sendable {
        /// Our server opens the stream to the partner: our users' stanzas to the partner.
        case outbound
        /// The partner's server opens the stream to ours.
        case inbound
        /// One XEP-0288 stream serves both directions.
        case both

        public var name: String { ["Outbound", "Inbound", "Both"][rawValue] }
    }

    /// The outcome of a federation: one stream per direction, or one bidirectional stream.
    public struct Federation: Sendable, Equatable {
        public var rows: [(direction: Direction, stream: FederationStream)]
        /// With XEP-0288 on both sides, the stream the partner opens when it sends first (it then serves
        /// both directions instead of ours).
        public var remoteFirst: FederationStream?

        /// The weaker direction's method; nil when a direction fails.
        public var effective: XmppAuthenticationMethod? {
            let methods = rows.map(\.stream.method)
            guard !methods.contains(where: { $0 == nil }) else { return nil }
            return methods.compactMap { $0 }.max()
        }

        public static func == (a: Federation, b: Federation) -> Bool {
            a.rows.map(\.direction) == b.rows.map(\.direction) && a.rows.map(\.stream) == b.rows.map(\.stream) && a.remoteFirst == b.remoteFirst
        }
    }

    // MARK: Sources

    static let sourceDirectTls = "XEP-0368 §3"
    static let sourceTlsRequired = "RFC 6120 §5.3.1, §5.4.2.2; Prosody 0.12 mod_tls"
    static let sourceTlsTimeout = "RFC 6120 §5.3.1; Prosody 0.12 mod_s2s (make_authenticated): no refusal, the stream times out"
    static let sourceNoCertificate = "RFC 6120 §13.7.1.2; Prosody 0.12 mod_tls (offers STARTTLS without a certificate)"
    static let sourceCertificateNeedsTls = "RFC 6120 §13.7.2.1; XEP-0178 §3; Prosody 0.12 mod_s2s (make_authenticated)"
    static let sourceCertificateCheck = "RFC 6120 §13.7.2.1; XEP-0178 §3; Prosody 0.12 mod_s2s (check_auth_policy)"
    static let sourceSasl = "RFC 6120 §6; XEP-0178 §3; Prosody 0.12 mod_saslauth (the initiator does not validate the receiver's certificate unless it requires certificates)"
    static let sourceNoMethod = "RFC 6120 §6.3.1; XEP-0178 §3; XEP-0220; Prosody 0.12 mod_s2s (No viable authentication method)"
    static let sourceTlsDialback = "XEP-0220; XEP-0344"
    static let sourceTcpDialback = "XEP-0220"
    static let sourceCallback = "XEP-0220 §2.1.2; Prosody 0.12 mod_dialback and mod_s2s (the verification waits for the receiving server's own stream to be authenticated)"
    static let sourceAllowList = "Allow list: Prosody mod_firewall, ejabberd s2s_access"

    // MARK: One stream

    /// What the stream `i` opens to `r` negotiates, on its own (without what dialback needs from the
    /// stream back).
    public static func stream(from i: FederationSide, to r: FederationSide) -> FederationStream {
        // The allow list: a server that does not list the other refuses its stanzas.
        for (s, peer) in [(r, i), (i, r)] where !s.allowsPeer {
            return .failure(s, nil, "\(s.name) does not list \(peer.name) among its federation partners (its allow list), so it refuses the stanzas between them.", sourceAllowList)
        }

        // Phase 1: TLS.
        var encrypted: Bool
        if r.directTls && r.tls != .notSupported && i.tls != .notSupported {
            // XEP-0368: the initiator connects with TLS to the receiver's direct-TLS port; no STARTTLS.
            if r.certificate == .missing {
                return .failure(r, .tcp, "\(r.name) accepts direct TLS (XEP-0368) but has no certificate: the TLS connection cannot be set up.", sourceDirectTls)
            }
            encrypted = true
        } else {
            if i.tls == .required && r.tls == .notSupported {
                return .failure(r, .startTls, "\(i.name) requires TLS, but \(r.name) has TLS NotSupported and does not offer STARTTLS.", sourceTlsRequired)
            }
            if r.tls == .required && i.tls == .notSupported {
                return .failure(i, .startTls, "\(r.name) requires TLS (STARTTLS is mandatory-to-negotiate), but \(i.name) has TLS NotSupported; the stream is not refused at once, it times out.", sourceTlsTimeout)
            }
            // The initiator takes STARTTLS whenever the receiver offers it (RFC 7590 §3.1).
            encrypted = i.tls != .notSupported && r.tls != .notSupported
            if encrypted && r.certificate == .missing {
                return .failure(r, .startTls, "\(r.name) offers STARTTLS but has no certificate, so the TLS handshake fails.", sourceNoCertificate)
            }
        }

        // Phase 2: certificates.
        if !encrypted {
            for (s, peer) in [(r, i), (i, r)] where s.certificateRequired {
                let off = peer.tls == .notSupported ? peer : s
                return .failure(off, .startTls, "\(s.name) requires a valid certificate from \(peer.name), which needs TLS, but \(off.name) has TLS NotSupported.", sourceCertificateNeedsTls)
            }
        } else {
            // The receiver checks the initiator's certificate when the stream opens, then the initiator
            // checks the receiver's.
            if r.certificateRequired && i.certificate != .valid {
                return .failure(i, .certificate, "\(r.name) requires a valid certificate from \(i.name) (no dialback), and \(i.name)'s certificate is \(i.certificate.phrase): \(r.name) closes the stream.", sourceCertificateCheck)
            }
            if i.certificateRequired && r.certificate != .valid {
                return .failure(r, .certificate, "\(i.name) requires a valid certificate from \(r.name) (no dialback), and \(r.name)'s certificate is \(r.certificate.phrase): \(i.name) closes the stream.", sourceCertificateCheck)
            }
        }

        // Phase 3: authentication of the initiator.
        if encrypted && i.saslExternal && r.saslExternal && i.certificate == .valid {
            return .success(.saslOverTls, "TLS, then SASL EXTERNAL: \(r.name) accepts \(i.name)'s certificate.", sourceSasl)
        }
        let why: String
        if !encrypted {
            why = "Without TLS there is no SASL EXTERNAL"
        } else if i.certificate != .valid {
            why = "\(r.name) does not offer SASL EXTERNAL because \(i.name)'s certificate is \(i.certificate.phrase)"
        } else {
            why = "\(!r.saslExternal ? r.name : i.name) does not do SASL EXTERNAL"
        }
        if !(i.dialback && r.dialback) {
            let off = !i.dialback ? i : r
            let blamed = encrypted && i.certificate != .valid && i.dialback ? i : off
            return .failure(blamed, encrypted ? .saslExternal : .dialback,
                            "\(why), and \(off.name) does not do dialback, so no authentication method is left.", sourceNoMethod)
        }
        if encrypted {
            return .success(.tlsDialback, "\(why); \(i.name) authenticates by dialback over TLS (DNS-based identity, encrypted).", sourceTlsDialback)
        }
        return .success(.tcpDialback, "\(why); \(i.name) authenticates by dialback over plain TCP (DNS-based identity, not encrypted).", sourceTcpDialback)
    }

    /// A stream and what its dialback needs: `back` is what the receiving server's stream to the
    /// initiator negotiates.
    static func completed(_ s: FederationStream, back: FederationStream, initiator i: FederationSide, receiver r: FederationSide) -> FederationStream {
        guard s.succeeds, s.method != .saslOverTls, !back.succeeds else { return s }
        var f = back
        f.method = nil
        f.failingStep = .dialback
        f.reason = "\(r.name) verifies \(i.name)'s dialback key over its own stream to \(i.name), which fails: \(back.reason) The dialback never completes and the stream times out."
        f.source = sourceCallback + "; " + back.source
        return f
    }

    // MARK: The pair

    /// What `local` (our server) and `remote` negotiate: Outbound and Inbound streams, or one Both
    /// stream when both sides do XEP-0288 (the one our server opens; `remoteFirst` is the partner's).
    public static func federate(local: FederationSide, remote: FederationSide) -> Federation {
        let outBase = stream(from: local, to: remote)
        let inBase = stream(from: remote, to: local)
        let outbound = completed(outBase, back: inBase, initiator: local, receiver: remote)
        let inbound = completed(inBase, back: outBase, initiator: remote, receiver: local)
        if local.bidi && remote.bidi {
            return Federation(rows: [(.both, outbound)], remoteFirst: inbound)
        }
        return Federation(rows: [(.outbound, outbound), (.inbound, inbound)], remoteFirst: nil)
    }
}
