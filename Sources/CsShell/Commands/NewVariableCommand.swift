import CsCore

/// New-Variable: creates a variable in the current scope or the one -Scope names; a variable of that
/// name already in the scope is an error unless -Force replaces it (a constant is never replaced).
final class NewVariableCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "New", noun: "Variable", className: "Microsoft.PowerShell.Commands.NewVariableCommand", module: "Microsoft.PowerShell.Utility",
        aliases: ["nv"],
        parameters: [
            ParameterMetadata("Name", .string, mandatory: true, position: 0, pipeline: .byPropertyName,
                              description: "Specifies the name of the new variable."),
            ParameterMetadata("Value", .object, position: 1, pipeline: [.byValue, .byPropertyName],
                              description: "Specifies the initial value of the variable."),
            ParameterMetadata("Description", .string, description: "Specifies a description of the variable."),
            ParameterMetadata("Option", .array(SetVariableCommand.optionsType),
                              description: "Specifies the options of the variable: None, ReadOnly (changed only with -Force), Constant (never changed or removed), Private (seen only in its scope) or AllScope."),
            ParameterMetadata("Visibility", .string, validations: [.set(["Public", "Private"])],
                              description: "Determines whether the variable is visible outside of the session in which it was created: Public or Private. Accepted for compatibility."),
            ParameterMetadata("Force", .switchParameter,
                              description: "Creates the variable even when one of that name exists in the scope (a read-only one too): the new variable replaces it. A constant is never replaced."),
            ParameterMetadata("PassThru", .switchParameter, description: "Returns an object representing the new variable."),
            ParameterMetadata("Scope", .string,
                              description: "Specifies the scope of the new variable: Global, Script, Local, Private, or a number of scopes above the current one (0 is the current scope). The default is the current scope."),
        ],
        supportsShouldProcess: true, confirmImpact: .low,
        help: CmdletHelp(
            synopsis: "Creates a new variable.",
            description: "The New-Variable cmdlet creates a new variable in PowerShell. You can assign a value to the variable while creating it or assign or change the value after it is created. Its options make it read-only, constant or private; -Scope creates it in another scope. A variable that already exists in the scope is an error (VariableAlreadyExists) unless -Force is given.",
            examples: [
                CmdletExample("Example 1: Create a variable", code: "New-Variable -Name domain -Value contoso.com; $domain",
                              remarks: "Creates $domain with the value contoso.com, and shows it."),
                CmdletExample("Example 2: A constant", code: "New-Variable -Name MaxPartners -Value 50 -Option Constant; (Get-Variable MaxPartners).Options",
                              remarks: "Creates $MaxPartners, which can never be changed or removed in this session, and shows its options (Constant)."),
            ],
            inputs: "System.Object", outputs: "None, System.Management.Automation.PSVariable"),
        outputTypes: [GetVariableCommand.typeName])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let variables = runtime.session.variables
        guard let scope = variables.scope(named: p.string("Scope")) else { throw GetVariableCommand.badScope(p.string("Scope") ?? "") }
        let name = p.string("Name") ?? ""
        let options = try SetVariableCommand.options(p)
        let key = name.caseFoldedKey
        if let existing = scope.variables[key] {
            guard p.isPresent("Force") else {
                try runtime.writeError(ErrorRecord(message: "A variable with name '\(name)' already exists.", errorId: "VariableAlreadyExists",
                                                   category: .ResourceExists, target: .string(name),
                                                   exceptionType: "System.Management.Automation.SessionStateException"))
                return
            }
            if existing.options.contains(.constant) {
                try runtime.writeError(ErrorRecord(message: "Cannot overwrite variable \(existing.name) because it is read-only or constant.", errorId: "VariableNotWritable",
                                                   category: .WriteError, target: .string(existing.name),
                                                   exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException"))
                return
            }
        }
        guard try runtime.shouldProcess(target: "Name: \(name) Value: \(p["Value"].map { PSConvert.toString($0) } ?? "")", action: "New variable") else { return }
        scope.variables[key] = nil
        do {
            try variables.define(name, value: p["Value"] ?? .null, options: options, description: p.string("Description"), in: scope, force: true)
        } catch {
            try runtime.writeError(error)
            return
        }
        if p.isPresent("PassThru"), let v = scope.variables[key] { runtime.writeObject(GetVariableCommand.object(v)) }
    }
}
