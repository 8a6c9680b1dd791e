import CsCore

/// Select-Object: picks properties (new objects with only those, calculated properties included),
/// or the first / last / unique objects, or expands one property.
final class SelectObjectCommand: ShellCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Select", noun: "Object", className: "Microsoft.PowerShell.Commands.SelectObjectCommand",
        aliases: ["select"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: "Specifies objects to send to the cmdlet through the pipeline."),
            ParameterMetadata("Property", .array(.object), sets: [ParameterSetSpec("DefaultParameter", position: 0), ParameterSetSpec("SkipLastParameter", position: 0)],
                              description: "Specifies the properties to select: names (wildcards allowed) or calculated properties @{Name=…; Expression=…}.", acceptsWildcards: true),
            ParameterMetadata("ExcludeProperty", .array(.string), sets: [ParameterSetSpec("DefaultParameter"), ParameterSetSpec("SkipLastParameter")],
                              description: "Specifies the properties that this cmdlet excludes from the operation.", acceptsWildcards: true),
            ParameterMetadata("ExpandProperty", .string, sets: [ParameterSetSpec("DefaultParameter"), ParameterSetSpec("SkipLastParameter")],
                              description: "Specifies a property to select, and outputs its value (each element of a collection)."),
            ParameterMetadata("Unique", .switchParameter, description: "Outputs only one of identical objects (case-sensitively unless -CaseInsensitive)."),
            ParameterMetadata("CaseInsensitive", .switchParameter, description: "Compares case-insensitively for -Unique."),
            ParameterMetadata("Last", .int32, sets: [ParameterSetSpec("DefaultParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Specifies the number of objects to select from the end."),
            ParameterMetadata("First", .int32, sets: [ParameterSetSpec("DefaultParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Specifies the number of objects to select from the beginning."),
            ParameterMetadata("Skip", .int32, sets: [ParameterSetSpec("DefaultParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Skips the specified number of items."),
            ParameterMetadata("SkipLast", .int32, sets: [ParameterSetSpec("SkipLastParameter")], validations: [.range(0, Int(Int32.max))],
                              description: "Skips the specified number of items from the end."),
            ParameterMetadata("Index", .array(.int32), sets: [ParameterSetSpec("IndexParameter")],
                              description: "Selects objects by their index in the input (0-based)."),
            ParameterMetadata("SkipIndex", .array(.int32), sets: [ParameterSetSpec("SkipIndexParameter")],
                              description: "Skips objects by their index in the input (0-based)."),
        ],
        defaultParameterSet: "DefaultParameter",
        help: CmdletHelp(
            synopsis: "Selects objects or object properties.",
            description: "Selects specified properties of objects, unique objects, or a number of objects from the beginning or end of the input.",
            examples: [
                CmdletExample("Example 1: Select properties", code: "Get-CsXmppAllowedPartner | Select-Object Identity, PartnerType",
                              remarks: "Shows each partner's Identity and PartnerType."),
                CmdletExample("Example 2: First objects", code: "Get-CsXmppAllowedPartner | Select-Object -First 2", remarks: "Returns the first two partners."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "System.Management.Automation.PSObject"))

    private var properties: [PropertySpec] = []
    private var exclude: [WildcardPattern] = []
    private var first: Int?
    private var last: Int?
    private var skip = 0
    private var skipLast = 0
    private var unique = false
    private var caseInsensitive = false
    private var index: Set<Int>?
    private var skipIndex: Set<Int> = []
    private var expand: String?
    private var seen: [PSValue] = []
    private var buffer: [PSValue] = []
    private var count = 0
    private var emitted = 0
    private var buffering = false

    required init() {}

    func begin(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        properties = try runtime.propertySpecs(p["Property"], usage: .select)
        exclude = (p.strings("ExcludeProperty") ?? []).map { WildcardPattern($0) }
        first = p.int("First")
        last = p.int("Last")
        skip = p.int("Skip") ?? 0
        skipLast = p.int("SkipLast") ?? 0
        unique = p.isPresent("Unique")
        caseInsensitive = p.isPresent("CaseInsensitive")
        index = p["Index"].map { Set($0.asList.compactMap(\.integerValue)) }
        skipIndex = Set((p["SkipIndex"]?.asList ?? []).compactMap(\.integerValue))
        expand = p.string("ExpandProperty")
        buffering = last != nil || skipLast > 0 || index != nil
    }

    func process(_ p: BoundParameters, _ runtime: any ShellRuntime) throws {
        guard let input = p["InputObject"] else { return }
        defer { count += 1 }
        if let idx = index {
            if idx.contains(count) { buffer.append(input) }
            return
        }
        if skipIndex.contains(count) { return }
        if count < skip { return }
        if buffering { buffer.append(input); return }
        if let f = first, emitted >= f { return }
        try emit(input, runtime)
        // The objects asked for are out: the commands before this one stop.
        if let f = first, emitted >= f { try runtime.stopUpstreamCommands() }
    }

    func end(_ runtime: any ShellRuntime) throws {
        guard buffering else { return }
        var items = buffer
        if skipLast > 0 { items = Array(items.dropLast(skipLast)) }
        if let l = last {
            let head = first.map { Array(items.prefix($0)) } ?? []
            let tail = Array(items.suffix(l))
            // -First and -Last together: the head, then the tail without what the head already took.
            let overlap = max(0, head.count + tail.count - items.count)
            items = head + tail.dropFirst(overlap)
        }
        for item in items { try emit(item, runtime) }
    }

    private func emit(_ input: PSValue, _ runtime: any ShellRuntime) throws {
        var out: [PSValue] = []
        if let e = expand {
            guard let v = input.member(e) else {
                try runtime.writeError(ErrorRecord(message: "Property \"\(e)\" cannot be found.", errorId: "ExpandPropertyNotFound",
                                                   category: .InvalidArgument, target: input, exceptionType: "System.Management.Automation.PSArgumentException"))
                return
            }
            out = v.asList.isEmpty && !v.isNull ? [v] : (v.enumerated ?? [v])
        } else if !properties.isEmpty {
            out = [.object(try select(input, runtime))]
        } else {
            out = [input]
        }
        for v in out {
            if unique {
                if seen.contains(where: { same($0, v) }) { continue }
                seen.append(v)
            }
            emitted += 1
            runtime.writeObject(v)
        }
    }

    private func select(_ input: PSValue, _ runtime: any ShellRuntime) throws -> PSObject {
        var pairs: [(String, PSValue)] = []
        for spec in properties {
            for (name, value) in try spec.values(of: input, invoke: runtime.invoker) {
                if exclude.contains(where: { $0.matches(name) }) { continue }
                if pairs.contains(where: { $0.0.equalsIgnoringCase(name) }) {
                    if spec.isPattern { continue }
                    throw ErrorRecord(message: "The property cannot be processed because the property \"\(name)\" already exists.",
                                      errorId: "AlreadyExistingUserSpecifiedPropertyNoExpand", category: .InvalidOperation,
                                      target: input, exceptionType: "System.Management.Automation.PSArgumentException")
                }
                pairs.append((name, value ?? .null))
            }
        }
        var typeNames = [PSObject.customTypeName]
        if case let .object(o) = input, let t = o.typeNames.first, t != PSObject.customTypeName { typeNames.insert("Selected." + t, at: 0) }
        return PSObject(typeNames: typeNames, properties: pairs)
    }

    private func same(_ a: PSValue, _ b: PSValue) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)):
            guard x.count == y.count else { return false }
            return zip(x.properties, y.properties).allSatisfy { $0.name.equalsIgnoringCase($1.name) && Comparison.equals($0.value, $1.value, caseSensitive: !caseInsensitive) }
        default:
            return Comparison.equals(a, b, caseSensitive: !caseInsensitive) && a.typeName == b.typeName
        }
    }
}
