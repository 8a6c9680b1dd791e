import CsCore

/// Sort-Object: sorts by one or more keys (names, script blocks, `@{Expression=…; Descending=…}`),
/// case-insensitively unless -CaseSensitive; objects that lack a key's property sort last either way.
/// As in PowerShell, a plain sort is .NET's introspective sort (not stable: equal objects may change
/// places), while -Stable, -Top and -Bottom keep equal objects in input order; -Unique keeps the
/// first of equal objects in the sorted order (with -Stable: the first in the input).
final class SortObjectCommand: InputCollectingCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Sort", noun: "Object", className: "Microsoft.PowerShell.Commands.SortObjectCommand",
        aliases: ["sort"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: "Specifies the objects to sort."),
            ParameterMetadata("Property", .array(.object), position: 0,
                              description: "Specifies the sort keys: property names (wildcards allowed), script blocks, or @{Expression=…; Ascending=…; Descending=…} (a key's own direction overrides -Descending; both given and equal are ignored)."),
            ParameterMetadata("Descending", .switchParameter, description: "Sorts in descending order (keys with their own direction keep it)."),
            ParameterMetadata("Unique", .switchParameter, description: "Eliminates duplicates (objects whose keys compare equal) and returns only the first of each."),
            ParameterMetadata("CaseSensitive", .switchParameter, description: "Sorts and compares case-sensitively (lower case before upper case)."),
            ParameterMetadata("Culture", .string, description: "Specifies the culture to compare strings with: a name (ru-RU) or an LCID (1049, 0x419)."),
            ParameterMetadata("Stable", .switchParameter, sets: [ParameterSetSpec("Default")],
                              description: "Keeps objects whose keys compare equal in the order they were received."),
            ParameterMetadata("Top", .int32, sets: [ParameterSetSpec("Top", mandatory: true)], validations: [.range(1, Int(Int32.max))],
                              description: "Returns only the first N sorted objects (a stable sort)."),
            ParameterMetadata("Bottom", .int32, sets: [ParameterSetSpec("Bottom", mandatory: true)], validations: [.range(1, Int(Int32.max))],
                              description: "Returns only the last N sorted objects (a stable sort)."),
        ],
        defaultParameterSet: "Default",
        help: CmdletHelp(
            synopsis: "Sorts objects by property values.",
            description: "Sorts objects in ascending or descending order based on the values of their properties.",
            examples: [
                CmdletExample("Example 1: Sort partners by type, then identity", code: "Get-CsXmppAllowedPartner | Sort-Object PartnerType, Identity",
                              remarks: "Lists the partners ordered by PartnerType, then Identity."),
                CmdletExample("Example 2: The partners that were changed last", code: "Get-CsXmppAllowedPartner | Sort-Object Identity -Bottom 2",
                              remarks: "Returns the two partners whose identities sort last."),
                CmdletExample("Example 3: One partner per type", code: "Get-CsXmppAllowedPartner | Sort-Object PartnerType -Unique -Stable",
                              remarks: "Returns the first partner (in store order) of each partner type."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "System.Management.Automation.PSObject"))

    var items: [PSValue] = []

    required init() {}

    var parameters = BoundParameters()

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        let input = items.filter { !$0.isNull }
        guard !input.isEmpty else { return }
        let keys = try OrderedKeys(p["Property"], of: input, descending: p.isPresent("Descending"), caseSensitive: p.isPresent("CaseSensitive"), runtime)
        let unique = p.isPresent("Unique")
        var order: [Int]
        if p.isPresent("Stable") || p.has("Top") || p.has("Bottom") {
            // Equal objects keep their input order; -Unique keeps the first of them.
            order = keys.stableOrder()
            if unique { order = keys.firstOfEachRun(order) }
            if let t = p.int("Top") { order = Array(order.prefix(t)) }
            if let b = p.int("Bottom") { order = Array(order.suffix(b)) }
        } else {
            order = Array(input.indices)
            IntroSort.sort(&order) { keys.compare($0, $1) }
            if unique { order = keys.firstOfEachRun(order) }
        }
        for i in order { runtime.writeObject(input[i]) }
    }
}

/// The sort keys of a list of objects, computed once per object, and PowerShell's order over them
/// (OrderByPropertyComparer): key by key, a missing property last in both directions.
struct OrderedKeys {
    /// Per object, per key (object i's keys at i·width ..< (i+1)·width): the value, or nil when the
    /// object has no such property.
    let values: [PSValue?]
    let width: Int
    let descending: [Bool]
    let comparer: ObjectCommandComparer

    var count: Int { width == 0 ? 0 : values.count / width }

    /// The keys of object `i`.
    func keys(_ i: Int) -> ArraySlice<PSValue?> { values[(i * width)..<((i + 1) * width)] }

    /// `property` as Sort-Object and Group-Object read it; no property sorts by the objects themselves.
    init(_ property: PSValue?, of input: [PSValue], descending: Bool, caseSensitive: Bool, _ runtime: any ShellRuntime,
         usage: PropertySpecUsage = .sort) throws {
        var specs = try runtime.propertySpecs(property, usage: usage)
        comparer = ObjectCommandComparer(caseSensitive: caseSensitive)
        if specs.isEmpty {
            values = input
            width = 1
            self.descending = [descending]
            return
        }
        // A wildcard name stands for the matching properties of all the objects, in name order.
        specs = specs.flatMap { spec -> [PropertySpec] in
            guard spec.isPattern, case let .name(pattern) = spec.expression else { return [spec] }
            let w = WildcardPattern(pattern)
            var names: [String: String] = [:]
            for item in input { for n in FormatValue.propertyNames(of: item) where w.matches(n) { names[n.caseFoldedKey] = n } }
            return names.keys.sorted().map { k in
                var s = spec
                s.expression = .name(names[k]!)
                s.isCalculated = true
                return s
            }
        }
        var all: [PSValue?] = []
        all.reserveCapacity(input.count * specs.count)
        for item in input {
            for s in specs { all.append(try OrderedKeys.value(s, of: item, runtime)) }
        }
        values = all
        width = specs.count
        self.descending = specs.map { $0.descending ?? descending }
    }

    /// One key of one object: a property's value (nil when missing, a hashtable's key counting as one)
    /// or a script block's output.
    static func value(_ spec: PropertySpec, of item: PSValue, _ runtime: any ShellRuntime) throws -> PSValue? {
        switch spec.expression {
        case let .name(name):
            return item.property(name)
        case let .scriptBlock(sb):
            return try runtime.evaluate(sb, dollarUnder: item)
        }
    }

    func compare(_ a: Int, _ b: Int) -> Int {
        let x = a * width, y = b * width
        for k in 0..<width {
            switch (values[x + k], values[y + k]) {
            case (nil, nil): continue
            case (nil, _): return 1
            case (_, nil): return -1
            case let (l?, r?):
                let c = comparer.compare(l, r)
                if c != 0 { return descending[k] ? -c : c }
            }
        }
        return 0
    }

    /// The indices in sorted order, equal objects in input order.
    func stableOrder() -> [Int] {
        Array(0..<count).sorted { a, b in
            let c = compare(a, b)
            return c != 0 ? c < 0 : a < b
        }
    }

    /// The first of each run of equal neighbours (PowerShell's -Unique after sorting).
    func firstOfEachRun(_ order: [Int]) -> [Int] {
        var kept: [Int] = []
        for i in order where kept.last.map({ compare($0, i) != 0 }) ?? true { kept.append(i) }
        return kept
    }
}
