// ConvertTo-Json in pwsh 7's format (powershell-language.md §5.7, ConvertTo-Json.Tests.ps1; Newtonsoft
// Formatting.Indented): 2-space indentation, `"key": value`, `[]` and `{}` for empty containers;
// -Compress removes all whitespace. Enums are written as their names (contract.md). Containers nested
// deeper than -Depth are written as their string form (`"@{a=1}"`, `"System.Collections.Hashtable"`,
// `"1 2 3"`) and one warning is reported; scalars are never cut, so `1 | ConvertTo-Json -Depth 0` is `1`.

import CsCore
import Foundation

public struct JSONWriterOptions: Sendable {
    /// -Depth: 0…100, default 2. The top-level value is at depth 0.
    public var depth: Int
    public var compress: Bool
    /// -EscapeHandling EscapeHtml: `<`, `>`, `&`, `'` and `"` as \u escapes.
    public var escapeHtml: Bool
    /// -EscapeHandling EscapeNonAscii: every non-ASCII character as a \u escape.
    public var escapeNonAscii: Bool

    public init(depth: Int = 2, compress: Bool = false, escapeHtml: Bool = false, escapeNonAscii: Bool = false) {
        self.depth = depth
        self.compress = compress
        self.escapeHtml = escapeHtml
        self.escapeNonAscii = escapeNonAscii
    }
}

public enum JSONWriter {
    /// The warning written when something was cut at the depth limit.
    public static func depthWarning(_ depth: Int) -> String {
        "Resulting JSON is truncated as serialization has exceeded the set depth of \(depth)."
    }

    /// ConvertTo-Json's whole output for its pipeline input: one value → that value, several (or
    /// `asArray`) → a JSON array; nothing for no input. `warning` is called at most once.
    public static func convert(_ inputs: [PSValue], asArray: Bool = false, options: JSONWriterOptions = JSONWriterOptions(),
                               warning: (String) -> Void = { _ in }) -> String? {
        if inputs.isEmpty { return nil }
        let top: PSValue = (inputs.count > 1 || asArray) ? .array(inputs) : inputs[0]
        return serialize(top, options: options, warning: warning)
    }

    /// One value as JSON text.
    public static func serialize(_ value: PSValue, options: JSONWriterOptions = JSONWriterOptions(), warning: (String) -> Void = { _ in }) -> String {
        var w = Writer(options: options)
        w.value(value, depth: 0, indent: 0)
        if w.truncated { warning(depthWarning(options.depth)) }
        return w.out
    }

    /// A string as a JSON string literal (quotes included), escaped as Newtonsoft does by default:
    /// `"` and `\`, the short escapes `\b \t \n \f \r`, other control characters and U+0085, U+2028,
    /// U+2029 as lower-case `\u00xx`; everything else, non-ASCII included, as is.
    public static func quote(_ s: String, escapeHtml: Bool = false, escapeNonAscii: Bool = false) -> String {
        var out = "\""
        appendEscaped(s, to: &out, escapeHtml: escapeHtml, escapeNonAscii: escapeNonAscii)
        out += "\""
        return out
    }

