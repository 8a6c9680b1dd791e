import Testing
@testable import CsXmpp

/// ExportedStorePolicy answers, from one read, what the export decides for the store with a tested
/// partner in place of its stored self: the same as FederationPolicy over the list of every other
/// partner plus the tested one, which is how Test-CsXmppFederation decided it per partner before.
@Suite struct ExportedStorePolicyTests {
    /// Every partner setting: the 18 rows of the matrix.
    static let rows: [(XmppNegotiation, XmppNegotiation, Bool)] =
        XmppNegotiation.allCases.flatMap { t in XmppNegotiation.allCases.flatMap { s in [(t, s, true), (t, s, false)] } }

    static func partner(_ id: String, _ row: (XmppNegotiation, XmppNegotiation, Bool)) -> XmppAllowedPartner {
        XmppAllowedPartner(identity: id, saslNegotiation: row.1, supportDialbackNegotiation: row.2, tlsNegotiation: row.0)
    }

    /// The decision over the list, as FederationPolicy states it.
    static func byList(_ stored: [XmppAllowedPartner], _ p: XmppAllowedPartner) -> ExportedStorePolicy.Outcome {
        let others = stored.filter { $0.identity != p.identity }
        let global = FederationPolicy.globalTls(others + [p])
        return .init(tls: global, decider: others.first { $0.tlsNegotiation == global }?.identity,
                     dialback: (others + [p]).contains { FederationPolicy.authentication(of: $0) == .dialbackAllowed })
    }

    /// Stores of up to three partners over a spread of rows; tested: each stored partner under every
    /// row, and a partner the store does not hold.
    @Test func agreesWithTheDecisionOverTheList() {
        let sample = [Self.rows[0], Self.rows[3], Self.rows[7], Self.rows[8], Self.rows[13], Self.rows[16], Self.rows[17]]
        var stores: [[XmppAllowedPartner]] = [[]]
        for a in sample { stores.append([Self.partner("a.example", a)])
            for b in sample { stores.append([Self.partner("a.example", a), Self.partner("b.example", b)])
                for c in sample { stores.append([Self.partner("a.example", a), Self.partner("b.example", b), Self.partner("c.example", c)]) } } }
        var checked = 0
        for stored in stores {
            let policy = ExportedStorePolicy(stored)
            for id in ["a.example", "b.example", "new.example"] {
                for row in Self.rows {
                    let p = Self.partner(id, row)
                    #expect(policy.outcome(with: p) == Self.byList(stored, p), "\(stored.map { "\($0.identity) \($0.tlsNegotiation)" }) with \(id) \(row)")
                    checked += 1
                }
            }
        }
        #expect(checked == stores.count * 3 * 18)
    }
}
