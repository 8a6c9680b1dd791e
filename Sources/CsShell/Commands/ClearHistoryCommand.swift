import CsCore

/// Clear-History: deletes entries from the session history.
final class ClearHistoryCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Clear", noun: "History", className: "Microsoft.PowerShell.Commands.ClearHistoryCommand", module: "Microsoft.PowerShell.Core",
        aliases: ["clhy"],
        parameters: [
            ParameterMetadata("Id", .array(.int32), sets: [ParameterSetSpec("IDParameter", position: 0)], validations: [.range(1, Int(Int32.max))],
                              description: "Specifies the history IDs of commands that this cmdlet deletes."),
            ParameterMetadata("CommandLine", .array(.string), sets: [ParameterSetSpec("CommandLineParameter")],
                              description: "Deletes commands whose command line matches (wildcards allowed).", acceptsWildcards: true),
            ParameterMetadata("Count", .int32, position: 1, validations: [.range(1, Int(Int32.max))],
                              description: "Specifies the number of history entries to clear, starting with the oldest (or with -Id)."),
            ParameterMetadata("Newest", .switchParameter, description: "Deletes the newest entries instead of the oldest."),
        ],
        defaultParameterSet: "IDParameter", supportsShouldProcess: true, confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Deletes entries from the PowerShell session command history.",
            description: "Deletes commands from the session history. Without parameters, it deletes all of them.",
            examples: [CmdletExample("Example 1: Delete all entries", code: "Clear-History", remarks: "Deletes the whole session history.")]))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let h = runtime.session.history
        var targets = h.entries
        if let ids = p["Id"]?.asList.compactMap(\.integerValue) {
            targets = targets.filter { ids.contains($0.id) }
        }
        if let lines = p.strings("CommandLine") {
            let patterns = lines.map { WildcardPattern($0) }
            targets = targets.filter { e in patterns.contains { $0.matches(e.commandLine) } }
        }
        if let c = p.int("Count") { targets = p.isPresent("Newest") ? Array(targets.suffix(c)) : Array(targets.prefix(c)) }
        guard try runtime.shouldProcess(target: "This command will clear \(targets.count) history entries.", action: "Clear-History") else { return }
        let ids = Set(targets.map(\.id))
        h.remove { ids.contains($0.id) }
    }
}
