import CsCore

// Clear-CsXmppPartnerChange: trims the change history, itself recorded as one entry.

public final class ClearCsXmppPartnerChangeCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Clear", noun: "CsXmppPartnerChange",
        className: "Csshell.Xmpp.ClearXmppPartnerChangeCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Before", .string, mandatory: true,
                              description: "Removes the entries made before this date and time (for example, \"2026-01-01\"). A time without a zone is local time."),
        ],
        supportsShouldProcess: true,
        confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Removes the change history entries made before a date.",
            description: "The change history is kept without bound. Clear-CsXmppPartnerChange removes the entries made before the given date and time, and records that it did so as one entry with the action Clear (its Command shows the date given). The partners and the gateway settings are not changed. Use -WhatIf to see how many entries would go.",
            examples: [
                CmdletExample("Example 1", code: "Clear-CsXmppPartnerChange -Before \"2026-01-01\"",
                              remarks: "Removes the entries made before 1 January 2026 (local time)."),
                CmdletExample("Example 2", code: "Clear-CsXmppPartnerChange -Before (Get-Date).AddDays(-365) -WhatIf",
                              remarks: "Shows how many entries older than a year would be removed, without removing them."),
            ],
            inputs: "None. Clear-CsXmppPartnerChange does not accept pipelined input.",
            outputs: "None."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        guard let before = try GetCsXmppPartnerChangeCommand.boundary(params, "Before") else { return }
        try XmppCommand.run(runtime) { store in
            let count = try store.changes().filter { $0.time < before }.count
            guard try runtime.shouldProcess(target: "\(count) change history \(count == 1 ? "entry" : "entries") made before \(before)", action: Self.metadata.name) else { return }
            try store.apply(XmppChangeContext(runtime, action: .clear)) { _ in .clearHistory(before: before) }
        }
    }
}
