import CsCore

/// Set-Content: writes new content to files, replacing what they held (a file that does not exist
/// is created).
final class SetContentCommand: ContentWritingCmdlet {
    static let appends = false
    static let metadata = CmdletMetadata(
        verb: "Set", noun: "Content", className: "Microsoft.PowerShell.Commands.SetContentCommand", module: "Microsoft.PowerShell.Management",
        aliases: [],
        parameters: contentParameters("receives the content"),
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        help: CmdletHelp(
            synopsis: "Writes new content or replaces existing content in a file.",
            description: "The Set-Content cmdlet writes new content or replaces the content in a file. The content comes from -Value or from the pipeline: each value is written as its text followed by a newline (UTF-8 without a byte-order mark unless -Encoding says otherwise). A file that does not exist is created; its folder must exist.",
            examples: [
                CmdletExample("Example 1: Write a list of domains", code: "Set-Content -Path domains.txt -Value 'contoso.com', 'fabrikam.com'",
                              remarks: "Replaces the content of domains.txt with two lines."),
                CmdletExample("Example 2: Write pipeline output", code: "Get-Content domains.txt | Where-Object { $_ -like 'a*' } | Set-Content alpha.txt",
                              remarks: "Writes the domains that begin with a to alpha.txt, one per line."),
            ],
            inputs: "System.Object", outputs: "None, System.String (with -PassThru)"))

    var parameters = BoundParameters()
    var values: [PSValue] = []

    required init() {}
}
