import CsCore

/// Get-Module: the session's modules, all built in (the shell's own and Lync).
final class GetModuleCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Module", className: "Microsoft.PowerShell.Commands.GetModuleCommand", module: "Microsoft.PowerShell.Core",
        aliases: ["gmo"],
        parameters: [
            ParameterMetadata("Name", .array(.string), position: 0, pipeline: .byValue,
                              description: "Specifies names or name patterns of modules that this cmdlet gets. Wildcard characters are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("ListAvailable", .switchParameter, description: "Gets all installed modules. In csshell every module is built in and imported."),
            ParameterMetadata("All", .switchParameter, description: "Gets all modules, including nested ones. csshell's modules have none."),
            ParameterMetadata("Refresh", .switchParameter, description: "Updates the cache of installed commands. Accepted for compatibility."),
        ],
        help: CmdletHelp(
            synopsis: "Gets the modules that have been imported or that can be imported into the current session.",
            description: "The Get-Module cmdlet gets the modules of the session. In csshell every module is built in: the shell's own (Microsoft.PowerShell.Core, Microsoft.PowerShell.Management, Microsoft.PowerShell.Utility) and the Lync module, which Import-Module also accepts as SkypeForBusiness.",
            examples: [
                CmdletExample("Example 1: List the modules", code: "Get-Module", remarks: "Lists the session's modules and their commands."),
                CmdletExample("Example 2: The Lync module's commands", code: "(Get-Module Lync).ExportedCommands.Keys",
                              remarks: "Lists the names of the Lync module's cmdlets."),
            ],
            inputs: "System.String", outputs: ModuleInfo.typeName),
        outputTypes: [ModuleInfo.typeName])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let modules = ModuleInfo.all(runtime.session.registry)
        guard let names = p.strings("Name") else {
            for m in modules { runtime.writeObject(m.object) }
            return
        }
        for name in names {
            let pattern = WildcardPattern(name)
            for m in modules where pattern.matches(m.name) || m.importNames.contains(where: pattern.matches) {
                runtime.writeObject(m.object)
            }
        }
    }
}
