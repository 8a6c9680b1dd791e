import CsCmdlets
import CsLanguage
import Foundation

/// .NET composite formatting for `-f` and `[string]::Format`: `{index[,alignment][:format]}` with
/// `{{` / `}}` escapes, and the common numeric format strings (N, D, F, X, P, E, C and 0/# patterns).
enum Formatter {
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
                var text = format.map { (try? formatValue(args[idx], format: $0)) ?? PSConvert.toString(args[idx]) } ?? PSConvert.toString(args[idx])
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

    /// One value with a .NET format string.
    static func formatValue(_ v: PSValue, format: String) throws -> String {
        guard let n = PSConvert.toNumber(v), !format.isEmpty, !(v.stringValue != nil && PSConvert.parseNumber(v.stringValue!) == nil) else {
            return PSConvert.toString(v)
        }
        if case .string = v { return PSConvert.toString(v) }
        let x: Double = { if case let .int(i) = n { return Double(i) }; if case let .double(d) = n { return d }; return 0 }()
        let kind = format.first!.uppercased()
        let digits = Int(format.dropFirst())
        switch kind {
        case "N": return grouped(x, decimals: digits ?? 2)
        case "F": return String(format: "%.\(digits ?? 2)f", x)
        case "D":
            guard case let .int(i) = n else { return PSConvert.toString(v) }
            let s = String(abs(i))
            return (i < 0 ? "-" : "") + String(repeating: "0", count: max(0, (digits ?? 0) - s.count)) + s
        case "X":
            guard case let .int(i) = n else { return PSConvert.toString(v) }
            var s = String(UInt64(bitPattern: Int64(i)), radix: 16, uppercase: format.first == "X")
            if i >= 0 { s = String(i, radix: 16, uppercase: format.first == "X") }
            return String(repeating: "0", count: max(0, (digits ?? 0) - s.count)) + s
        case "P": return grouped(x * 100, decimals: digits ?? 2) + " %"
        case "C": return (x < 0 ? "-$" : "$") + grouped(abs(x), decimals: digits ?? 2)
        case "E": return String(format: "%.\(digits ?? 6)E", x)
        case "G": return PSConvert.formatDouble(x)
        default:
            return custom(x, format)
        }
    }

    private static func grouped(_ x: Double, decimals: Int) -> String {
        let s = String(format: "%.\(decimals)f", abs(x))
        let parts = s.split(separator: ".", maxSplits: 1)
        var intPart = String(parts[0])
        var groups: [String] = []
        while intPart.count > 3 { groups.insert(String(intPart.suffix(3)), at: 0); intPart = String(intPart.dropLast(3)) }
        groups.insert(intPart, at: 0)
        return (x < 0 && s != String(format: "%.\(decimals)f", 0.0) ? "-" : "") + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// Custom patterns such as `0.00`, `#,##0`, `000`.
    private static func custom(_ x: Double, _ f: String) -> String {
        let decimals = f.split(separator: ".").dropFirst().first.map { $0.filter { $0 == "0" || $0 == "#" }.count } ?? 0
        let minInt = f.split(separator: ".").first.map { $0.filter { $0 == "0" }.count } ?? 0
        var s = f.contains(",") ? grouped(x, decimals: decimals) : String(format: "%.\(decimals)f", x)
        let intDigits = s.split(separator: ".").first.map { $0.filter(\.isNumber).count } ?? 0
        if intDigits < minInt { s = String(repeating: "0", count: minInt - intDigits) + s }
        return s
    }
}
