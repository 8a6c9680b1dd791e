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
            ParameterMetadata("Process", .array(.scriptBlock), sets: [ParameterSetSpec("ScriptBlockSet", mandatory: true, position: 0)], validations: [.allowNull, .allowEmptyCollection],
                              description: "Specifies the operation performed on each input object ($_)."),
            ParameterMetadata("End", .scriptBlock, sets: [ParameterSetSpec("ScriptBlockSet")], description: "Specifies a script block that runs after the last input object."),
            ParameterMetadata("RemainingScripts", .array(.scriptBlock), sets: [ParameterSetSpec("ScriptBlockSet", remainingArguments: true)], validations: [.allowNull, .allowEmptyCollection],
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
                CmdletExample("Example 3: Begin, process and end blocks", code: "Get-CsXmppAllowedPartner | ForEach-Object -Begin { $n = 0 } -Process { $n++ } -End { \"$n partners\" }",
                              remarks: "Counts the partners: the begin block runs once before the first object, the end block once after the last."),
                CmdletExample("Example 4: Call a method with arguments", code: "'xmpp.contoso.com' | ForEach-Object -MemberName Split -ArgumentList '.'",
                              remarks: "Calls Split('.') on the string and writes the parts: xmpp, contoso and com."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "System.Object"))

    private var process: [(any PSScriptBlock)?] = []
    private var end: (any PSScriptBlock)?
    /// The member form: the name, whether it is a wildcard, and the method's arguments.
    private var memberName = ""
    private var memberIsPattern = false
    private var memberArguments: [PSValue] = []

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard p.parameterSetName == "ScriptBlockSet" else {
            memberName = p.string("MemberName") ?? ""
            memberIsPattern = WildcardPattern.hasWildcards(memberName)
            memberArguments = p["ArgumentList"]?.asList ?? []
            return
        }
        // PowerShell's rule: -Begin, then -Process and the remaining blocks, in one list. With more than
        // one block the first is the begin block; with more than two (and no -End) the last is the end block.
        var scripts: [(any PSScriptBlock)?] = []
        if p.has("Begin") { scripts.append(p.scriptBlock("Begin")) }
        for name in ["Process", "RemainingScripts"] where p.has(name) {
            let list = p[name]?.asList ?? []
            if list.isEmpty { scripts.append(nil) } else { scripts += list.map(\.scriptBlockValue) }
        }
        var last = scripts.count
        let first = scripts.count > 1 ? 1 : 0
        if p.has("End") {
            end = p.scriptBlock("End")
        } else if scripts.count > 2 {
            last = scripts.count - 1
            end = scripts[last]
        }
        process = Array(scripts[first..<last])
        if last >= 2, let b = scripts[0] { try runtime.runStreaming(b, dollarUnder: nil) }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        let input = p["InputObject"] ?? .null
        if p.parameterSetName == "PropertyAndMethodSet" {
            return try member(memberName, of: input, arguments: memberArguments, runtime)
        }
        // A pipeline with no input still runs the process block once, with $_ = $null.
        for sb in process { if let sb { try runtime.runStreaming(sb, dollarUnder: input) } }
    }

    func end(_ runtime: any ShellRuntime) throws {
        if let e = end { try runtime.runStreaming(e, dollarUnder: nil) }
    }

    /// `ForEach-Object Name`: the property's value (collections unrolled), or the method called with the
    /// arguments; a member that is not there gives $null, as `$_.Name` would.
    private func member(_ name: String, of input: PSValue, arguments: [PSValue], _ runtime: any ShellRuntime) throws {
        if input.isNull {
            if arguments.isEmpty { runtime.writeObject(.null) } else {
                try runtime.writeError(Self.nameError("You cannot call a method on a null-valued expression.", id: "InvokeMethodOnNull", parameter: "InputObject", target: input))
            }
            return
        }
        var resolved = name
        if arguments.isEmpty {
            if memberIsPattern {
                let pattern = WildcardPattern(name)
                let matches = FormatValue.propertyNames(of: input).filter { pattern.matches($0) }
                if matches.count > 1 {
                    try runtime.writeError(Self.nameError("Input name \"\(name)\" is ambiguous. It can be resolved to multiple matched members. Possible matches include: \(matches.joined(separator: " ")).",
                                                          id: "AmbiguousPropertyOrMethodName", parameter: "Name", target: input))
                    return
                }
                if let m = matches.first { resolved = m }
            }
            if let v = input.member(resolved) ?? (input.enumerated == nil ? nil : Members.get(input, resolved)) {
                runtime.writeEnumerated(v)
                return
            }
        }
        do {
            runtime.writeEnumerated(try runtime.invokeMethod(on: input, resolved, arguments))
        } catch let e as TerminatingError where e.record.errorId == "MethodNotFound" {
            if arguments.isEmpty {
                runtime.writeObject(.null)
            } else {
                try runtime.writeError(Self.nameError("Input name \"\(name)\" cannot be resolved to a method.", id: "MethodNotFound", parameter: "Name", target: input))
            }
        } catch let e as TerminatingError {
            var r = e.record
            r.errorId = "MethodInvocationError"
            r.fullyQualifiedErrorIdOverride = nil
            r.commandClass = nil
            r.category = .InvalidOperation
            r.targetObject = input
            try runtime.writeError(r)
        }
    }

    private static func nameError(_ message: String, id: String, parameter: String, target: PSValue) -> ErrorRecord {
        ErrorRecord(message: message, errorId: id, category: .InvalidArgument, target: target, exceptionType: "System.Management.Automation.PSArgumentException")
    }
}
