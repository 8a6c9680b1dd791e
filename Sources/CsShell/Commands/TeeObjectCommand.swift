import CsCore

/// Tee-Object: passes its input on and also saves it, as Out-File would write it, in a file, or in a
/// variable.
final class TeeObjectCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Tee", noun: "Object", className: "Microsoft.PowerShell.Commands.TeeObjectCommand",
        parameters: [
            CommonDeclarations.inputObject("Specifies the object to be saved and displayed. Enter a variable that contains the objects or type a command or expression that gets the objects."),
            ParameterMetadata("FilePath", .string, aliases: ["Path"], sets: [ParameterSetSpec("File", mandatory: true, position: 0)],
                              description: "Specifies a file that this cmdlet saves the object to: the text the console would show. Wildcards are not supported."),
            ParameterMetadata("LiteralPath", .string, aliases: ["PSPath", "LP"], sets: [ParameterSetSpec("LiteralFile", mandatory: true)],
                              description: "Specifies a file that this cmdlet saves the object to, used exactly as it is typed."),
            ParameterMetadata("Append", .switchParameter, sets: [ParameterSetSpec("File"), ParameterSetSpec("LiteralFile")],
                              description: "Indicates that the cmdlet appends the output to the specified file. Without this parameter, the new content replaces any existing content in the file."),
            ParameterMetadata("Encoding", OutFileCommand.encodingType, sets: [ParameterSetSpec("File"), ParameterSetSpec("LiteralFile")],
                              description: "Specifies the type of encoding for the target file, as Out-File takes it. The default is utf8NoBOM.",
                              defaultValue: "utf8NoBOM"),
            ParameterMetadata("Variable", .string, sets: [ParameterSetSpec("Variable", mandatory: true)],
                              description: "Specifies a variable that the cmdlet saves the object to (an array when there are several). Enter a variable name without the preceding dollar sign ($)."),
        ],
        defaultParameterSet: "File",
        help: CmdletHelp(
            synopsis: "Saves command output in a file or variable and also sends it down the pipeline.",
            description: "The Tee-Object cmdlet redirects output, that is, it sends the output of a command in two directions (like the letter T). It stores the output in a file or variable and also sends it down the pipeline. The file holds the text Out-File would write; it is written when the input ends.",
            examples: [
                CmdletExample("Example 1: Save the partners and keep going", code: "Get-CsXmppAllowedPartner | Tee-Object -FilePath partners.txt | Measure-Object",
                              remarks: "Writes the partner list to partners.txt and counts the partners."),
                CmdletExample("Example 2: Keep a copy in a variable", code: "Get-CsXmppAllowedPartner | Tee-Object -Variable all | Where-Object PartnerType -eq Federated",
                              remarks: "Stores every partner in $all and passes only the federated ones on."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "System.Management.Automation.PSObject"))

    private var items: [PSValue] = []
    private var parameters = BoundParameters()
    private var path: String?
    private var encoding = TextEncoding.default

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        parameters = p
        if let given = p.string("FilePath") ?? p.string("LiteralPath") {
            let full = FileSystemPath.resolve(given)
            encoding = try TextEncoding.from(p) ?? .default
            // The file exists (empty, or as it was with -Append) from the start, as Out-File opens it.
            do { try TextFile.write("", to: full, append: p.isPresent("Append"), encoding: encoding) } catch let e as TextFileError {
                throw e.record(target: full)
            }
            path = full
        }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let v = p["InputObject"] else { return }
        items.append(v)
        runtime.writeObject(v)
    }

    func end(_ runtime: any ShellRuntime) throws {
        if let name = parameters.string("Variable") {
            try runtime.session.variables.set(name, items.isEmpty ? .null : items.count == 1 ? items[0] : .array(items))
        } else if let path {
            let text = OutDefaultSink.render(items, session: runtime.session, width: runtime.session.host.outputWidth)
            do { try TextFile.write(text, to: path, append: true, encoding: encoding) } catch let e as TextFileError {
                throw e.record(target: path)
            }
        }
    }
}
