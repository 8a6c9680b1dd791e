import CsCore

/// Invoke-Expression: runs a string as script in the caller's scope (its variables and functions stay
/// defined), writing the script's output.
final class InvokeExpressionCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Invoke", noun: "Expression", className: "Microsoft.PowerShell.Commands.InvokeExpressionCommand", aliases: ["iex"],
        parameters: [
            ParameterMetadata("Command", .string, mandatory: true, position: 0, pipeline: .byValue,
                              description: "Specifies the command or expression to run, as a string."),
        ],
        help: CmdletHelp(
            synopsis: "Runs commands or expressions on the local computer.",
            description: "The Invoke-Expression cmdlet evaluates a string as a command and returns its results. It runs in the current scope, so variables it sets remain set. Run only text you trust: it is executed as script.",
            examples: [
                CmdletExample("Example 1: Evaluate an expression", code: "Invoke-Expression -Command '2 + 2'", remarks: "Returns 4."),
                CmdletExample("Example 2: Run a command held in a variable", code: "$command = 'Get-Date -Year 2024 -Month 1 -Day 1 -Format yyyy-MM-dd'; Invoke-Expression $command",
                              remarks: "Runs the command in $command: 2024-01-01."),
            ],
            inputs: "System.String", outputs: "System.Object"),
        outputTypes: ["System.Object"])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let text = p.string("Command") ?? ""
        let block = try runtime.parseScript(text)
        try runtime.runStreaming(block, dollarUnder: nil)
    }
}
