// Numeric literals: decimal, hexadecimal and binary integers, reals, type suffixes (`l`, `u`, `d`, …)
// and multipliers (`kb` … `pb`), converted to the narrowest type PowerShell would choose.

extension Lexer {
    /// Scans a number at `start` (a digit, `.`, or a sign when signed numbers are allowed). Returns nil
    /// when the characters are not a number (`77z.exe`, `1.2.3`): the caller scans a bare word instead.
    func scanNumber(_ start: Int, _ mode: LexMode) throws(ParseError) -> Token? {
        var i = start
        var negative = false
        if src[i].isDash || src[i] == "+" {
            negative = src[i].isDash
            i += 1
        }
        enum Format { case decimal, hex, binary }
        var format = Format.decimal
        var real = false
        var notNumber = false
        var digits = ""           // the mantissa (decimal/real) or the hex/binary digits
        func scanDecimalDigits() -> Int {
            var n = 0
            while i < limit && src[i].isDecimalDigit { digits.unicodeScalars.append(src[i]); i += 1; n += 1 }
            return n
        }
        func scanExponent() {
            if i < limit && (src[i] == "+" || src[i].isDash) {
                digits.append(src[i] == "+" ? "+" : "-")
                i += 1
            }
            if scanDecimalDigits() == 0 { notNumber = true }
        }
        func scanAfterDot() {
            if scanDecimalDigits() == 0 && digits == "0." { notNumber = true }
            if i < limit && (src[i] == "e" || src[i] == "E") {
                digits.append("e")
                i += 1
                scanExponent()
            }
        }
        if at(i) == "." {
            digits.append("0.")
            i += 1
            scanAfterDot()
            real = true
        } else {
            let c1 = at(i + 1)
            if at(i) == "0" && (c1 == "x" || c1 == "X") && i + 1 < limit {
                i += 2
                format = .hex
                while i < limit && src[i].isHexDigit { digits.unicodeScalars.append(src[i]); i += 1 }
                if digits.isEmpty { notNumber = true }
            } else if at(i) == "0" && (c1 == "b" || c1 == "B") && i + 1 < limit {
                i += 2
                format = .binary
                while i < limit && (src[i] == "0" || src[i] == "1") { digits.unicodeScalars.append(src[i]); i += 1 }
                if digits.isEmpty { notNumber = true }
            } else {
                _ = scanDecimalDigits()
                if at(i) == "." && i < limit {
                    if at(i + 1) != "." {
                        digits.append(".")
                        i += 1
                        real = true
                        scanAfterDot()
                    }
                } else if at(i) == "e" || at(i) == "E" {
                    digits.append("e")
                    i += 1
                    real = true
                    scanExponent()
                }
            }
        }
        // Type suffix: u s l d y n, and us ul uy.
        var suffix = ""
        func isSuffix(_ c: Unicode.Scalar) -> Bool {
            switch c { case "u", "U", "s", "S", "l", "L", "d", "D", "y", "Y", "n", "N": return true; default: return false }
        }
        if i < limit && isSuffix(src[i]) {
            suffix.unicodeScalars.append(Unicode.Scalar(src[i].value | 0x20)!)
            i += 1
            if i < limit && isSuffix(src[i]) {
                let second = Unicode.Scalar(src[i].value | 0x20)!
                if suffix == "u" && (second == "l" || second == "s" || second == "y") {
                    suffix.unicodeScalars.append(second)
                } else {
                    notNumber = true
                }
                i += 1
            }
        }
        var multiplier: Int64 = 1
        if i < limit {
            switch src[i] {
            case "k", "K": multiplier = 1 << 10
            case "m", "M": multiplier = 1 << 20
            case "g", "G": multiplier = 1 << 30
            case "t", "T": multiplier = 1 << 40
            case "p", "P": multiplier = 1 << 50
            default: break
            }
            if multiplier != 1 {
                i += 1
                if at(i) == "b" || at(i) == "B" { i += 1 } else { notNumber = true }
            }
        }
        if !forcesNewToken(i) {
            if mode == .command || !src[i].endsNumberInExpression { notNumber = true }
        }
        if notNumber { return nil }
        let value: NumberValue?
        switch format {
        case .hex: value = Lexer.integerValue(radix: 16, digits: digits, suffix: suffix, multiplier: multiplier, negative: negative)
        case .binary: value = Lexer.integerValue(radix: 2, digits: digits, suffix: suffix, multiplier: multiplier, negative: negative)
        case .decimal:
            value = real || suffix == "d"
                ? Lexer.realValue(digits, suffix: suffix, multiplier: multiplier, negative: negative)
                : Lexer.decimalIntegerValue(digits, suffix: suffix, multiplier: multiplier, negative: negative)
        }
        guard let value else {
            if mode == .command { return nil }
            throw error("BadNumericConstant", ParseMessages.badNumericConstant(text(start, i)), start, i)
        }
        return Token(.number(value), start, i)
    }

