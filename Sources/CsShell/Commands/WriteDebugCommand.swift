import CsCore

/// Write-Debug: writes `DEBUG: message` when $DebugPreference or -Debug asks for it.
final class WriteDebugCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Write", noun: "Debug", className: "Microsoft.PowerShell.Commands.WriteDebugCommand",
        parameters: [
            ParameterMetadata("Message", .string, mandatory: true, position: 0, pipeline: .byValue, aliases: ["Msg"],
                              validations: [.allowEmptyString], description: "Specifies the debug message to send to the console."),
        ],
        help: CmdletHelp(
            synopsis: "Writes a debug message to the console.",
            description: "The Write-Debug cmdlet writes debug messages. They are shown (as DEBUG: message, on stderr) only when $DebugPreference is Continue or the command has -Debug; 5>&1 puts them into the output and 5>$null drops them.",
            examples: [
                CmdletExample("Example 1: A debug message shown with -Debug", code: "Write-Debug -Message \"Partner count: 4\" -Debug",
                              remarks: "Writes DEBUG: Partner count: 4."),
                CmdletExample("Example 2: Debug messages off (the default)", code: "Write-Debug \"Not shown\"",
                              remarks: "Writes nothing, because $DebugPreference is SilentlyContinue."),
            ],
            inputs: "System.String", outputs: "None"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        runtime.writeDebug(p.string("Message") ?? "")
    }
}
