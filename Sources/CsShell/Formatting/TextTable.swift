import CsCore

/// A table whose cells are already text: what the layout works on.
struct TextTable {
    var labels: [String]
    /// Per column; `.undefined` is resolved from the first non-empty value (numbers, booleans and
    /// enums right) when `alignByType` is set, else left.
    var alignments: [FormatAlignment]
    var fixedWidths: [Int?]
    var rows: [[String]] = []
    /// Per row and column: whether the value was of a right-aligned type.
    var rightTyped: [[Bool?]] = []
    var alignByType: Bool
    var options: TableFormatOptions

    /// True when the widths come from the rows, so the whole batch is needed before printing.
    var sizesFromRows: Bool {
        options.autoSize || fixedWidths.first.map { $0 == nil } ?? true
    }

    mutating func add(row: [String], rightTyped types: [Bool?]) {
        rows.append(row)
        rightTyped.append(types)
    }

    func resolvedAlignments() -> [FormatAlignment] {
        alignments.indices.map { k in
            if alignments[k] != .undefined { return alignments[k] }
            guard alignByType else { return .left }
            for r in rightTyped.indices { if let t = rightTyped[r][k] { return t ? .right : .left } }
            return .left
        }
    }

    /// Column widths for a line of `lineWidth` cells; -1 marks a column that does not fit.
    func widths(lineWidth: Int) -> [Int] {
        var w: [Int]
        if sizesFromRows {
            w = labels.indices.map { k in
                var m = DisplayText.width(labels[k])
                for r in rows where k < r.count { m = max(m, DisplayText.width(r[k])) }
                return max(1, m)
            }
        } else {
            w = fixedWidths.map { $0 ?? 0 }
        }
        // A column squeezed to fit the line keeps at least its header's width (or its own, when
        // narrower); PowerShell goes down to 1 cell, which stacks the header one letter pair per line.
        let minimums = labels.indices.map { k in
            let header = max(1, DisplayText.width(labels[k]))
            return w[k] > 0 ? min(w[k], header) : header
        }
        ColumnWidths.fit(&w, minimums: minimums, tableWidth: max(1, lineWidth))
        return w
    }

    /// The header lines and the dash row (nothing with -HideTableHeaders).
    func headerLines(widths: [Int], alignments: [FormatAlignment]) -> [String] {
        if options.hideTableHeaders { return [] }
        let visible = labels.indices.filter { widths[$0] > 0 }
        var columnLines: [[String]] = []
        for k in visible { columnLines.append(DisplayText.wrap(labels[k], firstLine: widths[k], following: widths[k])) }
        var out = assemble(columnLines, visible: visible, widths: widths, alignments: alignments)
        var dashes: [String] = []
        for k in visible {
            let n = min(DisplayText.width(labels[k]), widths[k])
            dashes.append(String(repeating: "-", count: n))
        }
        out.append(contentsOf: assemble(dashes.map { [$0] }, visible: visible, widths: widths, alignments: alignments))
        return out
    }

    /// The lines of one row.
    func rowLines(_ row: [String], widths: [Int], alignments: [FormatAlignment]) -> [String] {
        let visible = labels.indices.filter { widths[$0] > 0 }
        var columnLines: [[String]] = []
        for k in visible {
            let cell = k < row.count ? row[k] : ""
            if options.wrap {
                columnLines.append(DisplayText.wrap(cell, firstLine: widths[k], following: widths[k]))
            } else {
                let one = DisplayText.firstLine(cell)
                columnLines.append([DisplayText.fit(one, widths[k], cutAtStart: alignments[k] == .right)])
            }
        }
        return assemble(columnLines, visible: visible, widths: widths, alignments: alignments)
    }

    /// Joins per-column line lists side by side: one space between columns, the last one unpadded,
    /// trailing spaces removed.
    private func assemble(_ columnLines: [[String]], visible: [Int], widths: [Int], alignments: [FormatAlignment]) -> [String] {
        let height = columnLines.map(\.count).max() ?? 0
        var out: [String] = []
        for i in 0..<height {
            var line = ""
            for (j, k) in visible.enumerated() {
                if j > 0 { line += " " }
                let text = i < columnLines[j].count ? columnLines[j][i] : ""
                line += DisplayText.align(text, widths[k], alignments[k], padRight: j < visible.count - 1)
            }
            out.append(DisplayText.trimTrailingSpaces(line))
        }
        return out
    }

    /// The whole table: a blank line, the header, the rows, a blank line.
    func render(lineWidth: Int) -> [String] {
        let w = widths(lineWidth: lineWidth)
        guard w.contains(where: { $0 > 0 }) else { return [] }
        let a = resolvedAlignments()
        var out = [""]
        out.append(contentsOf: headerLines(widths: w, alignments: a))
        for r in rows { out.append(contentsOf: rowLines(r, widths: w, alignments: a)) }
        out.append("")
        return out
    }
}

/// PowerShell's ColumnWidthManager: gives unsized columns (0) the room left, then trims from the right:
/// the last visible column shrinks, or is dropped when it would get narrower than its minimum.
enum ColumnWidths {
    static func fit(_ w: inout [Int], minimums: [Int]? = nil, tableWidth: Int, separator: Int = 1) {
        let minimum = minimums ?? Array(repeating: 1, count: w.count)
        if assign(&w, minimums: minimum, tableWidth: tableWidth, separator: separator) { return }
        while true {
            let current = total(w, separator: separator)
            let excess = current - tableWidth
            if excess <= 0 { return }
            guard let last = lastVisible(w) else { break }
            let shrunk = w[last] - excess
            if shrunk < max(1, minimum[last]) { w[last] = -1 } else { w[last] = shrunk }
        }
        // Nothing fits: show the first column, cut to the line.
        if !w.isEmpty && !w.contains(where: { $0 > 0 }) { w[0] = tableWidth }
    }

    private static func assign(_ w: inout [Int], minimums: [Int], tableWidth: Int, separator: Int) -> Bool {
        if w.allSatisfy({ $0 > 0 }) {
            return w.reduce(0, +) + separator * (w.count - 1) <= tableWidth
        }
        let fixed = w.map { $0 > 0 }
        for k in w.indices where w[k] == 0 { w[k] = max(1, minimums[k]) }
        var available = tableWidth - total(w, separator: separator)
        if available < 0 { return false }
        while available > 0 {
            for k in w.indices where !fixed[k] {
                w[k] += 1
                available -= 1
                if available == 0 { break }
            }
        }
        return true
    }

    private static func total(_ w: [Int], separator: Int) -> Int {
        let visible = w.filter { $0 > 0 }
        return visible.reduce(0, +) + separator * max(0, visible.count - 1)
    }

    private static func lastVisible(_ w: [Int]) -> Int? {
        for k in w.indices where w[k] < 0 { return k == 0 ? nil : k - 1 }
        return w.isEmpty ? nil : w.count - 1
    }
}
