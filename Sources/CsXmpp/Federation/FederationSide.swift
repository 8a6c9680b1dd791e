import CsCore

// One server of a federation as the negotiation sees it: its server-to-server settings in the terms
// every XMPP server has (TLS policy, which peers must authenticate by certificate, dialback, SASL
// EXTERNAL, XEP-0288, XEP-0368) and the state of its certificate as the other server judges it.
// FederationNegotiator decides what two sides negotiate; RemoteProfile and the cmdlet build the
// sides from a stored partner, the remote parameters, a preset or a server's configuration file.

/// One side of a server-to-server federation.
public struct FederationSide: Sendable, Equatable {
    /// A server's certificate as the other server judges it (RFC 6120 §13.7.2).
    public enum Certificate: Int, CaseIterable, Sendable {
        /// Chain and identity valid.
        case valid
        /// Presented but not accepted: self-signed, expired, issued for another name, or by an unknown CA.
        case invalid
        /// None configured.
        case missing

        /// `-LocalCertificate` and `-RemoteCertificate`.
        public static let psType = PSEnumType(name: "CertificateState", fullName: "CsShell.Xmpp.CertificateState",
                                              members: ["Valid", "Invalid", "Missing"])

        public var name: String { Self.psType.members[rawValue] }

        /// How a message describes it: "valid", "invalid (self-signed, …)", "missing".
        var phrase: String {
            switch self {
            case .valid: return "valid"
            case .invalid: return "invalid (self-signed, expired, issued for another name or by an unknown CA)"
            case .missing: return "missing"
            }
        }
    }

    /// Which server of the pair: ours (the store's, as Export-CsXmppFederationConfiguration configures
    /// it) or the partner's.
    public enum Role: Int, Sendable {
        case local, remote

        public var name: String { self == .local ? "Local" : "Remote" }
    }

    public var role: Role
    /// How messages name the server ("our server", "fabrikam.com").
    public var name: String
    /// Required: STARTTLS is mandatory-to-negotiate (Prosody s2s_require_encryption, ejabberd
    /// s2s_use_starttls required); Optional: TLS when the peer offers it; NotSupported: no TLS.
    public var tls: XmppNegotiation
    /// The peer must authenticate with a valid certificate (SASL EXTERNAL), on TLS; no dialback
    /// (Prosody s2s_secure_auth / s2s_secure_domains, ejabberd without dialback for the peer).
    public var certificateRequired: Bool
    /// The server does Server Dialback (XEP-0220): Prosody's mod_dialback, ejabberd's mod_s2s_dialback.
    public var dialback: Bool
    /// The server offers and uses SASL EXTERNAL (XEP-0178). Prosody and ejabberd always do; a legacy
    /// server may not.
    public var saslExternal: Bool = true
    /// The server's certificate as the other side judges it.
    public var certificate: Certificate = .valid
    /// The server does XEP-0288 bidirectional streams (Prosody mod_s2s_bidi, ejabberd mod_s2s_bidi).
    public var bidi: Bool = false
    /// The server accepts direct TLS connections (XEP-0368, `_xmpps-server` SRV records).
    public var directTls: Bool = false
    /// False when the server's allow list does not name the other side's domain.
    public var allowsPeer: Bool = true

    public init(role: Role, name: String, tls: XmppNegotiation, certificateRequired: Bool, dialback: Bool,
                saslExternal: Bool = true, certificate: Certificate = .valid, bidi: Bool = false,
                directTls: Bool = false, allowsPeer: Bool = true) {
        self.role = role
        self.name = name
        self.tls = tls
        self.certificateRequired = certificateRequired
        self.dialback = dialback
        self.saslExternal = saslExternal
        self.certificate = certificate
        self.bidi = bidi
        self.directTls = directTls
        self.allowsPeer = allowsPeer
    }

    /// A server configured by Export-CsXmppFederationConfiguration (Prosody 0.12) for a store whose
    /// partners give the global TLS policy `storeTls` (the strictest any partner asks for) and load the
    /// dialback module when `storeDialback` (any partner may use dialback), holding the other side as
    /// a partner with `tls` / `sasl` / `dialback`: the peer must present a valid certificate when its
    /// matrix row allows no dialback method (s2s_secure_domains), else it may use dialback
    /// (s2s_insecure_domains). SaslNegotiation NotSupported does not turn SASL EXTERNAL off: neither
    /// server can (the export warns).
    public static func exported(role: Role, name: String, tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool,
                                storeTls: XmppNegotiation? = nil, storeDialback: Bool? = nil) -> FederationSide {
        let certificates = FederationPolicy.authentication(tls: tls, sasl: sasl, dialback: dialback) == .certificates
        return FederationSide(role: role, name: name, tls: storeTls ?? tls, certificateRequired: certificates,
                              dialback: storeDialback ?? !certificates)
    }

    /// "Required", "Optional" or "NotSupported" as a phrase for messages.
    var tlsPhrase: String {
        switch tls {
        case .required: return "requires TLS"
        case .optional: return "uses TLS when offered"
        case .notSupported: return "has TLS NotSupported"
        }
    }
}
