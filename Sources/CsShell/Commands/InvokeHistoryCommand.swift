import CsCore

/// Invoke-History (r): runs a command from the session history again.
final class InvokeHistoryCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Invoke", noun: "History", className: "Microsoft.PowerShell.Commands.InvokeHistoryCommand", module: "Microsoft.PowerShell.Core",
        aliases: ["r", "ihy"],
        parameters: [
            ParameterMetadata("Id", .string, position: 0, pipeline: .byPropertyName,
                              description: "Specifies the ID of a command in the history (or the start of its command line). Default: the last command."),
        ],
        supportsShouldProcess: true, confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Runs commands from the session history.",
            description: "Runs a command from the session history, by its id or by the beginning of its command line; the most recent command by default. The command line is shown, then run.",
            examples: [CmdletExample("Example 1: Run the most recent command", code: "Invoke-History", remarks: "Runs the last command again."),
                       CmdletExample("Example 2: Run a command by id", code: "Invoke-History -Id 2", remarks: "Runs the command with id 2.")],
            inputs: "System.String", outputs: "System.Object"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let session = runtime.session
        let entries = session.history.entries
        let entry: CommandHistory.Entry?
        if let id = p.string("Id") {
            if let n = Int(id) {
                entry = entries.first { $0.id == n }
                if entry == nil {
                    throw ErrorRecord(message: "Cannot locate history for Id \(n).", errorId: "InvokeHistoryNoHistoryForId",
                                      category: .ObjectNotFound, target: .int(n), exceptionType: "System.ArgumentException")
                }
            } else {
                entry = entries.last { $0.commandLine.hasPrefixIgnoringCase(id) }
                if entry == nil {
                    throw ErrorRecord(message: "Cannot locate history for commandline \(id).", errorId: "InvokeHistoryNoHistoryForCommandline",
                                      category: .ObjectNotFound, target: .string(id), exceptionType: "System.ArgumentException")
                }
            }
        } else {
            entry = entries.last
            if entry == nil {
                throw ErrorRecord(message: "Cannot locate the most recent history.", errorId: "InvokeHistoryNoLastHistoryEntryFound",
                                  category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
            }
        }
        guard let e = entry, try runtime.shouldProcess(target: e.commandLine, action: "Invoke-History") else { return }
        guard let run = session.commandLineRunner else {
            throw ErrorRecord(message: "Invoke-History is available only in an interactive session.", errorId: "InvokeHistoryNotInteractive",
                              category: .InvalidOperation)
        }
        runtime.writeHost(e.commandLine, newline: true)
        try run(e.commandLine, ClosureSink { runtime.writeObject($0) })
    }
}
