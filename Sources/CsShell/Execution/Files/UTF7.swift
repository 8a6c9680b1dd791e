/// UTF-7 (RFC 2152) as .NET's UTF7Encoding does it: the letters, digits, `'(),-./:?`, space, tab,
/// CR and LF are written as themselves, `+` as `+-`, and every other run of UTF-16 code units as `+`
/// and their modified base64, ended by `-` when the next character could be read as base64 (or is
/// `-`).
enum UTF7 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static func isDirect(_ u: UInt16) -> Bool {
        switch u {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: return true
        case 0x27, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3F, 0x20, 0x09, 0x0D, 0x0A: return true
        default: return false
        }
    }

    private static func base64Value(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x41...0x5A: return UInt32(b - 0x41)
        case 0x61...0x7A: return UInt32(b - 0x61 + 26)
        case 0x30...0x39: return UInt32(b - 0x30 + 52)
        case 0x2B: return 62
        case 0x2F: return 63
        default: return nil
        }
    }

    static func encode(_ s: String) -> [UInt8] {
        let units = Array(s.utf16)
        var out: [UInt8] = []
        var i = 0
        while i < units.count {
            let u = units[i]
            if isDirect(u) { out.append(UInt8(u)); i += 1; continue }
            if u == 0x2B { out.append(contentsOf: [0x2B, 0x2D]); i += 1; continue }
            out.append(0x2B)
            var bits: UInt32 = 0, count = 0
            while i < units.count, !isDirect(units[i]), units[i] != 0x2B {
                bits = (bits << 16) | UInt32(units[i]); count += 16
                while count >= 6 { count -= 6; out.append(alphabet[Int((bits >> UInt32(count)) & 63)]) }
                bits &= (1 << UInt32(count)) - 1
                i += 1
            }
            if count > 0 { out.append(alphabet[Int((bits << UInt32(6 - count)) & 63)]) }
            if i < units.count, base64Value(UInt8(truncatingIfNeeded: units[i])) != nil || units[i] == 0x2D { out.append(0x2D) }
        }
        return out
    }

    static func decode(_ bytes: [UInt8]) -> String {
        var units: [UInt16] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b == 0x2B else { units.append(UInt16(b)); i += 1; continue }
            i += 1
            if i < bytes.count && bytes[i] == 0x2D { units.append(0x2B); i += 1; continue }
            var bits: UInt32 = 0, count = 0
            while i < bytes.count, let v = base64Value(bytes[i]) {
                bits = (bits << 6) | v; count += 6
                if count >= 16 { count -= 16; units.append(UInt16((bits >> UInt32(count)) & 0xFFFF)) }
                bits &= (1 << UInt32(count)) - 1
                i += 1
            }
            if i < bytes.count && bytes[i] == 0x2D { i += 1 }
        }
        return String(decoding: units, as: UTF16.self)
    }
}
