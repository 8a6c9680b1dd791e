import CsCore

/// What a server configuration says about federation, as partners-to-be: read by
/// `ProsodyConfigReader` or `EjabberdConfigReader`, applied to the store by the import cmdlet.
public struct ImportedFederation: Sendable {
    /// One partner-to-be: a domain (Prosody) or a group of domains (an ejabberd ACL).
    public struct Entry: Sendable, Equatable {
        public var identity: String
        /// The partner's other domains; nil when the server has no notion of them (Prosody), so an
        /// existing partner keeps its own.
        public var additionalDomains: [String]?
        public var tls: XmppNegotiation
        public var authentication: FederationPolicy.Authentication
        /// Nil when the configuration does not say.
        public var enableKeepAlive: Bool?
        /// Where it was found, for messages (`FILE: option`).
        public var source: String

        public init(identity: String, additionalDomains: [String]?, tls: XmppNegotiation,
                    authentication: FederationPolicy.Authentication, enableKeepAlive: Bool? = nil, source: String) {
            self.identity = identity
            self.additionalDomains = additionalDomains
            self.tls = tls
            self.authentication = authentication
            self.enableKeepAlive = enableKeepAlive
            self.source = source
        }
    }

    /// The server as a whole: how it treats a domain the configuration does not name, and the stream
    /// features it has (Test-CsXmppFederation -RemoteProfile reads a partner's server through it).
    public struct Server: Sendable, Equatable {
        public var tls: XmppNegotiation
        /// How a domain the configuration does not name must authenticate.
        public var authentication: FederationPolicy.Authentication
        /// Whether the configuration has an allow list (then a domain it does not name is refused).
        public var hasAllowList: Bool
        /// XEP-0288 (Prosody mod_s2s_bidi, ejabberd mod_s2s_bidi).
        public var bidi: Bool
        /// XEP-0368 direct TLS (Prosody s2s_direct_tls_ports, an ejabberd_s2s_in listener with tls).
        public var directTls: Bool

        public init(tls: XmppNegotiation, authentication: FederationPolicy.Authentication, hasAllowList: Bool, bidi: Bool, directTls: Bool) {
            self.tls = tls
            self.authentication = authentication
            self.hasAllowList = hasAllowList
            self.bidi = bidi
            self.directTls = directTls
        }
    }

    public var entries: [Entry] = []
    /// The server as a whole (the first local host's view for ejabberd).
    public var server: Server?
    /// Entries that cannot become partners (a pattern instead of a domain, …): one error each.
    public var rejected: [XmppValidationError] = []
    /// Gateway settings the configuration sets.
    public var streamEstablishmentTimeout: UInt32?
    public var streamInactivityTimeout: UInt32?
    /// What the import should say about the configuration as a whole (`WARNING:` texts).
    public var notes: [String] = []
    /// The files read, main file first.
    public var files: [String] = []

    public init() {}

    /// A domain from the configuration in stored form, or a rejection naming where it was found.
    mutating func domain(_ raw: String, source: String) -> String? {
        do {
            return try DomainName.normalize(raw, role: "The domain", errorId: "InvalidImportedDomain")
        } catch {
            rejected.append(XmppValidationError("\(source): \(error.message) It cannot be an XMPP allowed partner.",
                                                errorId: error.errorId, category: .InvalidData, target: raw))
            return nil
        }
    }

    /// A whole number of seconds for a gateway setting, or a rejection.
    mutating func seconds(_ value: Double?, option: String, source: String) -> UInt32? {
        guard let v = value else { return nil }
        guard v >= 1, v <= Double(UInt32.max), v == v.rounded() else {
            rejected.append(XmppValidationError("\(source): \(option) is \(v); a gateway timeout must be a whole number of seconds from 1 to \(UInt32.max).",
                                                errorId: "InvalidImportedTimeout", category: .InvalidData, target: option))
            return nil
        }
        return UInt32(v)
    }
}
