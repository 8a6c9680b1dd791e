import CsCore

// Remove-CsXmppAllowedPartner: deletes partners by Identity (also from piped partners' Identity).

public final class RemoveCsXmppAllowedPartnerCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Remove", noun: "CsXmppAllowedPartner",
        className: "Microsoft.Rtc.Management.Internal.RemoveXmppAllowedPartnerCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Identity", XmppCommand.identityType, mandatory: true, position: 0, pipeline: .byPropertyName,
                              description: "Fully qualified domain name (FQDN) of the XMPP allowed partner to be deleted. For example: -Identity \"fabrikam.com\"",
                              completer: XmppCommand.identityCompleter),
            ParameterMetadata("Force", .switchParameter,
                              description: "Suppresses the display of any non-fatal error message that might occur when running the command."),
        ],
        supportsShouldProcess: true,
        confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Removes an existing XMPP allowed partner. An allowed partner is an IM and presence provider whose users have been authorized to exchange instant messages and presence information with your Lync Server users. This cmdlet was introduced in Lync Server 2013.",
            description: XmppCommand.sharedDescription + "\n\nThe Remove-CsXmppAllowedPartner cmdlet deletes XMPP allowed partners. It does not ask for confirmation unless -Confirm is given. A partner that does not exist is reported as an error and the pipeline goes on with the next object.",
            examples: [
                CmdletExample("Example 1", code: "Remove-CsXmppAllowedPartner -Identity \"contoso.com\"",
                              remarks: "Example 1 deletes the XMPP allowed partner with the Identity \"contoso.com\"."),
                CmdletExample("Example 2", code: "Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner",
                              remarks: "The command shown in Example 2 deletes all the XMPP allowed partners. To carry out this task the command first calls the Get-CsXmppAllowedPartner cmdlet to return a collection of all the XMPP allowed partners currently in use in the organization. This collection is then piped to the Remove-CsXmppAllowedPartner cmdlet, which removes each partner in the collection."),
                CmdletExample("Example 3", code: "Get-CsXmppAllowedPartner | Where-Object {$_.PartnerType -eq \"PublicUnverified\"} | Remove-CsXmppAllowedPartner",
                              remarks: "In Example 3, all the XMPP allowed partners with a partner type of PublicUnverified are deleted. To do this, the command first uses the Get-CsXmppAllowedPartner cmdlet to return a collection of all the allowed partners. This collection is then piped to the Where-Object cmdlet, which picks out only those partners where the PartnerType property is equal to \"PublicUnverified\". The partners that meet that criterion are then piped to and deleted by, the Remove-CsXmppAllowedPartner cmdlet."),
            ],
            inputs: "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated object. The Remove-CsXmppAllowedPartner cmdlet accepts pipelined instances of the XMPP allowed partner object.",
            outputs: "None. Instead, the Remove-CsXmppAllowedPartner cmdlet deletes existing instances of the Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner#Decorated object."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        try XmppCommand.run(runtime) { store in
            let identity = params.string("Identity") ?? ""
            guard let current = try store.read({ try $0.partner(identity: identity) }) else { throw XmppCommand.notFound(identity) }
            guard try runtime.shouldProcess(target: current.identity, action: Self.metadata.name) else { return }
            try store.apply(XmppChangeContext(runtime)) { state in
                guard let p = try state.partner(identity: identity) else { throw XmppCommand.notFound(identity) }
                return .removePartner(identity: p.identity)
            }
        }
    }
}
