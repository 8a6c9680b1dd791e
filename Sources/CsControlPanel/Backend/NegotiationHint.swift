import CsCore
import CsXmpp

/// What Test-CsXmppAllowedPartner says about one TLS / SASL / Dialback combination, and whether New
/// and Set refuse it without -Force (the Control Panel rule): the page shows the one for the
/// drop-downs' current values beside them.
struct NegotiationHint: Sendable, Equatable {
    var tls: String
    var sasl: String
    var dialback: Bool
    var isValid: Bool
    var methods: [String]
    var warnings: [String]
    var notes: [String]
    /// SASL without TLS support: Commit saves it only with Force.
    var needsForce: Bool

    /// Reads a Test-CsXmppAllowedPartner result object.
    init?(result: PSObject, needsForce: Bool) {
        guard let tls = result["TlsNegotiation"], let sasl = result["SaslNegotiation"],
              case let .bool(dialback)? = result["SupportDialbackNegotiation"],
              case let .bool(isValid)? = result["IsValid"] else { return nil }
        self.tls = PSConvert.toString(tls)
        self.sasl = PSConvert.toString(sasl)
        self.dialback = dialback
        self.isValid = isValid
        func strings(_ name: String) -> [String] { (result[name]?.asList ?? []).map { PSConvert.toString($0) } }
        methods = strings("ExpectedAuthenticationMethods")
        warnings = strings("Warnings")
        notes = strings("Notes")
        self.needsForce = needsForce
    }

    /// The key the page's script finds the hint by: `TLS|SASL|True`.
    var key: String { Self.key(tls: tls, sasl: sasl, dialback: dialback ? "True" : "False") }

    static func key(tls: String, sasl: String, dialback: String) -> String { "\(tls)|\(sasl)|\(dialback)" }
}
