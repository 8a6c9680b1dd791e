import CsCore

/// Sort-Object: sorts by one or more keys (names, script blocks, `@{Expression=…; Descending=…}`),
/// case-insensitively unless -CaseSensitive; objects that lack a key's property sort last either way.
final class SortObjectCommand: InputCollectingCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Sort", noun: "Object", className: "Microsoft.PowerShell.Commands.SortObjectCommand",
        aliases: ["sort"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: "Specifies the objects to sort."),
            ParameterMetadata("Property", .array(.object), position: 0,
                              description: "Specifies the sort keys: property names, script blocks, or @{Expression=…; Descending=$true}."),
            ParameterMetadata("Descending", .switchParameter, description: "Sorts in descending order."),
            ParameterMetadata("Unique", .switchParameter, description: "Eliminates duplicates (by the sort keys) and returns only the first of each."),
            ParameterMetadata("CaseSensitive", .switchParameter, description: "Sorts and compares case-sensitively."),
            ParameterMetadata("Stable", .switchParameter, description: "Keeps equal objects in input order (always the case here)."),
            ParameterMetadata("Top", .int32, validations: [.range(1, Int(Int32.max))], description: "Returns only the first N sorted objects."),
            ParameterMetadata("Bottom", .int32, validations: [.range(1, Int(Int32.max))], description: "Returns only the last N sorted objects."),
        ],
        help: CmdletHelp(
            synopsis: "Sorts objects by property values.",
            description: "Sorts objects in ascending or descending order based on the values of their properties.",
            examples: [CmdletExample("Example 1: Sort partners by type, then identity", code: "Get-CsXmppAllowedPartner | Sort-Object PartnerType, Identity",
                                     remarks: "Lists the partners ordered by PartnerType, then Identity.")],
            inputs: "System.Management.Automation.PSObject", outputs: "System.Management.Automation.PSObject"))

    var items: [PSValue] = []

    required init() {}

    var parameters = BoundParameters()

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        let specs = try runtime.propertySpecs(p["Property"], usage: .sort)
        let descending = p.isPresent("Descending")
        let cs = p.isPresent("CaseSensitive")
        // Each object's keys, computed once: nil means the property is missing.
        var keyed: [(item: PSValue, keys: [PSValue?])] = []
        keyed.reserveCapacity(items.count)
        for item in items {
            if specs.isEmpty { keyed.append((item, [item])); continue }
            var keys: [PSValue?] = []
            for s in specs { keys.append(try s.values(of: item, invoke: runtime.invoker).first?.1 ?? nil) }
            keyed.append((item, keys))
        }
        let directions = specs.isEmpty ? [descending] : specs.map { $0.descending ?? descending }
        let order = Array(keyed.indices).sorted { a, b in
            for (k, desc) in directions.enumerated() {
                let c = SortObjectCommand.compareKeys(keyed[a].keys[k], keyed[b].keys[k], caseSensitive: cs, descending: desc)
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        var sorted = order.map { keyed[$0] }
        if p.isPresent("Unique") {
            // Equal objects are neighbours once sorted: keep the first of each run, as PowerShell does.
            var kept: [(item: PSValue, keys: [PSValue?])] = []
            for x in sorted where !(kept.last.map { y in
                zip(x.keys, y.keys).allSatisfy { SortObjectCommand.compareKeys($0, $1, caseSensitive: cs, descending: false) == 0 }
            } ?? false) { kept.append(x) }
            sorted = kept
        }
        var result = sorted.map(\.item)
        if let t = p.int("Top") { result = Array(result.prefix(t)) }
        if let b = p.int("Bottom") { result = Array(result.suffix(b)) }
        for v in result { runtime.writeObject(v) }
    }

    /// Missing keys sort last in both directions; otherwise PowerShell's comparison, falling back to text.
    static func compareKeys(_ a: PSValue?, _ b: PSValue?, caseSensitive: Bool, descending: Bool) -> Int {
        switch (a, b) {
        case (nil, nil): return 0
        case (nil, _): return 1
        case (_, nil): return -1
        case let (x?, y?):
            var c = Comparison.compare(x, y, caseSensitive: caseSensitive)
                ?? Comparison.compareStrings(PSConvert.toString(x), PSConvert.toString(y), caseSensitive)
            if case .string = x, case .null = y { c = 1 }
            return descending ? -c : c
        }
    }
}
