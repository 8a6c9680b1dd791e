import CsCore

/// Read-Host: reads a line typed at the console, after an optional prompt (`Prompt: `). With
/// -AsSecureString or -MaskInput the input is not echoed; -AsSecureString returns a SecureString,
/// which, as in PowerShell, shows and converts to text only as its type name.
final class ReadHostCommand: ShellCmdlet {
    static let secureStringType = "System.Security.SecureString"

    /// The text behind a SecureString object; it never reaches output, history or errors.
    final class Secret {
        let text: String
        init(_ text: String) { self.text = text }
    }

    static let metadata = CmdletMetadata(
        verb: "Read", noun: "Host", className: "Microsoft.PowerShell.Commands.ReadHostCommand",
        parameters: [
            ParameterMetadata("Prompt", .object, position: 0, remainingArguments: true, validations: [.allowNull],
                              description: "Specifies the text of the prompt. Type a string. If the string includes spaces, enclose it in quotation marks. A colon and a space are added to the prompt."),
            ParameterMetadata("AsSecureString", .switchParameter, sets: [ParameterSetSpec("AsSecureString")],
                              description: "Indicates that the input is not echoed and is returned as a SecureString, which shows only as System.Security.SecureString."),
            ParameterMetadata("MaskInput", .switchParameter, sets: [ParameterSetSpec("AsString")],
                              description: "Indicates that the input is not echoed and is returned as a string."),
        ],
        defaultParameterSet: "AsString",
        help: CmdletHelp(
            synopsis: "Reads a line of input from the console.",
            description: "The Read-Host cmdlet reads a line of input from the console. It can be used to prompt a user for input. When the shell cannot prompt (its input is not a terminal, or -NonInteractive), Read-Host is a terminating error, as in PowerShell's NonInteractive mode.",
            examples: [
                CmdletExample("Example 1: Ask for a domain", code: "$domain = Read-Host -Prompt \"Partner domain\"",
                              remarks: "Shows Partner domain: and stores what the user types in $domain."),
                CmdletExample("Example 2: Ask for a secret", code: "$secret = Read-Host \"Passphrase\" -AsSecureString",
                              remarks: "Reads without echoing the input and stores it as a SecureString."),
            ],
            inputs: "None", outputs: "System.String, System.Security.SecureString"),
        outputTypes: ["System.String", secureStringType])

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let host = runtime.session.host
        guard host.canPrompt else {
            throw ErrorRecord(message: "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.", errorId: "InvalidOperation",
                              category: .InvalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
        }
        let words = (p["Prompt"]?.asList ?? []).map { PSConvert.toString($0) }.filter { !$0.isEmpty }
        let prompt = words.isEmpty ? "" : words.joined(separator: " ") + ": "
        let secret = p.isPresent("AsSecureString") || p.isPresent("MaskInput")
        let read: ReadResult
        if secret {
            let (result, echoed) = TerminalEcho.withoutEcho { host.readLine(prompt: prompt) }
            if !echoed { host.writeOut("\n") }
            read = result
        } else {
            read = host.readLine(prompt: prompt)
        }
        // Ctrl-C stops the command; the end of the input gives nothing.
        guard let line = try read.promptAnswer() else { return }
        if p.isPresent("AsSecureString") {
            let o = PSObject(typeNames: [ReadHostCommand.secureStringType, "System.Object"])
            o.toStringOverride = ReadHostCommand.secureStringType
            o.native = Secret(line)
            runtime.writeObject(.object(o))
        } else {
            runtime.writeObject(.string(line))
        }
    }
}
