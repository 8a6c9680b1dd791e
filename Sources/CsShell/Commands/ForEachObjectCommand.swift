import CsCore

/// ForEach-Object: runs a script block for each input object (`$_`), with optional -Begin and -End
/// blocks, or reads a property / calls a method of each (`ForEach-Object Identity`).
final class ForEachObjectCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "ForEach", noun: "Object", className: "Microsoft.PowerShell.Commands.ForEachObjectCommand",
        module: "Microsoft.PowerShell.Core", aliases: ["%", "foreach"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, sets: [ParameterSetSpec(pipeline: .byValue)], description: "Specifies the input objects."),
            ParameterMetadata("Begin", .scriptBlock, sets: [ParameterSetSpec("ScriptBlockSet")], description: "Specifies a script block that runs before any input object."),
            ParameterMetadata("Process", .array(.scriptBlock), sets: [ParameterSetSpec("ScriptBlockSet", mandatory: true, position: 0)],
                              description: "Specifies the operation performed on each input object ($_)."),
            ParameterMetadata("End", .scriptBlock, sets: [ParameterSetSpec("ScriptBlockSet")], description: "Specifies a script block that runs after the last input object."),
            ParameterMetadata("RemainingScripts", .array(.scriptBlock), sets: [ParameterSetSpec("ScriptBlockSet", remainingArguments: true)],
                              description: "Script blocks not taken by -Process."),
            ParameterMetadata("MemberName", .string, sets: [ParameterSetSpec("PropertyAndMethodSet", mandatory: true, position: 0)],
                              description: "Specifies the property to get or the method to call on each object."),
            ParameterMetadata("ArgumentList", .array(.object), aliases: ["Args"], sets: [ParameterSetSpec("PropertyAndMethodSet", remainingArguments: true)],
                              description: "Specifies the arguments of the method call."),
        ],
        defaultParameterSet: "ScriptBlockSet",
        help: CmdletHelp(
            synopsis: "Performs an operation against each item in a collection of input objects.",
            description: "Runs a script block for each input object, or gets a property or calls a method of each.",
            examples: [
                CmdletExample("Example 1: Show each partner's identity", code: "Get-CsXmppAllowedPartner | ForEach-Object { $_.Identity }",
                              remarks: "Writes the Identity of every XMPP allowed partner."),
                CmdletExample("Example 2: Member form", code: "Get-CsXmppAllowedPartner | ForEach-Object Identity", remarks: "The same, with the property name."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "System.Object"))

    private var begin: (any PSScriptBlock)?
    private var process: [any PSScriptBlock] = []
    private var end: (any PSScriptBlock)?

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard p.parameterSetName == "ScriptBlockSet" else { return }
        var scripts = (p["Process"]?.asList ?? []).compactMap(\.scriptBlockValue)
        scripts += (p["RemainingScripts"]?.asList ?? []).compactMap(\.scriptBlockValue)
        begin = p.scriptBlock("Begin")
        end = p.scriptBlock("End")
        if begin == nil && end == nil && scripts.count >= 2 {
            // {begin} {process} [{end}] given positionally.
            begin = scripts.removeFirst()
            if scripts.count >= 2 { end = scripts.removeLast() }
        }
        process = scripts
        if let b = begin { try runtime.runStreaming(b, dollarUnder: nil) }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let input = p["InputObject"] ?? .null
        if p.parameterSetName == "PropertyAndMethodSet" {
            let name = p.string("MemberName") ?? ""
            if let v = input.member(name) ?? (input.enumerated == nil ? nil : Members.get(input, name)) {
                runtime.writeEnumerated(v)
            } else if !input.isNull {
                let args = p["ArgumentList"]?.asList ?? []
                if let v = try? runtime.invokeMethod(on: input, name, args) {
                    runtime.writeEnumerated(v)
                }
            }
            return
        }
        // A pipeline with no input still runs the process block once, with $_ = $null.
        for sb in process { try runtime.runStreaming(sb, dollarUnder: input) }
    }

    func end(_ runtime: any ShellRuntime) throws {
        if let e = end { try runtime.runStreaming(e, dollarUnder: nil) }
    }
}
