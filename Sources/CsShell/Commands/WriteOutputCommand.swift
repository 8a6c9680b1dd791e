import CsCore

/// Write-Output: writes objects to the success stream, enumerating collections unless -NoEnumerate.
final class WriteOutputCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Write", noun: "Output", className: "Microsoft.PowerShell.Commands.WriteOutputCommand",
        aliases: ["echo", "write"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, mandatory: true, position: 0, pipeline: .byValue, remainingArguments: true,
                              description: "Specifies the objects to send down the pipeline."),
            ParameterMetadata("NoEnumerate", .switchParameter, description: "Writes a collection as a single object instead of enumerating it."),
        ],
        help: CmdletHelp(
            synopsis: "Writes the specified objects to the pipeline.",
            description: "Sends the specified objects to the next command in the pipeline. If it is the last command, the objects are displayed in the console.",
            examples: [CmdletExample("Example 1: Write a string", code: "Write-Output \"test output\"", remarks: "Writes the string to the pipeline.")],
            inputs: "System.Management.Automation.PSObject", outputs: "System.Management.Automation.PSObject"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        // One argument binds as it is (a List stays a List); several are collected into an array.
        guard let v = p["InputObject"] else { return }
        if p.isPresent("NoEnumerate") {
            runtime.writeObject(v)
        } else {
            // One level: the elements of a collection, each written as it is (an inner array stays one object).
            runtime.writeEnumerated(v)
        }
    }
}
