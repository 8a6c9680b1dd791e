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