    static func appendEscaped(_ s: String, to out: inout String, escapeHtml: Bool, escapeNonAscii: Bool) {
        // Fast path: nothing to escape (scanning the contiguous bytes: the generic UTF8View scan cost
        // more than the append, for every name and value).
        if !escapeHtml && !escapeNonAscii {
            func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C || b == 0xC2 || b == 0xE2 }
            let plain = s.utf8.withContiguousStorageIfAvailable { !$0.contains(where: needsEscape) } ?? !s.utf8.contains(where: needsEscape)
            if plain {
                out += s
                return
            }
        }
        for sc in s.unicodeScalars {
            if sc.isASCII, let e = JSONEscape.shortEscape(UInt8(sc.value)) {
                out += e
                continue
            }
            let v = sc.value
            if v < 0x20 || v == 0x85 || v == 0x2028 || v == 0x2029
                || (escapeHtml && (sc == "<" || sc == ">" || sc == "&" || sc == "'"))
                || (escapeNonAscii && v > 0x7E) {
                if v > 0xFFFF {
                    let u = v - 0x10000
                    appendUnicodeEscape(0xD800 + (u >> 10), to: &out)
                    appendUnicodeEscape(0xDC00 + (u & 0x3FF), to: &out)
                } else {
                    appendUnicodeEscape(v, to: &out)
                }
            } else {
                out.unicodeScalars.append(sc)
            }
        }
    }

    private static func appendUnicodeEscape(_ v: UInt32, to out: inout String) {
        let hex = Array("0123456789abcdef")
        out += "\\u"
        out.append(hex[Int((v >> 12) & 0xF)])
        out.append(hex[Int((v >> 8) & 0xF)])
        out.append(hex[Int((v >> 4) & 0xF)])
        out.append(hex[Int(v & 0xF)])
    }

    /// A double as Newtonsoft writes it: the shortest round-trip form in .NET's notation, with `.0`
    /// added to integral values (`1.0`, `1E+20`, `1.5E-07`); NaN and infinities as strings.
    public static func number(_ d: Double) -> String {
        if d.isNaN { return "\"NaN\"" }
        if d.isInfinite { return d < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
        let r = roundTrip(d)
        if r.contains(".") || r.contains("E") { return r }
        return r + ".0"
    }

    /// .NET Core's `double.ToString("R")`: shortest round-trip digits; scientific notation
    /// (`1E+15`, `1.5E-05`) when the exponent is ≥ 15 or < -4.
    public static func roundTrip(_ d: Double) -> String {
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        // Swift's description is the shortest round-trip representation; take its digits and exponent.
        var s = "\(abs(d))"
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(s[s.index(after: e)...])!
            s = String(s[..<e])
        }
        var intPart = s
        var frac = ""
        if let dot = s.firstIndex(of: ".") {
            intPart = String(s[..<dot])
            frac = String(s[s.index(after: dot)...])
        }
        var digits = intPart + frac
        var pointPos = intPart.count + exp   // digits before the decimal point
        // Normalise: strip leading zeros (moving the point) and trailing zeros.
        while digits.count > 1 && digits.first == "0" { digits.removeFirst(); pointPos -= 1 }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        let sciExp = pointPos - 1
        var out = d < 0 ? "-" : ""
        if sciExp >= 15 || sciExp < -4 {
            out += String(digits.first!)
            if digits.count > 1 { out += "." + digits.dropFirst() }
            out += "E" + (sciExp < 0 ? "-" : "+")
            let e = String(abs(sciExp))
            out += e.count < 2 ? "0" + e : e
            return out
        }
        if pointPos <= 0 {
            out += "0." + String(repeating: "0", count: -pointPos) + digits
        } else if pointPos >= digits.count {
            out += digits + String(repeating: "0", count: pointPos - digits.count)
        } else {
            let i = digits.index(digits.startIndex, offsetBy: pointPos)
            out += digits[..<i] + "." + digits[i...]
        }
        return out
    }

    private struct Writer {
        let options: JSONWriterOptions
        var out = ""
        var truncated = false

        init(options: JSONWriterOptions) { self.options = options }

        mutating func newline(_ indent: Int) {
            if options.compress { return }
            out += "\n"
            out += DisplayText.spaces(indent * 2)   // (String(repeating:count:) is slow per line)
        }

        mutating func string(_ s: String) {
            out += "\""
            JSONWriter.appendEscaped(s, to: &out, escapeHtml: options.escapeHtml, escapeNonAscii: options.escapeNonAscii)
            out += "\""
        }

        mutating func value(_ v: PSValue, depth: Int, indent: Int) {
            switch v {
            case .null: out += "null"
            case let .bool(b): out += b ? "true" : "false"
            case let .int(i): out += String(i)
            case let .double(d): out += JSONWriter.number(d)
            case let .string(s): string(s)
            case let .enumValue(e): string(e.name)
            case let .scriptBlock(sb): string(sb.text)
            // Newtonsoft's round-trip form: fraction digits without trailing zeros, the kind's zone.
            case let .dateTime(d): string((try? DateTimeFormat.format(d, "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", culture: .invariant)) ?? "")
            case let .timeSpan(t):
                if depth > options.depth { cut(v); return }
                let names = PSTimeSpan.propertyNames
                container(open: "{", close: "}", count: names.count, indent: indent) { w, i in
                    w.member(names[i], t.member(names[i]) ?? .null, depth: depth, indent: indent)
                }
            case let .array(a):
                if depth > options.depth { cut(v); return }
                container(open: "[", close: "]", count: a.count, indent: indent) { w, i in
                    w.value(a[i], depth: depth + 1, indent: indent + 1)
                }
            case let .hashtable(h):
                if depth > options.depth { cut(v); return }
                let entries = h.entries
                container(open: "{", close: "}", count: entries.count, indent: indent) { w, i in
                    w.member(PSConvert.toString(entries[i].key), entries[i].value, depth: depth, indent: indent)
                }
            case let .object(o):
                if depth > options.depth { cut(v); return }
                let names = o.names
                let values = o.values
                container(open: "{", close: "}", count: names.count, indent: indent) { w, i in
                    w.member(names[i], values[i], depth: depth, indent: indent)
                }
            }
        }

        mutating func member(_ name: String, _ v: PSValue, depth: Int, indent: Int) {
            string(name)
            out += options.compress ? ":" : ": "
            value(v, depth: depth + 1, indent: indent + 1)
        }

        mutating func container(open: String, close: String, count: Int, indent: Int, _ element: (inout Writer, Int) -> Void) {
            out += open
            if count == 0 { out += close; return }
            for i in 0..<count {
                if i > 0 { out += "," }
                newline(indent + 1)
                element(&self, i)
            }
            newline(indent)
            out += close
        }

        mutating func cut(_ v: PSValue) {
            truncated = true
            string(PSConvert.toString(v))
        }
    }
}
