import CsCore

/// Get-History: the commands entered in this session.
final class GetHistoryCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Get", noun: "History", className: "Microsoft.PowerShell.Commands.GetHistoryCommand", module: "Microsoft.PowerShell.Core",
        aliases: ["h", "history", "ghy"],
        parameters: [
            ParameterMetadata("Id", .array(.int64), position: 0, pipeline: .byValue, validations: [.range(1, Int.max)],
                              description: "Specifies the IDs of entries in the session history."),
            ParameterMetadata("Count", .int32, position: 1, validations: [.range(0, 32767)],
                              description: "Specifies the number of the most recent history entries that this cmdlet gets."),
        ],
        help: CmdletHelp(
            synopsis: "Gets a list of the commands entered during the current session.",
            description: "Displays the session history: the commands entered at the prompt, with their ids, status and duration.",
            examples: [CmdletExample("Example 1: Get the session history", code: "Get-History", remarks: "Gets the entire session history."),
                       CmdletExample("Example 2: Get the most recent entries", code: "Get-History -Count 5", remarks: "Gets the five most recent entries.")],
            inputs: "System.Int64", outputs: CommandHistory.typeName),
        outputTypes: [CommandHistory.typeName])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let all = runtime.session.history.entries
        if let ids = p["Id"]?.asList {
            for v in ids {
                guard let id = v.integerValue else { continue }
                if let e = all.first(where: { $0.id == id }) {
                    runtime.writeObject(.object(CommandHistory.object(e)))
                } else {
                    try runtime.writeError(ErrorRecord(message: "Cannot locate history for Id \(id).", errorId: "GetHistoryEntryNotFound",
                                                       category: .ObjectNotFound, target: .int(id), exceptionType: "System.ArgumentException"))
                }
            }
            return
        }
        let count = p.int("Count") ?? all.count
        for e in all.suffix(count) { runtime.writeObject(.object(CommandHistory.object(e))) }
    }
}
