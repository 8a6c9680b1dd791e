import CsCore

/// Format-Table: lays the input out as a table (the type's table view, or its properties, or the
/// columns -Property names) and writes the formatted block, which whatever output receives it
/// renders at its own width.
final class FormatTableCommand: InputCollectingCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Format", noun: "Table", className: "Microsoft.PowerShell.Commands.FormatTableCommand", aliases: ["ft"],
        parameters: [
            ParameterMetadata("Property", .array(.object), position: 0,
                              description: "Specifies the object properties that appear in the display and the order in which they appear. Type one or more property names, separated by commas, or use a hash table to display a calculated property (@{Name=...; Expression={...}; Width=...; Alignment=...; FormatString=...}). Wildcards are permitted.",
                              acceptsWildcards: true),
            ParameterMetadata("AutoSize", .switchParameter, description: "Indicates that the cmdlet adjusts the column size and number of columns based on the width of the data."),
            ParameterMetadata("HideTableHeaders", .switchParameter, description: "Omits the column headings from the table."),
            ParameterMetadata("Wrap", .switchParameter, description: "Displays text that exceeds the column width on the next line. By default, text that exceeds the column width is truncated."),
            ParameterMetadata("Force", .switchParameter, description: "Directs the cmdlet to display all the error information. With -Property, a table is shown even for objects that have none of the properties."),
            CommonDeclarations.excludeProperty,
            ParameterMetadata("RepeatHeader", .switchParameter,
                              description: "Repeats displaying the header of a table after every screen full. csshell shows the header once: its output is not paged."),
        ] + FormatGrouping.parameters + [
            CommonDeclarations.inputObject("Specifies the objects to format. Enter a variable that contains the objects, or type a command or expression that gets the objects."),
        ],
        help: CmdletHelp(
            synopsis: "Formats the output as a table.",
            description: "The Format-Table cmdlet formats the output of a command as a table with the selected properties of the object in each column. Without -Property it uses the object type's table view, or the object's properties. Columns are sized from the data; numbers, booleans and enumeration values are right-aligned.\n\nFormat-Table writes formatting objects: put it last in a pipeline (or before Out-String or Out-File).",
            examples: [
                CmdletExample("Example 1: Partners as a table", code: "Get-CsXmppAllowedPartner | Format-Table Identity, PartnerType, TlsNegotiation",
                              remarks: "Shows one row per partner with the three columns."),
                CmdletExample("Example 2: A calculated column", code: "Get-CsXmppAllowedPartner | Format-Table Identity, @{Name='Domains'; Expression={ $_.AdditionalDomains.Count }}",
                              remarks: "Adds a column with the number of additional domains of each partner."),
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
        let (specs, exclude) = try runtime.formatSpecs(parameters, usage: .table)
        let registry = runtime.session.formatViews
        if let view = parameters.string("View"), let first = FormatCommand.flatten(items).first {
            try FormatGrouping.checkView(view, first: first, kind: "Table", found: registry.tableView(for: first)?.name)
        }
        let options = TableFormatOptions(autoSize: parameters.isPresent("AutoSize"), hideTableHeaders: parameters.isPresent("HideTableHeaders"),
                                         wrap: parameters.isPresent("Wrap"), enumerationLimit: runtime.session.enumerationLimit)
        let format = { (values: [PSValue]) in
            FormatCommand.table(values, properties: specs.isEmpty ? nil : specs, options: options, registry: registry,
                                invoke: runtime.invoker, exclude: exclude)
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
