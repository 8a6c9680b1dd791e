import CsCore

/// Out-String: the text the console would show for the input, as one string (every line followed
/// by a newline), or with -Stream one string per line.
final class OutStringCommand: InputCollectingCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Out", noun: "String", className: "Microsoft.PowerShell.Commands.OutStringCommand",
        parameters: [
            ParameterMetadata("Stream", .switchParameter, sets: [ParameterSetSpec("StreamFormatting", mandatory: true)],
                              description: "Indicates that the cmdlet sends a separate string for each line of the formatted output. By default, the strings for all the objects are accumulated and sent as a single string."),
            ParameterMetadata("NoNewline", .switchParameter, sets: [ParameterSetSpec("NoNewLineFormatting")],
                              description: "Removes all newlines from formatted output."),
            ParameterMetadata("Width", .int32, validations: [.range(2, Int(Int32.max))],
                              description: "Specifies the number of characters in each line of output. Any additional characters are wrapped to the next line or truncated. The default is the console's width, or 120 characters when the output is not a terminal."),
            CommonDeclarations.inputObject("Specifies the objects to be written to a string. Enter a variable that contains the objects, or type a command or expression that gets the objects."),
        ],
        defaultParameterSet: "NoNewLineFormatting",
        help: CmdletHelp(
            synopsis: "Outputs input objects as a string.",
            description: "The Out-String cmdlet converts input objects into strings: the same text the console would display, tables and lists included. By default it accumulates the text and returns a single string; -Stream returns one string per line.",
            examples: [
                CmdletExample("Example 1: A partner list as one string", code: "$text = Get-CsXmppAllowedPartner | Out-String",
                              remarks: "Stores the formatted list of partners in $text."),
                CmdletExample("Example 2: Search the formatted text", code: "Get-CsXmppAllowedPartner | Out-String -Stream | Where-Object { $_ -like '*Federated*' }",
                              remarks: "Each line of the formatted output is a separate string, so Where-Object can filter the lines."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "System.String"),
        outputTypes: ["System.String"])

    var parameters = BoundParameters()
    var items: [PSValue] = []

    required init() {}

    func end(_ runtime: any ShellRuntime) throws {
        guard !items.isEmpty else { return }
        let session = runtime.session
        let width = parameters.int("Width") ?? session.host.outputWidth
        if parameters.isPresent("NoNewline") {
            runtime.writeObject(.string(OutDefaultSink.renderWithoutNewlines(items, session: session, width: width)))
            return
        }
        let text = OutDefaultSink.render(items, session: session, width: width)
        if parameters.isPresent("Stream") {
            var lines = text.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            for l in lines { runtime.writeObject(.string(l)) }
        } else {
            runtime.writeObject(.string(text))
        }
    }
}
