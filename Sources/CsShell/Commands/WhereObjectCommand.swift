import CsCore
import CsLanguage

/// Where-Object: keeps the input objects for which a script block is true, or for which a property
/// compares as asked (`Where-Object PartnerType -eq Federated`). Each operator is a switch in its own
/// parameter set, as in PowerShell.
final class WhereObjectCommand: ShellCmdlet {
    /// (switch name, set name, comparison, aliases)
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
                              sets: opSets.map { ParameterSetSpec($0, mandatory: true, position: 0) },
                              description: "Specifies the name of a property of the input objects."),
            ParameterMetadata("Value", .object, aliases: [],
                              sets: opSets.filter { $0 != "Not" }.map { ParameterSetSpec($0, position: 1) },
                              description: "Specifies the value the property is compared with."),
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
                description: "Selects the objects that pass a filter: a script block (Where-Object { $_.PartnerType -eq \"Federated\" }) or a comparison of one property (Where-Object PartnerType -eq Federated).",
                examples: [
                    CmdletExample("Example 1: Filter with a script block", code: "Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq \"Required\"}",
                                  remarks: "Returns the XMPP allowed partners whose SASL negotiation is Required."),
                    CmdletExample("Example 2: Filter with a comparison", code: "Get-CsXmppAllowedPartner | Where-Object PartnerType -eq Federated",
                                  remarks: "Returns the federated partners."),
                ],
                inputs: "System.Management.Automation.PSObject", outputs: "System.Object"))
    }()

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let input = p["InputObject"] else { return }
        if let sb = p.scriptBlock("FilterScript") {
            if PSConvert.isTrue(try runtime.evaluate(sb, dollarUnder: input)) { runtime.writeObject(input) }
            return
        }
        let property = p.string("Property") ?? ""
        let actual = Members.get(input, property)
        let set = p.parameterSetName
        if set == "Not" {
            if !PSConvert.isTrue(actual) { runtime.writeObject(input) }
            return
        }
        guard let op = WhereObjectCommand.operators.first(where: { $0.set == set })?.op else { return }
        if set == "EqualSet" && !p.isPresent("EQ") {
            if p.has("Value") {
                throw ErrorRecord(message: "The operator is not specified. Specify a comparison operator, such as -EQ, and try again.",
                                  errorId: "OperatorNotSpecified", category: .InvalidOperation,
                                  exceptionType: "System.Management.Automation.PSArgumentException")
            }
            if PSConvert.isTrue(actual) { runtime.writeObject(input) }
            return
        }
        var value = p["Value"] ?? .null
        if op == .is || op == .isNot, !value.isNull, value.objectValue?["FullName"] == nil {
            value = TypeResolver.typeObject(PSConvert.toString(value), registry: runtime.session.registry) ?? value
        }
        let result = try runtime.applyOperator(op, actual, value)
        if PSConvert.isTrue(result) { runtime.writeObject(input) }
    }
}
