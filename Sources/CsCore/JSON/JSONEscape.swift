/// The JSON string escapes (RFC 8259 §7) that the store's reader and writer and the shell's
/// ConvertFrom-Json / ConvertTo-Json share.
public enum JSONEscape {
    /// The byte a two-character escape `\x` stands for (`n` → line feed), or nil when `x` is not one of
    /// `" \ / b f n r t` (`u` starts a `\uXXXX` escape and is handled by the caller).
    @inlinable
    public static func decoded(_ e: UInt8) -> UInt8? {
        switch e {
        case UInt8(ascii: "\""): return 0x22
        case UInt8(ascii: "\\"): return 0x5C
        case UInt8(ascii: "/"): return 0x2F
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// The short escape a writer uses for a byte (`"` → `\"`, line feed → `\n`), or nil when there is none.
    @inlinable
    public static func shortEscape(_ b: UInt8) -> String? {
        switch b {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        default: return nil
        }
    }

    /// The value of one hex digit, or nil.
    @inlinable
    public static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The code point of a `\uXXXX` escape, joined with the following low surrogate when the first is a
    /// high one; an unpaired surrogate becomes U+FFFD.
    @inlinable
    public static func scalar(_ first: UInt32, low: UInt32?) -> UInt32 {
        if (0xD800...0xDBFF).contains(first) {
            guard let low, (0xDC00...0xDFFF).contains(low) else { return 0xFFFD }
            return 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
        }
        return (0xDC00...0xDFFF).contains(first) ? 0xFFFD : first
    }
}
