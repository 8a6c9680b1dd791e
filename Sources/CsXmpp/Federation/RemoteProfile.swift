import CsCore
import Foundation

// A partner's server for Test-CsXmppFederation -RemoteProfile: a named preset of a common server's
// default configuration, or what a Prosody or ejabberd configuration file says (read through the
// importers of Import-CsXmppFederationConfiguration).

/// The settings of a partner's server, before its certificate is known.
public struct RemoteProfile: Sendable, Equatable {
    public var name: String
    /// TLS policy: Required (STARTTLS mandatory-to-negotiate), Optional, NotSupported.
    public var tls: XmppNegotiation
    /// Our server must authenticate with a valid certificate (no dialback).
    public var certificateRequired: Bool
    public var dialback: Bool
    public var saslExternal: Bool = true
    public var bidi: Bool = false
    public var directTls: Bool = false
    /// False when the server's allow list does not name our domain.
    public var allowsLocal: Bool = true
    /// Where the settings come from, for the help and for warnings.
    public var basis: String

    /// The presets, as `-RemoteProfile` names them (case is ignored).
    public static let presets: [RemoteProfile] = [
        // Prosody 0.12's own defaults: s2s_require_encryption true (the 0.12 default), s2s_secure_auth
        // false, mod_dialback loaded, mod_s2s_bidi not loaded (prosody.cfg.lua.dist).
        RemoteProfile(name: "Prosody 0.12 default", tls: .required, certificateRequired: false, dialback: true,
                      basis: "s2s_require_encryption = true, s2s_secure_auth = false, dialback loaded, no s2s_bidi"),
        // Debian 12's /etc/prosody/prosody.cfg.lua sets s2s_secure_auth = true.
        RemoteProfile(name: "Prosody 0.12 Debian 12 default", tls: .required, certificateRequired: true, dialback: true,
                      basis: "Debian 12's prosody.cfg.lua: s2s_secure_auth = true (certificates required, no dialback), s2s_require_encryption = true"),
        // ejabberd 23.01's ejabberd.yml.example: s2s_use_starttls: required, mod_s2s_dialback: {} (every
        // server may use dialback), no mod_s2s_bidi.
        RemoteProfile(name: "ejabberd 23.01 default", tls: .required, certificateRequired: false, dialback: true,
                      basis: "ejabberd.yml.example: s2s_use_starttls: required, mod_s2s_dialback for every server, no mod_s2s_bidi"),
        // A server from before TLS and SASL EXTERNAL (jabberd 1.x era): plain TCP and dialback only.
        RemoteProfile(name: "legacy dialback-only server", tls: .notSupported, certificateRequired: false, dialback: true, saslExternal: false,
                      basis: "no TLS, no SASL EXTERNAL, Server Dialback over plain TCP"),
    ]

    /// The preset with this name (ignoring case), or nil.
    public static func preset(named text: String) -> RemoteProfile? {
        presets.first { $0.name.equalsIgnoringCase(text.trimmingASCIISpaces()) }
    }

    /// Completes `-RemoteProfile` with the presets' names.
    public static let completer = ArgumentCompleter { _, typed in
        presets.map(\.name).filter { $0.hasPrefixIgnoringCase(typed) }
    }

    /// The remote server described by a configuration file: a Prosody configuration (Lua) or an
    /// ejabberd one (`.yml`/`.yaml`), its includes followed. With `localDomains`, the file's entry for
    /// one of them decides how our server must authenticate, and a file whose allow list names none of
    /// them refuses us; without, a domain the file does not name is assumed. Returns the profile and the
    /// warnings to write.
    public static func read(path: String, localDomains: [String]) throws(XmppValidationError) -> (RemoteProfile, [String]) {
        let lower = path.lowercased()
        let ejabberd = lower.hasSuffix(".yml") || lower.hasSuffix(".yaml")
        let imported = ejabberd ? try EjabberdConfigReader.read(path) : try ProsodyConfigReader.read(path)
        guard let server = imported.server else {
            throw XmppValidationError("'\(path)' names no local host, so it describes no server to federate with.",
                                      errorId: "RemoteProfileWithoutHost", category: .InvalidData, target: path)
        }
        var warnings: [String] = []
        var profile = RemoteProfile(name: path, tls: server.tls, certificateRequired: server.authentication == .certificates,
                                    dialback: server.authentication == .dialbackAllowed, bidi: server.bidi,
                                    directTls: server.directTls && server.tls != .notSupported,
                                    basis: "\(ejabberd ? "ejabberd" : "Prosody") configuration '\(path)'")
        // The dialback module is loaded when any domain may use it (the certificate rule is per domain).
        if imported.entries.contains(where: { $0.authentication == .dialbackAllowed }) { profile.dialback = true }
        let keys = Set(localDomains.map(DomainName.lookupKey))
        if keys.isEmpty {
            if server.hasAllowList {
                warnings.append("'\(path)' has an allow list; without -LocalDomain the outcome assumes it lists our domain and treats it as a domain it does not name (\(server.authentication == .certificates ? "certificates required" : "dialback allowed")).")
            }
        } else if let entry = imported.entries.first(where: { e in ([e.identity] + (e.additionalDomains ?? [])).contains { keys.contains(DomainName.lookupKey($0)) } }) {
            profile.tls = entry.tls
            profile.certificateRequired = entry.authentication == .certificates
        } else if server.hasAllowList {
            profile.allowsLocal = false
        }
        return (profile, warnings)
    }

    /// The partner's server with its certificate as our server judges it.
    public func side(name: String, certificate: FederationSide.Certificate) -> FederationSide {
        FederationSide(role: .remote, name: name, tls: tls, certificateRequired: certificateRequired, dialback: dialback,
                       saslExternal: saslExternal, certificate: certificate, bidi: bidi, directTls: directTls, allowsPeer: allowsLocal)
    }
}
