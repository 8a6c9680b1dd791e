import CsCore

/// Format-Wide: one property of each object (its type's wide property, else Name, Id or Key, else
/// its first property), in columns across the line.
final class FormatWideCommand: InputCollectingCmdlet {
    static let metadata = CmdletMetadata(
        verb: "Format", noun: "Wide", className: "Microsoft.PowerShell.Commands.FormatWideCommand", aliases: ["fw"],
        parameters: [
            ParameterMetadata("Property", .object, position: 0,
                              description: "Specifies the object property that appears in the display: a name (wildcards permitted; the first match is used) or a calculated property (@{Expression={...}; FormatString=...}). Without it, the type's wide property, else Name, Id or Key, else the first property."),
            ParameterMetadata("ExcludeProperty", .array(.string),
                              description: "Specifies properties that are not considered (wildcards permitted); without -Property, the first remaining property is shown.",
                              acceptsWildcards: true),
            ParameterMetadata("AutoSize", .switchParameter,
                              description: "Adjusts the number of columns to the longest value: as many columns as fit on the line."),
            ParameterMetadata("Column", .int32, validations: [.range(1, Int(Int32.max))],
                              description: "Specifies the number of columns in the display. The default is 2."),
            ParameterMetadata("Force", .switchParameter, description: "Directs the cmdlet to display all the error information."),
        ] + FormatGrouping.parameters + [
            CommonDeclarations.inputObject("Specifies the objects to format. Enter a variable that contains the objects, or type a command or expression that gets the objects."),
        ],
        help: CmdletHelp(
            synopsis: "Formats objects as a wide table that displays only one property of each object.",
            description: "The Format-Wide cmdlet formats objects as a wide table that displays only one property of each object. By default it shows the object type's display property (a file's Name, a module's Name), else a Name, Id or Key property, else the first property; strings and numbers show themselves. The values fill two columns, or -Column columns, or with -AutoSize as many as fit.\n\nFormat-Wide writes formatting objects: put it last in a pipeline (or before Out-String or Out-File).",
            examples: [
                CmdletExample("Example 1: Partner identities in columns", code: "Get-CsXmppAllowedPartner | Format-Wide -Property Identity -Column 3",
                              remarks: "Shows the partners' identities, three to a line."),
                CmdletExample("Example 2: As many columns as fit", code: "Get-Command -Noun CsXmpp* | Format-Wide -AutoSize",
                              remarks: "Shows the names of the XMPP cmdlets in as many columns as the line holds."),
            ],
            inputs: "System.Management.Automation.PSObject", outputs: "Microsoft.PowerShell.Commands.Internal.Format"),
        outputTypes: [FormatTypeNames.formatData])

    var parameters = BoundParameters()
    var items: [PSValue] = []

    required init() {}

    /// The wide views of PowerShell's own types: the value a wide cell shows.
    static let wideViews: [String: @Sendable (PSValue) -> PSValue] = [
        "System.IO.FileInfo": { FormatValue.property("Name", of: $0) },
        "System.IO.DirectoryInfo": { .string("[" + PSConvert.toString(FormatValue.property("Name", of: $0)) + "]") },
        "System.TimeSpan": { FormatValue.property("TotalMilliseconds", of: $0) },
        ModuleInfo.typeName: { FormatValue.property("Name", of: $0) },
    ]

    func end(_ runtime: any ShellRuntime) throws {
        let p = parameters
        try FormatGrouping.checkViewAndProperty(p)
        let values = FormatCommand.expandHashtables(FormatCommand.flatten(items))
        guard let first = values.first else { return }
        // csshell's types have no named wide views.
        if let view = p.string("View") { try FormatGrouping.checkView(view, first: first, kind: "Wide", found: nil) }
        let specs = try runtime.propertySpecs(p["Property"], usage: .list)
        let excluded = (p.strings("ExcludeProperty") ?? []).map { WildcardPattern($0) }
        let columns = p.isPresent("AutoSize") ? nil : (p.int("Column") ?? 2)
        let format = { (group: [PSValue]) throws -> FormatBlock in
            var cells: [String] = []
            for v in group {
                let shown = try self.value(v, specs: specs, excluded: excluded, runtime)
                cells.append(shown.map { FormatValue.text($0.value, context: .table, enumerationLimit: runtime.session.enumerationLimit, formatString: $0.format) } ?? "")
            }
            return FormatBlock(parts: [.wide(cells, columns: columns)])
        }
        if let g = try runtime.propertySpecs(p["GroupBy"], usage: .list).first {
            runtime.writeObject(try FormatGrouping.grouped(try FormatGrouping.groups(values, by: g, invoke: runtime.invoker), format).value)
        } else {
            runtime.writeObject(try format(values).value)
        }
    }

    /// The value a cell shows for one object, and its format string.
    private func value(_ v: PSValue, specs: [PropertySpec], excluded: [WildcardPattern], _ runtime: any ShellRuntime) throws -> (value: PSValue, format: String?)? {
        if FormatValue.isScalar(v) && specs.isEmpty && excluded.isEmpty { return (v, nil) }
        let names = FormatValue.propertyNames(of: v).filter { n in !excluded.contains { $0.matches(n) } }
        if let spec = specs.first {
            switch spec.expression {
            case let .scriptBlock(sb):
                return (try runtime.evaluate(sb, dollarUnder: v), spec.formatString)
            case let .name(name):
                let pattern = WildcardPattern(name)
                guard let n = names.first(where: { pattern.matches($0) }) ?? (WildcardPattern.hasWildcards(name) ? nil : name) else { return nil }
                return (FormatValue.property(n, of: v), spec.formatString)
            }
        }
        if excluded.isEmpty, let typeName = v.typeName, let view = FormatWideCommand.wideViews[typeName] { return (view(v), nil) }
        if excluded.isEmpty {
            // PSObjectHelper.GetDisplayNameExpression: well-known names first.
            for pattern in ["name", "id", "key", "*key", "*name", "*id"].map({ WildcardPattern($0) }) {
                if let n = names.first(where: pattern.matches) { return (FormatValue.property(n, of: v), nil) }
            }
        }
        guard let first = names.first else { return FormatValue.isScalar(v) ? (v, nil) : nil }
        return (FormatValue.property(first, of: v), nil)
    }
}
