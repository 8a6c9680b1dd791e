import Glibc

// The one JSON reader of the project (RFC 8259): a pull cursor over UTF-8 bytes that builds no tree.
// The caller asks for what it expects next (an object's next key, an array's next element, a string,
// a number …) and builds its own values: the store reads 100,000 partners straight into its model, and
// ConvertFrom-Json builds PowerShell objects with an explicit stack (no recursion). Errors are
// JSONSyntaxError values with a byte offset; `location(of:)` turns that into a line and column.

/// A JSON number: an integer that fits Int, or a double.
public enum JSONNumber: Equatable, Sendable {
    case int(Int)
    case double(Double)
}

/// The kind of the next value, without reading it.
public enum JSONValueKind: Equatable, Sendable {
    case object, array, string, number, boolean, null

    /// How messages name it: "an object", "a string", …
    public var described: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .boolean: return "a Boolean"
        case .null: return "null"
        }
    }
}

/// Reads JSON values one at a time from UTF-8 bytes. The caller keeps the buffer alive.
public struct JSONCursor {
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    public var offset: Int
    /// Raw control characters inside strings are accepted (Newtonsoft does) rather than refused.
    public var allowsControlCharacters: Bool
    /// `// …` and `/* … */` comments count as white space (Newtonsoft skips them) rather than being errors.
    public var allowsComments: Bool
    /// Scratch space for strings with escapes (kept between calls).
    private var scratch: [UInt8] = []

    public init(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int = 0, allowsControlCharacters: Bool = false, allowsComments: Bool = false) {
        self.bytes = bytes
        self.offset = start
        self.allowsControlCharacters = allowsControlCharacters
        self.allowsComments = allowsComments
    }

    // MARK: Positions and errors

