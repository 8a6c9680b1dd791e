import CsCore

/// Write-Error: writes a non-terminating error, made from a message, an exception object or an
/// existing error record (PowerShell's three parameter sets, each taking position 0).
final class WriteErrorCommand: ShellCmdlet {
    static let errorCategory = PSEnumType(name: "ErrorCategory", fullName: "System.Management.Automation.ErrorCategory",
                                          members: ErrorCategory.allCases.map(\.rawValue))
    static let exceptionType = PSType.instance(fullName: "System.Exception", shortName: "Exception")
    static let errorRecordType = PSType.instance(fullName: ErrorRecordObject.typeName, shortName: "ErrorRecord")

    static let metadata = CmdletMetadata(
        verb: "Write", noun: "Error", className: "Microsoft.PowerShell.Commands.WriteErrorCommand",
        parameters: [
            ParameterMetadata("Exception", exceptionType, sets: [ParameterSetSpec("WithException", mandatory: true, position: 0)],
                              description: "Specifies an exception object that represents the error. Use it instead of -Message, or with -Message to show another text."),
            ParameterMetadata("Message", .string, aliases: ["Msg"],
                              sets: [ParameterSetSpec("NoException", mandatory: true, position: 0, pipeline: .byValue), ParameterSetSpec("WithException")],
                              validations: [.allowNull, .allowEmptyString],
                              description: "Specifies the message text of the error."),
            ParameterMetadata("ErrorRecord", errorRecordType, sets: [ParameterSetSpec("ErrorRecord", mandatory: true, position: 0)],
                              description: "Specifies an error record that describes the error; it is written again, as an error of this script."),
            ParameterMetadata("Category", .enumeration(errorCategory), sets: [ParameterSetSpec("NoException"), ParameterSetSpec("WithException")],
                              description: "Specifies the category of the error.", defaultValue: "NotSpecified"),
            ParameterMetadata("ErrorId", .string, sets: [ParameterSetSpec("NoException"), ParameterSetSpec("WithException")],
                              description: "Specifies an ID string to identify the error (the FullyQualifiedErrorId)."),
            ParameterMetadata("TargetObject", .object, sets: [ParameterSetSpec("NoException"), ParameterSetSpec("WithException")],
                              description: "Specifies the object that was being processed when the error occurred."),
            ParameterMetadata("RecommendedAction", .string, description: "Specifies the action that the user should take to resolve or prevent the error."),
            ParameterMetadata("CategoryActivity", .string, aliases: ["Activity"], description: "Specifies the action that caused the error (CategoryInfo's Activity)."),
            ParameterMetadata("CategoryReason", .string, aliases: ["Reason"], description: "Specifies how or why the activity caused the error (CategoryInfo's Reason)."),
            ParameterMetadata("CategoryTargetName", .string, aliases: ["TargetName"], description: "Specifies the name of the object that was being processed (CategoryInfo's TargetName)."),
            ParameterMetadata("CategoryTargetType", .string, aliases: ["TargetType"], description: "Specifies the type of the object that was being processed (CategoryInfo's TargetType)."),
        ],
        defaultParameterSet: "NoException",
        help: CmdletHelp(
            synopsis: "Writes an object to the error stream.",
            description: "Declares a non-terminating error. The error is displayed, added to $Error, and the script goes on unless -ErrorAction or $ErrorActionPreference says otherwise.",
            examples: [
                CmdletExample("Example 1: Write an error", code: "Write-Error \"Access denied.\"", remarks: "Writes an error whose message is Access denied."),
                CmdletExample("Example 2: Set the category and the target", code: "Write-Error -Message \"Partner not found.\" -Category ObjectNotFound -TargetObject \"contoso.com\"",
                              remarks: "The error's CategoryInfo reads ObjectNotFound: (contoso.com:String) [Write-Error], WriteErrorException."),
            ],
            inputs: "System.String"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        var r: ErrorRecord
        if let existing = p["ErrorRecord"].flatMap(ErrorRecordObject.record(from:)) {
            // Written again as an error of this script: same exception, id, category and target.
            r = existing
            r.position = nil
            r.fullyQualifiedErrorIdOverride = existing.fullyQualifiedErrorIdOverride ?? existing.errorId
        } else {
            let category = p.enumValue("Category").flatMap { ErrorCategory(rawValue: $0.name) } ?? .NotSpecified
            let message = p.string("Message") ?? ""
            let exception = p["Exception"]?.objectValue
            let exceptionType = exception?.typeNames.first ?? "Microsoft.PowerShell.Commands.WriteErrorException"
            let exceptionMessage = exception.map { PSConvert.toString($0["Message"] ?? .null) } ?? message
            let id = p.string("ErrorId").flatMap { $0.isEmpty ? nil : $0 } ?? exceptionType
            r = ErrorRecord(message: exceptionMessage, errorId: id, category: category, target: p["TargetObject"], exceptionType: exceptionType)
            r.fullyQualifiedErrorIdOverride = id
            if exception != nil, !message.isEmpty {
                r.exceptionMessage = exceptionMessage
                r.message = message
                r.hasErrorDetails = true
            }
        }
        if let action = p.string("RecommendedAction"), !action.isEmpty { r.recommendedAction = action }
        r.activity = p.string("CategoryActivity").flatMap { $0.isEmpty ? nil : $0 } ?? "Write-Error"
        if let reason = p.string("CategoryReason"), !reason.isEmpty { r.reasonOverride = reason }
        if let name = p.string("CategoryTargetName"), !name.isEmpty { r.targetName = name }
        if let type = p.string("CategoryTargetType"), !type.isEmpty { r.targetTypeName = type }
        // Inside a function or script the error is the caller's, as WriteErrorCommand gives it the
        // caller's $MyInvocation: its name ends the FullyQualifiedErrorId and heads the message, its
        // call is the position.
        if let caller = ScriptInvocationInfo.current(runtime.session) {
            r.fullyQualifiedErrorIdOverride = (r.fullyQualifiedErrorIdOverride ?? r.errorId) + "," + caller.commandName
            r.invocationName = caller.commandName
            r.position = caller.position
        }
        try runtime.writeError(r)
    }
}
