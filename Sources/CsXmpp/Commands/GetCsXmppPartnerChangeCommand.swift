import CsCore

// Get-CsXmppPartnerChange: the change history of the partners and the gateway settings, oldest first.

public final class GetCsXmppPartnerChangeCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Get", noun: "CsXmppPartnerChange",
        className: "Csshell.Xmpp.GetXmppPartnerChangeCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Identity", .string, position: 0,
                              description: "The partner whose changes are returned: entries whose Identity, or one of the partner's domains before or after the change, matches. Wildcards are accepted (for example, *.contoso.com). Gateway changes and Clear entries have no Identity and are left out when this parameter is given.",
                              acceptsWildcards: true, completer: XmppCommand.identityCompleter),
            ParameterMetadata("After", .string,
                              description: "Returns only the changes made after this date and time (for example, \"2026-12-01\" or \"2026-12-01T14:00:00Z\"). A time without a zone is local time."),
            ParameterMetadata("Before", .string,
                              description: "Returns only the changes made before this date and time. A time without a zone is local time."),
            ParameterMetadata("Last", .int32, validations: [.range(1, Int(Int32.max))],
                              description: "Returns only the last n changes of those the other parameters select."),
            ParameterMetadata("Actor", .string,
                              description: "Returns only the changes made by a matching actor (login@host; on a PostgreSQL store followed by the database role, as in \"alice@admin1 (role alice)\"). Wildcards are accepted.",
                              acceptsWildcards: true),
        ],
        help: CmdletHelp(
            synopsis: "Returns the change history of the XMPP allowed partners and the XMPP gateway settings.",
            description: "Every change to an XMPP allowed partner or to the XMPP gateway settings is recorded in the store itself, in the same step as the change: its number (Id), its time (UTC, ISO 8601 with milliseconds), who made it (Actor: the login name and host; on a PostgreSQL store also the database role, which the server records), the action (New, Set, Remove, Import, Undo, SetGateway, Clear), the partner's Identity, the command line as it was written (secret values masked) and the partner's or the gateway settings' state before and after. The DialbackPassphrase is never recorded: a recorded gateway state shows ******** when one is set and ******** (changed) after a change that set a new one. A command that fails, or runs with -WhatIf, records nothing.\n\nGet-CsXmppPartnerChange returns the entries oldest first, as a table; pipe them to Format-List to see every property, or to ConvertTo-Json or Export-Csv for an auditor. Undo-CsXmppPartnerChange takes a change back; Clear-CsXmppPartnerChange trims old entries.",
            examples: [
                CmdletExample("Example 1", code: "Get-CsXmppPartnerChange",
                              remarks: "Returns every recorded change, oldest first."),
                CmdletExample("Example 2", code: "Get-CsXmppPartnerChange -Identity \"*.contoso.com\" -Last 5",
                              remarks: "Returns the last five changes of the partners whose Identity or one of whose domains ends in .contoso.com."),
                CmdletExample("Example 3", code: "Get-CsXmppPartnerChange -After (Get-Date).AddDays(-1) | Format-List",
                              remarks: "Returns the changes made in the last 24 hours, each with all its properties, including the partner's state before and after."),
                CmdletExample("Example 4", code: "Get-CsXmppPartnerChange -Identity \"contoso.com\" | ConvertTo-Json -Depth 3",
                              remarks: "Returns the changes of contoso.com as JSON, with the partner's state before and after each change, for an auditor."),
                CmdletExample("Example 5", code: "Get-CsXmppPartnerChange -Actor \"alice@*\"",
                              remarks: "Returns the changes made by the login alice on any host (on a PostgreSQL store the actor ends with the database role, so \"alice@*\" still matches)."),
            ],
            inputs: "None. Get-CsXmppPartnerChange does not accept pipelined input.",
            outputs: "Csshell.Xmpp.PartnerChange objects."),
        outputTypes: [XmppChangeEntry.typeName])

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        var query = XmppChangeQuery()
        query.identity = params.string("Identity").map { WildcardPattern($0) }
        query.actor = params.string("Actor").map { WildcardPattern($0) }
        query.last = params.int("Last")
        query.after = try Self.boundary(params, "After")
        query.before = try Self.boundary(params, "Before")
        try XmppCommand.run(runtime) { store in
            for e in query.select(try store.changes()) {
                if runtime.isStopping { break }
                runtime.writeObject(.object(e.toPSObject()))
            }
        }
    }

    /// A date parameter as entries record times; text that is no date is a parameter error.
    static func boundary(_ params: BoundParameters, _ name: String) throws -> String? {
        guard let text = params.string(name) else { return nil }
        guard let t = XmppChangeEntry.boundary(text) else {
            throw ErrorRecord(message: "Cannot bind parameter '\(name)'. Cannot convert value \"\(text)\" to type \"System.DateTime\". Error: \"\(DateTimeParser.notADate(text))\"",
                              errorId: "CannotConvertArgumentNoMessage", category: .InvalidArgument, target: .string(text),
                              exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        return t
    }
}
