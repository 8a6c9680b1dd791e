/// A JSON syntax error: what the reader expected, where (a byte offset), and what it found there.
/// `message` words it plainly (the store's messages); callers that speak another dialect (ConvertFrom-Json
/// speaks Newtonsoft's) word it from `kind` and `found`.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A value was expected (a value cannot start here, or a literal is misspelt).
        case expectedValue
        /// A property name in double quotes was expected.
        case expectedPropertyName
        /// The `:` after a property name was expected.
        case expectedColon
        /// `,` or the container's closing bracket was expected after a member or element.
        case expectedCommaOrClose(object: Bool)
        /// A specific character was expected (`{`, `[`, a string's opening quote).
        case expectedCharacter(Character)
        /// true or false was expected.
        case expectedBoolean
        /// The input ended inside a string.
        case unterminatedString
        /// A raw control character inside a string (the reader was asked to refuse them).
        case controlCharacterInString
        /// A backslash followed by a character that starts no escape.
        case badEscape
        /// A `\u` escape with fewer than four hex digits before the end.
        case truncatedUnicodeEscape
        /// A `\u` escape with a character that is no hex digit; the payload is the four characters.
        case invalidUnicodeEscape(String)
        /// A malformed number; the payload is its text up to the next delimiter.
        case invalidNumber(String)
        /// Text after the end of the top-level value.
        case trailingText
        /// Objects and arrays nested deeper than the reader allows.
        case tooDeep(limit: Int)
    }

    public var kind: Kind
    /// Where the problem is, in bytes from the start of the input.
    public var offset: Int
    /// The character at `offset` (nil at the end of the input).
    public var found: String?

    public init(_ kind: Kind, offset: Int, found: String?) {
        self.kind = kind
        self.offset = offset
        self.found = found
    }

    /// A plain description: `expected ',' or '}' but found 'x'`, `unexpected end of data; expected a value`.
    public var message: String {
        let what: String
        switch kind {
        case .expectedValue: what = "a value"
        case .expectedPropertyName: what = "a property name in double quotes"
        case .expectedColon: what = "':'"
        case let .expectedCommaOrClose(object): what = object ? "',' or '}'" : "',' or ']'"
        case let .expectedCharacter(c): what = "'\(c)'"
        case .expectedBoolean: what = "true or false"
        case .unterminatedString: return "unexpected end of data; expected '\"' to end the string"
        case .controlCharacterInString: what = "a character (control characters must be escaped in strings)"
        case .badEscape: what = "a valid escape sequence"
        case .truncatedUnicodeEscape: return "unexpected end of data; expected four hex digits"
        case let .invalidUnicodeEscape(text): return "'\\u\(text)' is not a valid Unicode escape"
        case let .invalidNumber(text): return "'\(text)' is not a valid number"
        case .trailingText: return "unexpected text after the end of the value"
        case let .tooDeep(limit): return "values nested more than \(limit) deep"
        }
        guard let found else { return "unexpected end of data; expected \(what)" }
        return "expected \(what) but found \(Self.shown(found))"
    }

    /// A character as messages show it: `'x'` when printable, else its code point (`U+001B`).
    public static func shown(_ text: String) -> String {
        guard let s = text.unicodeScalars.first else { return "nothing" }
        if s.value >= 0x20 && s.value != 0x7F && !(0x80...0x9F).contains(s.value) { return "'\(text)'" }
        return CodePoint.name(s)
    }
}

/// Code points as messages name them: `U+001B`.
public enum CodePoint {
    public static func name(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
