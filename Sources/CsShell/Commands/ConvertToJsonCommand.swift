import CsCore

/// ConvertTo-Json: collects all its input and writes one JSON string (pwsh 7's layout; enums as
/// their names, contract.md). Several inputs, or -AsArray, make an array; containers deeper than
/// -Depth are written as their string form, with a warning.
final class ConvertToJsonCommand: InputCollectingCmdlet {
    static let escapeHandling = PSEnumType(name: "StringEscapeHandling", fullName: "Newtonsoft.Json.StringEscapeHandling",
                                           members: ["Default", "EscapeNonAscii", "EscapeHtml"])

    static let metadata = CmdletMetadata(
        verb: "ConvertTo", noun: "Json", className: "Microsoft.PowerShell.Commands.ConvertToJsonCommand",
        parameters: [
            ParameterMetadata("InputObject", .object, aliases: [],
                              sets: [ParameterSetSpec(mandatory: true, position: 0, pipeline: .byValue)],
                              validations: [.allowNull, .allowEmptyString, .allowEmptyCollection],
                              description: "Specifies the objects to convert to JSON format. Enter a variable that contains the objects, or type a command or expression that gets the objects. You can also pipe an object to ConvertTo-Json."),
            ParameterMetadata("Depth", .int32, validations: [.range(0, 100)],
                              description: "Specifies how many levels of contained objects are included in the JSON representation. The value can be any number from 0 to 100. The default value is 2. Deeper objects are written as their string form and a warning is written.",
                              defaultValue: "2"),
            ParameterMetadata("Compress", .switchParameter, description: "Omits white space and indented formatting in the output string."),
            ParameterMetadata("EnumsAsStrings", .switchParameter,
                              description: "Converts enumerations to their string representation. Enumeration values are always written as their names in csshell; the switch is accepted for compatibility."),
            ParameterMetadata("AsArray", .switchParameter, description: "Outputs the object in array brackets, even if the input is a single object."),
            ParameterMetadata("EscapeHandling", .enumeration(escapeHandling),
                              description: "Controls how certain characters are escaped in the resulting JSON output: Default (only control characters), EscapeNonAscii (also all non-ASCII characters), EscapeHtml (also <, >, &, ' and \").",
                              defaultValue: "Default"),
        ],
        help: CmdletHelp(
            synopsis: "Converts an object to a JSON-formatted string.",
            description: "The ConvertTo-Json cmdlet converts any object to a string in JavaScript Object Notation (JSON) format. The properties are converted to field names, the field values are converted to property values. Enumeration values (PartnerType, TlsNegotiation, SaslNegotiation) are written as their names, lists as arrays and $null as null.\n\nThe cmdlet collects all of its input: one object gives one JSON value, several objects give a JSON array. The output is a single string that other tools (jq, python -m json.tool) can read, and ConvertFrom-Json turns back into objects.",
            examples: [
                CmdletExample("Example 1: Export the partners as JSON", code: "Get-CsXmppAllowedPartner | ConvertTo-Json | Out-File partners.json",
                              remarks: "Writes every XMPP allowed partner to partners.json."),
                CmdletExample("Example 2: Compact output", code: "Get-CsXmppAllowedPartner -Identity fabrikam.com | ConvertTo-Json -Compress",
                              remarks: "Writes the partner on a single line without white space."),
            ],
            inputs: "System.Object", outputs: "System.String"),
        outputTypes: ["System.String"])

    var parameters = BoundParameters()
    var items: [PSValue] = []

    required init() {}

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        if p.has("InputObject") { items.append(p["InputObject"] ?? .null) }
    }

    func end(_ runtime: any ShellRuntime) throws {
        let escaping = parameters.enumValue("EscapeHandling")?.name ?? "Default"
        let options = JSONSerializerOptions(depth: parameters.int("Depth") ?? 2, compress: parameters.isPresent("Compress"),
                                        escapeHtml: escaping == "EscapeHtml", escapeNonAscii: escaping == "EscapeNonAscii")
        // JsonObject.ProcessDictionary: a dictionary the conversion reaches must have string keys only.
        for item in items {
            if let dictionary = ConvertToJsonCommand.nonStringKeyDictionary(item, depth: 0, maxDepth: options.depth) {
                throw ErrorRecord(message: "The type '\(dictionary.typeName ?? "System.Collections.Hashtable")' is not supported for serialization or deserialization of a dictionary. Keys must be strings.",
                                  errorId: "NonStringKeyInDictionary", category: .InvalidOperation, target: dictionary,
                                  exceptionType: "System.InvalidOperationException")
            }
        }
        guard let text = JSONSerializer.convert(items, asArray: parameters.isPresent("AsArray"), options: options,
                                            warning: { runtime.writeWarning($0) }) else { return }
        runtime.writeObject(.string(text))
    }

    /// The first dictionary within `maxDepth` (the containers the conversion writes rather than cuts)
    /// that has a key other than a string.
    static func nonStringKeyDictionary(_ v: PSValue, depth: Int, maxDepth: Int) -> PSValue? {
        guard depth <= maxDepth else { return nil }
        switch v {
        case let .hashtable(h):
            for e in h.entries {
                guard case .string = e.key else { return v }
                if let found = nonStringKeyDictionary(e.value, depth: depth + 1, maxDepth: maxDepth) { return found }
            }
        case let .array(a):
            for x in a { if let found = nonStringKeyDictionary(x, depth: depth + 1, maxDepth: maxDepth) { return found } }
        case let .object(o):
            for (_, x) in o.properties { if let found = nonStringKeyDictionary(x, depth: depth + 1, maxDepth: maxDepth) { return found } }
        default:
            break
        }
        return nil
    }
}
