import CsCore

// Get-CsXmppAllowedPartner: all partners, one by Identity, or those whose Identity matches -Filter.

public final class GetCsXmppAllowedPartnerCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Get", noun: "CsXmppAllowedPartner",
        className: "Microsoft.Rtc.Management.Internal.GetXmppAllowedPartnerCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Identity", XmppCommand.identityType,
                              sets: [ParameterSetSpec("Identity", mandatory: false, position: 0)],
                              description: "Fully qualified domain name (FQDN) of the XMPP allowed partner to be returned (for example, fabrikam.com). If neither this parameter nor the Filter parameter is specified, then all the XMPP partners configured for use in your organization are returned.",
                              completer: XmppCommand.identityCompleter),
            ParameterMetadata("Filter", .string,
                              sets: [ParameterSetSpec("Filter", mandatory: false)],
                              description: "Enables you to use wildcards when specifying the Identities of the XMPP allowed partner (or partners) to be returned. For example the filter value \"*.org\" returns a collection of all the XMPP allowed partners that have an Identity that ends with the string value \".org\"."),
            ParameterMetadata("LocalStore", .switchParameter,
                              description: "Retrieves the XMPP allowed partner data from the local replica of the Central Management store rather than from the Central Management store itself. csshell has a single store, so this switch changes nothing."),
        ],
        defaultParameterSet: "Identity",
        help: CmdletHelp(
            synopsis: "Returns information about XMPP partners authorized to communicate with your organization. This cmdlet was introduced in Lync Server 2013.",
            description: XmppCommand.sharedDescription + "\n\nThe Get-CsXmppAllowedPartner cmdlet returns information about the XMPP partners that your users are allowed to communicate with. An Identity that does not exist is reported as an error.",
            examples: [
                CmdletExample("Example 1", code: "Get-CsXmppAllowedPartner",
                              remarks: "The command shown in Example 1 returns information about all the XMPP allowed partners configured for use in the organization."),
                CmdletExample("Example 2", code: "Get-CsXmppAllowedPartner -Identity \"xmpp.contoso.com\"",
                              remarks: "In Example 2, information is returned for a single XMPP allowed partner: the partner with the Identity xmpp.contoso.com."),
                CmdletExample("Example 3", code: "Get-CsXmppAllowedPartner -Filter \"*.org\"",
                              remarks: "Example 3 returns information for all the XMPP allowed partners that have an Identity that ends in the string value \".org\" (for example, xmpp.contoso.org and xmpp.fabrikam.org)."),
                CmdletExample("Example 4", code: "Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq \"Required\"}",
                              remarks: "The command shown in Example 4 returns information about all the XMPP allowed partners where Simple Authentication and Security Layer negotiation is required. In order to do this, the command first uses the Get-CsXmppAllowedPartner cmdlet to return information about all the allowed XMPP allowed partners. The returned partners are then piped to the Where-Object cmdlet, which selects only those partners where the SaslNegotiation property is equal to Required."),
            ],
            inputs: "None. The Get-CsXmppAllowedPartner cmdlet does not accept pipelined input.",
            outputs: "The Get-CsXmppAllowedPartner cmdlet returns instances of the Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated object."),
        outputTypes: [XmppAllowedPartner.typeName])

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        try XmppCommand.run(runtime) { store in
            if let identity = params.string("Identity") {
                guard let p = try store.read({ try $0.partner(identity: identity) }) else { throw XmppCommand.notFound(identity) }
                runtime.writeObject(.object(p.toPSObject()))
                return
            }
            let pattern = params.string("Filter").map { WildcardPattern($0) }
            let found = try store.read { try $0.partners(matching: pattern) }
            for p in found {
                if runtime.isStopping { break }
                runtime.writeObject(.object(p.toPSObject()))
            }
        }
    }
}
