import CsCore

/// Set-Variable: sets a variable's value (the pipeline's objects when no -Value is given), options
/// and description, in the current scope or the one -Scope names.
final class SetVariableCommand: ShellCmdlet {
    static let optionsType = PSType.named(fullName: "System.Management.Automation.ScopedItemOptions", shortName: "ScopedItemOptions")

    static let metadata = CmdletMetadata(
        verb: "Set", noun: "Variable", className: "Microsoft.PowerShell.Commands.SetVariableCommand", aliases: ["set", "sv"],
        parameters: [
            ParameterMetadata("Name", .array(.string), mandatory: true, position: 0, pipeline: .byPropertyName,
                              description: "Specifies the variable name. With wildcards, every existing variable of the scope whose name matches is set.",
                              acceptsWildcards: true),
            ParameterMetadata("Value", .object, position: 1, pipeline: [.byValue, .byPropertyName],
                              description: "Specifies the value of the variable. Objects piped to Set-Variable become its value (an array when there are several)."),
            ParameterMetadata("Include", .array(.string), description: "Specifies names (wildcards permitted) of the variables to set; others are left.", acceptsWildcards: true),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies names (wildcards permitted) of variables that are not set.", acceptsWildcards: true),
            ParameterMetadata("Description", .string, description: "Specifies the description of the variable."),
            ParameterMetadata("Option", .array(optionsType),
                              description: "Specifies the options of the variable: None, ReadOnly (changed only with -Force), Constant (never changed; only when the variable is created), Private (seen only in its scope) or AllScope."),
            ParameterMetadata("Force", .switchParameter, description: "Allows you to change a read-only variable."),
            ParameterMetadata("Visibility", .string, validations: [.set(["Public", "Private"])],
                              description: "Determines whether the variable is visible outside of the session in which it was created: Public or Private. Accepted for compatibility."),
            ParameterMetadata("PassThru", .switchParameter, description: "Returns an object representing the new variable."),
            ParameterMetadata("Scope", .string,
                              description: "Specifies the scope of the variable: Global, Script, Local, Private, or a number of scopes above the current one (0 is the current scope). The default is the current scope."),
            ParameterMetadata("Append", .switchParameter,
                              description: "Adds the value to the variable's current value (which becomes an array) instead of replacing it."),
        ],
        supportsShouldProcess: true, confirmImpact: .low,
        help: CmdletHelp(
            synopsis: "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
            description: "The Set-Variable cmdlet assigns a value to a variable or changes the current value. If the variable does not exist, the cmdlet creates it. It can also make a variable read-only or constant, describe it, set it in another scope, or append to its value.",
            examples: [
                CmdletExample("Example 1: Set a variable", code: "Set-Variable -Name domain -Value contoso.com",
                              remarks: "Creates $domain with the value contoso.com."),
                CmdletExample("Example 2: A read-only setting", code: "Set-Variable -Name MaxPartners -Value 50 -Option ReadOnly",
                              remarks: "Creates $MaxPartners, which can be changed only with Set-Variable -Force."),
                CmdletExample("Example 3: Collect pipeline output", code: "Get-CsXmppAllowedPartner | Set-Variable -Name partners",
                              remarks: "Stores the partners in $partners."),
            ],
            inputs: "System.Object", outputs: "None, System.Management.Automation.PSVariable"),
        outputTypes: [GetVariableCommand.typeName])

