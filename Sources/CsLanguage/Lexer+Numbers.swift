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
        var format = NumberFormat.decimal
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
            // At the start of a pipeline element, as in PowerShell's command mode, `?` does not end a
            // number: `2?3:4` is a command name (the ternary operator needs a space before it there).
            if mode == .operand && src[i] == "?" { notNumber = true }
        }
        if notNumber { return nil }
        let value = Lexer.numberValue(format: format, digits: digits, real: real, suffix: suffix, multiplier: multiplier, negative: negative)
        guard let value else {
            if mode == .command { return nil }
            throw error("BadNumericConstant", ParseMessages.badNumericConstant(text(start, i)), start, i)
        }
        return Token(.number(value), start, i)
    }

    enum NumberFormat { case decimal, hex, binary }

    /// The value of a scanned number, as PowerShell's tokenizer (TryGetNumberValue) computes it: the
    /// digits as an exact integer (hex and binary with a sign bit at the widths the suffix implies),
    /// times the multiplier, then fitted to the suffix's type; nil when it does not fit.
    static func numberValue(format: NumberFormat, digits: String, real: Bool, suffix: String, multiplier: Int64, negative: Bool) -> NumberValue? {
        if real {
            if suffix == "d" { return .decimal((negative ? "-" : "") + digits, multiplier: multiplier) }
            var text = ""
            var previous: Character = " "
            for ch in digits {
                if ch == "e" && previous == "." { text.append("0") }
                text.append(ch)
                previous = ch
            }
            if previous == "." { text.append("0") }
            guard var d = Double(text) else { return nil }
            if negative { d = -d }
            d *= Double(multiplier)
            if suffix.isEmpty { return .double(d) }
            guard d.isFinite, abs(d) < 1e38 else { return nil }
            return fitted(Int128(d.rounded(.toNearestOrEven)), suffix: suffix, format: format, isDecimalText: false)
        }
        var value: Int128
        var suffix = suffix
        switch format {
        case .hex:
            // PowerShell prepends a 0 and drops it again when the digits are exactly the suffix's width,
            // so that the top digit is a sign bit (`0xFFy` is -1, `0xFFFFFFFF` is -1).
            var hex = "0" + digits
            if !suffix.hasPrefix("u") {
                let expected: Int
                switch suffix {
                case "y": expected = 2
                case "s": expected = 4
                case "l": expected = 16
                default: expected = hex.count < 16 ? 8 : 16
                }
                if hex.count == expected + 1 { hex.removeFirst() }
            }
            guard let v = twosComplement(hex, radix: 16, signed: true) else { return nil }
            value = v
            if hex.count == 16 && (suffix.isEmpty || suffix == "u") { suffix += "l" }
        case .binary:
            let signedWidths: Set<Int> = [8, 16, 32, 64, 96]
            let signed = !suffix.hasPrefix("u") && digits.first == "1" && (signedWidths.contains(digits.count) || digits.count >= 128)
            guard let v = twosComplement(digits, radix: 2, signed: signed) else { return nil }
            value = v
            if digits.count == 64 && (suffix.isEmpty || suffix == "u") { suffix += "l" }
        case .decimal:
            if suffix == "d" { return .decimal((negative ? "-" : "") + digits, multiplier: multiplier) }
            guard let v = Int128(digits) else { return nil }
            value = v
        }
        if negative { value = -value }
        let (m, overflow) = value.multipliedReportingOverflow(by: Int128(multiplier))
        if overflow { return nil }
        return fitted(m, suffix: suffix, format: format, isDecimalText: format == .decimal, text: (negative ? "-" : "") + digits, multiplier: multiplier)
    }

    /// A value cast to its suffix's type; without a suffix the narrowest of Int32, Int64, then (decimal
    /// digits only) decimal or double.
    static func fitted(_ v: Int128, suffix: String, format: NumberFormat, isDecimalText: Bool, text: String = "", multiplier: Int64 = 1) -> NumberValue? {
        func within(_ lo: Int128, _ hi: Int128) -> Bool { v >= lo && v <= hi }
        switch suffix {
        case "y": return within(-128, 127) ? .typed(v, .sbyte) : nil
        case "uy": return within(0, 255) ? .typed(v, .byte) : nil
        case "s": return within(-32768, 32767) ? .typed(v, .int16) : nil
        case "us": return within(0, 65535) ? .typed(v, .uint16) : nil
        case "l": return within(Int128(Int64.min), Int128(Int64.max)) ? .typed(v, .int64) : nil
        case "u":
            if within(0, Int128(UInt32.max)) { return .typed(v, .uint32) }
            return within(0, Int128(UInt64.max)) ? .typed(v, .uint64) : nil
        case "ul": return within(0, Int128(UInt64.max)) ? .typed(v, .uint64) : nil
        case "d": return .decimal(String(v), multiplier: 1)
        case "n": return .typed(v, .bigInteger)
        case "":
            if within(Int128(Int32.min), Int128(Int32.max)) { return .int(Int(v)) }
            if within(Int128(Int64.min), Int128(Int64.max)) { return .int(Int(v)) }
            guard isDecimalText else { return nil }
            // Too big for a long: a decimal when it fits one (96 bits), else a double.
            if abs(v) < (Int128(1) << 96) { return .decimal(String(v), multiplier: 1) }
            return .double(Double(v))
        default: return nil
        }
    }

    /// Digits as an integer; with `signed`, the top bit of the digits' width is a sign bit.
    static func twosComplement(_ digits: String, radix: Int, signed: Bool) -> Int128? {
        let significant = digits.drop(while: { $0 == "0" })
        let bitsPerDigit = radix == 16 ? 4 : 1
        let width = digits.count * bitsPerDigit
        guard significant.count * bitsPerDigit <= 127,
              let raw = Int128(significant.isEmpty ? "0" : String(significant), radix: radix) else { return nil }
        if signed && width <= 127 && raw >= (Int128(1) << (width - 1)) { return raw - (Int128(1) << width) }
        return raw
    }
}

/// PowerShell's numeric literal syntax applied to text (what converting a string to a number accepts
/// beyond .NET's own parsing: `0x10`, `1kb`, `100y`).
public enum NumberLiteral {
    /// The value when the whole text (surrounding spaces aside) is one numeric literal, else nil.
    public static func parse(_ text: String) -> NumberValue? {
        let scalars = Array(text.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" }))
        var end = scalars.count
        while end > 0 && (scalars[end - 1] == " " || scalars[end - 1] == "\t") { end -= 1 }
        guard end > 0 else { return nil }
        let lexer = Lexer(src: Array(scalars[..<end]), limit: end, neverIncomplete: true)
        guard let t = try? lexer.scanNumber(0, .operand), t.end == end, case let .number(v) = t.kind else { return nil }
        return v
    }
}
