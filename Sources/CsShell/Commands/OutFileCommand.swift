import CsCore

/// Out-File: writes the text the console would show for the input to a file (UTF-8 without a BOM
/// unless -Encoding says otherwise), replacing it or, with -Append, adding to it. `>` and `>>` are
/// the same operation.
final class OutFileCommand: InputCollectingCmdlet {
    static let encodingType = PSType.named(fullName: "System.Text.Encoding", shortName: "Encoding")

    static let metadata = CmdletMetadata(
        verb: "Out", noun: "File", className: "Microsoft.PowerShell.Commands.OutFileCommand",
        parameters: [
            ParameterMetadata("FilePath", .string, aliases: ["Path"], sets: [ParameterSetSpec("ByPath", mandatory: true, position: 0)],
                              description: "Specifies the path to the output file."),
            ParameterMetadata("LiteralPath", .string, aliases: ["PSPath", "LP"], sets: [ParameterSetSpec("ByLiteralPath", mandatory: true, pipeline: .byPropertyName)],
                              description: "Specifies the path to the output file, used exactly as it is typed."),
            ParameterMetadata("Encoding", encodingType, position: 1,
                              description: "Specifies the type of encoding for the target file: ascii, ansi (Latin-1), bigendianunicode, bigendianutf32, oem, unicode (UTF-16LE), utf8 (no BOM), utf8BOM, utf8NoBOM, utf32, or a .NET encoding name or code page. The default is utf8NoBOM.",
                              defaultValue: "utf8NoBOM"),
            ParameterMetadata("Append", .switchParameter, description: "Adds the output to the end of an existing file."),
            ParameterMetadata("Force", .switchParameter, description: "Overrides the read-only attribute and overwrites an existing read-only file."),
            ParameterMetadata("NoClobber", .switchParameter, aliases: ["NoOverwrite"],
                              description: "Prevents an existing file from being overwritten and displays a message that the file already exists."),
            ParameterMetadata("Width", .int32, validations: [.range(2, Int(Int32.max))],
                              description: "Specifies the number of characters in each line of output. Any additional characters are truncated, not wrapped. The default is the console's width, or 120 characters when the output is not a terminal."),
            ParameterMetadata("NoNewline", .switchParameter,
                              description: "Specifies that the content written to the file does not end with a newline character: the formatted lines are concatenated."),
            CommonDeclarations.inputObject("Specifies the objects to be written to the file. Enter a variable that contains the objects or type a command or expression that gets the objects."),
        ],
        defaultParameterSet: "ByPath",
        supportsShouldProcess: true,
        help: CmdletHelp(
            synopsis: "Sends output to a file.",
            description: "The Out-File cmdlet sends output to a file. It writes the same text the console would show (tables and lists, at -Width columns), so the file contains what you would have seen. The file is written as UTF-8 without a byte-order mark unless -Encoding is given; each line ends with a newline. The redirection operators > and >> do the same as Out-File and Out-File -Append.",
            examples: [
                CmdletExample("Example 1: Save the partner list", code: "Get-CsXmppAllowedPartner | Out-File -FilePath partners.txt",
                              remarks: "Writes the formatted list of partners to partners.txt."),
                CmdletExample("Example 2: Add to a log", code: "Test-CsXmppAllowedPartner fabrikam.com | Out-File -FilePath checks.log -Append",
                              remarks: "Appends the test result to checks.log."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "None"))

    var parameters = BoundParameters()
    var items: [PSValue] = []
    private var path = ""
    private var encoding = TextEncoding.default
    private var proceed = false

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        parameters = p
        let given = p.string("FilePath") ?? p.string("LiteralPath") ?? ""
        path = FileSystemPath.resolve(given)
        encoding = try TextEncoding.from(p) ?? .default
        proceed = try runtime.shouldProcess(target: given, action: "Output to File")
        if proceed && p.isPresent("NoClobber") && !p.isPresent("Append") && FileCommands.isFile(path) {
            throw FileErrors.noClobber(given, path)
        }
    }

    func end(_ runtime: any ShellRuntime) throws {
        guard proceed else { return }
        let session = runtime.session
        let width = parameters.int("Width") ?? session.host.outputWidth
        let text = parameters.isPresent("NoNewline") ? OutDefaultSink.renderWithoutNewlines(items, session: session, width: width)
            : OutDefaultSink.render(items, session: session, width: width)
        let readOnlyMode = parameters.isPresent("Force") ? FileCommands.makeWritable(path) : nil
        defer { FileCommands.restoreMode(path, readOnlyMode) }
        do {
            try TextFile.write(text, to: path, append: parameters.isPresent("Append"), encoding: encoding)
        } catch let e as TextFileError {
            throw e.record(target: path)
        }
    }
}
