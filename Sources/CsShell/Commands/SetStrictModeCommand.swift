import CsCore

/// Set-StrictMode: turns strict checks on (a version: 1.0, 2.0, 3.0 or Latest) or off, in the current
/// scope and the scopes it creates.
final class SetStrictModeCommand: ShellCmdlet {
    static let versionType = PSType.named(fullName: "System.Version", shortName: "version")

    static let metadata = CmdletMetadata(
        verb: "Set", noun: "StrictMode", className: "Microsoft.PowerShell.Commands.SetStrictModeCommand", module: "Microsoft.PowerShell.Core",
        parameters: [
            ParameterMetadata("Off", .switchParameter, sets: [ParameterSetSpec("Off", mandatory: true)],
                              description: "Indicates that this cmdlet turns strict mode off for the current scope and all child scopes."),
            ParameterMetadata("Version", versionType, aliases: ["v"], sets: [ParameterSetSpec("Version", mandatory: true)],
                              description: "Specifies the conditions that cause an error in strict mode: 1.0 forbids references to variables that were never set, except in strings; 2.0 also in strings, and forbids references to properties an object does not have and calling a function like a method (f(1,2)); 3.0 also forbids out-of-bounds array indexes; Latest is the strictest version (3.0).",
                              completer: ArgumentCompleter { _, typed in ["Latest", "3.0", "2.0", "1.0"].filter { $0.hasPrefixIgnoringCase(typed) } }),
        ],
        defaultParameterSet: "Version",
        help: CmdletHelp(
            synopsis: "Establishes and enforces coding rules in expressions, scripts, and script blocks.",
            description: "The Set-StrictMode cmdlet configures strict mode for the current scope and all child scopes, and turns it on and off. When strict mode is on, PowerShell generates a terminating error when the content of an expression, script, or script block violates basic best-practice coding rules.",
            examples: [
                CmdletExample("Example 1: The strictest checks", code: "Set-StrictMode -Version Latest",
                              remarks: "Turns on every strict-mode check for the current scope: a misspelled variable or property name becomes an error."),
                CmdletExample("Example 2: Turn strict mode off", code: "Set-StrictMode -Off",
                              remarks: "Turns strict mode off for the current scope and its child scopes."),
            ],
            inputs: "None", outputs: "None"))

    required init() {}


    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let version: Int
        if p.isPresent("Off") {
            version = 0
        } else {
            let text = p.string("Version") ?? ""
            guard let v = SetStrictModeCommand.major(text) else {
                throw ErrorRecord(message: "Cannot validate argument on parameter 'Version'. The \"\(text)\" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.",
                                  errorId: "ParameterArgumentValidationError", category: .InvalidData, target: .string(text),
                                  exceptionType: "System.Management.Automation.ParameterBindingValidationException")
            }
            version = v
        }
        runtime.session.strictModeUsed = true
        runtime.session.variables.current.strictMode = version
    }

    /// The major version a -Version argument names: Latest (PowerShell's own version, 7), or a
    /// PowerShell version number from 1 to 7 (`2`, `2.0`, `5.1`).
    static func major(_ text: String) -> Int? {
        let t = text.trimmingASCIISpaces()
        if t.equalsIgnoringCase("latest") { return 7 }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), let major = Int(parts[0]),
              (1...7).contains(major) else { return nil }
        return major
    }
}
