import CsCore

/// Write-Warning: writes `WARNING: message` to the warning stream (stderr).
final class WriteWarningCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Write", noun: "Warning", className: "Microsoft.PowerShell.Commands.WriteWarningCommand",
        parameters: [
            ParameterMetadata("Message", .string, mandatory: true, position: 0, pipeline: .byValue, aliases: ["Msg"],
                              description: "Specifies the warning message."),
        ],
        help: CmdletHelp(
            synopsis: "Writes a warning message.",
            description: "Writes a warning message to the warning stream. What happens next depends on $WarningPreference and -WarningAction.",
            examples: [CmdletExample("Example 1: Write a warning message", code: "Write-Warning \"This is only a test warning.\"", remarks: "Displays WARNING: This is only a test warning.")],
            inputs: "System.String"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        runtime.writeWarning(p.string("Message") ?? "")
    }
}
