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
        parameters: XmppCommand.testedPartnerParameters(
            identity: "Identity (primary domain) of the stored XMPP allowed partner to test; for example: -Identity \"fabrikam.com\"."),
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
            let (partner, tls, sasl, dialback) = try XmppCommand.testedCombination(params, store)
            runtime.writeObject(.object(Self.result(identity: partner?.identity, tls: tls, sasl: sasl, dialback: dialback)))
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
