import CsCore

// What a real XMPP server can be told of the store's federation policy, decided once for both
// servers (Prosody 0.12 and ejabberd 23.01 share the model: a global TLS policy, per-domain
// "certificates required" or "dialback allowed", an allow list of domains). The writers turn a
// policy into a file; the readers turn a file back into partners with `canonicalNegotiation`.
//
// The rules:
// - TLS is global on both servers. The file requires TLS when any partner requires it, else uses
//   TLS when available when any partner allows it, else turns it off: the strictest level a partner
//   asks for. Every partner whose TlsNegotiation differs gets a warning.
// - A partner whose negotiation allows no dialback method (negotiation.md §7: rows 1, 2, 4, 8, 10)
//   must authenticate with a valid certificate; every other partner may use dialback.
// - SaslNegotiation NotSupported cannot be expressed while TLS is on: both servers authenticate by
//   certificate (SASL EXTERNAL) whenever the certificate is valid, with no per-domain switch.
// - Settings neither server has (PartnerType, ProxyFqdn, ConnectionLimit, ...) are warned about;
//   each warning names the setting, the partners, what the file does instead and why. A warning
//   covers every partner it concerns, so a store of any size gets a bounded number of lines.

/// The federation policy as one server can express it, with the warnings for what it cannot.
public struct FederationPolicy: Sendable {
    /// How a partner must authenticate.
    public enum Authentication: Sendable, Equatable {
        /// A valid certificate (SASL EXTERNAL); no dialback.
        case certificates
        /// Dialback is allowed (with or without TLS, as the TLS policy says); a valid certificate still
        /// authenticates by SASL EXTERNAL.
        case dialbackAllowed
    }

    public let server: XmppServerKind
    public let localDomains: [String]
    public let partners: [XmppAllowedPartner]
    public let gateway: XmppGatewaySettings
    /// The global TLS policy: Required, Optional (used when available) or NotSupported (off).
    public let tls: XmppNegotiation
    /// Whether the file turns keep-alives on (Prosody's s2s_tcp_keepalives).
    public let keepAlive: Bool
    /// What the file cannot express, as `WARNING:` texts.
    public private(set) var warnings: [String] = []

    /// The policy for `partners` on `server`. Local domains must be valid DNS names and no partner's.
    public init(server: XmppServerKind, localDomains: [String], partners: [XmppAllowedPartner],
                gateway: XmppGatewaySettings) throws(XmppValidationError) {
        var locals: [String] = []
        for d in localDomains {
            let n = try DomainName.normalize(d, role: "The local domain", errorId: "InvalidLocalDomain")
            if let holder = partners.first(where: { $0.allDomains.contains(n) }) {
                throw XmppValidationError(
                    "The local domain '\(n)' is a domain of the XMPP allowed partner '\(holder.identity)'; a domain cannot be both local and a partner's.",
                    errorId: "LocalDomainIsPartner", target: d)
            }
            if !locals.contains(n) { locals.append(n) }
        }
        guard !locals.isEmpty else {
            throw XmppValidationError("Give at least one local domain (-LocalDomain): the policy protects the server's own domains.",
                                      errorId: "LocalDomainMissing")
        }
        self.server = server
        self.localDomains = locals
        self.partners = partners
        self.gateway = gateway
        tls = Self.globalTls(partners)
        keepAlive = partners.isEmpty || partners.contains { $0.enableKeepAlive }
        warnings = explain()
    }

    /// The one TLS level a server configuration has for `partners`: the strictest any of them asks for
    /// (Required for none).
    public static func globalTls(_ partners: [XmppAllowedPartner]) -> XmppNegotiation {
        let levels = partners.map(\.tlsNegotiation)
        return levels.isEmpty || levels.contains(.required) ? .required : levels.contains(.optional) ? .optional : .notSupported
    }

    /// How `p` must authenticate: with certificates when its negotiation allows no dialback method.
    public static func authentication(of p: XmppAllowedPartner) -> Authentication {
        authentication(tls: p.tlsNegotiation, sasl: p.saslNegotiation, dialback: p.supportDialbackNegotiation)
    }

