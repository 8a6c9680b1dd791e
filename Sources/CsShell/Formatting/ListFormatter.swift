// PowerShell's list layout (powershell-language.md §5.3, Format-List.Tests.ps1, ListWriter): one
// `Label : Value` line per property, labels padded to the longest label of the object, values that
// are too long or span lines continued under the value column, a blank line before each object and
// one after the last. Empty values show nothing after the colon (and no trailing space).

import CsCore

public struct ListFormatter {
    /// The lines to show; nil shows every property of each object in its own order.
    public var columns: [FormatColumn]?
    public var enumerationLimit: Int

    public init(columns: [FormatColumn]? = nil, enumerationLimit: Int = 4) {
        self.columns = columns
        self.enumerationLimit = enumerationLimit
    }

    /// Label and text of each line for one object.
    public func entry(for object: PSValue) -> [(label: String, text: String)] {
        let cols = columns ?? FormatColumn.allProperties(of: object)
        return cols.map { c in
            let v = (try? c.value(object)) ?? .null
            return (label: c.label, text: FormatValue.text(v, context: .list, enumerationLimit: enumerationLimit, formatString: c.formatString))
        }
    }

    /// The `Label : Value` lines of one entry (no blank lines).
    public static func lines(_ entry: [(label: String, text: String)], width: Int) -> [String] {
        let labelWidth = entry.map { DisplayText.width($0.label) }.max() ?? 0
        let prefixWidth = labelWidth + 3
        let valueWidth = max(1, width - prefixWidth)
        let indent = DisplayText.spaces(prefixWidth)
        var out: [String] = []
        out.reserveCapacity(entry.count)
        for (label, text) in entry {
            let head = DisplayText.align(label, labelWidth, .left) + " : "
            // Performance: a one-line value that fits is the whole line (what splitLines and wrap
            // below give for it), without building their arrays.
            if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) && DisplayText.width(text) <= valueWidth {
                out.append(DisplayText.trimTrailingSpaces(head + text))
                continue
            }
            var first = true
            for line in DisplayText.splitLines(text) {
                for piece in DisplayText.wrap(line, firstLine: valueWidth, following: valueWidth) {
                    out.append(DisplayText.trimTrailingSpaces((first ? head : indent) + piece))
                    first = false
                }
            }
            if first { out.append(DisplayText.trimTrailingSpaces(head)) }
        }
        return out
    }
}
