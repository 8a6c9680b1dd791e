// PowerShell's table layout (powershell-language.md §5.2, Format-Table.Tests.ps1, TableWriter and
// ColumnWidthManager): one-space gaps, widths from the rows or the view, numbers right-aligned with
// their header, dash rows as long as the header, headers wider than a fixed column wrapped, cells cut
// with "…" (or wrapped with -Wrap), no trailing whitespace, the last column unpadded, a blank line
// before and after.
//
// Width rules, as PowerShell applies them:
// * -AutoSize, or a table whose first column has no fixed width (every ad-hoc object), sizes every
//   column from the header and all its rows (PowerShell sizes from the rows of the first 300 ms; a
//   batch formatter sizes from the whole batch).
// * Otherwise the view's widths are used; columns without one share the space left on the line.
// * When the columns do not fit the line width, the last visible column shrinks to fit; a column
//   that would get narrower than its header (or than itself, if narrower) is dropped and the one
//   before it shrinks instead (ColumnWidthManager.TrimToFit, whose floor is 1 cell: csshell keeps
//   headers readable instead of stacking them two letters per line). Cells longer than their column
//   are cut: `abc…` (left and centre alignment) or `…xyz` (right alignment).

import CsCore

public struct TableFormatOptions: Sendable {
    public var autoSize: Bool
    public var hideTableHeaders: Bool
    public var wrap: Bool
    /// `$FormatEnumerationLimit`: items shown of a collection cell (negative: all).
    public var enumerationLimit: Int

    public init(autoSize: Bool = false, hideTableHeaders: Bool = false, wrap: Bool = false, enumerationLimit: Int = 4) {
        self.autoSize = autoSize
        self.hideTableHeaders = hideTableHeaders
        self.wrap = wrap
        self.enumerationLimit = enumerationLimit
    }
}

/// Format-Table's layout for a set of columns (a view, `-Property`, or an object's own properties).
public struct TableFormatter {
    public var columns: [FormatColumn]
    public var options: TableFormatOptions
    /// Right-align columns without an explicit alignment when their values are numbers, booleans or
    /// enums (true for self-sized tables and Format-Table -Property; false for registered views).
    public var alignByType: Bool

    public init(columns: [FormatColumn], options: TableFormatOptions = TableFormatOptions(), alignByType: Bool = true) {
        self.columns = columns
        self.options = options
        self.alignByType = alignByType
    }

    /// The table's lines for these rows at `width` columns, blank lines included. A column whose
    /// expression fails shows an empty cell, as in PowerShell.
    public func format(_ rows: [PSValue], width: Int) -> [String] {
        var t = emptyTable()
        for r in rows { addRow(r, to: &t) }
        return t.render(lineWidth: width)
    }

    func emptyTable() -> TextTable {
        TextTable(labels: columns.map(\.label), alignments: columns.map(\.alignment), fixedWidths: columns.map(\.width),
                  alignByType: alignByType, options: options)
    }

    func addRow(_ row: PSValue, to t: inout TextTable) {
        var cells: [String] = []
        var types: [Bool?] = []
        for c in columns {
            let v = (try? c.value(row)) ?? .null
            cells.append(FormatValue.text(v, context: .table, enumerationLimit: options.enumerationLimit, formatString: c.formatString))
            if case .null = v { types.append(nil) } else { types.append(FormatValue.isRightAligned(v)) }
        }
        t.add(row: cells, rightTyped: types)
    }
}
