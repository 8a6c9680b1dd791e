import CsCore
import CsLanguage
import Foundation

/// .NET composite formatting for `-f` and `[string]::Format`: `{index[,alignment][:format]}` with
/// `{{` / `}}` escapes; each item's format string goes to the formatting layer's NetFormat.
enum CompositeFormat {
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
                guard let close = chars[i...].firstIndex(of: "}") else { throw bad() }
                let spec = String(chars[(i + 1)..<close])
                var indexPart = spec
                var format: String?
                if let colon = spec.firstIndex(of: ":") {
                    indexPart = String(spec[..<colon])
                    format = String(spec[spec.index(after: colon)...])
                }
                var alignment = 0
                if let comma = indexPart.firstIndex(of: ",") {
                    alignment = Int(indexPart[indexPart.index(after: comma)...].trimmingCharacters(in: .whitespaces)) ?? 0
                    indexPart = String(indexPart[..<comma])
                }
                guard let idx = Int(indexPart.trimmingCharacters(in: .whitespaces)) else { throw bad() }
                guard idx < args.count else {
                    throw interpreter.failure("Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..",
                                              id: "FormatError", category: .InvalidOperation, at: range, target: .string(template))
                }
                var text = format.map { formatValue(args[idx], format: $0) } ?? itemText(args[idx])
                if alignment > 0 && text.count < alignment { text = String(repeating: " ", count: alignment - text.count) + text }
                if alignment < 0 && text.count < -alignment { text += String(repeating: " ", count: -alignment - text.count) }
                out += text
                i = close + 1
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
        return PSConvert.toString(v)
    }

    /// One value with a .NET format string (`N2`, `X4`, `0.00`, …); values the format does not apply
    /// to (strings, unknown formats) print unformatted, as .NET's do.
    static func formatValue(_ v: PSValue, format: String) -> String {
        NetFormat.format(v, format) ?? PSConvert.toString(v)
    }
}
