import CsCore

/// What Format-Table and Format-List produce: evaluated rows, laid out when written (at the width of
/// wherever they end up: console, Out-String -Width, Out-File -Width).
public final class FormatBlock {
    enum Part {
        case table(TextTable, groupHeader: String?)
        case list([[(label: String, text: String)]])
        case lines([String])
        /// Indented text wrapped to the width when rendered (help text).
        case text([TextLine])
        /// Format-Wide: one value per cell, `columns` per row (nil: as many as fit the widest).
        case wide([String], columns: Int?)
    }

    /// One line of running text: its indentation, and whether it may be wrapped (continuation lines
    /// keep the indentation). Example code is not wrapped, so it can be copied whole.
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
            case let .wide(items, columns):
                out.append(contentsOf: FormatBlock.wideLines(items, columns: columns, width: width))
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

    /// Format-Wide's rows (OutCommandInner's wide view): the columns share the line equally (the
    /// first ones get the odd cells), values cut with an ellipsis; a blank line before and after.
    static func wideLines(_ items: [String], columns: Int?, width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let perRow: Int
        if let c = columns {
            perRow = max(1, c)
        } else {
            // TableWriter.ComputeWideViewBestItemsPerRowFit: as many as fit with one space between.
            let longest = items.map(DisplayText.width).max() ?? 0
            var n = 1
            if longest > 0 && longest < width {
                while longest * (n + 1) + n < width { n += 1 }
            }
            perRow = n
        }
        var widths = Array(repeating: 0, count: perRow)
        ColumnWidths.fit(&widths, tableWidth: max(1, width))
        var out = [""]
        var i = 0
        while i < items.count {
            var line = ""
            for k in 0..<perRow where widths[k] > 0 {
                if k > 0 { line += " " }
                let text = i + k < items.count ? DisplayText.fit(DisplayText.firstLine(items[i + k]), widths[k]) : ""
                line += DisplayText.align(text, widths[k], .left)
            }
            out.append(DisplayText.trimTrailingSpaces(line))
            i += perRow
        }
        out.append("")
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
