import CsCore

/// Out-Null: discards its input.
final class OutNullCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Out", noun: "Null", className: "Microsoft.PowerShell.Commands.OutNullCommand", module: "Microsoft.PowerShell.Core",
        parameters: [CommonDeclarations.inputObject("Specifies the object to be sent to null (discarded).")],
        help: CmdletHelp(synopsis: "Hides the output instead of sending it down the pipeline or displaying it.",
                         description: "Sends output to NULL, in effect, removing it from the pipeline and preventing the output from being displayed on screen.",
                         examples: [CmdletExample("Example 1: Delete output", code: "Get-CsXmppAllowedPartner | Out-Null", remarks: "Nothing is displayed.")],
                         inputs: "System.Management.Automation.PSObject"))

    required init() {}
    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {}
}
