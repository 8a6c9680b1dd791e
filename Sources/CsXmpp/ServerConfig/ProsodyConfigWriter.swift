import CsCore

// The Prosody 0.12 (Debian 12) form of a federation policy: one file of global options, to be
// included above the VirtualHost sections of prosody.cfg.lua (Debian's `Include "conf.d/*.cfg.lua"`).
//
// Core Prosody has no allow list, and of Debian's prosody-modules mod_host_guard crashes 0.12 at
// start-up (it reads the global `configmanager` that 0.12 no longer has), so the allow list is a
// mod_firewall script. mod_firewall reads its rules from files named by `firewall_scripts`; to keep
// the export one file, the file is both: every Lua line starts with ";" (Lua's empty statement, a
// comment line for mod_firewall), and the rules sit in a Lua block comment `--[[ ... ]]` opened and
// closed on such lines. `firewall_scripts` names the file itself, found by Lua when Prosody loads
// it (`debug.getinfo(1, "S").source`), so the file works wherever it is saved.
//
// mod_firewall filters stanzas, not connections: a server that is not a partner can still open an
// s2s stream and authenticate, but every stanza it sends to a protected local host is dropped and
// logged, and no stanza from a protected host leaves for it (a local sender gets policy-violation),
// so Prosody never opens a stream to it. Dropping rather than bouncing is the stricter choice: an
// error reply would have to leave for the non-partner, and Prosody would open a stream to send it.
// s2s_secure_auth (when TLS is required) also makes such a server present a valid certificate
// before its stream is accepted at all.
//
// Module lists cannot be appended to from an included file (a global `modules_enabled` would replace
// the admin's), so the modules the policy needs are enabled under each local VirtualHost, where
// Prosody adds them to the global list.

public enum ProsodyConfigWriter {
    /// The zone of partner domains in the firewall rules (an import looks for it by its use, not its name).
    public static let zoneName = "csshell_partners"

    public static func text(_ policy: FederationPolicy) -> String {
        var out: [String] = []
        func lua(_ line: String = "") { out.append(line.isEmpty ? ";" : "; " + line) }
        func comment(_ line: String = "") { lua(line.isEmpty ? "--" : "-- " + line) }
        func list(_ name: String, _ items: [String]) {
            guard let first = items.first else { lua("\(name) = { }"); return }
            lua("\(name) = { \(quote(first))")
            for item in items.dropFirst() { lua(quote(item)) }   // the line's ";" separates the items
            lua("}")
        }

        let domains = policy.partners.flatMap(\.allDomains)
        comment("XMPP federation policy for Prosody 0.12 (Debian 12), written by csshell (Export-CsXmppFederationConfiguration).")
        comment("Partners: \(policy.partners.count) (\(domains.count) domains). Local domains: \(policy.localDomains.joined(separator: ", ")).")
        comment()
        comment("Include this file in the global section of prosody.cfg.lua, above the VirtualHost sections (Debian's")
        comment("Include \"conf.d/*.cfg.lua\" does so for a file in /etc/prosody/conf.d/), then run")
        comment("\"prosodyctl check config\" and \"prosodyctl reload\". Change the store and export again rather than this file.")
        comment()
        comment("Prosody reads this file twice: as configuration (Lua; each line starts with \";\", an empty statement)")
        comment("and, through firewall_scripts, as mod_firewall's rule script (to which lines starting with \";\" are")
        comment("comments, and the rules between \"--[[\" and \"]]\" are not).")
        comment("Enforced on the local domains: a stanza from a domain that is not a partner is dropped and logged; no")
        comment("stanza leaves for a domain that is not a partner (the local sender gets policy-violation), so no stream is")
        comment("opened to it. A server that is not a partner can still open a stream: mod_firewall filters stanzas.")
        let described = policy.partners.filter { $0.description != nil }
        if !described.isEmpty {
            comment()
            comment("Partner descriptions:")
            for p in described { comment("  \(p.identity): \(commentText(p.description!))") }
        }
        lua()

        switch policy.tls {
        case .required:
            lua("s2s_require_encryption = true")
            lua("s2s_secure_auth = true")
        case .optional:
            lua("s2s_require_encryption = false")
            lua("s2s_secure_auth = false")
        case .notSupported:
            lua("s2s_require_encryption = false")
            lua("s2s_allow_encryption = false")
            lua("s2s_secure_auth = false")
        }
        comment("Partners that must present a valid certificate (no dialback):")
        list("s2s_secure_domains", policy.certificatePartners.flatMap(\.allDomains))
        comment("Partners that may use dialback:")
        list("s2s_insecure_domains", policy.dialbackPartners.flatMap(\.allDomains))
        lua("s2s_tcp_keepalives = \(policy.keepAlive)")
        lua("s2s_timeout = \(policy.gateway.streamEstablishmentTimeout)")
        lua("s2s_idle_timeout = \(policy.gateway.streamInactivityTimeout)")
        lua("firewall_scripts = { (debug.getinfo(1, \"S\").source:gsub(\"^@\", \"\")) }")

        lua("--[[ mod_firewall rules: only federation partners reach the local domains")
        if domains.isEmpty {
            out.append("%ZONE \(zoneName):")
        } else {
            out.append("%ZONE \(zoneName): \\")
            for (i, d) in domains.enumerated() { out.append("  " + d + (i == domains.count - 1 ? "" : ", \\")) }
        }
        out.append("")
        out.append("::deliver")
        out.append("ENTERING: $local")
        out.append("NOT LEAVING: \(zoneName)")
        out.append("LOG=[info] csshell: refused stanza from $<@from> (not a federation partner)")
        out.append("DROP.")
        out.append("")
        out.append("::deliver_remote")
        out.append("NOT ENTERING: \(zoneName)")
        out.append("BOUNCE=policy-violation (That domain is not a federation partner)")
        lua("]]")
        lua()

        var modules = ["firewall", "s2s_idle_timeout"]
        let dialback = !policy.dialbackPartners.isEmpty
        if dialback { modules.append("dialback") }
        for host in policy.localDomains {
            lua("VirtualHost \(quote(host))")
            lua("  modules_enabled = { \(modules.map(quote).joined(separator: "; ")) }")
            if !dialback { lua("  modules_disabled = { \"dialback\" }") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A Lua string literal for a DNS name (validated names need no escapes).
    static func quote(_ s: String) -> String { "\"" + s + "\"" }

    /// Text for a comment line: one line, and no final backslash (which mod_firewall would join to
    /// the next line).
    static func commentText(_ s: String) -> String {
        var t = String(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
        while t.hasSuffix("\\") || t.hasSuffix(" ") { t.removeLast() }
        return t
    }
}