    /// The 1-based line and column (in characters) of a byte offset.
    public func location(of at: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var k = 0
        let end = min(at, bytes.count)
        while k < end {
            let b = bytes[k]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return (line, column)
    }

    /// The whole UTF-8 character at a byte offset, or nil at the end.
    public func character(at k: Int) -> String? {
        guard k < bytes.count else { return nil }
        var end = k + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<end]), as: UTF8.self)
    }

    @inline(never)
    public func error(_ kind: JSONSyntaxError.Kind, at k: Int) -> JSONSyntaxError {
        JSONSyntaxError(kind, offset: k, found: character(at: k))
    }

    // MARK: Structure

    @inline(__always) public mutating func skipSpace() {
        while offset < bytes.count {
            let c = bytes[offset]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                offset += 1
            } else if c == 0x2F && allowsComments && skipComment() {
                continue
            } else {
                break
            }
        }
    }

    /// Skips the comment at `offset` (a line comment to its line end, a block comment to `*/` or the
    /// end of the text); false when no comment starts there.
    private mutating func skipComment() -> Bool {
        guard offset + 1 < bytes.count else { return false }
        switch bytes[offset + 1] {
        case 0x2F:
            offset += 2
            while offset < bytes.count && bytes[offset] != 0x0A && bytes[offset] != 0x0D { offset += 1 }
        case 0x2A:
            offset += 2
            while offset < bytes.count && !(bytes[offset] == 0x2A && offset + 1 < bytes.count && bytes[offset + 1] == 0x2F) { offset += 1 }
            offset = min(bytes.count, offset + 2)
        default:
            return false
        }
        return true
    }

    /// True when only white space remains.
    public var atEnd: Bool { mutating get { skipSpace(); return offset >= bytes.count } }

    /// The next non-space byte, not consumed.
    public mutating func peek() -> UInt8? {
        skipSpace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// The kind of the next value, judged by its first byte; nil when no value can start there.
    public mutating func nextKind() -> JSONValueKind? {
        guard let b = peek() else { return nil }
        switch b {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: return nil
        }
    }

    @inline(__always)
    private mutating func expect(_ c: UInt8, _ kind: JSONSyntaxError.Kind) throws(JSONSyntaxError) {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == c else { throw error(kind, at: offset) }
        offset += 1
    }

    /// Consumes `{`. Then call `nextKey(first:)` until it returns nil.
    public mutating func beginObject() throws(JSONSyntaxError) { try expect(UInt8(ascii: "{"), .expectedCharacter("{")) }

    /// Consumes `[`. Then call `nextElement(first:)` until it returns false.
    public mutating func beginArray() throws(JSONSyntaxError) { try expect(UInt8(ascii: "["), .expectedCharacter("[")) }

    /// The offset where the last key returned by `nextKey`/`nextKeyRange` starts (its opening quote).
    public private(set) var keyOffset = 0

    /// The next key of an object (after its `:`), or nil at the closing `}`.
    public mutating func nextKey(first: inout Bool) throws(JSONSyntaxError) -> String? {
        guard try startKey(first: &first) else { return nil }
        let k = try readString()
        try expect(UInt8(ascii: ":"), .expectedColon)
        return k
    }

    /// Like `nextKey`, but gives the key's raw bytes (escapes not decoded) without making a String.
    public mutating func nextKeyRange(first: inout Bool) throws(JSONSyntaxError) -> Range<Int>? {
        guard try startKey(first: &first) else { return nil }
        let start = offset + 1
        var j = start
        while j < bytes.count && bytes[j] != UInt8(ascii: "\"") && bytes[j] != UInt8(ascii: "\\") && bytes[j] >= 0x20 { j += 1 }
        if j < bytes.count && bytes[j] == UInt8(ascii: "\"") {
            offset = j + 1
        } else {
            _ = try readString()   // escapes or an error: the slow path
        }
        let range = start..<(offset - 1)
        try expect(UInt8(ascii: ":"), .expectedColon)
        return range
    }

    /// Past `,` (unless first) to a key's opening quote; false at the closing `}`.
    @inline(__always)
    private mutating func startKey(first: inout Bool) throws(JSONSyntaxError) -> Bool {
        skipSpace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") { offset += 1; return false }
        if !first {
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else { throw error(.expectedCommaOrClose(object: true), at: offset) }
            offset += 1
            skipSpace()
        }
        first = false
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error(.expectedPropertyName, at: offset) }
        keyOffset = offset
        return true
    }

    /// True when the raw bytes in `range` are exactly `s`.
    public func bytes(_ range: Range<Int>, equal s: StaticString) -> Bool {
        guard range.count == s.utf8CodeUnitCount else { return false }
        return memcmp(bytes.baseAddress! + range.lowerBound, s.utf8Start, range.count) == 0
    }

    /// True when another element follows (its value is next), false at the closing `]`.
    public mutating func nextElement(first: inout Bool) throws(JSONSyntaxError) -> Bool {
        skipSpace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") { offset += 1; return false }
        if !first { try expect(UInt8(ascii: ","), .expectedCommaOrClose(object: false)) }
        first = false
        return true
    }

    // MARK: Scalars

    /// Consumes the next value when it is a string whose raw bytes are exactly `s` (so `s` has no
    /// quote, backslash or control character); false, with nothing consumed, otherwise. Lets a reader
    /// recognise enum names and repeated values without making a String.
    public mutating func consumeString(equalTo s: StaticString) -> Bool {
        skipSpace()
        let n = s.utf8CodeUnitCount
        guard offset + n + 2 <= bytes.count, bytes[offset] == UInt8(ascii: "\""), bytes[offset + n + 1] == UInt8(ascii: "\""),
              memcmp(bytes.baseAddress! + offset + 1, s.utf8Start, n) == 0 else { return false }
        offset += n + 2
        return true
    }

    /// Like `consumeString(equalTo:)` for a String; false for one that JSON would have to escape.
    public mutating func consumeString(equalTo s: String) -> Bool {
        skipSpace()
        let start = offset
        let matched: Bool = s.utf8.withContiguousStorageIfAvailable { u in
            let n = u.count
            guard n > 0, !u.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }),
                  start + n + 2 <= bytes.count, bytes[start] == UInt8(ascii: "\""), bytes[start + n + 1] == UInt8(ascii: "\""),
                  memcmp(bytes.baseAddress! + start + 1, u.baseAddress!, n) == 0 else { return false }
            return true
        } ?? false
        if matched { offset = start + s.utf8.count + 2 }
        return matched
    }

    /// Consumes `null` when it is next.
    public mutating func consumeNull() -> Bool {
        skipSpace()
        return matchWord("null")
    }

    /// A string value, escapes decoded. A `\u` high surrogate joins a following `\u` low surrogate; an
    /// unpaired surrogate becomes U+FFFD.
    public mutating func readString() throws(JSONSyntaxError) -> String {
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error(.expectedCharacter("\""), at: offset) }
        offset += 1
        let start = offset
        // Fast path: no escapes.
        while offset < bytes.count {
            let c = bytes[offset]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                offset += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 && !allowsControlCharacters { throw error(.controlCharacterInString, at: offset) }
            offset += 1
        }
        if offset >= bytes.count { throw error(.unterminatedString, at: bytes.count) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let c = bytes[offset]
            if c == UInt8(ascii: "\"") {
                offset += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if c < 0x20 && !allowsControlCharacters { throw error(.controlCharacterInString, at: offset) }
            if c != UInt8(ascii: "\\") { scratch.append(c); offset += 1; continue }
            guard offset + 1 < bytes.count else { break }
            let e = bytes[offset + 1]
            offset += 2
            if let d = JSONEscape.decoded(e) { scratch.append(d); continue }
            guard e == UInt8(ascii: "u") else { throw error(.badEscape, at: offset - 1) }
            let first = try hex4(at: offset)
            offset += 4
            var low: UInt32?
            if (0xD800...0xDBFF).contains(first), offset + 6 <= bytes.count,
               bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u"),
               let l = try? hex4(at: offset + 2), (0xDC00...0xDFFF).contains(l) {
                low = l
                offset += 6
            }
            appendUTF8(JSONEscape.scalar(first, low: low))
        }
        throw error(.unterminatedString, at: bytes.count)
    }

    private func hex4(at k: Int) throws(JSONSyntaxError) -> UInt32 {
        guard k + 4 <= bytes.count else { throw error(.truncatedUnicodeEscape, at: bytes.count) }
        var v: UInt32 = 0
        for j in 0..<4 {
            guard let d = JSONEscape.hexValue(bytes[k + j]) else {
                throw error(.invalidUnicodeEscape(String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<(k + 4)]), as: UTF8.self)), at: k + j)
            }
            v = v << 4 | d
        }
        return v
    }

    private mutating func appendUTF8(_ v: UInt32) {
        switch v {
        case 0..<0x80:
            scratch.append(UInt8(v))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | (v >> 6)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | (v >> 12)))
            scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        default:
            scratch.append(UInt8(0xF0 | (v >> 18)))
            scratch.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    public mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipSpace()
        if matchWord("true") { return true }
        if matchWord("false") { return false }
        throw error(.expectedBoolean, at: offset)
    }

    private mutating func matchWord(_ w: StaticString) -> Bool {
        let n = w.utf8CodeUnitCount
        guard offset + n <= bytes.count, memcmp(bytes.baseAddress! + offset, w.utf8Start, n) == 0 else { return false }
        offset += n
        return true
    }

    /// A literal `true`, `false` or `null` as the next value; nil when the next value is none of them
    /// (nothing consumed).
    public mutating func readLiteral() -> Bool?? {
        skipSpace()
        if matchWord("true") { return .some(true) }
        if matchWord("false") { return .some(false) }
        if matchWord("null") { return .some(nil) }
        return nil
    }

    private static let powersOf10: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// A number: an integer when it has no fraction or exponent and fits Int, else a double (correctly
    /// rounded). RFC 8259's grammar: no leading zeros, no bare `-`, `.` or exponent without digits.
    public mutating func readNumber() throws(JSONSyntaxError) -> JSONNumber {
        skipSpace()
        let start = offset
        var negative = false
        let n = bytes.count
        func digit(_ k: Int) -> Bool { k < n && bytes[k] >= UInt8(ascii: "0") && bytes[k] <= UInt8(ascii: "9") }
        if offset < n && bytes[offset] == UInt8(ascii: "-") { negative = true; offset += 1 }
        guard digit(offset) else { throw invalidNumber(start) }
        var mantissa: UInt64 = 0
        var significant = 0
        var overflow = false
        @inline(__always) func add(_ c: UInt8) {
            let d = UInt64(c - UInt8(ascii: "0"))
            if mantissa == 0 && d == 0 { return }
            if significant < 19 { mantissa = mantissa * 10 + d; significant += 1 } else { overflow = true }
        }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            if digit(offset) { throw invalidNumber(start) }
        } else {
            while digit(offset) { add(bytes[offset]); offset += 1 }
        }
        var fractionDigits = 0
        var isInteger = true
        if offset < n && bytes[offset] == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard digit(offset) else { throw invalidNumber(start) }
            while digit(offset) { add(bytes[offset]); fractionDigits += 1; offset += 1 }
        }
        var exponent = 0
        if offset < n && (bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")) {
            isInteger = false
            offset += 1
            var expNegative = false
            if offset < n && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")) {
                expNegative = bytes[offset] == UInt8(ascii: "-")
                offset += 1
            }
            guard digit(offset) else { throw invalidNumber(start) }
            while digit(offset) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[offset] - UInt8(ascii: "0")) }
                offset += 1
            }
            if expNegative { exponent = -exponent }
        }
        if isInteger && !overflow {
            if negative {
                if mantissa <= UInt64(Int64.max) + 1 { return .int(mantissa == UInt64(Int64.max) + 1 ? Int.min : -Int(mantissa)) }
            } else if mantissa <= UInt64(Int64.max) {
                return .int(Int(mantissa))
            }
        }
        // Exact fast path (Clinger): the mantissa fits a double exactly and so does the power of ten.
        if !overflow && mantissa <= (1 << 53) {
            let e10 = exponent - fractionDigits
            if e10 >= -22 && e10 <= 22 {
                var d = Double(mantissa)
                d = e10 >= 0 ? d * Self.powersOf10[e10] : d / Self.powersOf10[-e10]
                return .double(negative ? -d : d)
            }
        }
        let len = offset - start
        let d = withUnsafeTemporaryAllocation(of: CChar.self, capacity: len + 1) { buf in
            for k in 0..<len { buf[k] = CChar(bitPattern: bytes[start + k]) }
            buf[len] = 0
            return strtod(buf.baseAddress!, nil)
        }
        return .double(d)
    }

    private func invalidNumber(_ start: Int) -> JSONSyntaxError {
        var end = offset
        while end < bytes.count {
            let c = bytes[end]
            if c == 0x2C || c == 0x5D || c == 0x7D || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { break }
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if text == "-" || text.isEmpty { return error(.expectedValue, at: start) }
        return error(.invalidNumber(text), at: start)
    }

    /// A number that is an integer (no fraction or exponent) and fits Int, or nil for any other number;
    /// throws when the next value is not a number.
    public mutating func readInteger() throws(JSONSyntaxError) -> Int? {
        if case let .int(v) = try readNumber() { return v }
        return nil
    }

    // MARK: Whole values

    /// Skips one value of any kind, checking its syntax; containers nest at most `maxDepth` deep.
    public mutating func skipValue(maxDepth: Int = 512) throws(JSONSyntaxError) {
        var stack: [Bool] = []   // true: inside an object
        var first = true
        while true {
            // A value.
            skipSpace()
            switch nextKind() {
            case .object?, .array?:
                guard stack.count < maxDepth else { throw error(.tooDeep(limit: maxDepth), at: offset) }
                let isObject = bytes[offset] == UInt8(ascii: "{")
                offset += 1
                stack.append(isObject)
                first = true
            case .string?: _ = try readString()
            case .number?: _ = try readNumber()
            case .boolean?, .null?:
                if readLiteral() == nil { throw error(.expectedValue, at: offset) }
            case nil: throw error(.expectedValue, at: offset)
            }
            // Then close containers until one has another member or element.
            while let isObject = stack.last {
                let more = isObject ? try nextKey(first: &first) != nil : try nextElement(first: &first)
                if more { break }
                stack.removeLast()
                first = false
            }
            if stack.isEmpty { return }
        }
    }
}
