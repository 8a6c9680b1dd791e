import Testing
@testable import CsCore
@testable import CsXmpp

@Suite struct NegotiationMatrixTests {
    @Test func tableHasTheEighteenRowsInPageOrder() {
        #expect(NegotiationMatrix.rows.count == 18)
        for (i, c) in matrixCombinations.enumerated() {
            let r = NegotiationMatrix.rows[i]
            #expect(r.number == c.row)
            #expect(r.tls.name == c.tls && r.sasl.name == c.sasl && r.dialback == c.dialback)
            #expect(NegotiationMatrix.row(tls: r.tls, sasl: r.sasl, dialback: r.dialback).number == c.row)
        }
    }

    @Test(arguments: matrixCombinations)
    func tableMatchesTheReference(_ c: (row: Int, tls: String, sasl: String, dialback: Bool)) {
        let r = NegotiationMatrix.row(tls: XmppNegotiation(name: c.tls)!, sasl: XmppNegotiation(name: c.sasl)!, dialback: c.dialback)
        let ref = Ref.rows[c.row]!
        #expect(r.methods?.map(\.label) == ref.methods)
        #expect(r.isValid == (ref.methods != nil))
        #expect(r.warnings == (ref.warning.map { [$0] } ?? []))
        #expect(r.notes == (ref.note.map { [$0] } ?? []))
    }

    @Test(arguments: matrixCombinations)
    func derivedRuleAgreesWithTheTable(_ c: (row: Int, tls: String, sasl: String, dialback: Bool)) {
        let t = XmppNegotiation(name: c.tls)!, s = XmppNegotiation(name: c.sasl)!
        let r = NegotiationMatrix.row(tls: t, sasl: s, dialback: c.dialback)
        let methods = NegotiationMatrix.derivedMethods(tls: t, sasl: s, dialback: c.dialback)
        #expect(methods == (r.methods ?? []))
        #expect(NegotiationMatrix.derivedIsValid(tls: t, sasl: s, dialback: c.dialback) == r.isValid)
        #expect(NegotiationMatrix.derivedTexts(tls: t, sasl: s, dialback: c.dialback) == r.warnings)
        #expect(NegotiationMatrix.derivedNotes(tls: t, sasl: s, dialback: c.dialback) == r.notes)
        #expect(methods == methods.sorted(), "strongest first")
    }

    @Test func decisionsFollowTheContract() {
        for c in matrixCombinations {
            let d = NegotiationMatrix.decide(tls: XmppNegotiation(name: c.tls)!, sasl: XmppNegotiation(name: c.sasl)!, dialback: c.dialback)
            let ref = Ref.rows[c.row]!
            switch c.row {
            case 6, 12, 14, 16, 18:
                guard case let .invalid(message) = d else { Issue.record("row \(c.row): \(d)"); continue }
                #expect(message.contains(ref.warning!))
            case 5, 11:
                guard case let .needsForce(message, warnings) = d else { Issue.record("row \(c.row): \(d)"); continue }
                #expect(message.hasPrefix("SASL requires TLS."))
                #expect(warnings == [Ref.wTls])
            default:
                #expect(d == .store(warnings: ref.warning.map { [$0] } ?? []), "row \(c.row)")
            }
        }
    }
}
