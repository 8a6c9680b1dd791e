// Out-Default: how the console (and Out-String, Out-File) shows whatever reaches the end of a
// pipeline (powershell-language.md §5.1), and the blocks Format-Table / Format-List write.
//
// Streaming and buffering: scalars and list entries are written as they arrive. A table whose
// widths come from its rows (every ad-hoc table, -AutoSize, Get-Member) is buffered until its shape
// ends: a value of another type or property set, a scalar, or finish(). PowerShell sizes such tables
// from the objects of the first 300 ms; a batch shell sizes from all of them. A table whose view fixes
// its first column's width (hashtables, Get-Command, Get-History, Group-Object) streams row by row.
//
// Shapes: consecutive values of the same type (and, without a view, the same property names) share
// one table or one list; any change closes the block (its trailing blank line) and opens another.
// (PowerShell reuses the first table for every later PSCustomObject, even with other properties,
// which hides their columns; csshell starts a new table instead.)

import CsCmdlets

/// What Format-Table and Format-List produce: evaluated rows, laid out when written (at the width of
/// wherever they end up: console, Out-String -Width, Out-File -Width).
public final class FormatBlock {
    enum Part {
        case table(TextTable, groupHeader: String?)
        case list([[(label: String, text: String)]])
        case lines([String])
        /// Indented text wrapped to the width when rendered (help text).
        case text([TextLine])
    }

    /// One line of running text: its indentation, and whether it may be wrapped (continuation lines
    /// keep the indentation). Syntax lines are not wrapped, so they can be copied whole.
    struct TextLine {
        var indent: Int
        var text: String
        var wrap: Bool
        init(_ indent: Int, _ text: String, wrap: Bool = true) {
            self.indent = indent
            self.text = text
            self.wrap = wrap
        }
    }

    var parts: [Part]

    init(parts: [Part]) { self.parts = parts }

    /// A block of running text.
    convenience init(text: [TextLine]) { self.init(parts: [.text(text)]) }

    /// The block's lines at `width` columns.
    public func render(width: Int) -> [String] {
        var out: [String] = []
        for p in parts {
            switch p {
            case let .table(t, header):
                if let h = header { out.append(""); out.append(h) }
                out.append(contentsOf: t.render(lineWidth: width))
            case let .list(entries):
                for e in entries {
                    out.append("")
                    out.append(contentsOf: ListFormatter.lines(e, width: width))
                }
                out.append("")
            case let .lines(ls):
                out.append(contentsOf: ls)
            case let .text(ls):
                for l in ls {
                    let pad = String(repeating: " ", count: l.indent)
                    if l.text.isEmpty { out.append(""); continue }
                    let pieces = l.wrap ? DisplayText.wrap(l.text, firstLine: max(1, width - l.indent), following: max(1, width - l.indent))
                                        : DisplayText.splitLines(l.text)
                    for piece in pieces { out.append(DisplayText.trimTrailingSpaces(pad + piece)) }
                }
            }
        }
        return out
    }

    /// The block as a pipeline value (an object whose `native` is the block).
    public var value: PSValue {
        let o = PSObject(typeNames: [FormatTypeNames.formatData])
        o.native = self
        return .object(o)
    }

    /// The block carried by a pipeline value, if it is one.
    public static func from(_ value: PSValue) -> FormatBlock? {
        if case let .object(o) = value { return o.native as? FormatBlock }
        return nil
    }
}

/// The work of the Format-Table and Format-List cmdlets: they collect their input, call these at the
/// end, and write `block.value` to the pipeline.
public enum FormatCommand {
    /// Format-Table. Without `properties`, each value shows its table view, or all its properties;
    /// hashtables show Name/Value; strings and numbers show as lines. With `properties`, the columns
    /// are resolved against the first object and used for every input (a string or number has none
    /// of them and adds no row; a hashtable contributes its entries, whose properties are Name, Key
    /// and Value).
    public static func table(_ inputs: [PSValue], properties: [PropertySpec]? = nil, options: TableFormatOptions = TableFormatOptions(),
                             registry: FormatViewRegistry = .standard, invoke: ScriptBlockInvoker? = nil) -> FormatBlock {
        var parts: [FormatBlock.Part] = []
        // Hashtables are shown entry by entry (PowerShell's formatter expands dictionaries), so
        // `@{a=1} | Format-Table Name, Value` works and `@{a=1} | Format-Table a` shows an empty column.
        let values = expandHashtables(flatten(inputs))
        if let specs = properties {
            guard let sample = values.first(where: { !FormatValue.isScalar($0) }) ?? values.first else { return FormatBlock(parts: []) }
            let f = TableFormatter(columns: FormatColumn.resolve(specs, sample: sample, invoke: invoke), options: options)
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
            let shape = tableShape(of: v, view: registry.tableView(for: v))
            if current?.key != shape.key {
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
                            registry: FormatViewRegistry = .standard, invoke: ScriptBlockInvoker? = nil) -> FormatBlock {
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
                columns = FormatColumn.resolve(specs, sample: v, invoke: invoke)
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
            return TableShape(key: "view:" + name.caseFoldedKey + "|" + gv, header: "   \(g.label): \(gv)", source: .view(tv))
        }
        let names = FormatValue.propertyNames(of: v)
        return TableShape(key: "auto:" + (v.typeName ?? "") + "|" + names.map(\.caseFoldedKey).joined(separator: "|"),
                          header: nil, source: .properties(names))
    }
}

/// Which table a value goes into: values with the same key share a table (and its header); the
/// formatter is built only when a new table starts.
struct TableShape {
    enum Source {
        /// The type's table view.
        case view(TableView)
        /// No view: a column per property, in this order.
        case properties([String])
    }

