import CsCore

/// Write-Error: writes a non-terminating error.
final class WriteErrorCommand: ShellCmdlet {
    static let errorCategory = PSEnumType(name: "ErrorCategory", fullName: "System.Management.Automation.ErrorCategory",
                                          members: ErrorCategory.allCases.map(\.rawValue))

    static let metadata = CmdletMetadata(
        verb: "Write", noun: "Error", className: "Microsoft.PowerShell.Commands.WriteErrorCommand",
        parameters: [
            ParameterMetadata("Message", .string, mandatory: true, position: 0, pipeline: .byValue, aliases: ["Msg"],
                              description: "Specifies the message text of the error."),
            ParameterMetadata("Category", .enumeration(errorCategory), description: "Specifies the category of the error.", defaultValue: "NotSpecified"),
            ParameterMetadata("ErrorId", .string, description: "Specifies an ID string to identify the error."),
            ParameterMetadata("TargetObject", .object, description: "Specifies the object that was being processed when the error occurred."),
            ParameterMetadata("RecommendedAction", .string, description: "Specifies the action that the user should take to resolve or prevent the error."),
            ParameterMetadata("CategoryActivity", .string, aliases: ["Activity"], description: "Specifies the action that caused the error."),
            ParameterMetadata("CategoryReason", .string, aliases: ["Reason"], description: "Specifies how or why the activity caused the error."),
        ],
        help: CmdletHelp(
            synopsis: "Writes an object to the error stream.",
            description: "Declares a non-terminating error. The error is displayed, added to $Error, and the script goes on unless -ErrorAction or $ErrorActionPreference says otherwise.",
            examples: [CmdletExample("Example 1: Write an error", code: "Write-Error \"Access denied.\"", remarks: "Writes an error whose message is Access denied.")],
            inputs: "System.String"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let category = p.enumValue("Category").flatMap { ErrorCategory(rawValue: $0.name) } ?? .NotSpecified
        var r = ErrorRecord(message: p.string("Message") ?? "", errorId: p.string("ErrorId") ?? "Microsoft.PowerShell.Commands.WriteErrorException",
                            category: category, target: p["TargetObject"],
                            exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException")
        r.fullyQualifiedErrorIdOverride = p.string("ErrorId") ?? "Microsoft.PowerShell.Commands.WriteErrorException"
        r.recommendedAction = p.string("RecommendedAction")
        if let a = p.string("CategoryActivity") { r.activity = a }
        // Inside a function or script the error is the caller's, as WriteErrorCommand gives it the
        // caller's $MyInvocation: its name ends the FullyQualifiedErrorId and heads the message, its
        // call is the position; the activity stays Write-Error.
        if let caller = ScriptInvocationInfo.current(runtime.session) {
            r.fullyQualifiedErrorIdOverride = (r.fullyQualifiedErrorIdOverride ?? r.errorId) + "," + caller.commandName
            r.invocationName = caller.commandName
            r.position = caller.position
            if r.activity.isEmpty { r.activity = "Write-Error" }
        }
        try runtime.writeError(r)
    }
}
