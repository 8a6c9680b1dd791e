import CsCore

/// Group-Object: groups objects that have the same values of the given properties.
final class GroupObjectCommand: InputCollectingCmdlet {
    static let groupInfoType = FormatTypeNames.groupInfo

    static let metadata = CmdletMetadata(
        verb: "Group", noun: "Object", className: "Microsoft.PowerShell.Commands.GroupObjectCommand",
        aliases: ["group"],
        parameters: [
            ParameterMetadata("InputObject", .psObject, pipeline: .byValue, description: "Specifies the objects to group."),
            ParameterMetadata("Property", .array(.object), position: 0, description: "Specifies the properties to group by (names, script blocks or calculated properties)."),
            ParameterMetadata("NoElement", .switchParameter, description: "Omits the members of each group from the results."),
            ParameterMetadata("AsHashTable", .switchParameter, description: "Returns a hashtable: keys are the grouped values, values the groups' objects."),
            ParameterMetadata("AsString", .switchParameter, description: "With -AsHashTable, converts the keys to strings."),
            ParameterMetadata("CaseSensitive", .switchParameter, description: "Groups case-sensitively."),
        ],
        help: CmdletHelp(
            synopsis: "Groups objects that contain the same value for specified properties.",
            description: "Returns a table with one row for each property value and a column that displays the number of items with that value.",
            examples: [CmdletExample("Example 1: Partners by type", code: "Get-CsXmppAllowedPartner | Group-Object PartnerType",
                                     remarks: "Counts the partners of each partner type.")],
            inputs: "System.Management.Automation.PSObject", outputs: "Microsoft.PowerShell.Commands.GroupInfo, System.Collections.Hashtable"),
        outputTypes: [groupInfoType])

    var parameters = BoundParameters()
    var items: [PSValue] = []

    required init() {}

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        let specs = try runtime.propertySpecs(p["Property"], usage: .group)
        let cs = p.isPresent("CaseSensitive")
        var groups: [(keys: [PSValue], members: [PSValue])] = []
        for item in items {
            var keys: [PSValue] = []
            if specs.isEmpty { keys = [item] } else {
                for s in specs { keys.append(try s.values(of: item, invoke: runtime.invoker).first?.1 ?? .null) }
            }
            if let i = groups.firstIndex(where: { g in zip(g.keys, keys).allSatisfy { Comparison.equals($0, $1, caseSensitive: cs) || (PSConvert.toString($0).equalsIgnoringCase(PSConvert.toString($1)) && !cs) } }) {
                groups[i].members.append(item)
            } else {
                groups.append((keys, [item]))
            }
        }
        if p.isPresent("AsHashTable") {
            let h = PSHashtable()
            for g in groups {
                let key: PSValue = p.isPresent("AsString") || g.keys.count != 1 ? .string(g.keys.map { PSConvert.toString($0) }.joined(separator: ", ")) : g.keys[0]
                h[key] = g.members.count == 1 ? g.members[0] : .array(g.members)
            }
            runtime.writeObject(.hashtable(h))
            return
        }
        for g in groups {
            var props: [(String, PSValue)] = [("Count", .int(g.members.count)), ("Name", .string(g.keys.map { PSConvert.toString($0) }.joined(separator: ", ")))]
            if !p.isPresent("NoElement") { props.append(("Group", .array(g.members))) }
            props.append(("Values", .array(g.keys)))
            runtime.writeObject(.object(PSObject(typeNames: [GroupObjectCommand.groupInfoType, "System.Object"], properties: props)))
        }
    }
}
