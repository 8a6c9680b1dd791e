import CsCore
import Foundation

// The federation policy a Prosody 0.12 configuration expresses (the inverse of ProsodyConfigWriter,
// for any prosody.cfg.lua, not only ours):
// - partners: the domains allowed by mod_firewall rules (`NOT LEAVING: zone` in the deliver chain of a
//   firewall script loaded on a VirtualHost), else by mod_s2s_whitelist's `s2s_whitelist` or
//   mod_host_guard's `host_guard_blockall_exceptions`; with no allow list, Prosody federates with
//   everyone, and the domains named in s2s_secure_domains / s2s_insecure_domains are taken;
// - TLS: s2s_allow_encryption = false → NotSupported; else s2s_require_encryption (default true)
//   → Required, false → Optional (mod_tls: s2s_secure_auth forces it to true);
// - authentication per domain as mod_s2s's check_auth_policy decides it (s2s_secure_auth,
//   s2s_secure_domains, s2s_insecure_domains), and certificates only when no VirtualHost loads the
//   dialback module;
// - keep-alive: s2s_tcp_keepalives (else tcp_keepalives, default true);
// - gateway: s2s_timeout → StreamEstablishmentTimeout, s2s_idle_timeout → StreamInactivityTimeout.

public enum ProsodyConfigReader {
    public static func read(_ path: String) throws(XmppValidationError) -> ImportedFederation {
        let config = try ProsodyLuaLoader.load(path)
        var result = ImportedFederation()
        result.files = [path] + config.files.filter { $0 != path }
        let configFolder = (path as NSString).deletingLastPathComponent

        // Modules per VirtualHost: (global enabled − global disabled) + host enabled − host disabled.
        let virtualHosts = config.hosts.filter { !$0.component }.map(\.name)
        func modules(_ host: String) -> Set<String> {
            var m = Set(config.option("modules_enabled")?.strings ?? [])
            m.subtract(config.option("modules_disabled")?.strings ?? [])
            m.formUnion(config.option("modules_enabled", host: host)?.strings ?? [])
            m.subtract(config.option("modules_disabled", host: host)?.strings ?? [])
            return m
        }
        let hostModules = virtualHosts.map(modules)

        // The allow list.
        var allowed: [String]?
        var allowSource = ""
        var scriptsRead = Set<String>()
        for (host, mods) in zip(virtualHosts, hostModules) where mods.contains("firewall") {
            for script in config.inherited("firewall_scripts", host: host)?.strings ?? [] {
                let file = script.hasPrefix("/") ? script : configFolder + "/" + script
                guard scriptsRead.insert(file).inserted else { continue }
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw XmppValidationError("Cannot read the mod_firewall script '\(file)' named by firewall_scripts in '\(path)'.",
                                              errorId: "ProsodyFirewallUnreadable", category: .ReadError, target: file)
                }
                let rules = try ProsodyFirewallScript(text: String(decoding: data, as: UTF8.self),
                                                      folder: (file as NSString).deletingLastPathComponent)
                if !rules.allowListZones.isEmpty {
                    allowed = (allowed ?? []) + rules.allowedDomains
                    allowSource = "\(file): %ZONE \(rules.allowListZones.joined(separator: ", "))"
                    if !result.files.contains(file) { result.files.append(file) }
                }
            }
        }
        if allowed == nil, let v = config.option("s2s_whitelist") {
            allowed = v.strings
            allowSource = "\(path): s2s_whitelist"
        }
        if allowed == nil, hostModules.contains(where: { $0.contains("host_guard") }), let v = config.option("host_guard_blockall_exceptions") {
            allowed = v.strings
            allowSource = "\(path): host_guard_blockall_exceptions"
        }

        // Authentication and TLS, as mod_s2s and mod_tls decide them.
        let secureAuth = config.option("s2s_secure_auth")?.bool ?? false
        let secureDomains = config.option("s2s_secure_domains")?.strings ?? []
        let insecureDomains = config.option("s2s_insecure_domains")?.strings ?? []
        let secureSet = Set(secureDomains.map { $0.lowercased() }), insecureSet = Set(insecureDomains.map { $0.lowercased() })
        let tls: XmppNegotiation
        if config.option("s2s_allow_encryption")?.bool == false {
            tls = .notSupported
        } else {
            tls = (config.option("s2s_require_encryption")?.bool ?? true) || secureAuth ? .required : .optional
        }
        let dialbackLoaded = hostModules.contains { $0.contains("dialback") } || (virtualHosts.isEmpty && modules("*").contains("dialback"))
        func authentication(_ domain: String) -> FederationPolicy.Authentication {
            guard dialbackLoaded else { return .certificates }
            var mustSecure = secureAuth
            if !mustSecure && secureSet.contains(domain) { mustSecure = true }
            else if mustSecure && insecureSet.contains(domain) { mustSecure = false }
            return mustSecure ? .certificates : .dialbackAllowed
        }
        let keepAlive = config.option("s2s_tcp_keepalives")?.bool ?? config.option("tcp_keepalives")?.bool ?? true

        var domains: [(String, String)] = []
        if let allowed {
            domains = allowed.map { ($0, allowSource) }
            let listed = Set(allowed.map { $0.lowercased() })
            let ignored = (secureDomains + insecureDomains).filter { !listed.contains($0.lowercased()) }
            if !ignored.isEmpty {
                result.notes.append("\(ignored.joined(separator: ", ")): named in s2s_secure_domains or s2s_insecure_domains of '\(path)' but not in its allow list (\(allowSource)), so Prosody refuses them; not imported.")
            }
        } else {
            domains = secureDomains.map { ($0, "\(path): s2s_secure_domains") } + insecureDomains.map { ($0, "\(path): s2s_insecure_domains") }
            result.notes.append("'\(path)' has no allow list (no mod_firewall rule, s2s_whitelist or host_guard_blockall_exceptions), so Prosody federates with every domain; only the domains named in s2s_secure_domains and s2s_insecure_domains (\(domains.count)) are imported as partners.")
        }
        var seen = Set<String>()
        for (raw, source) in domains {
            guard let d = result.domain(raw, source: source), seen.insert(d).inserted else { continue }
            result.entries.append(ImportedFederation.Entry(identity: d, additionalDomains: nil, tls: tls,
                                                           authentication: authentication(d), enableKeepAlive: keepAlive, source: source))
        }
        let loaded = virtualHosts.isEmpty ? [modules("*")] : hostModules
        var directTls = false
        switch config.option("s2s_direct_tls_ports") {
        case .number?: directTls = true
        case let .list(ports)?: directTls = !ports.isEmpty
        default: break
        }
        result.server = ImportedFederation.Server(tls: tls, authentication: authentication("\u{0}"), hasAllowList: allowed != nil,
                                                  bidi: loaded.contains { $0.contains("s2s_bidi") }, directTls: directTls)
        result.streamEstablishmentTimeout = result.seconds(config.option("s2s_timeout")?.number, option: "s2s_timeout", source: path)
        result.streamInactivityTimeout = result.seconds(config.option("s2s_idle_timeout")?.number, option: "s2s_idle_timeout", source: path)
        return result
    }
}
