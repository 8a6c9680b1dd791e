import CsCore
import CsLanguage
import Foundation

/// .NET composite formatting for `-f` and `[string]::Format`: `{index[,alignment][:format]}` with
/// `{{` / `}}` escapes; each item's format string goes to the formatting layer's NetFormat.
enum CompositeFormat {
    /// .NET's IndexLimit and WidthLimit: digits are read while the number is below it.
    static let itemLimit = 1_000_000

    static func format(_ template: String, _ args: [PSValue], at range: SourceRange, _ interpreter: Interpreter) throws -> String {
        var out = ""
        let chars = Array(template)
        var i = 0
        func bad() -> TerminatingError {
            interpreter.failure("Error formatting a string: Input string was not in a correct format..", id: "FormatError",
                                category: .InvalidOperation, at: range, target: .string(template))
        }
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
                // The item is read as .NET's StringBuilder.AppendFormat reads it: an index, an optional
                // `,alignment` and `:format`, spaces between them; the index and the alignment are read
                // only while below 1,000,000 (a digit after that is a format error), which bounds the
                // padding an item can ask for.
                var p = i
                func next() throws -> Character {
                    p += 1
                    guard p < chars.count else { throw bad() }
                    return chars[p]
                }
                func digit(_ ch: Character) -> Int? { ch.isASCII ? ch.wholeNumberValue : nil }
                var ch = try next()
                guard var index = digit(ch) else { throw bad() }
                var width = 0
                var leftAlign = false
                var format: String?
                ch = try next()
                if ch != "}" {
                    while let d = digit(ch), index < CompositeFormat.itemLimit { index = index * 10 + d; ch = try next() }
                    while ch == " " { ch = try next() }
                    if ch == "," {
                        repeat { ch = try next() } while ch == " "
                        if ch == "-" { leftAlign = true; ch = try next() }
                        guard let w = digit(ch) else { throw bad() }
                        width = w
                        ch = try next()
                        while let d = digit(ch), width < CompositeFormat.itemLimit { width = width * 10 + d; ch = try next() }
                        while ch == " " { ch = try next() }
                    }
                    if ch != "}" {
                        guard ch == ":" else { throw bad() }
                        let start = p + 1
                        while true {
                            ch = try next()
                            if ch == "}" { break }
                            if ch == "{" { throw bad() }
                        }
                        if p > start { format = String(chars[start..<p]) }
                    }
                }
                guard index < args.count else {
                    throw interpreter.failure("Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..",
                                              id: "FormatError", category: .InvalidOperation, at: range, target: .string(template))
                }
                var text = format.map { formatValue(args[index], format: $0) } ?? itemText(args[index])
                let length = text.count
                try interpreter.checkSize(ElementLimit.sum(out.utf8.count, text.utf8.count, max(0, width - length)), .characters, at: range)
                if width > length {
                    let fill = String(repeating: " ", count: width - length)
                    text = leftAlign ? text + fill : fill + text
                }
                out += text
                i = p + 1
            } else if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw bad()
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// An item without a format string: its ToString(), which for a date is the current culture's form.
    static func itemText(_ v: PSValue) -> String {
        if case let .dateTime(d) = v { return DateTimeFormat.general(d, culture: .enUS) }
        return floatingToString(v) ?? PSConvert.toString(v)
    }

    /// A Double's or Single's own ToString() (.NET Core 3.0+: the shortest text that round-trips,
    /// `0.30000000000000004`), which differs from PowerShell's conversion to string (15 digits); nil
    /// for other values and for NaN and the infinities (which both write alike).
    static func floatingToString(_ v: PSValue) -> String? {
        switch v {
        case let .double(d) where d.isFinite: return DoubleFormat.roundTrip(d)
        case let .number(.single(f)) where f.isFinite: return DoubleFormat.roundTrip(f)
        default: return nil
        }
    }

    /// One value with a .NET format string (`N2`, `X4`, `0.00`, …); values the format does not apply
    /// to (strings, unknown formats) print unformatted, as .NET's do.
    static func formatValue(_ v: PSValue, format: String) -> String {
        NetFormat.format(v, format) ?? PSConvert.toString(v)
    }
}
