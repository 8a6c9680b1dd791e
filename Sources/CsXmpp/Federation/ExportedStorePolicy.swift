// What the Prosody export decides for the store as a whole, which Test-CsXmppFederation tests each
// partner under: TLS is global (the strictest level any partner has), and the dialback module is
// loaded when any partner may use dialback. Built from one read of the store and asked "with this
// partner in place of its stored self", so that testing n piped partners reads the store once and
// costs O(1) per partner rather than a read and a pass over every partner each.

struct ExportedStorePolicy {
    /// The export's TLS level, the partner whose own level set it when another partner did, and
    /// whether the dialback module is loaded.
    struct Outcome: Equatable {
        let tls: XmppNegotiation
        let decider: String?
        let dialback: Bool
    }

    /// Per TLS level: how many partners have it, and the first two of them in the store's order (one
    /// may be the partner asked about).
    private var counts: [XmppNegotiation: Int] = [:]
    private var firstTwo: [XmppNegotiation: [String]] = [:]
    private var dialbackCount = 0
    /// Each stored partner's level and whether it may use dialback, by Identity.
    private var stored: [String: (tls: XmppNegotiation, dialback: Bool)] = [:]

    init(_ partners: [XmppAllowedPartner]) {
        for p in partners {
            let dialback = FederationPolicy.authentication(of: p) == .dialbackAllowed
            stored[p.identity] = (p.tlsNegotiation, dialback)
            counts[p.tlsNegotiation, default: 0] += 1
            if firstTwo[p.tlsNegotiation, default: []].count < 2 { firstTwo[p.tlsNegotiation, default: []].append(p.identity) }
            if dialback { dialbackCount += 1 }
        }
    }

    /// The outcome for the store with `partner` (its settings as tested) in place of the stored
    /// partner of the same Identity, as `FederationPolicy.globalTls` decides it over that list.
    func outcome(with partner: XmppAllowedPartner) -> Outcome {
        let own = stored[partner.identity]
        func others(_ level: XmppNegotiation) -> Int { counts[level, default: 0] - (own?.tls == level ? 1 : 0) }
        let tls: XmppNegotiation = partner.tlsNegotiation == .required || others(.required) > 0 ? .required
            : partner.tlsNegotiation == .optional || others(.optional) > 0 ? .optional : .notSupported
        let decider = firstTwo[tls, default: []].first { $0 != partner.identity }
        let otherDialback = dialbackCount - (own?.dialback == true ? 1 : 0)
        return Outcome(tls: tls, decider: decider, dialback: otherDialback > 0 || FederationPolicy.authentication(of: partner) == .dialbackAllowed)
    }
}
