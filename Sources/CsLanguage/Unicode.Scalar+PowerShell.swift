// Character classes of PowerShell's tokenizer (CharTraits.cs), on Unicode scalars.

extension Unicode.Scalar {
    /// Space, tab, form feed, vertical tab, no-break space, next line, the Unicode separators, and
    /// the byte-order mark. Newlines are not whitespace: they are tokens.
    @inline(__always) var isPSWhitespace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C }
        switch v {
        case 0xA0, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always) var isNewlineChar: Bool { value == 0x0A || value == 0x0D }

    /// `-` and its look-alikes: en dash, em dash, horizontal bar.
    @inline(__always) var isDash: Bool { value == 0x2D || (0x2013...0x2015).contains(value) }

    /// `'` and the typographic single quotes ‘ ’ ‚ ‛.
    @inline(__always) var isSingleQuote: Bool { value == 0x27 || (0x2018...0x201B).contains(value) }

    /// `"` and the typographic double quotes “ ” „.
    @inline(__always) var isDoubleQuote: Bool { value == 0x22 || (0x201C...0x201E).contains(value) }

    @inline(__always) var isQuote: Bool { isSingleQuote || isDoubleQuote }

    @inline(__always) var isDecimalDigit: Bool { value >= 0x30 && value <= 0x39 }

    @inline(__always) var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    var isHexDigit: Bool {
        isDecimalDigit || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x66)
    }

    var hexValue: UInt32 {
        isDecimalDigit ? value - 0x30 : (value | 0x20) - 0x61 + 10
    }

    /// .NET `char.IsLetter`: the letter categories.
    var isLetter: Bool {
        if value < 0x80 { return isASCIILetter }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    var isLetterOrDigit: Bool {
        if value < 0x80 { return isASCIILetter || isDecimalDigit }
        return isLetter || properties.generalCategory == .decimalNumber
    }

    @inline(__always) var isIdentifierStart: Bool { value == 0x5F || isLetter }
    @inline(__always) var isIdentifierFollow: Bool { value == 0x5F || isLetterOrDigit }

    /// A character that may follow `$` to start a variable name.
    var isVariableStart: Bool {
        switch value {
        case 0x5F, 0x24, 0x3F, 0x5E: return true // _ $ ? ^
        default: return isLetterOrDigit
        }
    }

    /// `ForceStartNewToken`: whitespace, newline, NUL and `{ } ( ) ; , | &` end a bare word.
    @inline(__always) var forcesNewToken: Bool {
        switch value {
        case 0x00, 0x0A, 0x0D, 0x20, 0x09: return true
        case 0x7B, 0x7D, 0x28, 0x29, 0x3B, 0x2C, 0x7C, 0x26: return true // { } ( ) ; , | &
        default: return isPSWhitespace
        }
    }

    /// In expression mode, characters that end a number (`1+2`, `1..3`, `$a[1]`).
    var endsNumberInExpression: Bool {
        switch value {
        case 0x2B, 0x2D, 0x2A, 0x2F, 0x25, 0x2E, 0x5B, 0x5D, 0x3D, 0x3C, 0x3E, 0x21, 0x3A, 0x3F:
            return true // + - * / % . [ ] = < > ! : ?
        default: return isDash
        }
    }
}

extension String {
    /// A string from scalars, encoding UTF-8 directly (much faster than appending scalars one by one).
    init(scalars src: [Unicode.Scalar], _ lo: Int, _ hi: Int) {
        guard hi > lo else { self = ""; return }
        var length = 0
        for i in lo..<hi {
            let v = src[i].value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for i in lo..<hi {
                let v = src[i].value
                if v < 0x80 {
                    buffer[k] = UInt8(v)
                    k += 1
                } else if v < 0x800 {
                    buffer[k] = UInt8(0xC0 | (v >> 6))
                    buffer[k + 1] = UInt8(0x80 | (v & 0x3F))
                    k += 2
                } else if v < 0x10000 {
                    buffer[k] = UInt8(0xE0 | (v >> 12))
                    buffer[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | (v & 0x3F))
                    k += 3
                } else {
                    buffer[k] = UInt8(0xF0 | (v >> 18))
                    buffer[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[k + 3] = UInt8(0x80 | (v & 0x3F))
                    k += 4
                }
            }
            return k
        }
    }

    init(scalars src: [Unicode.Scalar]) { self.init(scalars: src, 0, src.count) }
}