    /// How a partner with these settings must authenticate.
    public static func authentication(tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) -> Authentication {
        let methods = NegotiationMatrix.row(tls: tls, sasl: sasl, dialback: dialback).methods ?? []
        return methods.contains(.tlsDialback) || methods.contains(.tcpDialback) ? .dialbackAllowed : .certificates
    }

    /// Partners that must present a valid certificate, and those that may use dialback.
    public var certificatePartners: [XmppAllowedPartner] { partners.filter { Self.authentication(of: $0) == .certificates } }
    public var dialbackPartners: [XmppAllowedPartner] { partners.filter { Self.authentication(of: $0) == .dialbackAllowed } }

    /// The partner settings a server configuration stands for, as New would store them: the matrix
    /// row with the same authentication methods that New and Set accept without -Force. Nil when the
    /// combination allows no method (certificates required with TLS off).
    public static func canonicalNegotiation(tls: XmppNegotiation, authentication: Authentication)
        -> (tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool)? {
        switch (tls, authentication) {
        case (.required, .certificates): return (.required, .required, false)       // row 2: SASL over TLS
        case (.required, .dialbackAllowed): return (.required, .optional, true)     // row 7: SASL over TLS, TLS Dialback
        case (.optional, .certificates): return (.optional, .required, false)       // row 4: SASL over TLS
        case (.optional, .dialbackAllowed): return (.optional, .optional, true)     // row 9: all three
        case (.notSupported, .dialbackAllowed): return (.notSupported, .notSupported, true) // row 17: TCP Dialback
        case (.notSupported, .certificates): return nil                              // rows 6/12: Not Valid
        }
    }

    // MARK: Warnings

    private func names(_ ps: [XmppAllowedPartner]) -> String { ps.map(\.identity).joined(separator: ", ") }

    private var isProsody: Bool { server == .prosody }
    private var tlsOption: String {
        switch (server, tls) {
        case (.prosody, .required): return "s2s_require_encryption = true"
        case (.prosody, .optional): return "s2s_require_encryption = false"
        case (.prosody, .notSupported): return "s2s_allow_encryption = false"
        case (.ejabberd, .required): return "s2s_use_starttls: required"
        case (.ejabberd, .optional): return "s2s_use_starttls: optional"
        case (.ejabberd, .notSupported): return "s2s_use_starttls: false"
        }
    }

