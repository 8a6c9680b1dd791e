import CsCore

/// Get-Variable: the variables visible from a scope (PSVariable objects, or their values with
/// -ValueOnly), by name with wildcards, -Include and -Exclude.
final class GetVariableCommand: ShellCmdlet {
    static let typeName = "System.Management.Automation.PSVariable"

    static let metadata = CmdletMetadata(
        verb: "Get", noun: "Variable", className: "Microsoft.PowerShell.Commands.GetVariableCommand", aliases: ["gv"],
        parameters: [
            ParameterMetadata("Name", .array(.string), position: 0, pipeline: [.byValue, .byPropertyName],
                              description: "Specifies the name of the variable. Wildcards are permitted. By default, all variables are returned.",
                              acceptsWildcards: true),
            ParameterMetadata("ValueOnly", .switchParameter, description: "Indicates that this cmdlet gets only the value of the variable."),
            ParameterMetadata("Include", .array(.string), description: "Specifies names (wildcards permitted) the variables must match.", acceptsWildcards: true),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies names (wildcards permitted) the variables must not match.", acceptsWildcards: true),
            ParameterMetadata("Scope", .string,
                              description: "Specifies the variables in the scope: Global, Script, Local, or a number of scopes above the current one (0 is the current scope). Without it, every variable visible from the current scope."),
        ],
        help: CmdletHelp(
            synopsis: "Gets the variables in the current console.",
            description: "The Get-Variable cmdlet gets the PowerShell variables in the current session: their names and values, sorted by name. A name without wildcards that matches no variable is an error (VariableNotFound).",
            examples: [
                CmdletExample("Example 1: Variables by name", code: "Get-Variable -Name *Preference",
                              remarks: "Gets the preference variables and their values."),
                CmdletExample("Example 2: A value only", code: "Get-Variable -Name PSVersionTable -ValueOnly",
                              remarks: "Gets the value of $PSVersionTable."),
            ],
            inputs: "System.String", outputs: "System.Management.Automation.PSVariable"),
        outputTypes: [typeName])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let session = runtime.session
        guard let scope = session.variables.scope(named: p.string("Scope")) else {
            throw GetVariableCommand.badScope(p.string("Scope") ?? "")
        }
        var all = session.variables.entries(from: scope, onlyThisScope: p.has("Scope"))
        if !p.has("Scope") {
            // The variables the engine computes when read.
            let known = Set(all.map { $0.name.caseFoldedKey })
            for (n, v) in [("?", PSValue.bool(session.lastStatus)), ("Error", session.errorList), ("PWD", .string(FileSystemPath.currentDirectory()))]
            where !known.contains(n.caseFoldedKey) {
                all.append(Scope.Variable(name: n, value: v, readOnly: true))
            }
        }
        all.sort { $0.name.caseFoldedKey < $1.name.caseFoldedKey }
        let include = (p.strings("Include") ?? []).map { WildcardPattern($0) }
        let exclude = (p.strings("Exclude") ?? []).map { WildcardPattern($0) }
        func selected(_ v: Scope.Variable) -> Bool {
            (include.isEmpty || include.contains { $0.matches(v.name) }) && !exclude.contains { $0.matches(v.name) }
        }
        for name in p.strings("Name") ?? ["*"] {
            let pattern = WildcardPattern(name)
            let found = all.filter { pattern.matches($0.name) && selected($0) }
            if found.isEmpty && !WildcardPattern.hasWildcards(name) {
                try runtime.writeError(GetVariableCommand.notFound(name))
                continue
            }
            for v in found { runtime.writeObject(p.isPresent("ValueOnly") ? v.value : GetVariableCommand.object(v)) }
        }
    }

    /// A PSVariable object.
    static func object(_ v: Scope.Variable) -> PSValue {
        let o = PSObject(typeNames: [typeName, "System.Object"], properties: [
            ("Name", .string(v.name)),
            ("Description", .string(v.description)),
            ("Value", v.value),
            ("Visibility", .string("Public")),
            ("Module", .null),
            ("ModuleName", .string("")),
            ("Options", .string(v.options.text)),
            ("Attributes", .array([])),
        ])
        o.toStringOverride = v.name
        return .object(o)
    }

    static func notFound(_ name: String) -> ErrorRecord {
        ErrorRecord(message: "Cannot find a variable with the name '\(name)'.", errorId: "VariableNotFound", category: .ObjectNotFound,
                    target: .string(name), exceptionType: "System.Management.Automation.ItemNotFoundException")
    }

    /// A -Scope that names no scope.
    static func badScope(_ spec: String) -> ErrorRecord {
        if let n = Int(spec), n >= 0 {
            return ErrorRecord(message: "The scope number '\(n)' exceeds the number of active scopes. (Parameter 'scopeID')\nActual value was \(n).",
                               errorId: "ArgumentOutOfRange", category: .InvalidArgument, target: .string(spec),
                               exceptionType: "System.Management.Automation.PSArgumentOutOfRangeException")
        }
        return ErrorRecord(message: "The scope \"\(spec)\" is not valid: use Global, Script, Local, Private, or a number of scopes above the current one.",
                           errorId: "Argument", category: .InvalidArgument, target: .string(spec),
                           exceptionType: "System.Management.Automation.PSArgumentException")
    }

    /// PowerShell's table of variables (PowerShellCore.format.ps1xml).
    static func register(in r: inout FormatViewRegistry) {
        r.register(.table(TableView(columns: [.property("Name", width: 30), .property("Value")])), for: typeName)
    }
}
