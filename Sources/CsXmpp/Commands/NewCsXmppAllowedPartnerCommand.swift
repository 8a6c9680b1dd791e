import CsCore

// New-CsXmppAllowedPartner: creates an XMPP allowed partner (or, with -InMemory, an unsaved object).

public final class NewCsXmppAllowedPartnerCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "New", noun: "CsXmppAllowedPartner",
        className: "Microsoft.Rtc.Management.Internal.NewXmppAllowedPartnerCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Identity", XmppCommand.identityType,
                              sets: [ParameterSetSpec("Identity", mandatory: true, position: 0)],
                              description: "Primary domain of the XMPP allowed partner; for example: -Identity \"fabrikam.com\"",
                              completer: XmppCommand.identityCompleter),
            ParameterMetadata("Domain", .string,
                              sets: [ParameterSetSpec("ParentAndRelativeKey", mandatory: true)],
                              description: "Primary domain of the XMPP allowed partner; for example: -Domain \"fabrikam.com\". You can specify the primary domain by using either the Domain parameter or the Identity parameter. However, you cannot use both parameters in the same command."),
            ParameterMetadata("InMemory", .switchParameter,
                              description: "Creates an object reference without actually committing the object as a permanent change. If you assign the output of this cmdlet called with this parameter to a variable, you can make changes to the properties of the object reference and then commit those changes by calling this cmdlet's matching Set- cmdlet. The negotiation rules and the uniqueness of the domains are checked when the object is committed with Set-CsXmppAllowedPartner -Instance."),
        ] + XmppCommand.partnerParameters(
            connectionLimitText: "Specifies the maximum number of simultaneous connections allowed to a specific partner. The default is the XMPP gateway's PartnerConnectionLimit (20 unless changed with Set-CsXmppGatewayConfiguration)."),
        defaultParameterSet: "Identity",
        supportsShouldProcess: true,
        confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Creates a new XMPP allowed partner. An allowed partner is an IM and presence provider whose users have been authorized to exchange instant messages and presence information with your Lync Server users. This cmdlet was introduced in Lync Server 2013.",
            description: XmppCommand.sharedDescription + "\n\nThe New-CsXmppAllowedPartner cmdlet enables you to create new XMPP allowed partners. Every domain (the primary domain and each additional domain) must be a valid DNS name and can belong to only one partner; names are stored in lower case. The TlsNegotiation, SaslNegotiation and SupportDialbackNegotiation settings are checked against the XMPP negotiation matrix: Not Valid Configurations are refused, SASL without TLS support is refused unless -Force is given, and combinations the matrix warns about are saved with a warning. Without -InMemory the cmdlet writes nothing to the pipeline.",
            examples: [
                CmdletExample("Example 1", code: "New-CsXmppAllowedPartner -Identity \"contoso.com\" -PartnerType \"PublicVerified\"",
                              remarks: "The command shown in Example 1 creates a new XMPP allowed partner: contoso.com. In this example, the PartnerType property is set to \"PublicVerified\"."),
                CmdletExample("Example 2", code: "New-CsXmppAllowedPartner -Identity \"fabrikam.com\" -AdditionalDomains \"research.fabrikam2.com\"",
                              remarks: "Example 2 creates a new XMPP allowed partner with the Identity fabrikam.com. In addition to the root domain (fabrikam.com), the AdditionalDomains property is included to allow support for the child domain research.fabrikam2.com."),
                CmdletExample("Example 3", code: "New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true",
                              remarks: "Add Google Talk as an XMPP allowed partner. Google Talk currently only supports unencrypted, TCP connections for server-to-server XMPP federation and only supports Server Dialback for identity verification."),
            ],
            inputs: "None. The New-CsXmppAllowedPartner cmdlet does not accept pipelined input.",
            outputs: "With -InMemory, an unsaved instance of the Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated object; otherwise none."),
        outputTypes: [XmppAllowedPartner.typeName])

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        try XmppCommand.run(runtime) { store in
            let identity = params.string("Identity") ?? params.string("Domain") ?? ""
            var p = XmppAllowedPartner(identity: identity)
            try XmppCommand.applyPartnerParameters(params, to: &p)
            p = try p.validated()
            let defaultLimit = !params.has("ConnectionLimit")

            if params.isPresent("InMemory") {
                if defaultLimit { p.connectionLimit = try store.read { try $0.gateway.partnerConnectionLimit } }
                runtime.writeObject(.object(p.toPSObject()))
                return
            }

            let warnings = try XmppCommand.negotiationWarnings(p, force: params.isPresent("Force"))
            guard try runtime.shouldProcess(target: p.identity, action: Self.metadata.name) else { return }
            try store.apply(XmppChangeContext(runtime)) { state in
                var q = p
                if defaultLimit { q.connectionLimit = try state.gateway.partnerConnectionLimit }
                if let existing = try state.partner(identity: q.identity) {
                    throw XmppValidationError("An XMPP allowed partner with Identity '\(existing.identity)' already exists.",
                                              errorId: "XmppPartnerAlreadyExists", category: .ResourceExists, target: q.identity)
                }
                try XmppCommand.checkDomains(q, in: state)
                return .putPartner(q)
            }
            for w in warnings { runtime.writeWarning(w) }
        }
    }
}
