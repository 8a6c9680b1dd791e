import CsCore

/// What Format-Table and Format-List share beyond -Property: -View (the name of one of the type's
/// views) and -GroupBy (a new table or list, under a `   Label: value` line, each time the value
/// changes), and their errors (BaseFormattingCommand, FormatViewManager).
enum FormatGrouping {
    static let expandType = PSEnumType(name: "EnumerableExpansion", fullName: "Microsoft.PowerShell.Commands.EnumerableExpansion",
                                       members: ["CoreOnly", "EnumOnly", "Both"])

    /// -GroupBy, -View, -ShowError, -DisplayError and -Expand, declared alike for Format-Table and Format-List.
    static let parameters: [ParameterMetadata] = [
        ParameterMetadata("GroupBy", .object,
                          description: "Specifies sorted output in separate groups based on a property value: a new group, under a line with the property name and value, starts each time the value changes (sort the input first). Enter a property name, a script block, or a hash table with Name/Label, Expression and FormatString."),
        ParameterMetadata("View", .string,
                          description: "Specifies the name of a view of the objects' type to use (the type's table or list view). A name the type has no such view for is a terminating error. -View and -Property can't be used together."),
        ParameterMetadata("ShowError", .switchParameter,
                          description: "Indicates that the cmdlet sends errors through the pipeline. csshell reports an error of a calculated property as an empty value."),
        ParameterMetadata("DisplayError", .switchParameter,
                          description: "Indicates that the cmdlet displays errors at the command line. csshell reports an error of a calculated property as an empty value."),
        ParameterMetadata("Expand", .enumeration(expandType),
                          description: "Specifies how a collection object is formatted: EnumOnly (the default) shows its elements; csshell shows the elements for CoreOnly and Both as well."),
    ]

    /// -View and -Property together.
    static func checkViewAndProperty(_ p: BoundParameters) throws {
        guard p.has("View") && p.has("Property") else { return }
        var r = ErrorRecord(message: "Cmdlet parameters View and Property are mutually exclusive.", errorId: "FormatCannotSpecifyViewAndProperty",
                            category: .InvalidArgument, exceptionType: "System.IO.InvalidDataException")
        r.hasErrorDetails = true
        throw r
    }

    /// -View `name` for the first object: nothing when it names `found`, the object's view of this
    /// `kind` (Table, List, Wide), else the terminating FormatViewNotFound error.
    static func checkView(_ name: String, first: PSValue, kind: String, found: String?) throws {
        if let found, found.equalsIgnoringCase(name) { return }
        var message = "The view name \(name) cannot be found."
        if let found {
            message = "The view name \(name) cannot be found. Specify one of the following \(kind) views and try again: \(found)."
        } else {
            message += " There are no existing \(kind) views for \(baseTypeName(first)) objects."
        }
        var r = ErrorRecord(message: message, errorId: "FormatViewNotFound", category: .ObjectNotFound, target: .string(name),
                            exceptionType: "System.Management.Automation.PipelineStoppedException")
        r.hasErrorDetails = true
        r.exceptionMessage = "The pipeline has been stopped."
        throw r
    }

    /// The .NET type of the object behind a value (a PSCustomObject for custom objects).
    private static func baseTypeName(_ v: PSValue) -> String {
        if case let .object(o) = v, o.isCustomObject { return PSObject.customTypeName }
        return v.typeName ?? "System.Object"
    }

    /// The input split where the -GroupBy value changes, each run with its `   Label: value` line.
    static func groups(_ items: [PSValue], by spec: PropertySpec, invoke: ScriptBlockInvoker?) throws -> [(header: String, items: [PSValue])] {
        var out: [(header: String, items: [PSValue])] = []
        var lastText: String?
        for v in FormatCommand.flatten(items) {
            let pair = try spec.values(of: v, invoke: invoke).first
            let label = pair?.0 ?? ""
            let value = pair?.1 ?? .null
            let text = spec.formatString.flatMap { NetFormat.format(value, $0) } ?? PSConvert.toString(value)
            if text != lastText || out.isEmpty {
                out.append((header: "   \(label): \(text)", items: []))
                lastText = text
            }
            out[out.count - 1].items.append(v)
        }
        return out
    }

    /// One block per group, its first table (or list) under the group's line.
    static func grouped(_ groups: [(header: String, items: [PSValue])], _ format: ([PSValue]) throws -> FormatBlock) rethrows -> FormatBlock {
        var parts: [FormatBlock.Part] = []
        for g in groups {
            var block = try format(g.items).parts
            if let i = block.firstIndex(where: { if case .table = $0 { return true } else if case .list = $0 { return true } else { return false } }) {
                switch block[i] {
                case let .table(t, _): block[i] = .table(t, groupHeader: g.header)
                default: block.insert(.lines(["", g.header]), at: i)
                }
            } else {
                block.insert(.lines(["", g.header]), at: 0)
            }
            parts += block
        }
        return FormatBlock(parts: parts)
    }
}
