import CsCore

/// ConvertFrom-Json: turns JSON text into objects (PSCustomObjects with the properties in order, or
/// ordered hashtables with -AsHashtable). Piped lines are one document, as in pwsh: when the first
/// line is not a whole JSON value, all the lines are joined and parsed together. A top-level array
/// is written element by element unless -NoEnumerate.
final class ConvertFromJsonCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "ConvertFrom", noun: "Json", className: "Microsoft.PowerShell.Commands.ConvertFromJsonCommand",
        parameters: [
            ParameterMetadata("InputObject", .string, sets: [ParameterSetSpec(mandatory: true, position: 0, pipeline: .byValue)],
                              validations: [.allowEmptyString],
                              description: "Specifies the JSON strings to convert to JSON objects. Enter a variable that contains the string, or type a command or expression that gets the string. You can also pipe a string to ConvertFrom-Json."),
            ParameterMetadata("AsHashtable", .switchParameter,
                              description: "Converts the JSON to hash tables (OrderedHashtable: a Hashtable that keeps the keys in the order of the document) instead of PSCustomObjects."),
            ParameterMetadata("Depth", .int32, validations: [.range(1, Int(Int32.max))],
                              description: "Gets or sets the maximum depth the JSON input is allowed to have. The default is 1024.", defaultValue: "1024"),
            ParameterMetadata("DateKind", .enumeration(ConvertFromJsonCommand.dateKindType),
                              description: "Specifies how strings in ISO 8601 date form (2024-06-15T10:30:00, with optional fraction and Z or an offset) are read: Default (a DateTime: Unspecified without zone, Utc for Z, the local time for an offset), Local, Utc, Offset, or String (left as strings). csshell has no DateTimeOffset: Offset leaves them as strings.",
                              defaultValue: "Default"),
            ParameterMetadata("NoEnumerate", .switchParameter,
                              description: "Specifies that output isn't enumerated: a JSON array is written as a single array object."),
        ],
        help: CmdletHelp(
            synopsis: "Converts a JSON-formatted string to a custom object or a hash table.",
            description: "The ConvertFrom-Json cmdlet converts a JavaScript Object Notation (JSON) formatted string to a custom PSCustomObject object that has a property for each field in the JSON string. The objects it writes can be piped to Set-CsXmppAllowedPartner (which takes them as -Instance) or Remove-CsXmppAllowedPartner (which reads their Identity).\n\nLines piped to the cmdlet (Get-Content file.json) are treated as one JSON document.",
            examples: [
                CmdletExample("Example 1: Restore partners from a JSON file", code: "Get-Content partners.json | ConvertFrom-Json | Set-CsXmppAllowedPartner",
                              remarks: "Reads the partners written by ConvertTo-Json and saves each of them in the store."),
                CmdletExample("Example 2: A hash table", code: "'{\"a\":1,\"b\":2}' | ConvertFrom-Json -AsHashtable",
                              remarks: "Returns an ordered hash table with the keys a and b."),
            ],
            inputs: "System.String", outputs: "System.Management.Automation.PSCustomObject, System.Management.Automation.OrderedHashtable"),
        outputTypes: [PSObject.customTypeName])

    static let dateKindType = PSEnumType(name: "JsonDateKind", fullName: "Microsoft.PowerShell.Commands.JsonDateKind",
                                         members: JSONDateKind.allCases.map(\.rawValue))

    private var params = BoundParameters()
    private var lines: [String] = []

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws { params = p }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        if let s = p.string("InputObject") { lines.append(s) } else if p.has("InputObject") { lines.append("") }
    }

    func end(_ runtime: any ShellRuntime) throws {
        guard !lines.isEmpty else { return }
        // Each line a whole document, or all of them one document (ConvertFromJsonCommand.EndProcessing).
        if lines.count > 1, let first = try? parse(lines[0]) {
            if !lines[0].trimmingASCIISpaces().isEmpty { write(first, runtime) }
            for l in lines.dropFirst() { try convert(l, runtime) }
        } else {
            try convert(lines.joined(separator: "\n"), runtime)
        }
    }

    private func parse(_ text: String) throws(JSONParseError) -> PSValue {
        try JSONReader.parse(text, options: JSONReaderOptions(asHashtable: params.isPresent("AsHashtable"), maxDepth: params.int("Depth") ?? 1024,
                                                              dateKind: JSONDateKind(rawValue: params.enumValue("DateKind")?.name ?? "Default")))
    }

    private func convert(_ text: String, _ runtime: any ShellRuntime) throws {
        if text.trimmingASCIISpaces().isEmpty { return }
        let value: PSValue
        do { value = try parse(text) } catch {
            throw ErrorRecord(message: error.message, errorId: error.errorId, category: error.errorId == "System.ArgumentException" ? .ParserError : .InvalidOperation,
                              exceptionType: error.errorId == "System.ArgumentException" ? "System.ArgumentException" : "System.InvalidOperationException")
        }
        write(value, runtime)
    }

    private func write(_ value: PSValue, _ runtime: any ShellRuntime) {
        if params.isPresent("NoEnumerate") { runtime.writeObject(value) } else { runtime.writeEnumerated(value) }
    }
}