    /// Range check for the small integer suffixes (`y` sbyte, `uy` byte, `s` short, `us` ushort, `u` uint/ulong).
    static func fits(_ v: Int64, _ suffix: String) -> Bool {
        switch suffix {
        case "y": return v >= -128 && v <= 127
        case "uy": return v >= 0 && v <= 255
        case "s": return v >= -32768 && v <= 32767
        case "us": return v >= 0 && v <= 65535
        case "u", "ul": return v >= 0
        default: return true
        }
    }

    static func applying(_ v: Int64, multiplier: Int64, negative: Bool, suffix: String) -> NumberValue? {
        let (m, overflow) = v.multipliedReportingOverflow(by: multiplier)
        if overflow {
            if suffix.isEmpty || suffix == "n" { return .double((negative ? -1 : 1) * Double(v) * Double(multiplier)) }
            return nil
        }
        let signed = negative ? -m : m
        guard fits(signed, suffix) else { return nil }
        return .int(Int(signed))
    }

    static func decimalIntegerValue(_ digits: String, suffix: String, multiplier: Int64, negative: Bool) -> NumberValue? {
        if let v = Int64(digits) { return applying(v, multiplier: multiplier, negative: negative, suffix: suffix) }
        // Too big for a long: PowerShell falls back to decimal/double when there is no suffix.
        guard suffix.isEmpty || suffix == "n", let d = Double(digits) else { return nil }
        return .double((negative ? -d : d) * Double(multiplier))
    }

    static func realValue(_ digits: String, suffix: String, multiplier: Int64, negative: Bool) -> NumberValue? {
        var text = ""
        var previous: Character = " "
        for ch in digits {
            if ch == "e" && previous == "." { text.append("0") }
            text.append(ch)
            previous = ch
        }
        if previous == "." { text.append("0") }
        guard var d = Double(text), d.isFinite else { return nil }
        d *= Double(multiplier)
        if negative { d = -d }
        switch suffix {
        case "", "d": return .double(d)
        default:
            // l, u, s, y, n on a real literal: only whole values convert.
            guard d == d.rounded(), abs(d) < 9.2e18 else { return nil }
            let v = Int64(d)
            return fits(v, suffix) ? .int(Int(v)) : nil
        }
    }

    /// Hex and binary literals: a full-width literal sets the sign bit (`0xFFFFFFFF` is -1, as an int).
    static func integerValue(radix: Int, digits: String, suffix: String, multiplier: Int64, negative: Bool) -> NumberValue? {
        let significant = digits.drop(while: { $0 == "0" })
        let bitsPerDigit = radix == 16 ? 4 : 1
        guard significant.count * bitsPerDigit <= 64, let raw = UInt64(significant.isEmpty ? "0" : String(significant), radix: radix) else {
            return nil
        }
        let width = digits.count * bitsPerDigit
        var v: Int64
        switch suffix {
        case "u", "ul", "us", "uy":
            guard raw <= UInt64(Int64.max) else { return nil }
            v = Int64(raw)
        case "y" where width == 8: v = Int64(Int8(truncatingIfNeeded: raw))
        case "s" where width == 16: v = Int64(Int16(truncatingIfNeeded: raw))
        case "l" where width == 64: v = Int64(bitPattern: raw)
        case "", "n":
            if width == 32 { v = Int64(Int32(truncatingIfNeeded: raw)) }
            else if width == 64 { v = Int64(bitPattern: raw) }
            else {
                guard raw <= UInt64(Int64.max) else { return nil }
                v = Int64(raw)
            }
        default:
            guard raw <= UInt64(Int64.max) else { return nil }
            v = Int64(raw)
        }
        return applying(v, multiplier: multiplier, negative: negative, suffix: suffix)
    }
}
