import CsCore

// A small pull parser over the store's JSON bytes: fast enough to load 100,000 partners without an
// intermediate tree.

import Glibc

/// A JSON syntax error at a byte offset.
struct JSONSyntaxError: Error {
    var message: String
    var offset: Int
}

/// Reads JSON values one at a time from UTF-8 bytes. The caller keeps the buffer alive.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var i: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int = 0) {
        self.bytes = bytes
        self.i = start
    }

    @inline(__always) mutating func skipSpace() {
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { break }
        }
    }

    var atEnd: Bool { mutating get { skipSpace(); return i >= bytes.count } }

    func fail(_ what: String) -> JSONSyntaxError {
        if i >= bytes.count { return JSONSyntaxError(message: "unexpected end of data; expected \(what)", offset: i) }
        let c = bytes[i]
        let shown = c >= 0x20 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x" + (c < 16 ? "0" : "") + String(c, radix: 16, uppercase: true)
        return JSONSyntaxError(message: "expected \(what) but found \(shown)", offset: i)
    }

    mutating func peek() -> UInt8? {
        skipSpace()
        return i < bytes.count ? bytes[i] : nil
    }

    mutating func expect(_ c: UInt8, _ what: String) throws(JSONSyntaxError) {
        skipSpace()
        guard i < bytes.count, bytes[i] == c else { throw fail(what) }
        i += 1
    }

    /// Consumes `{`. Then call `nextKey(first:)` until it returns nil.
    mutating func beginObject() throws(JSONSyntaxError) { try expect(UInt8(ascii: "{"), "'{'") }

    /// The next key of an object (after its `:`), or nil at the closing `}`.
    mutating func nextKey(first: inout Bool) throws(JSONSyntaxError) -> String? {
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return nil }
        if !first { try expect(UInt8(ascii: ","), "',' or '}'") }
        first = false
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("a property name in double quotes") }
        let k = try readString()
        try expect(UInt8(ascii: ":"), "':'")
        return k
    }

    /// Like `nextKey`, but gives the key's raw bytes (escapes not decoded) without making a String.
    mutating func nextKeyRange(first: inout Bool) throws(JSONSyntaxError) -> Range<Int>? {
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return nil }
        if !first { try expect(UInt8(ascii: ","), "',' or '}'") }
        first = false
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("a property name in double quotes") }
        let start = i + 1
        var j = start
        while j < bytes.count && bytes[j] != UInt8(ascii: "\"") && bytes[j] != UInt8(ascii: "\\") && bytes[j] >= 0x20 { j += 1 }
        if j < bytes.count && bytes[j] == UInt8(ascii: "\"") {
            i = j + 1
        } else {
            _ = try readString()   // escapes or an error: the slow path
        }
        let range = start..<(i - 1)
        try expect(UInt8(ascii: ":"), "':'")
        return range
    }

    /// True when the raw bytes in `range` are exactly `s`.
    func bytes(_ range: Range<Int>, equal s: StaticString) -> Bool {
        guard range.count == s.utf8CodeUnitCount else { return false }
        return memcmp(bytes.baseAddress! + range.lowerBound, s.utf8Start, range.count) == 0
    }

    mutating func beginArray() throws(JSONSyntaxError) { try expect(UInt8(ascii: "["), "'['") }

    /// True when another element follows (its value is next), false at the closing `]`.
    mutating func nextElement(first: inout Bool) throws(JSONSyntaxError) -> Bool {
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return false }
        if !first { try expect(UInt8(ascii: ","), "',' or ']'") }
        first = false
        return true
    }

    /// Consumes the next value when it is a string whose raw bytes are exactly `s` (so `s` has no
    /// quote, backslash or control character); false, with nothing consumed, otherwise. Lets the
    /// store reader recognise enum names and repeated values without making a String.
    mutating func consumeString(equalTo s: StaticString) -> Bool {
        skipSpace()
        let n = s.utf8CodeUnitCount
        guard i + n + 2 <= bytes.count, bytes[i] == UInt8(ascii: "\""), bytes[i + n + 1] == UInt8(ascii: "\""),
              memcmp(bytes.baseAddress! + i + 1, s.utf8Start, n) == 0 else { return false }
        i += n + 2
        return true
    }

    /// Like `consumeString(equalTo:)` for a String; false for one that JSON would have to escape.
    mutating func consumeString(equalTo s: String) -> Bool {
        skipSpace()
        let start = i
        let matched: Bool = s.utf8.withContiguousStorageIfAvailable { u in
            let n = u.count
            guard n > 0, !u.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }),
                  start + n + 2 <= bytes.count, bytes[start] == UInt8(ascii: "\""), bytes[start + n + 1] == UInt8(ascii: "\""),
                  memcmp(bytes.baseAddress! + start + 1, u.baseAddress!, n) == 0 else { return false }
            return true
        } ?? false
        if matched { i = start + s.utf8.count + 2 }
        return matched
    }

    /// Consumes `null` when it is next.
    mutating func consumeNull() -> Bool {
        skipSpace()
        if i + 4 <= bytes.count && bytes[i] == UInt8(ascii: "n") && bytes[i + 1] == UInt8(ascii: "u")
            && bytes[i + 2] == UInt8(ascii: "l") && bytes[i + 3] == UInt8(ascii: "l") {
            i += 4
            return true
        }
        return false
    }

    mutating func readString() throws(JSONSyntaxError) -> String {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("a string") }
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw fail("a character (control characters must be escaped in strings)") }
            i += 1
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw fail("a character (control characters must be escaped in strings)") }
            if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
            i += 1
            guard i < bytes.count else { throw fail("an escape sequence") }
            let e = bytes[i]
            i += 1
            if let d = JSONEscape.decoded(e) { out.append(d); continue }
            switch e {
            case UInt8(ascii: "u"):
                let first = try readHex4()
                var low: UInt32?
                if (0xD800...0xDBFF).contains(first), i + 1 < bytes.count && bytes[i] == UInt8(ascii: "\\") && bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    low = try readHex4()
                }
                let code = JSONEscape.scalar(first, low: low)
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
            default:
                i -= 1
                throw fail("a valid escape sequence")
            }
        }
        throw fail("'\"' to end the string")
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = JSONEscape.hexValue(bytes[i]) else { throw fail("a hex digit") }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    /// A JSON number that is an integer (no fraction or exponent), or nil when the next value is a
    /// number with a fraction; throws when it is not a number at all.
    mutating func readInteger() throws(JSONSyntaxError) -> Int? {
        skipSpace()
        let start = i
        var neg = false
        if i < bytes.count && bytes[i] == UInt8(ascii: "-") { neg = true; i += 1 }
        guard i < bytes.count, bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") else {
            i = start
            throw fail("a number")
        }
        var v = 0
        var overflow = false
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(bytes[i] - UInt8(ascii: "0")))
            overflow = overflow || o1 || o2
            v = a
            i += 1
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i = start
            try skipValue()
            return nil
        }
        if overflow { return nil }
        return neg ? -v : v
    }

    mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipSpace()
        if matchWord("true") { return true }
        if matchWord("false") { return false }
        throw fail("true or false")
    }

    private mutating func matchWord(_ w: StaticString) -> Bool {
        let n = w.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = w.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        i += n
        return true
    }

    /// The kind of the next value, for shape messages.
    mutating func nextKind() -> String {
        switch peek() {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a Boolean"
        case UInt8(ascii: "n"): return "null"
        case nil: return "nothing"
        default: return "a number"
        }
    }

    /// Skips one value of any kind, checking its syntax.
    mutating func skipValue(depth: Int = 0) throws(JSONSyntaxError) {
        guard depth < 512 else { throw JSONSyntaxError(message: "values nested too deeply", offset: i) }
        skipSpace()
        guard i < bytes.count else { throw fail("a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var first = true
            while try nextKey(first: &first) != nil { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            i += 1
            var first = true
            while try nextElement(first: &first) { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""):
            _ = try readString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try readBool()
        case UInt8(ascii: "n"):
            if !consumeNull() { throw fail("a value") }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if i < bytes.count && bytes[i] == UInt8(ascii: "-") { i += 1 }
            var digits = 0
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1; digits += 1 }
            if digits == 0 { throw fail("a digit") }
            if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
                i += 1
                digits = 0
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1; digits += 1 }
                if digits == 0 { throw fail("a digit") }
            }
            if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
                i += 1
                if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
                digits = 0
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1; digits += 1 }
                if digits == 0 { throw fail("a digit") }
            }
        default:
            throw fail("a value")
        }
    }
}
