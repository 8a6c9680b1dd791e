/// A piece of HTML. Text interpolated into it is escaped (`& < > " '`), so it is safe in element
/// content and in quoted attribute values; only other `HTML` values are inserted as they are. Every
/// page is built from these, so no value reaches a page unescaped by mistake.
struct HTML: ExpressibleByStringInterpolation, Sendable, Equatable {
    private(set) var text: String

    init(stringLiteral value: String) { text = value }

    init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    private init(raw: String) { text = raw }

    static let empty: HTML = ""

    /// HTML values one after the other.
    init(joining parts: [HTML], separator: HTML = "") {
        text = parts.map(\.text).joined(separator: separator.text)
    }

    struct Interpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { text += literal }
        /// Text: escaped.
        mutating func appendInterpolation(_ value: some StringProtocol) { text += HTML.escape(value) }
        mutating func appendInterpolation(_ value: some BinaryInteger) { text += String(value) }
        /// HTML: as it is.
        mutating func appendInterpolation(_ html: HTML) { text += html.text }
        mutating func appendInterpolation(_ parts: [HTML]) { for p in parts { text += p.text } }
    }

    /// Escapes `& < > " '`.
    static func escape(_ text: some StringProtocol) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// ` attribute` (a constant such as `selected` or `aria-invalid="true"`) when the condition holds, else nothing.
    static func attribute(_ name: StaticString, if condition: Bool) -> HTML {
        condition ? HTML(raw: " \(name)") : .empty
    }
}
