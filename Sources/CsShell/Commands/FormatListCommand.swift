import CsCore

/// Format-List: shows each input object as a list of `Name : Value` lines (the type's list view,
/// or its properties, or those -Property names) and writes the formatted block.
final class FormatListCommand: InputCollectingCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Format", noun: "List", className: "Microsoft.PowerShell.Commands.FormatListCommand", aliases: ["fl"],
        parameters: [
            ParameterMetadata("Property", .array(.object), position: 0,
                              description: "Specifies the object properties that appear in the display and the order in which they appear. Wildcards are permitted (* shows every property). A hash table adds a calculated property (@{Name=...; Expression={...}; FormatString=...}).",
                              acceptsWildcards: true),
            ParameterMetadata("Force", .switchParameter, description: "Directs the cmdlet to display all the error information."),
            CommonDeclarations.excludeProperty,
        ] + FormatGrouping.parameters + [
            CommonDeclarations.inputObject("Specifies the objects to format. Enter a variable that contains the objects, or type a command or expression that gets the objects."),
        ],
        help: CmdletHelp(
            synopsis: "Formats the output as a list of properties in which each property appears on a new line.",
            description: "The Format-List cmdlet formats the output of a command as a list of properties in which each property is displayed on a separate line. Labels are padded to the longest label of the object; long values wrap under the value column.\n\nFormat-List writes formatting objects: put it last in a pipeline (or before Out-String or Out-File).",
            examples: [
                CmdletExample("Example 1: All properties of the partners", code: "Get-CsXmppAllowedPartner | Format-List *",
                              remarks: "Shows every property of each XMPP allowed partner."),
                CmdletExample("Example 2: Selected properties", code: "Get-CsXmppAllowedPartner -Identity fabrikam.com | Format-List Identity, *Negotiation",
                              remarks: "Shows the Identity and the three negotiation settings."),
            ],
            inputs: "System.Management.Automation.PSObject",
            outputs: "Microsoft.PowerShell.Commands.Internal.Format"),
        outputTypes: [FormatTypeNames.formatData])

    var parameters = BoundParameters()
    var items: [PSValue] = []

    required init() {}

    func end(_ runtime: any ShellRuntime) throws {
        guard !items.isEmpty else { return }
        try FormatGrouping.checkViewAndProperty(parameters)
        let (specs, exclude) = try runtime.formatSpecs(parameters, usage: .list)
        let registry = runtime.session.formatViews
        if let view = parameters.string("View"), let first = FormatCommand.flatten(items).first {
            try FormatGrouping.checkView(view, first: first, kind: "List", found: registry.listView(for: first)?.name)
        }
        let format = { (values: [PSValue]) in
            FormatCommand.list(values, properties: specs.isEmpty ? nil : specs, enumerationLimit: runtime.session.enumerationLimit,
                               registry: registry, invoke: runtime.invoker, exclude: exclude)
        }
        let block: FormatBlock
        if let g = try runtime.propertySpecs(parameters["GroupBy"], usage: .list).first {
            block = FormatGrouping.grouped(try FormatGrouping.groups(items, by: g, invoke: runtime.invoker), format)
        } else {
            block = format(items)
        }
        runtime.writeObject(block.value)
    }
}
