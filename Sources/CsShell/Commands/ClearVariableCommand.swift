import CsCore

/// Clear-Variable: sets variables' values to $null (the variables, their options and descriptions
/// stay), by name with wildcards, -Include and -Exclude, in the scope -Scope names; without it, in
/// the current scope (a variable of an enclosing scope is hidden by a $null one, as an assignment would).
final class ClearVariableCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Clear", noun: "Variable", className: "Microsoft.PowerShell.Commands.ClearVariableCommand", module: "Microsoft.PowerShell.Utility",
        aliases: ["clv"],
        parameters: [
            ParameterMetadata("Name", .array(.string), mandatory: true, position: 0, pipeline: .byPropertyName,
                              description: "Specifies the name of the variable to be cleared. Wildcards are permitted.", acceptsWildcards: true),
            ParameterMetadata("Include", .array(.string), description: "Specifies names (wildcards permitted) of the variables to clear; others are left.", acceptsWildcards: true),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies names (wildcards permitted) of variables that are not cleared.", acceptsWildcards: true),
            ParameterMetadata("Force", .switchParameter, description: "Clears read-only variables too (a constant is never cleared)."),
            ParameterMetadata("PassThru", .switchParameter, description: "Returns an object representing each cleared variable."),
            ParameterMetadata("Scope", .string,
                              description: "Clears the variable only in this scope: Global, Script, Local, Private, or a number of scopes above the current one (0 is the current scope). Without it, the nearest variable of the name is cleared."),
        ],
        supportsShouldProcess: true, confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Deletes the value of a variable.",
            description: "The Clear-Variable cmdlet deletes the data stored in a variable, but it does not delete the variable: its value becomes $null and its options and description stay. A name without wildcards that matches no variable is an error (VariableNotFound); read-only variables need -Force and constants cannot be cleared.",
            examples: [
                CmdletExample("Example 1: Clear a variable", code: "$domain = 'contoso.com'; Clear-Variable -Name domain; $null -eq $domain",
                              remarks: "Clears $domain and shows that its value is now $null (True)."),
                CmdletExample("Example 2: Clear several", code: "$p1 = 1; $p2 = 2; Clear-Variable -Name p1, p2 -PassThru",
                              remarks: "Clears $p1 and $p2 and returns the two cleared variables."),
            ],
            inputs: "None", outputs: "None, System.Management.Automation.PSVariable"),
        outputTypes: [GetVariableCommand.typeName])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let variables = runtime.session.variables
        let scopeName = p.string("Scope")
        guard let scope = variables.scope(named: scopeName) else { throw GetVariableCommand.badScope(scopeName ?? "") }
        let found = try variables.matching(p.strings("Name") ?? [], include: p.strings("Include"), exclude: p.strings("Exclude"), from: scope,
                                           onlyThisScope: scopeName != nil) { try runtime.writeError(GetVariableCommand.notFound($0)) }
        for v in found {
            guard let (home, current) = variables.lookup(v.name, from: scope) else { continue }
            if current.options.contains(.constant) || (current.readOnly && !p.isPresent("Force")) {
                try runtime.writeError(ErrorRecord(message: "Cannot overwrite variable \(current.name) because it is read-only or constant.", errorId: "VariableNotWritable",
                                                   category: .WriteError, target: .string(current.name),
                                                   exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException"))
                continue
            }
            guard try runtime.shouldProcess(target: "Name: \(current.name)", action: "Clear variable") else { continue }
            var cleared = current
            cleared.value = .null
            if scopeName == nil && home !== scope {
                // Without -Scope, a variable of an enclosing scope is cleared as `$name = $null` would:
                // by a variable of this scope that hides it.
                cleared = Scope.Variable(name: current.name, value: .null, readOnly: false)
                scope.variables[current.name.caseFoldedKey] = cleared
            } else {
                home.variables[current.name.caseFoldedKey] = cleared
            }
            if p.isPresent("PassThru") { runtime.writeObject(GetVariableCommand.object(cleared)) }
        }
    }
}
