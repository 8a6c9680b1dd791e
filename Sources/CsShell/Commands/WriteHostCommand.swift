import CsCore

/// Write-Host: writes text straight to the console (not the pipeline).
final class WriteHostCommand: ShellCmdlet {
    static let consoleColor = PSEnumType(name: "ConsoleColor", fullName: "System.ConsoleColor", members: [
        "Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
        "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White",
    ])

    static let metadata = CmdletMetadata(
        verb: "Write", noun: "Host", className: "Microsoft.PowerShell.Commands.WriteHostCommand",
        parameters: [
            ParameterMetadata("Object", .object, position: 0, pipeline: .byValue, remainingArguments: true, aliases: ["Msg", "Message"],
                              description: "Objects to display in the host. Collections are unrolled, their elements joined by -Separator."),
            ParameterMetadata("NoNewline", .switchParameter, description: "The string representations of the input objects are concatenated to form the output, with no new line after it."),
            ParameterMetadata("Separator", .object, description: "Specifies a separator string to insert between objects displayed by the host.", defaultValue: "\" \""),
            ParameterMetadata("ForegroundColor", .enumeration(consoleColor), description: "Specifies the text color."),
            ParameterMetadata("BackgroundColor", .enumeration(consoleColor), description: "Specifies the background color."),
        ],
        help: CmdletHelp(
            synopsis: "Writes customized output to a host.",
            description: "Writes text to the console. It does not write to the pipeline, so its output cannot be captured in a variable or passed to another command.",
            examples: [CmdletExample("Example 1: Write to the console without adding a new line", code: "Write-Host \"no newline test \" -NoNewline", remarks: "Writes the text without a line break after it.")],
            inputs: "System.Object"))

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let separator = p["Separator"].map { PSConvert.toString($0) } ?? " "
        // Collections are unrolled (nested ones too), their elements joined by the separator.
        func text(_ v: PSValue) -> String {
            switch v {
            case let .array(a): return a.map(text).joined(separator: separator)
            case let .hashtable(h): return h.entries.map { _ in "System.Collections.DictionaryEntry" }.joined(separator: separator)
            default: return PSConvert.toString(v)
            }
        }
        let value = p["Object"] ?? .string("")
        runtime.writeHost(text(value), newline: !p.isPresent("NoNewline"))
    }
}
