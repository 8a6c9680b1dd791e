import CsCore
import CsLanguage

/// Where-Object: keeps the input objects for which a script block is true, or for which a property
/// compares as asked (`Where-Object PartnerType -eq Federated`). Each operator is a switch in its own
/// parameter set, as in PowerShell; a switch given as `:$false` leaves the default (the property's
/// truth) in place, and then -Value is an error.
final class WhereObjectCommand: ShellCmdlet {
    /// (switch name, set name, comparison, aliases); `Not` has no comparison.
    static let operators: [(name: String, set: String, op: BinaryOperator?, aliases: [String])] = {
        var list: [(String, String, BinaryOperator?, [String])] = []
        let kinds: [(ComparisonKind, String, String)] = [
            (.eq, "EQ", "Equal"), (.ne, "NE", "NotEqual"), (.gt, "GT", "GreaterThan"), (.lt, "LT", "LessThan"),
            (.ge, "GE", "GreaterOrEqual"), (.le, "LE", "LessOrEqual"), (.like, "Like", "Like"), (.notlike, "NotLike", "NotLike"),
            (.match, "Match", "Match"), (.notmatch, "NotMatch", "NotMatch"), (.contains, "Contains", "Contains"),
            (.notcontains, "NotContains", "NotContains"), (.in, "In", "In"), (.notin, "NotIn", "NotIn"),
        ]
        for (k, name, set) in kinds {
            list.append((name, set + "Set", .comparison(k, .default), ["I" + name]))
            list.append(("C" + name, "CaseSensitive" + set + "Set", .comparison(k, .sensitive), []))
        }
        list.append(("Is", "IsSet", .is, []))
        list.append(("IsNot", "IsNotSet", .isNot, []))
        list.append(("Not", "Not", nil, []))
        return list.map { (name: $0.0, set: $0.1, op: $0.2, aliases: $0.3) }
    }()

    static let metadata: CmdletMetadata = {
        let opSets = operators.map(\.set)
        var params: [ParameterMetadata] = [
            ParameterMetadata("InputObject", .psObject, aliases: [],
                              sets: [ParameterSetSpec(pipeline: .byValue)],
                              description: "Specifies the objects to filter."),
            ParameterMetadata("FilterScript", .scriptBlock, aliases: [],
                              sets: [ParameterSetSpec("ScriptBlockSet", mandatory: true, position: 0)],
                              description: "Specifies the script block that filters the objects: $_ is the current object; objects for which it is true pass."),
            ParameterMetadata("Property", .string, aliases: [],
                              sets: opSets.map { ParameterSetSpec($0, mandatory: true, position: 0) }, validations: [.notNullOrEmpty],
                              description: "Specifies the name of a property of the input objects (a hashtable's key first, then its members)."),
            ParameterMetadata("Value", .object, aliases: [],
                              sets: opSets.filter { $0 != "Not" }.map { ParameterSetSpec($0, position: 1) },
                              description: "Specifies the value the property is compared with. With an operator switch it is required; without one it is an error."),
        ]
        for o in operators {
            params.append(ParameterMetadata(o.name, .switchParameter, aliases: o.aliases,
                                            sets: [ParameterSetSpec(o.set, mandatory: o.set != "EqualSet")],
                                            description: o.op.map { "Keeps objects whose property is \($0.text) the value." } ?? "Keeps objects whose property is false or missing."))
        }
        return CmdletMetadata(
            verb: "Where", noun: "Object", className: "Microsoft.PowerShell.Commands.WhereObjectCommand",
            module: "Microsoft.PowerShell.Core", aliases: ["?", "where"], parameters: params, defaultParameterSet: "EqualSet",
            help: CmdletHelp(
                synopsis: "Selects objects from a collection based on their property values.",
                description: "Selects the objects that pass a filter: a script block (Where-Object { $_.PartnerType -eq \"Federated\" }) or a comparison of one property (Where-Object PartnerType -eq Federated). A property named alone keeps the objects where it is true (Where-Object EnableKeepAlive); -Not keeps those where it is false or missing.",
                examples: [
                    CmdletExample("Example 1: Filter with a script block", code: "Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq \"Required\"}",
                                  remarks: "Returns the XMPP allowed partners whose SASL negotiation is Required."),
                    CmdletExample("Example 2: Filter with a comparison", code: "Get-CsXmppAllowedPartner | Where-Object PartnerType -eq Federated",
                                  remarks: "Returns the federated partners."),
                    CmdletExample("Example 3: Keep the partners without keep-alive", code: "Get-CsXmppAllowedPartner | Where-Object -Not EnableKeepAlive",
                                  remarks: "Returns the partners whose EnableKeepAlive is False."),
                ],
                inputs: "System.Management.Automation.PSObject", outputs: "System.Object"))
    }()

    private enum Test {
        case script(any PSScriptBlock)
        /// The property's truth (no operator, or an operator switch given as `:$false`).
        case truth
        case not
        case compare(BinaryOperator, PSValue)
    }

    private var test: Test = .truth
    private var property = ""
    /// A mistake in the operator and -Value, reported (terminating) at the first input object, as PowerShell does.
    private var usageError: ErrorRecord?

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        if let sb = p.scriptBlock("FilterScript") {
            test = .script(sb)
            return
        }
        property = p.string("Property") ?? ""
        let set = p.parameterSetName
        let chosen = WhereObjectCommand.operators.first { $0.set == set && p.isPresent($0.name) }
        let value = p["Value"]
        switch (chosen, value) {
        case (nil, nil):
            test = .truth
        case (nil, _?):
            usageError = Self.argumentError("An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle",
                                            id: "OperatorNotSpecified")
        case let (o?, nil):
            if o.op == nil {
                test = .not
            } else {
                usageError = Self.argumentError("The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.",
                                                id: "ValueNotSpecifiedForWhereObject")
            }
        case let (o?, v?):
            guard let op = o.op else { test = .not; break }
            var right = v
            if op == .is || op == .isNot, case let .string(s) = v {
                // `-Is [int]` arrives as text when quoted or typed at the prompt: `'[int]'` names the type too.
                let name = s.count > 2 && s.hasPrefix("[") && s.hasSuffix("]") ? String(s.dropFirst().dropLast()) : s
                right = TypeResolver.typeObject(name, registry: runtime.session.registry) ?? v
            }
            test = .compare(op, right)
        }
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let input = p["InputObject"] else { return }
        if let e = usageError { throw e }
        switch test {
        case let .script(sb):
            if PSConvert.isTrue(try runtime.evaluate(sb, dollarUnder: input)) { runtime.writeObject(input) }
        case .truth:
            if PSConvert.isTrue(Members.get(input, property)) { runtime.writeObject(input) }
        case .not:
            if !PSConvert.isTrue(Members.get(input, property)) { runtime.writeObject(input) }
        case let .compare(op, value):
            let result: PSValue
            do {
                result = try runtime.applyOperator(op, Members.get(input, property), value)
            } catch let e as TerminatingError {
                // A failing comparison (a bad pattern, a value that does not convert) is this object's error only.
                var r = ErrorRecord(message: "The '\(op.text)' operator failed: \(e.record.message).", errorId: "OperatorFailed",
                                    category: .InvalidOperation, target: input, exceptionType: "System.Management.Automation.PSInvalidOperationException")
                r.targetName = ""
                try runtime.writeError(r)
                return
            }
            if PSConvert.isTrue(result) { runtime.writeObject(input) }
        }
    }

    private static func argumentError(_ message: String, id: String) -> ErrorRecord {
        ErrorRecord(message: message, errorId: id, category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException")
    }
}