    private var names: [String] = []
    private var valueOnCommandLine = false
    private var valueList: [PSValue]?
    private var parameters = BoundParameters()

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        parameters = p
        names = p.strings("Name") ?? []
        valueOnCommandLine = p.has("Value")
        if p.isPresent("Append") {
            guard names.count == 1 else {
                var r = ErrorRecord(message: "Use a single variable rather than a collection", errorId: "SetVariableAppend", category: .InvalidOperation,
                                    target: p["Name"], exceptionType: "System.InvalidOperationException")
                r.recommendedAction = "Use a single variable rather than a collection"
                throw r
            }
            let current = runtime.session.variables.get(names[0]) ?? .null
            valueList = current.isNull ? [] : current.asList
        }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        if valueOnCommandLine {
            if p.isPresent("Append"), let v = p["Value"] { valueList?.append(v) }
            return
        }
        if let v = p["Value"] { valueList = (valueList ?? []) + [v] }
    }

    func end(_ runtime: any ShellRuntime) throws {
        let value: PSValue?
        if valueOnCommandLine && !parameters.isPresent("Append") {
            value = parameters["Value"] ?? .null
        } else if let list = valueList {
            value = parameters.isPresent("Append") || list.count > 1 ? .array(list) : list.first
        } else {
            value = nil
        }
        try set(value, runtime)
    }

    /// The -Option a variable cmdlet was given (with Private for -Scope Private); nil when neither.
    static func options(_ p: BoundParameters) throws -> VariableOptions? {
        var options: VariableOptions?
        if let given = p.strings("Option") {
            guard let o = VariableOptions(text: given.joined(separator: ",")) else {
                throw ErrorRecord(message: "Cannot bind parameter 'Option'. Cannot convert value \"\(given.joined(separator: ","))\" to type \"System.Management.Automation.ScopedItemOptions\". Error: \"Unable to match the identifier name \(given.joined(separator: ",")) to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, ReadOnly, Constant, Private, AllScope, Unspecified\"",
                                  errorId: "CannotConvertArgumentNoMessage", category: .InvalidArgument, target: .string(given.joined(separator: ",")),
                                  exceptionType: "System.Management.Automation.ParameterBindingException")
            }
            options = o
        }
        if p.string("Scope")?.equalsIgnoringCase("private") == true { options = (options ?? []).union(.private) }
        return options
    }

    private func set(_ value: PSValue?, _ runtime: any ShellRuntime) throws {
        let p = parameters
        let variables = runtime.session.variables
        let scopeName = p.string("Scope")
        guard let scope = variables.scope(named: scopeName) else { throw GetVariableCommand.badScope(scopeName ?? "") }
        let options = try SetVariableCommand.options(p)
        let include = (p.strings("Include") ?? []).map { WildcardPattern($0) }
        let exclude = (p.strings("Exclude") ?? []).map { WildcardPattern($0) }
        let existing = variables.entries(from: scope, onlyThisScope: true)
        for name in names {
            // A wildcard sets the matching variables of the scope; a name sets (or creates) that one.
            var targets: [String]
            if WildcardPattern.hasWildcards(name) {
                let pattern = WildcardPattern(name)
                targets = existing.map(\.name).filter(pattern.matches).sorted { $0.caseFoldedKey < $1.caseFoldedKey }
            } else {
                targets = [existing.first { $0.name.equalsIgnoringCase(name) }?.name ?? name]
            }
            targets = targets.filter { n in (include.isEmpty || include.contains { $0.matches(n) }) && !exclude.contains { $0.matches(n) } }
            for n in targets {
                let shown = value.map { PSConvert.toString($0) } ?? (scope.variables[n.caseFoldedKey].map { PSConvert.toString($0.value) } ?? "")
                guard try runtime.shouldProcess(target: "Name: \(n) Value: \(shown)", action: "Set variable") else { continue }
                do {
                    try variables.define(n, value: value, options: options, description: p.string("Description"), in: scope, force: p.isPresent("Force"))
                } catch where error.exceptionType == VariableConstraint.exceptionType {
                    // A value the variable's type refuses stops the command, as it does in PowerShell.
                    throw error
                } catch {
                    try runtime.writeError(error)
                    continue
                }
                if p.isPresent("PassThru"), let v = scope.variables[n.caseFoldedKey] { runtime.writeObject(GetVariableCommand.object(v)) }
            }
        }
    }
}
