import CsCore

/// The work of the Format-Table and Format-List cmdlets: they collect their input, call these at the
/// end, and write `block.value` to the pipeline.
public enum FormatCommand {
    /// Format-Table. Without `properties`, each value shows its table view, or the properties of the
    /// first object without a view (later ones fill its columns); hashtables show Name/Value; strings
    /// and numbers show as lines. With `properties`, the columns are resolved against the first object
    /// and used for every input (a string or number has none of them and adds no row; a hashtable
    /// contributes its entries, whose properties are Name, Key and Value).
    public static func table(_ inputs: [PSValue], properties: [PropertySpec]? = nil, options: TableFormatOptions = TableFormatOptions(),
                             registry: FormatViewRegistry = .standard, invoke: ScriptBlockInvoker? = nil,
                             exclude: [WildcardPattern] = []) -> FormatBlock {
        var parts: [FormatBlock.Part] = []
        // Hashtables are shown entry by entry (PowerShell's formatter expands dictionaries), so
        // `@{a=1} | Format-Table Name, Value` works and `@{a=1} | Format-Table a` shows an empty column.
        let values = expandHashtables(flatten(inputs))
        if let specs = properties {
            guard let sample = values.first(where: { !FormatValue.isScalar($0) }) ?? values.first else { return FormatBlock(parts: []) }
            let f = TableFormatter(columns: FormatColumn.resolve(specs, sample: sample, invoke: invoke, exclude: exclude), options: options)
            var t = f.emptyTable()
            for v in values where !FormatValue.isScalar(v) { f.addRow(v, to: &t) }
            return FormatBlock(parts: [.table(t, groupHeader: nil)])
        }
        var current: (key: String, formatter: TableFormatter, table: TextTable, header: String?)?
        func close() {
            if let c = current { parts.append(.table(c.table, groupHeader: c.header)) }
            current = nil
        }
        for v in values {
            if FormatValue.isScalar(v) {
                close()
                appendLines(&parts, DisplayText.splitLines(PSConvert.toString(v)))
                continue
            }
            // PowerShell builds the view from the first object; a view made of that object's properties
            // applies to every later object (ViewGenerator.IsObjectApplicable), so every object without
            // a table view of its own joins the open property table, with empty cells for what it lacks.
            let shape = tableShape(of: v, view: registry.tableView(for: v))
            let joinsOpenTable = shape.isPropertyTable && current.map { $0.key.hasPrefix("auto:") } == true
            if current?.key != shape.key && !joinsOpenTable {
                close()
                let formatter = shape.formatter(options)
                current = (shape.key, formatter, formatter.emptyTable(), shape.header)
            }
            current!.formatter.addRow(v, to: &current!.table)
        }
        close()
        return FormatBlock(parts: parts)
    }

    /// Format-List. Without `properties`, each value shows its list view or all its properties;
    /// hashtable entries show as `Name`/`Value` pairs; strings and numbers show as lines. With
    /// `properties`, they are resolved against each object (wildcards match its own properties).
    public static func list(_ inputs: [PSValue], properties: [PropertySpec]? = nil, enumerationLimit: Int = 4,
                            registry: FormatViewRegistry = .standard, invoke: ScriptBlockInvoker? = nil,
                            exclude: [WildcardPattern] = []) -> FormatBlock {
        var parts: [FormatBlock.Part] = []
        var entries: [[(label: String, text: String)]] = []
        func close() {
            if !entries.isEmpty { parts.append(.list(entries)) }
            entries = []
        }
        for v in expandHashtables(flatten(inputs)) {
            if FormatValue.isScalar(v) {
                if properties != nil { continue }
                close()
                appendLines(&parts, DisplayText.splitLines(PSConvert.toString(v)))
                continue
            }
            let columns: [FormatColumn]?
            if let specs = properties {
                columns = FormatColumn.resolve(specs, sample: v, invoke: invoke, exclude: exclude)
            } else if let (_, lv) = registry.listView(for: v) {
                columns = lv.columns
            } else {
                columns = nil
            }
            entries.append(ListFormatter(columns: columns, enumerationLimit: enumerationLimit).entry(for: v))
        }
        close()
        return FormatBlock(parts: parts)
    }

    static func flatten(_ values: [PSValue]) -> [PSValue] {
        var out: [PSValue] = []
        for v in values {
            switch v {
            case .null: continue
            case let .array(a): out.append(contentsOf: flatten(a))
            default: out.append(v)
            }
        }
        return out
    }

    /// Hashtables become their entries (DictionaryEntry objects with Name and Value).
    static func expandHashtables(_ values: [PSValue]) -> [PSValue] {
        var out: [PSValue] = []
        for v in values {
            if case let .hashtable(h) = v {
                out.append(contentsOf: h.entries.map { dictionaryEntry($0.key, $0.value) })
            } else {
                out.append(v)
            }
        }
        return out
    }

    static func dictionaryEntry(_ key: PSValue, _ value: PSValue) -> PSValue {
        .object(PSObject(typeNames: [FormatTypeNames.dictionaryEntry], properties: [("Name", key), ("Key", key), ("Value", value)]))
    }

    private static func appendLines(_ parts: inout [FormatBlock.Part], _ lines: [String]) {
        if case let .lines(prev)? = parts.last {
            parts[parts.count - 1] = .lines(prev + lines)
        } else {
            parts.append(.lines(lines))
        }
    }

    /// The table a value goes into: its table view `view`, else all its properties.
    static func tableShape(of v: PSValue, view: (name: String, view: TableView)?) -> TableShape {
        if let (name, tv) = view {
            guard let g = tv.groupBy else { return TableShape(key: "view:" + name.caseFoldedKey, header: nil, source: .view(tv)) }
            let gv = PSConvert.toString(FormatValue.property(g.property, of: v))
            return TableShape(key: "view:" + name.caseFoldedKey + "|" + gv, header: tv.groupHeader?(gv) ?? "   \(g.label): \(gv)", source: .view(tv))
        }
        // Without a view the table is made from this object's properties, and later objects of the
        // same type fill those columns, whatever their own properties (the key names the type only).
        let names = FormatValue.propertyNames(of: v)
        return TableShape(key: "auto:" + (v.typeName ?? "").caseFoldedKey, header: nil, source: .properties(names))
    }
}
