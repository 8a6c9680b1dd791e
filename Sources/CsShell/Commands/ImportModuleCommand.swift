import CsCore

/// Import-Module: csshell's modules are built in, so importing one of them (Lync, SkypeForBusiness,
/// Microsoft.PowerShell.Utility, …) succeeds without doing anything; any other name is PowerShell's
/// module-not-found error.
final class ImportModuleCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Import", noun: "Module", className: "Microsoft.PowerShell.Commands.ImportModuleCommand", module: "Microsoft.PowerShell.Core",
        aliases: ["ipmo"],
        parameters: [
            ParameterMetadata("Name", .array(.string), sets: [ParameterSetSpec("Name", mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName])],
                              description: "Specifies the names of the modules to import (module objects from Get-Module bind by their Name). The Lync cmdlets are built in: Lync and SkypeForBusiness (and the shell's own modules) import without doing anything.",
                              acceptsWildcards: true),
            ParameterMetadata("Global", .switchParameter, description: "Indicates that this cmdlet imports modules into the global session state. Built-in modules are always global."),
            ParameterMetadata("Prefix", .string, description: "Specifies a prefix for the nouns of the imported commands. Not supported for built-in modules; accepted for compatibility."),
            ParameterMetadata("Function", .array(.string), description: "Specifies the functions to import. Accepted for compatibility; built-in modules export all of their commands."),
            ParameterMetadata("Cmdlet", .array(.string), description: "Specifies the cmdlets to import. Accepted for compatibility; built-in modules export all of their commands."),
            ParameterMetadata("Variable", .array(.string), description: "Specifies the variables to import. Accepted for compatibility."),
            ParameterMetadata("Alias", .array(.string), description: "Specifies the aliases to import. Accepted for compatibility."),
            ParameterMetadata("Force", .switchParameter, description: "Re-imports a module that is already imported. Built-in modules need no re-import."),
            ParameterMetadata("PassThru", .switchParameter, description: "Returns an object representing each imported module."),
            ParameterMetadata("AsCustomObject", .switchParameter, description: "Returns a custom object with members that represent the imported module members. Accepted for compatibility."),
            ParameterMetadata("MinimumVersion", .string, aliases: ["Version"], description: "Specifies a minimum version. Accepted for compatibility; built-in modules have one version."),
            ParameterMetadata("MaximumVersion", .string, description: "Specifies a maximum version. Accepted for compatibility."),
            ParameterMetadata("RequiredVersion", .string, description: "Specifies a version of the module to import. Accepted for compatibility."),
            ParameterMetadata("ArgumentList", .array(.object), aliases: ["Args"], description: "Specifies arguments passed to a script module. Accepted for compatibility."),
            ParameterMetadata("DisableNameChecking", .switchParameter, description: "Suppresses the message that warns you when you import a cmdlet or function whose name includes an unapproved verb."),
            ParameterMetadata("NoClobber", .switchParameter, aliases: ["NoOverwrite"], description: "Prevents importing commands that have the same names as existing commands in the current session."),
            ParameterMetadata("Scope", .string, validations: [.set(["Local", "Global"])], description: "Specifies a scope into which to import the module: Local or Global."),
            ParameterMetadata("SkipEditionCheck", .switchParameter, description: "Skips the check on the CompatiblePSEditions field. Accepted for compatibility."),
            ParameterMetadata("UseWindowsPowerShell", .switchParameter, aliases: ["UseWinPS"], description: "Loads the module using Windows PowerShell Compatibility functionality. Not available in csshell; built-in modules need none."),
        ],
        defaultParameterSet: "Name",
        help: CmdletHelp(
            synopsis: "Adds modules to the current session.",
            description: "The Import-Module cmdlet adds one or more modules to the current session. In csshell the Lync partner cmdlets are built in: `Import-Module Lync` (the first line of most Lync scripts) and `Import-Module SkypeForBusiness` succeed without doing anything, as do the shell's own modules and a path to their manifest (…\\Modules\\Lync\\Lync.psd1). Any other name is reported as PowerShell reports a module it cannot find, and the script goes on.",
            examples: [
                CmdletExample("Example 1: Import the Lync module", code: "Import-Module Lync",
                              remarks: "Succeeds silently: the Lync cmdlets are built into csshell."),
                CmdletExample("Example 2: Import a module and get its object", code: "Import-Module SkypeForBusiness -PassThru",
                              remarks: "Returns the module object of the built-in Lync module, which SkypeForBusiness names."),
            ],
            inputs: "System.String, System.Management.Automation.PSModuleInfo", outputs: "None, System.Management.Automation.PSModuleInfo"),
        outputTypes: [ModuleInfo.typeName])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let registry = runtime.session.registry
        for name in p.strings("Name") ?? [] {
            let found: [ModuleInfo]
            if WildcardPattern.hasWildcards(name) {
                let pattern = WildcardPattern(name)
                found = ModuleInfo.all(registry).filter { m in pattern.matches(m.name) || m.importNames.contains(where: pattern.matches) }
            } else {
                found = ModuleInfo.find(ImportModuleCommand.moduleName(name), in: registry).map { [$0] } ?? []
            }
            guard !found.isEmpty else {
                try runtime.writeError(ImportModuleCommand.notFound(name))
                continue
            }
            if p.isPresent("PassThru") { for m in found { runtime.writeObject(m.object) } }
        }
    }

    /// The module a name or a module file's path names: scripts often import Lync by the path of its
    /// manifest (`C:\Program Files\…\Modules\Lync\Lync.psd1`), which names the built-in module too.
    static func moduleName(_ given: String) -> String {
        let leaf = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? given
        for ext in [".psd1", ".psm1", ".dll"] where leaf.lowercased().hasSuffix(ext) { return String(leaf.dropLast(ext.count)) }
        return leaf
    }

    /// PowerShell's error for a module it cannot find.
    static func notFound(_ name: String) -> ErrorRecord {
        ErrorRecord(message: "The specified module '\(name)' was not loaded because no valid module file was found in any module directory.",
                    errorId: "Modules_ModuleNotFound", category: .ResourceUnavailable, target: .string(name),
                    exceptionType: "System.IO.FileNotFoundException")
    }
}
