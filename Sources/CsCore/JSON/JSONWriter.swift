// The one JSON writer of the project: builds JSON text into a byte buffer. The store writes its
// document and journal with it; ConvertTo-Json walks PowerShell values onto it. Strings are escaped
// as Newtonsoft.Json does by default (what pwsh's ConvertTo-Json writes): `"` and `\`, the short
// escapes `\b \t \n \f \r`, other control characters and U+0085, U+2028, U+2029 as lower-case
// `\u00xx`; everything else as is, unless `escaping` asks for more.

/// Which characters a JSON string escapes beyond the default set (ConvertTo-Json -EscapeHandling).
public enum JSONEscaping: Sendable {
    case `default`
    /// Also `<`, `>`, `&`, `'` and `"` as `\u` escapes (EscapeHtml).
    case html
    /// Also every non-ASCII character, as `\u` escapes (UTF-16 surrogate pairs above U+FFFF).
    case nonAscii
}

public struct JSONWriter {
    public var bytes: [UInt8] = []
    public var escaping: JSONEscaping

    public init(capacity: Int = 4096, escaping: JSONEscaping = .default) {
        bytes.reserveCapacity(capacity)
        self.escaping = escaping
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    @inline(__always) public mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    public mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// A newline followed by `level` two-space indentation steps.
    public mutating func newline(indent level: Int) {
        bytes.append(0x0A)
        indent(level)
    }

    public mutating func indent(_ level: Int) {
        for _ in 0..<(level * 2) { bytes.append(0x20) }
    }

    public mutating func string(_ s: String) {
        bytes.append(0x22)
        if escaping == .default {
            var plain = true
            s.utf8.withContiguousStorageIfAvailable { u in
                if !u.contains(where: Self.mayNeedEscape) { bytes.append(contentsOf: u) } else { plain = false }
            } ?? { plain = false }()
            if !plain { appendEscaped(s) }
        } else {
            appendEscaped(s)
        }
        bytes.append(0x22)
    }

    /// Bytes that start a character the default escaping may change (U+0085 is C2 85, U+2028/9 are E2 80 A8/A9).
    @inline(__always) private static func mayNeedEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0xC2 || b == 0xE2
    }

    private mutating func appendEscaped(_ s: String) {
        for sc in s.unicodeScalars {
            let v = sc.value
            if v < 0x80, let e = JSONEscape.shortEscape(UInt8(v)) {
                raw(e)
                continue
            }
            let escape: Bool
            switch escaping {
            case .default: escape = v < 0x20 || v == 0x85 || v == 0x2028 || v == 0x2029
            case .html: escape = v < 0x20 || v == 0x85 || v == 0x2028 || v == 0x2029 || sc == "<" || sc == ">" || sc == "&" || sc == "'"
            case .nonAscii: escape = v < 0x20 || v > 0x7E
            }
            guard escape else {
                if let e = UTF8.encode(sc) { bytes.append(contentsOf: e) }
                continue
            }
            if v > 0xFFFF {
                let u = v - 0x10000
                unicodeEscape(0xD800 + (u >> 10))
                unicodeEscape(0xDC00 + (u & 0x3FF))
            } else {
                unicodeEscape(v)
            }
        }
    }

    private mutating func unicodeEscape(_ v: UInt32) {
        let hex: StaticString = "0123456789abcdef"
        let h = hex.utf8Start
        raw("\\u")
        bytes.append(h[Int((v >> 12) & 0xF)])
        bytes.append(h[Int((v >> 8) & 0xF)])
        bytes.append(h[Int((v >> 4) & 0xF)])
        bytes.append(h[Int(v & 0xF)])
    }

    public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    public mutating func integer(_ v: Int) { raw(String(v)) }
    public mutating func bool(_ b: Bool) { if b { raw("true") } else { raw("false") } }
    public mutating func null() { raw("null") }

    /// A double as Newtonsoft writes it: the shortest round-trip form in .NET's notation, with `.0`
    /// added to integral values (`1.0`, `1E+20`, `1.5E-07`); NaN and infinities as strings.
    public mutating func double(_ d: Double) { raw(JSONWriter.number(d)) }

    /// The text `double(_:)` writes.
    public static func number(_ d: Double) -> String {
        if d.isNaN { return "\"NaN\"" }
        if d.isInfinite { return d < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
        let r = DoubleFormat.roundTrip(d)
        if r.contains(".") || r.contains("E") { return r }
        return r + ".0"
    }
}
