import CsCore

/// Group-Object: groups objects that have the same values of the given properties. As in PowerShell,
/// when every object's values have the same types the groups come out sorted by those values;
/// otherwise in the order each group was first seen.
final class GroupObjectCommand: InputCollectingCmdlet {
    static let groupInfoType = FormatTypeNames.groupInfo

    static let metadata = CmdletMetadata(
        verb: "Group", noun: "Object", className: "Microsoft.PowerShell.Commands.GroupObjectCommand",
        aliases: ["group"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: "Specifies the objects to group."),
            ParameterMetadata("Property", .array(.object), position: 0, description: "Specifies the properties to group by (names, script blocks or @{Expression=…})."),
            ParameterMetadata("NoElement", .switchParameter, description: "Omits the members of each group from the results (Group is empty, Count still counts them)."),
            ParameterMetadata("AsHashTable", .switchParameter, aliases: ["AHT"], sets: [ParameterSetSpec("HashTable")],
                              description: "Returns a hashtable: keys are the grouped values, values the groups' objects."),
            ParameterMetadata("AsString", .switchParameter, sets: [ParameterSetSpec("HashTable")],
                              description: "With -AsHashTable, uses the groups' names (text) as the keys."),
            ParameterMetadata("CaseSensitive", .switchParameter, description: "Groups case-sensitively (and makes the -AsHashTable keys case-sensitive)."),
            ParameterMetadata("Culture", .string, description: "Specifies the culture to compare strings with: a name (ru-RU) or an LCID (1049, 0x419)."),
        ],
        help: CmdletHelp(
            synopsis: "Groups objects that contain the same value for specified properties.",
            description: "Returns a table with one row for each property value and a column that displays the number of items with that value.",
            examples: [
                CmdletExample("Example 1: Partners by type", code: "Get-CsXmppAllowedPartner | Group-Object PartnerType",
                              remarks: "Counts the partners of each partner type."),
                CmdletExample("Example 2: Look partners up by type", code: "$byType = Get-CsXmppAllowedPartner | Group-Object PartnerType -AsHashTable -AsString; $byType['Federated']",
                              remarks: "Returns a hashtable whose keys are the partner types; the last command lists the federated partners."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "Microsoft.PowerShell.Commands.GroupInfo, System.Collections.Hashtable"),
        outputTypes: [groupInfoType])

    var parameters = BoundParameters()
    var items: [PSValue] = []

    required init() {}

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        let input = items.filter { !$0.isNull }
        guard !input.isEmpty else { return }
        let asHashTable = p.isPresent("AsHashTable"), asString = p.isPresent("AsString")
        if asString && !asHashTable {
            throw ErrorRecord(message: "The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.",
                              errorId: "ArgumentException", category: .InvalidArgument, target: .bool(true), exceptionType: "System.ArgumentException")
        }
        let keys = try OrderedKeys(p["Property"], of: input, descending: false, caseSensitive: p.isPresent("CaseSensitive"), runtime, usage: .group)
        if asHashTable && !asString && keys.descending.count > 1 {
            throw ErrorRecord(message: "The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.",
                              errorId: "ArgumentException", category: .InvalidArgument, target: p["Property"], exceptionType: "System.ArgumentException")
        }
        var groups: [[Int]] = []
        if GroupObjectCommand.sameTypes(keys) {
            // Sorted (stably) by the values; equal neighbours form a group.
            for i in keys.stableOrder() {
                if let last = groups.last?.first, keys.compare(last, i) == 0 { groups[groups.count - 1].append(i) } else { groups.append([i]) }
            }
        } else {
            for i in input.indices {
                if let g = groups.firstIndex(where: { keys.compare($0[0], i) == 0 }) { groups[g].append(i) } else { groups.append([i]) }
            }
        }
        if asHashTable {
            let table = PSHashtable(caseSensitive: p.isPresent("CaseSensitive"))
            for g in groups {
                let values = Array(keys.keys(g[0]))
                let key: PSValue = asString ? .string(GroupObjectCommand.name(values)) : (values.first ?? nil) ?? .null
                if key.isNull || table.containsKey(key) {
                    try runtime.writeError(ErrorRecord(message: "The objects grouped by this property cannot be expanded because there is a key duplication. Provide a valid value for the property, and then try again.",
                                                       errorId: "The objects grouped by this property cannot be expanded because there is a key duplication. Provide a valid value for the property, and then try again.",
                                                       category: .InvalidArgument, exceptionType: "System.Exception"))
                    return
                }
                table[key] = .array(g.map { input[$0] })
            }
            runtime.writeObject(.hashtable(table))
            return
        }
        let noElement = p.isPresent("NoElement")
        for g in groups {
            let values = Array(keys.keys(g[0]))
            let info = PSObject(typeNames: [GroupObjectCommand.groupInfoType, "System.Object"], properties: [
                ("Count", .int(g.count)),
                ("Name", .string(GroupObjectCommand.name(values))),
                ("Group", .array(noElement ? [] : g.map { input[$0] })),
                ("Values", .array(values.map { $0 ?? .null })),
            ])
            runtime.writeObject(.object(info))
        }
    }

    /// True when, key by key, every object's value has one type (values that are $null or missing
    /// aside): then PowerShell sorts the groups.
    private static func sameTypes(_ keys: OrderedKeys) -> Bool {
        var types: [String?] = Array(repeating: nil, count: keys.width)
        for (i, value) in keys.values.enumerated() {
            guard let v = value, !v.isNull else { continue }
            let k = i % keys.width
            let t = typeKey(v)
            if let known = types[k], known != t { return false }
            types[k] = t
        }
        return true
    }

    private static func typeKey(_ v: PSValue) -> String {
        if case let .object(o) = v, o.isCustomObject { return PSObject.customTypeName }
        return v.typeName ?? ""
    }

    /// A group's name: its values as text, joined by ", " ($null and missing ones left out; a
    /// collection as `{a, b}`).
    static func name(_ values: [PSValue?]) -> String {
        values.compactMap { v -> String? in
            guard let v, !v.isNull else { return nil }
            if case let .array(a) = v { return "{" + a.map { PSConvert.toString($0) }.joined(separator: ", ") + "}" }
            return PSConvert.toString(v)
        }.joined(separator: ", ")
    }
}
