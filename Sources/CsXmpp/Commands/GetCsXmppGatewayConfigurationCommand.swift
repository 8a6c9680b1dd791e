import CsCore

// Get-CsXmppGatewayConfiguration: the one global set of XMPP gateway settings.

public final class GetCsXmppGatewayConfigurationCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Get", noun: "CsXmppGatewayConfiguration",
        className: "Microsoft.Rtc.Management.Internal.GetXmppGatewayConfigurationCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Identity", XmppCommand.xdsIdentityType,
                              sets: [ParameterSetSpec("Identity", mandatory: false, position: 0)],
                              description: "Unique identifier for the XMPP gateway configuration settings to be returned. There is only one instance: -Identity global."),
            ParameterMetadata("Filter", .string,
                              sets: [ParameterSetSpec("Filter", mandatory: false)],
                              description: "Enables you to use wildcards to specify the XMPP gateway configuration settings to be returned. For example, -Filter \"g*\" brings back all the XMPP gateway configuration settings that have an Identity that begins with the letter \"g\"."),
            ParameterMetadata("LocalStore", .switchParameter,
                              description: "Retrieves the XMPP gateway configuration data from the local replica of the Central Management store rather than from the Central Management store itself. csshell has a single store, so this switch changes nothing."),
        ],
        defaultParameterSet: "Identity",
        help: CmdletHelp(
            synopsis: "Returns information about the XMPP gateway configuration settings. This cmdlet was introduced in Lync Server 2013.",
            description: "The XMPP gateway was originally released as an add-on to Microsoft Lync Server 2010. Lync Server provides only a single, global set of XMPP configuration settings: you cannot selectively enable or disable XMPP for a given site or a given Registrar pool. In fact you cannot enable or disable XMPP at all: XMPP is always enabled. If you do not want users communicating with XMPP networks then you should remove all the allowed XMPP partners. Users can only communicate with an XMPP network if that network has been configured as an allowed partner.\n\nThe defaults are: ConnectionLimit 1000, PartnerConnectionLimit 20, KeepAliveInterval 300, StreamEstablishmentTimeout 60, StreamInactivityTimeout 600, SubscriptionRefreshInterval 28800, EnableLoggingAllMessageBodies False. A DialbackPassphrase that is set is shown as ********.",
            examples: [
                CmdletExample("Example 1", code: "Get-CsXmppGatewayConfiguration",
                              remarks: "In Example 1, information is returned for the XMPP gateway settings currently in use in the organization."),
            ],
            inputs: "None.",
            outputs: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppGatewaySettings"),
        outputTypes: [XmppGatewaySettings.typeName])

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        try XmppCommand.run(runtime) { store in
            if let identity = params.string("Identity"), !XmppGatewaySettings.isGlobal(identity) {
                throw XmppCommand.gatewayNotFound(identity)
            }
            if let filter = params.string("Filter"), !WildcardPattern(filter).matches(XmppGatewaySettings.globalIdentity) {
                return
            }
            let g = try store.read { try $0.gateway }
            runtime.writeObject(.object(g.toPSObject()))
        }
    }
}
