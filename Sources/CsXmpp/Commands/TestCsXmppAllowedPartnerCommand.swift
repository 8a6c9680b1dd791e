import CsCore

// Test-CsXmppAllowedPartner (csshell's own): checks a stored partner, a piped partner, or a bare
// TLS / SASL / Dialback combination against the negotiation matrix, without storing anything.

public final class TestCsXmppAllowedPartnerCommand: Cmdlet {
    public static let resultTypeName = "Csshell.XmppAllowedPartnerTestResult"

    public static let resultDescriptor = PSTypeDescriptor(
        typeName: resultTypeName,
        properties: [
            ("Identity", .string),
            ("TlsNegotiation", .enumeration(XmppNegotiation.tlsType)),
            ("SaslNegotiation", .enumeration(XmppNegotiation.saslType)),
            ("SupportDialbackNegotiation", .bool),
            ("IsValid", .bool),
            ("ExpectedAuthenticationMethods", .array(.string)),
            ("Warnings", .array(.string)),
            ("Notes", .array(.string)),
        ])

    public static let metadata = CmdletMetadata(
        verb: "Test", noun: "CsXmppAllowedPartner",
        className: "Csshell.Commands.TestXmppAllowedPartnerCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Identity", .string,
                              sets: [ParameterSetSpec("Identity", mandatory: true, position: 0)],
                              description: "Identity (primary domain) of the stored XMPP allowed partner to test; for example: -Identity \"fabrikam.com\".",
                              completer: XmppCommand.identityCompleter),
            ParameterMetadata("Instance", .psObject,
                              sets: [ParameterSetSpec("Combination", mandatory: false, pipeline: .byValue)],
                              description: "A partner object to test (as Get-CsXmppAllowedPartner or New-CsXmppAllowedPartner -InMemory write it, or a PSCustomObject with the same properties); partners piped to the cmdlet bind here. A string is taken as the Identity of a stored partner."),
            ParameterMetadata("TlsNegotiation", .enumeration(XmppNegotiation.tlsType),
                              description: "The TlsNegotiation to test: Required, Optional or NotSupported. Without a partner, the default is Required (the New-CsXmppAllowedPartner default); with a partner, it replaces the partner's value."),
            ParameterMetadata("SaslNegotiation", .enumeration(XmppNegotiation.saslType),
                              description: "The SaslNegotiation to test: Required, Optional or NotSupported. Without a partner, the default is Required; with a partner, it replaces the partner's value."),
            ParameterMetadata("SupportDialbackNegotiation", .bool,
                              description: "The SupportDialbackNegotiation to test. Without a partner, the default is True; with a partner, it replaces the partner's value."),
        ],
        defaultParameterSet: "Combination",
        help: CmdletHelp(
            synopsis: "Tests the TLS, SASL and Dialback negotiation settings of an XMPP allowed partner, or a combination of them, against the XMPP federation negotiation matrix. This cmdlet is part of csshell; Lync Server has no such cmdlet.",
            description: "For each partner (a stored one named by -Identity, each partner piped to the cmdlet, or a bare combination given by -TlsNegotiation, -SaslNegotiation and -SupportDialbackNegotiation), Test-CsXmppAllowedPartner writes an object with the properties Identity (null for a bare combination), TlsNegotiation, SaslNegotiation, SupportDialbackNegotiation, IsValid, ExpectedAuthenticationMethods (strongest first: SASL over TLS, TLS Dialback, TCP Dialback; empty when not valid), Warnings and Notes, as the matrix of \"Negotiation settings for XMPP federated partners in Lync Server 2013\" gives them. IsValid is False only for the five Not Valid Configurations; SASL with TLS NotSupported and Dialback True is valid here (TCP Dialback), although New- and Set-CsXmppAllowedPartner refuse it without -Force. Nothing is stored.",
            examples: [
                CmdletExample("Example 1", code: "Test-CsXmppAllowedPartner -Identity \"contoso.com\"",
                              remarks: "Tests the negotiation settings of the stored XMPP allowed partner contoso.com."),
                CmdletExample("Example 2", code: "Test-CsXmppAllowedPartner -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true",
                              remarks: "Tests a combination without storing anything: it is valid, TCP Dialback is the only expected authentication method, and the note says so."),
                CmdletExample("Example 3", code: "Get-CsXmppAllowedPartner | Test-CsXmppAllowedPartner | Where-Object {$_.Warnings.Count -gt 0}",
                              remarks: "Tests every stored partner and keeps the results that carry a warning."),
            ],
            inputs: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated object (or a string naming a stored partner).",
            outputs: resultTypeName),
        outputTypes: [resultTypeName])

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        try XmppCommand.run(runtime) { store in
            var identity: String?
            var tls = XmppNegotiation.required
            var sasl = XmppNegotiation.required
            var dialback = true
            func lookUp(_ id: String) throws -> XmppAllowedPartner {
                guard let p = try store.read({ try $0.partner(identity: id) }) else { throw XmppCommand.notFound(id) }
                return p
            }
            var partner: XmppAllowedPartner?
            if let id = params.string("Identity") {
                partner = try lookUp(id)
            } else if let instance = params["Instance"], !instance.isNull {
                switch instance {
                case let .object(o):
                    let named = [o["Identity"], o["Domain"]].contains { $0 != nil && !$0!.isNull }
                    if named {
                        partner = try XmppAllowedPartner(from: o)
                    } else {
                        // A bare combination as an object (e.g. a CSV row of settings): no Identity.
                        let c = o.copy()
                        c.addProperty("Identity", .string("combination"))
                        let p = try XmppAllowedPartner(from: c)
                        (tls, sasl, dialback) = (p.tlsNegotiation, p.saslNegotiation, p.supportDialbackNegotiation)
                    }
                case let .string(s): partner = try lookUp(s)
                default:
                    throw XmppCommand.notAPartnerObject(instance)
                }
            }
            if let p = partner {
                identity = p.identity
                tls = p.tlsNegotiation
                sasl = p.saslNegotiation
                dialback = p.supportDialbackNegotiation
            }
            if let n = XmppNegotiation(params.enumValue("TlsNegotiation")) { tls = n }
            if let n = XmppNegotiation(params.enumValue("SaslNegotiation")) { sasl = n }
            if let b = params.bool("SupportDialbackNegotiation") { dialback = b }
            runtime.writeObject(.object(Self.result(identity: identity, tls: tls, sasl: sasl, dialback: dialback)))
        }
    }

    /// The result object for one combination.
    public static func result(identity: String?, tls: XmppNegotiation, sasl: XmppNegotiation, dialback: Bool) -> PSObject {
        let row = NegotiationMatrix.row(tls: tls, sasl: sasl, dialback: dialback)
        return PSObject(descriptor: resultDescriptor, values: [
            identity.map { .string($0) } ?? .null,
            tls.tlsValue,
            sasl.saslValue,
            .bool(dialback),
            .bool(row.isValid),
            .array((row.methods ?? []).map { .string($0.label) }),
            .array(row.warnings.map { .string($0) }),
            .array(row.notes.map { .string($0) }),
        ])
    }
}
