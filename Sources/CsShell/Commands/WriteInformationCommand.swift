import CsCore

/// Write-Information: writes a record to the information stream, shown when $InformationPreference
/// or -InformationAction is Continue.
final class WriteInformationCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Write", noun: "Information", className: "Microsoft.PowerShell.Commands.WriteInformationCommand",
        parameters: [
            ParameterMetadata("MessageData", .object, mandatory: true, position: 0, pipeline: .byValue, aliases: ["Msg", "Message"],
                              validations: [.allowNull],
                              description: "Specifies an informational message that you want to display to users as they run a script or command."),
            ParameterMetadata("Tags", .array(.string), position: 1,
                              description: "Specifies one or more strings that you can use to sort and filter messages that you have added to the information stream."),
        ],
        help: CmdletHelp(
            synopsis: "Specifies how PowerShell handles information stream data for a command.",
            description: "The Write-Information cmdlet writes an InformationRecord (MessageData, Tags, TimeGenerated, Source, User, Computer) to the information stream. Its message is shown only when $InformationPreference or -InformationAction is Continue; -InformationVariable collects the records, and 6>&1 puts them into the output.",
            examples: [
                CmdletExample("Example 1: Show an information message", code: "Write-Information -MessageData \"Export finished\" -InformationAction Continue",
                              remarks: "Shows Export finished."),
                CmdletExample("Example 2: Collect tagged messages", code: "Write-Information \"contoso.com checked\" -Tags Audit -InformationVariable log; $log.Tags",
                              remarks: "Shows nothing at first (the preference is SilentlyContinue), then the record's tag, Audit."),
            ],
            inputs: "System.Object", outputs: "None"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        runtime.writeInformation(p["MessageData"] ?? .null, tags: p.strings("Tags") ?? [])
    }
}
