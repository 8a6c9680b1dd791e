// ConvertTo-Json: PowerShell values walked onto the project's JSON writer (CsCore), in pwsh 7's format
// (powershell-language.md §5.7, ConvertTo-Json.Tests.ps1; Newtonsoft Formatting.Indented): 2-space indentation, `"key": value`, `[]` and `{}` for empty containers;
// -Compress removes all whitespace. Enums are written as their names (contract.md). Containers nested
// deeper than -Depth are written as their string form (`"@{a=1}"`, `"System.Collections.Hashtable"`,
// `"1 2 3"`) and one warning is reported; scalars are never cut, so `1 | ConvertTo-Json -Depth 0` is `1`.

import CsCore
import Foundation

public struct JSONSerializerOptions: Sendable {
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

public enum JSONSerializer {
    /// The warning written when something was cut at the depth limit.
    public static func depthWarning(_ depth: Int) -> String {
        "Resulting JSON is truncated as serialization has exceeded the set depth of \(depth)."
    }

    /// ConvertTo-Json's whole output for its pipeline input: one value → that value, several (or
    /// `asArray`) → a JSON array; nothing for no input. `warning` is called at most once.
    /// `nonStringKey` is given the first dictionary written that has a key other than a string (which
    /// JsonObject.ProcessDictionary refuses; the text then writes such keys as their text, and no
    /// warning is given).
    public static func convert(_ inputs: [PSValue], asArray: Bool = false, options: JSONSerializerOptions = JSONSerializerOptions(),
                               warning: (String) -> Void = { _ in }, nonStringKey: (PSValue) -> Void = { _ in }) -> String? {
        if inputs.isEmpty { return nil }
        let top: PSValue = (inputs.count > 1 || asArray) ? .array(inputs) : inputs[0]
        return serialize(top, options: options, warning: warning, nonStringKey: nonStringKey)
    }

    /// One value as JSON text.
    public static func serialize(_ value: PSValue, options: JSONSerializerOptions = JSONSerializerOptions(),
                                 warning: (String) -> Void = { _ in }, nonStringKey: (PSValue) -> Void = { _ in }) -> String {
        var s = Serializer(options: options)
        s.value(value, depth: 0, indent: 0)
        if let dictionary = s.nonStringKey {
            nonStringKey(dictionary)
        } else if s.truncated {
            warning(depthWarning(options.depth))
        }
        return s.w.text
    }

    /// A string as a JSON string literal (quotes included), escaped as Newtonsoft does.
    public static func quote(_ s: String, escapeHtml: Bool = false, escapeNonAscii: Bool = false) -> String {
        var w = JSONWriter(capacity: s.utf8.count + 2, escaping: escapeNonAscii ? .nonAscii : escapeHtml ? .html : .default)
        w.string(s)
        return w.text
    }

    private struct Serializer {
        let options: JSONSerializerOptions
        var w: JSONWriter
        var truncated = false
        /// The first dictionary written that has a key other than a string.
        var nonStringKey: PSValue?

        init(options: JSONSerializerOptions) {
            self.options = options
            w = JSONWriter(capacity: 4096, escaping: options.escapeNonAscii ? .nonAscii : options.escapeHtml ? .html : .default)
        }

        mutating func newline(_ indent: Int) {
            if !options.compress { w.newline(indent: indent) }
        }

        mutating func value(_ v: PSValue, depth: Int, indent: Int) {
            switch v {
            case .null: w.null()
            case let .bool(b): w.bool(b)
            case let .int(i): w.integer(i)
            case let .double(d): w.double(d)
            case let .number(n):
                switch PSNumeric(v)! {
                case let .integer(i, t) where t != .char: w.raw(String(i))
                // A Single in its own shortest form (Newtonsoft: float.ToString("R"), with ".0" added to a whole number).
                case let .floating(d, .single) where d.isFinite:
                    let t = PSConvert.numberText(n)
                    w.raw(t.contains(".") || t.contains("E") ? t : t + ".0")
                case let .floating(d, _): w.double(d)
                case let .decimal(d): w.raw(d.description)
                default: w.string(PSConvert.numberText(n))
                }
            case let .string(s): w.string(s)
            case let .enumValue(e): w.string(e.name)
            case let .scriptBlock(sb): w.string(sb.text)
            // Newtonsoft's round-trip form: fraction digits without trailing zeros, the kind's zone.
            case let .dateTime(d): w.string((try? DateTimeFormat.format(d, "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", culture: .invariant)) ?? "")
            // A TimeSpan is an object of its properties, in .NET's declaration order.
            case let .timeSpan(t):
                if depth > options.depth { cut(v); return }
                let names = PSTimeSpan.propertyNames
                container(open: "{", close: "}", count: names.count, indent: indent) { s, i in
                    s.member(names[i], t.member(names[i]) ?? .null, depth: depth, indent: indent)
                }
            case .array, .list:
                let a = v.asList
                if depth > options.depth { cut(v); return }
                container(open: "[", close: "]", count: a.count, indent: indent) { s, i in
                    s.value(a[i], depth: depth + 1, indent: indent + 1)
                }
            case let .hashtable(h):
                if depth > options.depth { cut(v); return }
                let entries = h.entries
                if nonStringKey == nil, entries.contains(where: { if case .string = $0.key { return false }; return true }) { nonStringKey = v }
                container(open: "{", close: "}", count: entries.count, indent: indent) { s, i in
                    s.member(PSConvert.toString(entries[i].key), entries[i].value, depth: depth, indent: indent)
                }
            // A Guid is its text (JsonObject.ProcessValue writes Guid, like string and DateTime, as a scalar).
            case let .object(o) where o.typeNames.first == "System.Guid":
                w.string(PSConvert.toString(o["Guid"] ?? .null))
            case let .object(o):
                if depth > options.depth { cut(v); return }
                // An instance of a script class: hidden properties too, as .NET reflection lists them.
                let all = (o.native as? ScriptInstance)?.allProperties(of: o)
                let names = all?.map(\.name) ?? o.names
                let values = all?.map(\.value) ?? o.values
                container(open: "{", close: "}", count: names.count, indent: indent) { s, i in
                    s.member(names[i], values[i], depth: depth, indent: indent)
                }
            }
        }

        mutating func member(_ name: String, _ v: PSValue, depth: Int, indent: Int) {
            w.string(name)
            if options.compress { w.raw(":") } else { w.raw(": ") }
            value(v, depth: depth + 1, indent: indent + 1)
        }

        mutating func container(open: StaticString, close: StaticString, count: Int, indent: Int, _ element: (inout Serializer, Int) -> Void) {
            w.raw(open)
            if count == 0 { w.raw(close); return }
            for i in 0..<count {
                if i > 0 { w.raw(",") }
                newline(indent + 1)
                element(&self, i)
            }
            newline(indent)
            w.raw(close)
        }

        mutating func cut(_ v: PSValue) {
            truncated = true
            w.string(PSConvert.toString(v))
        }
    }
}
