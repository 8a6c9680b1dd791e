/// PowerShell's common parameters, in the order its ambiguity messages list them, plus WhatIf and
/// Confirm for cmdlets that declare ShouldProcess.
public enum CommonParameters {
    public static let actionPreference = PSType.enumeration(PSEnumType.actionPreference)

    public static let all: [ParameterMetadata] = [
        ParameterMetadata("Verbose", .switchParameter, aliases: ["vb"], description: "Displays detailed information about the operation."),
        ParameterMetadata("Debug", .switchParameter, aliases: ["db"], description: "Displays programmer-level detail about the operation."),
        ParameterMetadata("ErrorAction", actionPreference, aliases: ["ea"], description: "Determines how the cmdlet responds to a non-terminating error."),
        ParameterMetadata("WarningAction", actionPreference, aliases: ["wa"], description: "Determines how the cmdlet responds to a warning."),
        ParameterMetadata("InformationAction", actionPreference, aliases: ["infa"], description: "Determines how the cmdlet responds to an information record."),
        ParameterMetadata("ProgressAction", actionPreference, aliases: ["proga"], description: "Determines how the cmdlet responds to progress updates."),
        ParameterMetadata("ErrorVariable", .string, aliases: ["ev"], description: "Stores errors about the command in the specified variable (+name appends)."),
        ParameterMetadata("WarningVariable", .string, aliases: ["wv"], description: "Stores warnings about the command in the specified variable (+name appends)."),
        ParameterMetadata("InformationVariable", .string, aliases: ["iv"], description: "Stores information records in the specified variable."),
        ParameterMetadata("OutVariable", .string, aliases: ["ov"], description: "Stores output objects in the specified variable (+name appends)."),
        ParameterMetadata("OutBuffer", .int32, aliases: ["ob"], description: "Determines the number of objects to accumulate in a buffer before any objects are sent through the pipeline."),
        ParameterMetadata("PipelineVariable", .string, aliases: ["pv"], description: "Stores the value of the current pipeline element as a variable."),
    ]

    public static let shouldProcess: [ParameterMetadata] = [
        ParameterMetadata("WhatIf", .switchParameter, aliases: ["wi"], description: "Shows what would happen if the cmdlet runs. The cmdlet is not run."),
        ParameterMetadata("Confirm", .switchParameter, aliases: ["cf"], description: "Prompts you for confirmation before running the cmdlet."),
    ]

    public static let names: Set<String> = Set((all + shouldProcess).map { $0.name.caseFoldedKey })

    /// The common parameters a cmdlet accepts.
    public static func parameters(for metadata: CmdletMetadata) -> [ParameterMetadata] {
        metadata.supportsShouldProcess ? all + shouldProcess : all
    }

    public static func isCommon(_ name: String) -> Bool { names.contains(name.caseFoldedKey) }
}
