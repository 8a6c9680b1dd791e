import CsCore

// Set-CsXmppAllowedPartner: changes a stored partner (-Identity) or saves a partner object
// (-Instance, also from the pipeline), applying the given parameters on top and checking the result.

public final class SetCsXmppAllowedPartnerCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Set", noun: "CsXmppAllowedPartner",
        className: "Microsoft.Rtc.Management.Internal.SetXmppAllowedPartnerCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Identity", XmppCommand.identityType,
                              sets: [ParameterSetSpec("Identity", mandatory: false, position: 0)],
                              description: "Fully qualified domain name (FQDN) of the XMPP allowed partner to be modified (for example, fabrikam.com).",
                              completer: XmppCommand.identityCompleter),
            ParameterMetadata("Instance", .psObject,
                              sets: [ParameterSetSpec("Instance", mandatory: false, pipeline: .byValue)],
                              description: "Allows you to pass a reference to an object to the cmdlet rather than set individual parameter values. The object is saved (created when it is not stored yet, as after New-CsXmppAllowedPartner -InMemory), with any other parameters applied on top."),
        ] + XmppCommand.partnerParameters(
            connectionLimitText: "Specifies the maximum number of simultaneous connections to a specific partner."),
        defaultParameterSet: "Identity",
        supportsShouldProcess: true,
        confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Modifies an existing XMPP allowed partner. An allowed partner is an IM and presence provider whose users have been authorized to exchange instant messages and presence information with your Lync Server users. This cmdlet was introduced in Lync Server 2013.",
            description: XmppCommand.sharedDescription + "\n\nThe Set-CsXmppAllowedPartner cmdlet enables you to modify existing XMPP allowed partners. The parameters are applied on top of the stored partner (or the -Instance object), and the resulting partner is checked the way New-CsXmppAllowedPartner checks a new one, including the negotiation matrix. A partner that does not exist is reported as an error and the pipeline goes on with the next object.",
            examples: [
                CmdletExample("Example 1", code: "Set-CsXmppAllowedPartner -Identity \"contoso.com\" -SupportDialbackNegotiation $False",
                              remarks: "The command shown in Example 1 disables dialback negotiation for the XMPP allowed partner contoso.com. This is done by including the SupportDialbackNegotiation parameter and setting the parameter value to False ($False)."),
                CmdletExample("Example 2", code: "Get-CsXmppAllowedPartner | Set-CsXmppAllowedPartner -SaslNegotiation \"Required\"",
                              remarks: "In the preceding example, Simple Authentication and Security Layer negotiation is enabled (and required) for all the XMPP allowed partners in the organization. To carry out this task, the command first uses the Get-CsXmppAllowedPartner cmdlet to return a collection of all the XMPP allowed partners. That collection is then piped to the Set-CsXmppAllowedPartner cmdlet, which sets the value of the SaslNegotiation property for each partner in the collection to Required."),
                CmdletExample("Example 3", code: "Set-CsXmppAllowedPartner -Identity \"contoso.com\" -AdditionalDomains @{Add=\"na.contoso.com\"}",
                              remarks: "In Example 3, a new child domain - na.contoso.com - is added to the XMPP allowed partner contoso.com. To do this, the AdditionalDomains parameter is included, along with the syntax @{Add=\"na.contoso.com\"}. That syntax adds na.contoso.com to any other domains currently found in the AdditionalDomains property."),
                CmdletExample("Example 4", code: "Set-CsXmppAllowedPartner -Identity \"contoso.com\" -AdditionalDomains @{Remove=\"europe.contoso.com\"}",
                              remarks: "Example 4 removes the domain europe.contoso.com from the collection of additional domains assigned to the XMPP allowed partner contoso.com. To remove this domain, the AdditionalDomains parameter is included along with the parameter value @{Remove=\"europe.contoso.com\"}. That syntax removes Europe.contoso.com from the AdditionalDomains property without affecting any other domains that might also be stored in AdditionalDomains."),
                CmdletExample("Example 5", code: "Set-CsXmppAllowedPartner -Identity \"contoso.com\" -AdditionalDomains $Null",
                              remarks: "The command shown in Example 5 removes child domain support for the XMPP allowed partner contoso.com. This is done by including the AdditionalDomains parameter and the parameter value $Null; that deletes any domains currently included in the AdditionalDomains property."),
            ],
            inputs: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated object. The Set-CsXmppAllowedPartner cmdlet accepts pipelined instances of the XMPP allowed partner object.",
            outputs: "None. Instead, the Set-CsXmppAllowedPartner cmdlet modifies existing instances of the Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated object."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        let force = params.isPresent("Force")
        try XmppCommand.run(runtime) { store in
            if let instance = params["Instance"], !instance.isNull {
                try setInstance(instance, params, force: force, store: store, runtime: runtime)
                return
            }
            guard let identity = params.string("Identity") else {
                throw XmppValidationError(
                    "Set-CsXmppAllowedPartner needs the partner to change: give -Identity, -Instance, or pipe partners to it. Nothing was changed.",
                    errorId: "XmppPartnerIdentityMissing", category: .InvalidArgument)
            }
            // Check first (so -WhatIf reports what would fail), then again under the store's lock.
            func updated(_ current: XmppAllowedPartner) throws(XmppValidationError) -> (XmppAllowedPartner, [String]) {
                var p = current
                try XmppCommand.applyPartnerParameters(params, to: &p)
                p = try p.validated()
                return (p, try XmppCommand.negotiationWarnings(p, force: force))
            }
            guard let current = try store.read({ try $0.partner(identity: identity) }) else { throw XmppCommand.notFound(identity) }
            let (preview, warnings) = try updated(current)
            guard try runtime.shouldProcess(target: preview.identity, action: Self.metadata.name) else { return }
            try store.apply(XmppChangeContext(runtime)) { state in
                guard let now = try state.partner(identity: identity) else { throw XmppCommand.notFound(identity) }
                let (p, _) = try updated(now)
                try XmppCommand.checkDomains(p, in: state)
                return p == now ? nil : .putPartner(p)
            }
            for w in warnings { runtime.writeWarning(w) }
        }
    }

    private func setInstance(_ instance: PSValue, _ params: BoundParameters, force: Bool,
                             store: any XmppStore, runtime: any CommandRuntime) throws {
        guard case let .object(object) = instance else {
            throw XmppCommand.notAPartnerObject(instance)
        }
        let limit = object.hasProperty("ConnectionLimit") ? XmppAllowedPartner.defaultConnectionLimit
            : try store.read { try $0.gateway.partnerConnectionLimit }
        var p = try XmppAllowedPartner(from: object, defaultConnectionLimit: limit)
        try XmppCommand.applyPartnerParameters(params, to: &p)
        p = try p.validated()
        let warnings = try XmppCommand.negotiationWarnings(p, force: force)
        guard try runtime.shouldProcess(target: p.identity, action: Self.metadata.name) else { return }
        let partner = p
        try store.apply(XmppChangeContext(runtime)) { state in
            try XmppCommand.checkDomains(partner, in: state)
            return try state.partner(identity: partner.identity) == partner ? nil : .putPartner(partner)
        }
        for w in warnings { runtime.writeWarning(w) }
    }
}
