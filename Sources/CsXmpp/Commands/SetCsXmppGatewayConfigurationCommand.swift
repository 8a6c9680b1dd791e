import CsCore

// Set-CsXmppGatewayConfiguration: changes the global XMPP gateway settings.

public final class SetCsXmppGatewayConfigurationCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Set", noun: "CsXmppGatewayConfiguration",
        className: "Microsoft.Rtc.Management.Internal.SetXmppGatewayConfigurationCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Identity", XmppCommand.xdsIdentityType,
                              sets: [ParameterSetSpec("Identity", mandatory: false, position: 0)],
                              description: "Unique identifier for the XMPP gateway configuration settings to be modified. For example: -Identity global. Without -Identity, the global settings are changed; any other Identity is not found."),
            ParameterMetadata("Instance", .psObject,
                              sets: [ParameterSetSpec("Instance", mandatory: false, pipeline: .byValue)],
                              description: "Allows you to pass a reference to an object to the cmdlet rather than set individual parameter values."),
            ParameterMetadata("ConnectionLimit", .uint32,
                              description: "Total number of simultaneous connections allowed for all XMPP partners. The default value is 1000.",
                              defaultValue: "1000"),
            ParameterMetadata("DialbackPassphrase", .string,
                              description: "Password used when connecting to an XMPP partner over a TCP dialback connection. With TCP dialback, the partner contacts the XMPP gateway and then hangs up. The XMPP gateway calls the partner back, and the communication session can then begin. It is stored, and shown as ******** when set; $null clears it. A command line that gives it is kept in no history.",
                              secret: true),
            ParameterMetadata("EnableLoggingAllMessageBodies", .bool,
                              description: "When set to True, Lync Server will log the actual content of all instant messages. For privacy reasons, message content is typically deleted. The default value is False.",
                              defaultValue: "False"),
            ParameterMetadata("Force", .switchParameter,
                              description: "Suppresses the display of any non-fatal error message that might occur when running the command."),
            ParameterMetadata("KeepAliveInterval", .uint32,
                              description: "Amount of time (in seconds) within which the XMPP partner must send a keep alive message. If the time interval expires before a keep alive message is received, the connection will be closed. The default value is 300 seconds.",
                              defaultValue: "300"),
            ParameterMetadata("PartnerConnectionLimit", .uint32,
                              description: "Total number of simultaneous connections allowed for a single XMPP partner. The default value is 20; it is also the ConnectionLimit of a new XMPP allowed partner.",
                              defaultValue: "20"),
            ParameterMetadata("StreamEstablishmentTimeout", .uint32,
                              description: "Amount of time (in seconds) allowed for establishing an XMPP stream. The default value is 60 seconds.",
                              defaultValue: "60"),
            ParameterMetadata("StreamInactivityTimeout", .uint32,
                              description: "Amount of time (in seconds) that an XMPP stream can remain inactive. The default value is 600 seconds (10 minutes).",
                              defaultValue: "600"),
            ParameterMetadata("SubscriptionRefreshInterval", .uint32,
                              description: "Amount of time (in seconds) before the XMPP partner must refresh a presence subscription. The default value is 28800 seconds (8 hours).",
                              defaultValue: "28800"),
        ],
        defaultParameterSet: "Identity",
        supportsShouldProcess: true,
        confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Modifies the XMPP gateway configuration settings. This cmdlet was introduced in Lync Server 2013.",
            description: "The XMPP gateway was originally released as an add-on to Microsoft Lync Server 2010. Lync Server provides only a single, global set of XMPP configuration settings: you cannot selectively enable or disable XMPP for a given site or a given Registrar pool. In fact you cannot enable or disable XMPP at all: XMPP is always enabled. If you do not want users communicating with XMPP networks then you should remove all the allowed XMPP partners. Users can only communicate with an XMPP network if that network has been configured as an allowed partner.",
            examples: [
                CmdletExample("Example 1", code: "Set-CsXmppGatewayConfiguration -Identity \"global\" -ConnectionLimit 1200",
                              remarks: "The command shown in Example 1 modifies the ConnectionLimit property for the global collection of XMPP gateway settings."),
            ],
            inputs: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppGatewaySettings object. The Set-CsXmppGatewayConfiguration cmdlet accepts pipelined instances of the XMPP gateway settings object.",
            outputs: "None."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        try XmppCommand.run(runtime) { store in
            if let identity = params.string("Identity"), !XmppGatewaySettings.isGlobal(identity) {
                throw XmppCommand.gatewayNotFound(identity)
            }
            var instanceObject: PSObject?
            if let instance = params["Instance"], !instance.isNull {
                guard case let .object(o) = instance else {
                    throw XmppValidationError(
                        "The -Instance value '\(PSConvert.toString(instance))' (\(instance.typeName ?? "null")) is not an XMPP gateway settings object.",
                        errorId: "InvalidXmppGatewayObject", category: .InvalidArgument, target: PSConvert.toString(instance))
                }
                if let id = o["Identity"], !id.isNull, !XmppGatewaySettings.isGlobal(PSConvert.toString(id)) {
                    throw XmppCommand.gatewayNotFound(PSConvert.toString(id))
                }
                instanceObject = o
            }
            func updated(_ current: XmppGatewaySettings) throws(XmppValidationError) -> XmppGatewaySettings {
                var g = current
                if let o = instanceObject { g = try XmppGatewaySettings(from: o, base: current) }
                for (name, kp) in XmppGatewaySettings.counters {
                    if let i = params.int(name) { g[keyPath: kp] = UInt32(i) }
                }
                if let v = params["DialbackPassphrase"] {
                    let s = v.isNull ? "" : PSConvert.toString(v)
                    g.dialbackPassphrase = s.isEmpty ? nil : s
                }
                if let b = params.bool("EnableLoggingAllMessageBodies") { g.enableLoggingAllMessageBodies = b }
                return g
            }
            _ = try updated(try store.read { try $0.gateway })
            guard try runtime.shouldProcess(target: XmppGatewaySettings.globalIdentity, action: Self.metadata.name) else { return }
            try store.apply(XmppChangeContext(runtime)) { state in
                let g = try updated(try state.gateway)
                return try g == state.gateway ? nil : .setGateway(g)
            }
        }
    }
}
