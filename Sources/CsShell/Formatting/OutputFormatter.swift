// Out-Default: how the console (and Out-String, Out-File) shows whatever reaches the end of a
// pipeline (powershell-language.md §5.1), and the blocks Format-Table / Format-List write.
//
// Streaming and buffering: scalars and list entries are written as they arrive. A table whose
// widths come from its rows (every ad-hoc table, -AutoSize, Get-Member) is buffered until its shape
// ends: a value of another type or property set, a scalar, or finish(). PowerShell sizes such tables
// from the objects of the first 300 ms; a batch shell sizes from all of them. A table whose view fixes
// its first column's width (hashtables, Get-Command, Get-History, Group-Object) streams row by row.
//
// Shapes: consecutive values of the same type share one table or one list; any change closes the
// block (its trailing blank line) and opens another. Without a view, the first object decides, as in
// PowerShell (the view is built from the first object and applies to the later ones): up to 4
// properties make a table whose columns are that object's properties, which later objects of the
// same type name fill (empty cells for what they lack, no column for what only they have); more make
// a list, in which every later object of the type shows its own properties. (PowerShell also puts
// objects of other types into such a table, and leaves it open across strings; csshell starts a new
// block for another type name or after a string, so that no object's properties are hidden.)

import CsCore

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
        /// A custom view's group (DateTime's): entries one after another between blank lines.
        case custom(String)
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
            } else if InformationalRecord.isRecord(o) {
                // Warning, verbose, debug and information records show their message, out of band.
                close()
                for l in DisplayText.splitLines(o.toPSString()) { output.writeLine(l) }
            } else {
                let registered = options.registry.view(for: value)
                if o.count == 0 && registered == nil {
                    close()
                    if !o.isCustomObject { output.writeLine(o.toPSString()) }
                } else {
                    writeObject(value, registered)
                }
            }
        case let .dateTime(d):
            // DateTime's custom view: its DateTime property (the long date and time, or what the
            // display hint asks for).
            if case let .custom(key) = open, key == "System.DateTime" {
                // the same group goes on
            } else {
                close()
                open = .custom("System.DateTime")
                output.writeLine("")
            }
            output.writeLine(DateTimeFormat.display(d))
        case .timeSpan:
            writeObject(value, options.registry.view(for: value))
        default:
            close()
            for l in DisplayText.splitLines(PSConvert.toString(value)) { output.writeLine(l) }
        }
    }

    /// Ends the output: writes the buffered table, or the blank line closing a table or list.
    public func finish() {
        close()
    }

    /// Writes an object with its default view `registered` (nil: none): a row of the open table (or an
    /// entry of the open list) when it has the same shape, else a new table or list. Without a view, up
    /// to 4 properties of the first object of its type make a table, more a list.
    private func writeObject(_ v: PSValue, _ registered: (name: String, view: FormatView)?) {
        switch registered?.view {
        case let .table(tv)?:
            writeRow(v, FormatCommand.tableShape(of: v, view: (registered!.name, tv)))
        case let .list(lv)?:
            writeEntry(v, columns: lv.columns, key: "view:" + registered!.name.caseFoldedKey)
        case nil:
            let shape = FormatCommand.tableShape(of: v, view: nil)
            switch open {
            case let .table(t) where t.key == shape.key:
                writeRow(v, shape)
            case let .list(key) where key == shape.key:
                writeEntry(v, columns: nil, key: shape.key)
            default:
                if case let .properties(names) = shape.source, names.count > 4 {
                    writeEntry(v, columns: nil, key: shape.key)
                } else {
                    writeRow(v, shape)
                }
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
        case .list, .custom:
            output.writeLine("")
        }
        open = .none
    }
}
