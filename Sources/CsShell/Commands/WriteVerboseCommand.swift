import CsCore

/// Write-Verbose: writes `VERBOSE: message` when $VerbosePreference or -Verbose asks for it.
final class WriteVerboseCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Write", noun: "Verbose", className: "Microsoft.PowerShell.Commands.WriteVerboseCommand",
        parameters: [
            ParameterMetadata("Message", .string, mandatory: true, position: 0, pipeline: .byValue, aliases: ["Msg"],
                              validations: [.allowEmptyString], description: "Specifies the message to send to the verbose message stream."),
        ],
        help: CmdletHelp(
            synopsis: "Writes text to the verbose message stream.",
            description: "The Write-Verbose cmdlet writes text to the verbose message stream. The message is shown (as VERBOSE: message, on stderr) only when $VerbosePreference is Continue or the command has -Verbose; 4>&1 puts it into the output and 4>$null drops it.",
            examples: [
                CmdletExample("Example 1: A message shown with -Verbose", code: "Write-Verbose -Message \"Checking contoso.com\" -Verbose",
                              remarks: "Writes VERBOSE: Checking contoso.com."),
                CmdletExample("Example 2: Turn verbose messages on for a script", code: "$VerbosePreference = \"Continue\"; Write-Verbose \"Starting the export\"",
                              remarks: "Writes VERBOSE: Starting the export; later Write-Verbose calls are shown too."),
            ],
            inputs: "System.String", outputs: "None"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        runtime.writeVerbose(p.string("Message") ?? "")
    }
}
