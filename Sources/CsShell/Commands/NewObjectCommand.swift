import CsCore

/// New-Object: an object of a .NET type the shell knows (`New-Object System.Collections.ArrayList`,
/// `New-Object System.Version 1.2.3.4`), or a PSObject; -Property sets (or, on a PSObject, adds) properties.
final class NewObjectCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "New", noun: "Object", className: "Microsoft.PowerShell.Commands.NewObjectCommand",
        parameters: [
            ParameterMetadata("TypeName", .string, mandatory: true, position: 0,
                              description: "Specifies the fully qualified name of the .NET type (or a PowerShell type accelerator such as psobject)."),
            ParameterMetadata("ArgumentList", .array(.object), position: 1, aliases: ["Args"],
                              description: "Specifies the arguments of the type's constructor, separated by commas."),
            ParameterMetadata("Property", .hashtable,
                              description: "Sets property values of the new object: a hash table whose keys are property names. On a PSObject they are added as note properties."),
        ],
        help: CmdletHelp(
            synopsis: "Creates an instance of a .NET Framework object.",
            description: "The New-Object cmdlet creates an instance of a .NET type, calling the constructor that takes the arguments of -ArgumentList, and sets the properties -Property gives. New-Object PSObject -Property makes a custom object from a hash table.",
            examples: [
                CmdletExample("Example 1: A custom object from a hash table", code: "New-Object -TypeName PSObject -Property ([ordered]@{ Domain = 'contoso.com'; Enabled = $true })",
                              remarks: "Creates an object with the note properties Domain and Enabled."),
                CmdletExample("Example 2: A growable list", code: "$list = New-Object System.Collections.ArrayList; [void]$list.Add('contoso.com'); $list.Count",
                              remarks: "Creates an ArrayList, adds one element and shows the count: 1."),
                CmdletExample("Example 3: Constructor arguments", code: "New-Object -TypeName System.Version -ArgumentList '1.2.3.4'",
                              remarks: "Creates the version 1.2.3.4."),
            ],
            inputs: "None", outputs: "System.Object"),
        outputTypes: ["System.Object"])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let typeName = p.string("TypeName") ?? ""
        let arguments = p["ArgumentList"]?.asList ?? []
        // `pscustomobject` names PSObject here (as the accelerator does); the PSCustomObject class itself
        // has no public constructor.
        if typeName.equalsIgnoringCase("System.Management.Automation.PSCustomObject") {
            throw ErrorRecord(message: "A constructor was not found. Cannot find an appropriate constructor for type \(typeName).",
                              errorId: "CannotFindAppropriateCtor", category: .ObjectNotFound, target: .string(typeName),
                              exceptionType: "System.Management.Automation.PSArgumentException")
        }
        let value = try runtime.newObject(typeName: typeName, arguments)
        if case let .hashtable(h)? = p["Property"] {
            guard case let .object(o) = value else {
                throw ErrorRecord(message: "The value supplied is not valid, or the property is read-only. Change the value, and then try again.",
                                  errorId: "InvalidOperationException", category: .InvalidOperation, target: value,
                                  exceptionType: "System.InvalidOperationException")
            }
            for (k, v) in h.entries {
                let name = PSConvert.toString(k)
                if o.isCustomObject || o.hasEmptyBase {
                    o.addProperty(name, v)
                    continue
                }
                do {
                    try o.setProperty(name, v)
                } catch {
                    try runtime.writeError(ErrorRecord(
                        message: "The member \"\(name)\" was not found for the specified .NET object.", errorId: "InvalidOperationException",
                        category: .InvalidOperation, target: value, exceptionType: "System.InvalidOperationException"))
                }
            }
        }
        runtime.writeObject(value)
    }
}