    let key: String
    /// The group line above the table (a view's GroupBy).
    let header: String?
    let source: Source

    func formatter(_ options: TableFormatOptions) -> TableFormatter {
        switch source {
        case let .view(tv):
            var o = options
            o.autoSize = o.autoSize || tv.autoSize
            return TableFormatter(columns: tv.columns, options: o, alignByType: false)
        case let .properties(names):
            return TableFormatter(columns: names.map { FormatColumn.property($0) }, options: options, alignByType: true)
        }
    }
}

public struct OutputFormatterOptions {
    /// `$FormatEnumerationLimit`.
    public var enumerationLimit: Int
    public var registry: FormatViewRegistry

    public init(enumerationLimit: Int = 4, registry: FormatViewRegistry = .standard) {
        self.enumerationLimit = enumerationLimit
        self.registry = registry
    }
}

/// Out-Default: turns a stream of values into lines. Call `write` for each value and `finish` at the
/// end of the pipeline (it closes the open table or list).
public final class OutputFormatter {
    private let output: LineOutput
    private let options: OutputFormatterOptions

    private final class OpenTable {
        let key: String
        let formatter: TableFormatter
        var table: TextTable
        let groupHeader: String?
        let streaming: Bool
        var widths: [Int]?
        var alignments: [FormatAlignment] = []

        init(key: String, formatter: TableFormatter, groupHeader: String?) {
            self.key = key
            self.formatter = formatter
            self.table = formatter.emptyTable()
            self.groupHeader = groupHeader
            self.streaming = !table.sizesFromRows
        }
    }

    private enum Open {
        case none
        case table(OpenTable)
        case list(String)
    }

    private var open: Open = .none

    public init(output: LineOutput, options: OutputFormatterOptions = OutputFormatterOptions()) {
        self.output = output
        self.options = options
    }

    /// Formats one value (arrays are enumerated, `$null` prints nothing).
    public func write(_ value: PSValue) {
        switch value {
        case .null:
            return
        case let .array(a):
            for x in a { write(x) }
        case let .hashtable(h):
            for e in h.entries {
                let entry = FormatCommand.dictionaryEntry(e.key, e.value)
                writeObject(entry, options.registry.view(for: entry))
            }
        case let .object(o):
            if let block = o.native as? FormatBlock {
                close()
                for l in block.render(width: output.width) { output.writeLine(l) }
            } else {
                let registered = options.registry.view(for: value)
                if o.count == 0 && registered == nil {
                    close()
                    if !o.isCustomObject { output.writeLine(o.toPSString()) }
                } else {
                    writeObject(value, registered)
                }
            }
        default:
            close()
            for l in DisplayText.splitLines(PSConvert.toString(value)) { output.writeLine(l) }
        }
    }

    /// Ends the output: writes the buffered table, or the blank line closing a table or list.
    public func finish() {
        close()
    }

    /// Writes an object with its default view `registered` (nil: none): a row of the open table when
    /// it has the same shape, else a new table or list. Without a view, up to 4 properties make a
    /// table, more a list.
    private func writeObject(_ v: PSValue, _ registered: (name: String, view: FormatView)?) {
        switch registered?.view {
        case let .table(tv)?:
            writeRow(v, FormatCommand.tableShape(of: v, view: (registered!.name, tv)))
        case let .list(lv)?:
            writeEntry(v, columns: lv.columns, key: "view:" + registered!.name.caseFoldedKey)
        case nil:
            let shape = FormatCommand.tableShape(of: v, view: nil)
            if case let .properties(names) = shape.source, names.count > 4 {
                writeEntry(v, columns: nil, key: shape.key)
            } else {
                writeRow(v, shape)
            }
        }
    }

    private func writeRow(_ v: PSValue, _ shape: TableShape) {
        let t: OpenTable
        if case let .table(existing) = open, existing.key == shape.key {
            t = existing
        } else {
            close()
            t = OpenTable(key: shape.key, formatter: shape.formatter(TableFormatOptions(enumerationLimit: options.enumerationLimit)),
                          groupHeader: shape.header)
            open = .table(t)
        }
        t.formatter.addRow(v, to: &t.table)
        if t.streaming { flushStreaming(t) }
    }

    private func writeEntry(_ v: PSValue, columns: [FormatColumn]?, key: String) {
        if case let .list(openKey) = open, openKey == key {
            // the same list goes on
        } else {
            close()
            open = .list(key)
        }
        output.writeLine("")
        let entry = ListFormatter(columns: columns, enumerationLimit: options.enumerationLimit).entry(for: v)
        for l in ListFormatter.lines(entry, width: output.width) { output.writeLine(l) }
    }

    /// Streams the rows of a table with fixed widths: the header before the first row.
    private func flushStreaming(_ t: OpenTable) {
        if t.widths == nil {
            let w = t.table.widths(lineWidth: output.width)
            t.widths = w
            t.alignments = t.table.resolvedAlignments()
            if let h = t.groupHeader { output.writeLine(""); output.writeLine(h) }
            output.writeLine("")
            for l in t.table.headerLines(widths: w, alignments: t.alignments) { output.writeLine(l) }
        }
        for r in t.table.rows {
            for l in t.table.rowLines(r, widths: t.widths!, alignments: t.alignments) { output.writeLine(l) }
        }
        t.table.rows.removeAll()
        t.table.rightTyped.removeAll()
    }

    private func close() {
        switch open {
        case .none:
            break
        case let .table(t):
            if t.streaming {
                if t.widths != nil { output.writeLine("") }
            } else {
                if let h = t.groupHeader { output.writeLine(""); output.writeLine(h) }
                for l in t.table.render(lineWidth: output.width) { output.writeLine(l) }
            }
        case .list:
            output.writeLine("")
        }
        open = .none
    }
}
