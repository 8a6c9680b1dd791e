import CsXmpp

/// A fingerprint of a partner's (or the gateway's) settings, carried in an edit form: at Commit the
/// panel compares it with the stored settings' under the store's lock, so a change made meanwhile (in
/// the shell, or in another browser) is reported instead of overwritten. 64-bit FNV-1a over every
/// setting with its length, as 16 hex digits. The dialback passphrase is left out (a form must not
/// carry anything derived from a secret); only whether one is set counts.
enum SettingsVersion {
    static func of(_ p: XmppAllowedPartner) -> String {
        var h = Hash()
        h.add(p.identity)
        h.add(String(p.additionalDomains.count))
        for d in p.additionalDomains { h.add(d) }
        h.add(String(p.connectionLimit))
        h.add(p.description.map { "+" + $0 } ?? "-")
        h.add(p.enableKeepAlive ? "T" : "F")
        h.add(p.partnerType.name)
        h.add(p.proxyFqdn.map { "+" + $0 } ?? "-")
        h.add(p.saslNegotiation.name)
        h.add(p.supportDialbackNegotiation ? "T" : "F")
        h.add(p.tlsNegotiation.name)
        return h.hex
    }

    static func of(_ g: XmppGatewaySettings) -> String {
        var h = Hash()
        for (_, keyPath) in XmppGatewaySettings.counters { h.add(String(g[keyPath: keyPath])) }
        h.add(g.enableLoggingAllMessageBodies ? "T" : "F")
        h.add(g.dialbackPassphrase == nil ? "-" : "+")
        return h.hex
    }

    private struct Hash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ text: String) {
            byte(UInt8(truncatingIfNeeded: text.utf8.count >> 8))
            byte(UInt8(truncatingIfNeeded: text.utf8.count))
            for b in text.utf8 { byte(b) }
        }

        private mutating func byte(_ b: UInt8) {
            value ^= UInt64(b)
            value = value &* 0x0000_0100_0000_01b3
        }

        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}
