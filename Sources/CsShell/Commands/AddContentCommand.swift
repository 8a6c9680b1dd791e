import CsCore

/// Add-Content: appends content to files (a file that does not exist is created).
final class AddContentCommand: ContentWritingCmdlet {
    static let appends = true
    static let metadata = CmdletMetadata(
        verb: "Add", noun: "Content", className: "Microsoft.PowerShell.Commands.AddContentCommand", module: "Microsoft.PowerShell.Management",
        aliases: ["ac"],
        parameters: contentParameters("receives the additional content"),
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        help: CmdletHelp(
            synopsis: "Adds content to the specified items, such as adding words to a file.",
            description: "The Add-Content cmdlet appends content to a file. The content comes from -Value or from the pipeline: each value is written as its text followed by a newline (UTF-8 without a byte-order mark unless -Encoding says otherwise). A file that does not exist is created; its folder must exist.",
            examples: [
                CmdletExample("Example 1: Add a line to a log", code: "Add-Content -Path checks.log -Value 'federation checked'",
                              remarks: "Appends the line to checks.log, creating it when needed."),
                CmdletExample("Example 2: Add without a newline", code: "Add-Content -Path domains.txt -Value 'contoso' -NoNewline; Add-Content -Path domains.txt -Value '.com'",
                              remarks: "Appends 'contoso' and then '.com' to the same line."),
            ],
            inputs: "System.Object", outputs: "None, System.String (with -PassThru)"))

    var parameters = BoundParameters()
    var values: [PSValue] = []

    required init() {}
}
