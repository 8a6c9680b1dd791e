import CsCore

/// Remove-Variable: deletes variables (by name, with wildcards, -Include and -Exclude) from the
/// nearest scope that has them, or from the scope -Scope names.
final class RemoveVariableCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Remove", noun: "Variable", className: "Microsoft.PowerShell.Commands.RemoveVariableCommand", module: "Microsoft.PowerShell.Utility",
        aliases: ["rv"],
        parameters: [
            ParameterMetadata("Name", .array(.string), mandatory: true, position: 0, pipeline: .byPropertyName,
                              description: "Specifies the name of the variable to be removed. Wildcards are permitted.", acceptsWildcards: true),
            ParameterMetadata("Include", .array(.string), description: "Specifies names (wildcards permitted) of the variables to remove; others are left.", acceptsWildcards: true),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies names (wildcards permitted) of variables that are not removed.", acceptsWildcards: true),
            ParameterMetadata("Force", .switchParameter, description: "Removes read-only variables too (a constant is never removed)."),
            ParameterMetadata("Scope", .string,
                              description: "Removes the variable only from this scope: Global, Script, Local, Private, or a number of scopes above the current one (0 is the current scope). Without it, the nearest variable of the name is removed."),
        ],
        supportsShouldProcess: true, confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Deletes a variable and its value.",
            description: "The Remove-Variable cmdlet deletes a variable and its value from the scope in which it is defined, such as the current session. A name without wildcards that matches no variable is an error (VariableNotFound); read-only variables need -Force and constants cannot be removed.",
            examples: [
                CmdletExample("Example 1: Remove a variable", code: "$domain = 'contoso.com'; Remove-Variable -Name domain",
                              remarks: "Deletes $domain."),
                CmdletExample("Example 2: Remove several", code: "$p1 = 1; $p2 = 2; Remove-Variable -Name p* -Exclude PID, PSHOME, PWD, PSVersionTable, PSCulture, PSUICulture, PSEdition, PSStyle, PSNativeCommandUseErrorActionPreference -ErrorAction SilentlyContinue",
                              remarks: "Deletes the variables whose names begin with p, leaving the shell's own."),
            ],
            inputs: "None", outputs: "None"))

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
                try runtime.writeError(ErrorRecord(
                    message: "Cannot remove variable \(current.name) because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.",
                    errorId: "VariableNotRemovable", category: .WriteError, target: .string(current.name),
                    exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException"))
                continue
            }
            guard try runtime.shouldProcess(target: "Name: \(current.name)", action: "Remove Variable") else { continue }
            home.variables[current.name.caseFoldedKey] = nil
        }
    }
}