    private func explain() -> [String] {
        let name = server.displayName
        var w: [String] = []
        if partners.isEmpty {
            w.append("The store has no XMPP allowed partners: the file allows no remote domain, so \(name) federates with no other server.")
        }

        // TLS: one global level, the strictest any partner asks for.
        if let decider = partners.first(where: { $0.tlsNegotiation == tls }) {
            for level in [XmppNegotiation.required, .optional, .notSupported] where level != tls {
                let group = partners.filter { $0.tlsNegotiation == level }
                guard !group.isEmpty else { continue }
                let effect: String
                switch (tls, level) {
                case (.required, .notSupported):
                    effect = "they cannot federate unless they use TLS"
                case (.required, _):
                    effect = "they must use TLS"
                default:
                    effect = "they still federate without TLS, but TLS is used whenever they offer it"
                }
                w.append("TlsNegotiation \(level.name) of \(names(group)): the file \(tls == .required ? "requires TLS" : "uses TLS when available") for every partner (\(tlsOption)), the stricter choice, because \(name)'s TLS policy is global and \(decider.identity) has TlsNegotiation \(tls.name); \(effect).")
            }
        }

        // SASL NotSupported while TLS is on.
        if tls != .notSupported {
            let group = partners.filter { $0.saslNegotiation == .notSupported }
            if !group.isEmpty {
                w.append("SaslNegotiation NotSupported of \(names(group)): not in the file: \(name) authenticates a server by its certificate (SASL EXTERNAL) whenever the certificate is valid and cannot turn this off for a domain; these partners may use dialback, and a valid certificate authenticates them (stronger).")
            }
        }

        // Partners with several domains (Prosody's allow list is a flat list of domains).
        if isProsody {
            let group = partners.filter { !$0.additionalDomains.isEmpty }
            if !group.isEmpty {
                let list = group.map { "\($0.identity) (\($0.additionalDomains.joined(separator: ", ")))" }.joined(separator: ", ")
                w.append("AdditionalDomains of \(list): the file allows every one of these domains, but Prosody has no notion of one partner with several domains; an import gives each domain back as a partner of its own.")
            }
        }

        // Settings no server has.
        for type in XmppPartnerType.allCases {
            let group = partners.filter { $0.partnerType == type }
            guard !group.isEmpty else { continue }
            let effect = type == .publicUnverified
                ? "presence needs the user's authorization, as for PublicUnverified, but messages from senders outside the user's contact list are delivered"
                : "presence needs the user's authorization and status notes are not special (stricter than \(type.name))"
            w.append("PartnerType \(type.name) of \(names(group)): not in the file: \(name) has no partner types and applies XMPP's standard rules to every server: \(effect).")
        }
        let proxied = partners.filter { $0.proxyFqdn != nil }
        if !proxied.isEmpty {
            let list = proxied.map { "\($0.identity) (\($0.proxyFqdn!))" }.joined(separator: ", ")
            w.append("ProxyFqdn of \(list): not in the file: \(name) on Debian 12 has no per-domain connect address; it finds each partner through the DNS records (SRV, then A/AAAA) of the partner's own domain.")
        }
        if !partners.isEmpty {
            let list = partners.map { "\($0.identity) (\($0.connectionLimit))" }.joined(separator: ", ")
            w.append("ConnectionLimit of \(list): not in the file: \(name) has no limit on the number of s2s connections per domain; it opens one outgoing stream to a domain and does not count incoming streams.")
        }
        let described = partners.filter { $0.description != nil }
        if !described.isEmpty {
            w.append("Description of \(names(described)): not in the file\(isProsody ? " except as a comment, which an import does not read back" : ""): a description is no server setting.")
        }
        if isProsody {
            if keepAlive {
                let off = partners.filter { !$0.enableKeepAlive }
                if let on = partners.first(where: { $0.enableKeepAlive }), !off.isEmpty {
                    w.append("EnableKeepAlive False of \(names(off)): the file turns TCP keep-alives on for every s2s connection (s2s_tcp_keepalives = true), because Prosody's setting is global and \(on.identity) has EnableKeepAlive True.")
                }
                w.append("KeepAliveInterval (\(gateway.keepAliveInterval)) of the gateway configuration: not in the file: Prosody's keep-alive timing (network_settings) is shared with client connections, so the file leaves it unchanged.")
            }
        } else {
            let on = partners.filter { $0.enableKeepAlive }
            if !on.isEmpty {
                w.append("EnableKeepAlive True of \(names(on)): not in the file: ejabberd sends no keep-alives on s2s streams; KeepAliveInterval (\(gateway.keepAliveInterval)) of the gateway configuration is not used either.")
            }
            w.append("StreamEstablishmentTimeout (\(gateway.streamEstablishmentTimeout)) of the gateway configuration: not in the file: ejabberd's equivalent, negotiation_timeout, also governs client streams, so the file leaves it unchanged.")
        }

        // The gateway's other settings.
        w.append("ConnectionLimit (\(gateway.connectionLimit)) and PartnerConnectionLimit (\(gateway.partnerConnectionLimit)) of the gateway configuration: not in the file: \(name) has no limit on the number of s2s connections.")
        w.append("SubscriptionRefreshInterval (\(gateway.subscriptionRefreshInterval)) of the gateway configuration: not in the file: \(name) does not refresh presence subscriptions; a subscription lasts until it is cancelled.")
        if gateway.enableLoggingAllMessageBodies {
            w.append("EnableLoggingAllMessageBodies True of the gateway configuration: not in the file: \(name) does not log message bodies, and message archiving (mod_mam) is a different feature the file does not turn on.")
        }
        if gateway.dialbackPassphrase != nil {
            w.append("DialbackPassphrase of the gateway configuration: not in the file: secrets never leave the store; \(isProsody ? "Prosody makes a random dialback secret at each start (dialback_secret), which serves a single server" : "ejabberd makes its own dialback keys").")
        }
        return w
    }
}
