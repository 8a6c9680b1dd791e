// ConvertFrom-Json: a hand-written RFC 8259 parser over UTF-8 bytes producing PowerShell values.
// Objects become PSCustomObjects (ordered properties) or, with `asHashtable`, ordered hashtables;
// arrays `.array`; integers `.int` (beyond Int64: `.double`); other numbers `.double`. It keeps its
// own stack (no recursion), so nesting is limited by `maxDepth` (pwsh's -Depth, default 1024), never
// by the thread's stack. Errors read like pwsh's (Newtonsoft's text after
// "Conversion from JSON failed with error: "), with the line, position and JSON path.
//
// Differences from pwsh, on purpose: comments, single-quoted strings, NaN and trailing commas (which
// Newtonsoft tolerates) are errors; raw control characters inside strings are accepted, as Newtonsoft
// does. A key repeated with the same spelling keeps the last value (Newtonsoft's Replace); one
// repeated with other casing is an error for objects (PowerShell property names ignore case) and
// keeps the last value with `asHashtable` (csshell hashtables ignore case too).

import CsCore
import Foundation

public struct JSONReaderOptions: Sendable {
    /// -AsHashtable: objects become ordered hashtables.
    public var asHashtable: Bool
    /// -Depth: the deepest nesting of objects and arrays allowed.
    public var maxDepth: Int

    public init(asHashtable: Bool = false, maxDepth: Int = 1024) {
        self.asHashtable = asHashtable
        self.maxDepth = maxDepth
    }
}

/// A ConvertFrom-Json failure.
public struct JSONParseError: Error, Equatable, CustomStringConvertible {
    /// The reason, as Newtonsoft words it, with `Path '…', line N, position M.` when it has a place.
    public var reason: String
    /// 1-based line, and 1-based position of the offending character in it (0 when none).
    public var line: Int
    public var position: Int
    public var path: String
    /// PowerShell's ErrorId for the failure.
    public var errorId: String

    /// The message pwsh shows: `Conversion from JSON failed with error: <reason>`, or the duplicate-key texts.
    public var message: String {
        errorId == "System.ArgumentException" ? "Conversion from JSON failed with error: " + reason : reason
    }

    public var description: String { message }
}

public enum JSONReader {
    /// Parses a JSON document. Empty or white-space-only text gives `$null`. A top-level array is
    /// returned as `.array`: enumerating it (unless -NoEnumerate) is the caller's business.
    public static func parse(_ text: String, options: JSONReaderOptions = JSONReaderOptions()) throws(JSONParseError) -> PSValue {
        var t = text
        t.makeContiguousUTF8()
        let result: Result<PSValue, JSONParseError> = t.utf8.withContiguousStorageIfAvailable { buf in
            var p = Parser(buf, options)
            do throws(JSONParseError) { return .success(try p.document()) } catch { return .failure(error) }
        } ?? .failure(JSONParseError(reason: "Unreadable input.", line: 0, position: 0, path: "", errorId: "System.ArgumentException"))
        return try result.get()
    }

    /// Parses UTF-8 bytes (a file's contents) without copying them into a String first.
    public static func parse(utf8 bytes: [UInt8], options: JSONReaderOptions = JSONReaderOptions()) throws(JSONParseError) -> PSValue {
        let result: Result<PSValue, JSONParseError> = bytes.withUnsafeBufferPointer { buf in
            var p = Parser(buf, options)
            do throws(JSONParseError) { return .success(try p.document()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}

private struct Frame {
    var isObject: Bool
    var valueStart: Int
    var keyStart: Int
}

private struct Parser {
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    let options: JSONReaderOptions
    var i = 0
    var frames: [Frame] = []
    var values: [PSValue] = []
    var keys: [String] = []
    var scratch: [UInt8] = []

    init(_ p: UnsafeBufferPointer<UInt8>, _ options: JSONReaderOptions) {
        self.p = p
        self.n = p.count
        self.options = options
        values.reserveCapacity(64)
    }

    // MARK: Errors

    func fail(_ what: String, at index: Int, withPlace: Bool = true) -> JSONParseError {
        // Line and position of the character at `index` (counted in characters, 1-based).
        var line = 1
        var lineStart = 0
        let end = min(index, n)
        var k = 0
        while k < end {
            if p[k] == 0x0A { line += 1; lineStart = k + 1 }
            k += 1
        }
        var position = 0
        k = lineStart
        while k < end {
            if p[k] & 0xC0 != 0x80 { position += 1 }
            k += 1
        }
        if index < n { position += 1 }
        let path = currentPath()
        let reason = withPlace ? "\(what) Path '\(path)', line \(line), position \(position)." : what
        return JSONParseError(reason: reason, line: line, position: position, path: path, errorId: "System.ArgumentException")
    }

    func charText(_ index: Int) -> String {
        guard index < n else { return "" }
        var end = index + 1
        while end < n && p[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: p[index..<end]), as: UTF8.self)
    }

    func unexpected(_ index: Int) -> JSONParseError {
        if index >= n { return fail("Unexpected end when reading JSON.", at: index) }
        return fail("Unexpected character encountered while parsing value: \(charText(index)).", at: index)
    }

    /// Newtonsoft-style path of the value being read: `a.b[2]`, `['odd key']`.
    func currentPath() -> String {
        var out = ""
        for (fi, f) in frames.enumerated() {
            let keysEnd = fi + 1 < frames.count ? frames[fi + 1].keyStart : keys.count
            let valuesEnd = fi + 1 < frames.count ? frames[fi + 1].valueStart : values.count
            if f.isObject {
                guard keysEnd > f.keyStart else { continue }
                let k = keys[keysEnd - 1]
                if !k.isEmpty && k.unicodeScalars.allSatisfy({ ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }) {
                    out += out.isEmpty ? k : "." + k
                } else {
                    out += "['" + k.replacingOccurrences(of: "'", with: "\\'") + "']"
                }
            } else {
                out += "[\(valuesEnd - f.valueStart)]"
            }
        }
        return out
    }

    // MARK: Scanning

    @inline(__always)
    mutating func skipWhitespace() {
        while i < n {
            let c = p[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { return }
        }
    }

    mutating func document() throws(JSONParseError) -> PSValue {
        if n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { i = 3 }
        skipWhitespace()
        if i >= n { return .null }
        var expectValue = true
        while true {
            if expectValue {
                skipWhitespace()
                guard i < n else { throw unexpected(i) }
                let c = p[i]
                switch c {
                case UInt8(ascii: "{"):
                    try push(object: true)
                    skipWhitespace()
                    if i < n && p[i] == UInt8(ascii: "}") {
                        i += 1
                        try closeContainer()
                        expectValue = false
                    } else {
                        try key()
                    }
                case UInt8(ascii: "["):
                    try push(object: false)
                    skipWhitespace()
                    if i < n && p[i] == UInt8(ascii: "]") {
                        i += 1
                        try closeContainer()
                        expectValue = false
                    }
                case UInt8(ascii: "\""):
                    values.append(.string(try string()))
                    expectValue = false
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    values.append(try number())
                    expectValue = false
                case UInt8(ascii: "t"):
                    try literal("true")
                    values.append(.bool(true))
                    expectValue = false
                case UInt8(ascii: "f"):
                    try literal("false")
                    values.append(.bool(false))
                    expectValue = false
                case UInt8(ascii: "n"):
                    try literal("null")
                    values.append(.null)
                    expectValue = false
                default:
                    throw unexpected(i)
                }
                continue
            }
            // After a value.
            guard let top = frames.last else {
                skipWhitespace()
                if i < n {
                    throw fail("Additional text encountered after finished reading JSON content: \(charText(i)).", at: i)
                }
                return values[0]
            }
            skipWhitespace()
            guard i < n else { throw fail("Unexpected end when reading JSON.", at: i) }
            let c = p[i]
            if c == UInt8(ascii: ",") {
                i += 1
                if top.isObject { try key() }
                expectValue = true
            } else if c == UInt8(ascii: top.isObject ? "}" : "]") {
                i += 1
                try closeContainer()
            } else {
                throw fail("After parsing a value an unexpected character was encountered: \(charText(i)).", at: i)
            }
        }
    }

    mutating func push(object: Bool) throws(JSONParseError) {
        if frames.count >= options.maxDepth {
            throw fail("The reader's MaxDepth of \(options.maxDepth) has been exceeded.", at: i)
        }
        i += 1
        frames.append(Frame(isObject: object, valueStart: values.count, keyStart: keys.count))
    }

    /// A property name and its colon.
    mutating func key() throws(JSONParseError) {
        skipWhitespace()
        guard i < n else { throw fail("Unexpected end when reading JSON.", at: i) }
        guard p[i] == UInt8(ascii: "\"") else {
            throw fail("Invalid property identifier character: \(charText(i)).", at: i)
        }
        let k = try string()
        skipWhitespace()
        guard i < n else { throw fail("Unexpected end when reading JSON.", at: i) }
        guard p[i] == UInt8(ascii: ":") else {
            throw fail("Invalid character after parsing property name. Expected ':' but got: \(charText(i)).", at: i)
        }
        keys.append(k)
        i += 1
    }

    mutating func closeContainer() throws(JSONParseError) {
        let f = frames.last!
        let made: PSValue
        if f.isObject {
            made = try object(keysFrom: f.keyStart, valuesFrom: f.valueStart)
            keys.removeSubrange(f.keyStart...)
        } else {
            made = .array(Array(values[f.valueStart...]))
        }
        frames.removeLast()
        values.removeSubrange(f.valueStart...)
        values.append(made)
    }

    func object(keysFrom ks: Int, valuesFrom vs: Int) throws(JSONParseError) -> PSValue {
        let count = keys.count - ks
        if options.asHashtable {
            let h = PSHashtable(ordered: true)
            for j in 0..<count { h[.string(keys[ks + j])] = values[vs + j] }
            return .hashtable(h)
        }
        var names: [String] = []
        var vals: [PSValue] = []
        names.reserveCapacity(count)
        vals.reserveCapacity(count)
        var index: [String: Int]? = count > 32 ? [:] : nil
        for j in 0..<count {
            let k = keys[ks + j]
            var existing: Int? = nil
            if index != nil {
                existing = index![k.caseFoldedKey]
            } else {
                existing = names.firstIndex { $0.equalsIgnoringCase(k) }
            }
            if let e = existing {
                if names[e] != k {
                    throw JSONParseError(
                        reason: "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashtable switch instead. The key that was attempted to be added to the existing key '\(names[e])' was '\(k)'.",
                        line: 0, position: 0, path: currentPath(), errorId: "KeysWithDifferentCasesInJsonString")
                }
                vals[e] = values[vs + j]
                continue
            }
            index?[k.caseFoldedKey] = names.count
            names.append(k)
            vals.append(values[vs + j])
        }
        return .object(PSObject(typeNames: [PSObject.customTypeName], properties: Array(zip(names, vals))))
    }

    mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let len = word.utf8CodeUnitCount
        let start = i
        if i + len <= n {
            var ok = true
            word.withUTF8Buffer { w in
                for k in 0..<len where p[start + k] != w[k] { ok = false; break }
            }
            if ok {
                i += len
                return
            }
        }
        throw unexpected(start)
    }

    mutating func string() throws(JSONParseError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < n {
            let c = p[i]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            i += 1
        }
        if i >= n { throw fail("Unterminated string. Expected delimiter: \".", at: n) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
        while i < n {
            let c = p[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if c != UInt8(ascii: "\\") {
                scratch.append(c)
                i += 1
                continue
            }
            guard i + 1 < n else { break }
            let e = p[i + 1]
            i += 2
            if let d = JSONEscape.decoded(e) { scratch.append(d); continue }
            switch e {
            case UInt8(ascii: "u"):
                let first = try hex4(at: i)
                i += 4
                var low: UInt32?
                if (0xD800...0xDBFF).contains(first), i + 6 <= n && p[i] == UInt8(ascii: "\\") && p[i + 1] == UInt8(ascii: "u"),
                   let l = try? hex4(at: i + 2), (0xDC00...0xDFFF).contains(l) {
                    low = l
                    i += 6
                }
                appendUTF8(JSONEscape.scalar(first, low: low))
            default:
                throw fail("Bad JSON escape sequence: \\\(charText(i - 1)).", at: i - 1)
            }
        }
        throw fail("Unterminated string. Expected delimiter: \".", at: n)
    }

    func hex4(at k: Int) throws(JSONParseError) -> UInt32 {
        guard k + 4 <= n else { throw fail("Unexpected end while parsing Unicode escape sequence.", at: n) }
        var v: UInt32 = 0
        for j in 0..<4 {
            guard let d = JSONEscape.hexValue(p[k + j]) else {
                throw fail("Invalid Unicode escape sequence: \\u\(String(decoding: UnsafeBufferPointer(rebasing: p[k..<(k + 4)]), as: UTF8.self)).", at: k + j)
            }
            v = v << 4 | d
        }
        return v
    }

    mutating func appendUTF8(_ v: UInt32) {
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

    static let powersOf10: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    mutating func number() throws(JSONParseError) -> PSValue {
        let start = i
        var negative = false
        if p[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        guard i < n, p[i] >= UInt8(ascii: "0"), p[i] <= UInt8(ascii: "9") else { throw invalidNumber(start) }
        var mantissa: UInt64 = 0
        var significant = 0
        var overflow = false
        @inline(__always) func add(_ c: UInt8, _ mantissa: inout UInt64, _ significant: inout Int, _ overflow: inout Bool) {
            let d = UInt64(c - UInt8(ascii: "0"))
            if mantissa == 0 && d == 0 { return }
            if significant < 19 { mantissa = mantissa * 10 + d; significant += 1 } else { overflow = true }
        }
        if p[i] == UInt8(ascii: "0") {
            i += 1
            if i < n, p[i] >= UInt8(ascii: "0"), p[i] <= UInt8(ascii: "9") { throw invalidNumber(start) }
        } else {
            while i < n, p[i] >= UInt8(ascii: "0"), p[i] <= UInt8(ascii: "9") {
                add(p[i], &mantissa, &significant, &overflow)
                i += 1
            }
        }
        var fractionDigits = 0
        var isInteger = true
        if i < n && p[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            guard i < n, p[i] >= UInt8(ascii: "0"), p[i] <= UInt8(ascii: "9") else { throw invalidNumber(start) }
            while i < n, p[i] >= UInt8(ascii: "0"), p[i] <= UInt8(ascii: "9") {
                add(p[i], &mantissa, &significant, &overflow)
                fractionDigits += 1
                i += 1
            }
        }
        var exponent = 0
        if i < n && (p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E")) {
            isInteger = false
            i += 1
            var expNegative = false
            if i < n && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { expNegative = p[i] == UInt8(ascii: "-"); i += 1 }
            guard i < n, p[i] >= UInt8(ascii: "0"), p[i] <= UInt8(ascii: "9") else { throw invalidNumber(start) }
            while i < n, p[i] >= UInt8(ascii: "0"), p[i] <= UInt8(ascii: "9") {
                if exponent < 100_000 { exponent = exponent * 10 + Int(p[i] - UInt8(ascii: "0")) }
                i += 1
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
                d = e10 >= 0 ? d * Parser.powersOf10[e10] : d / Parser.powersOf10[-e10]
                return .double(negative ? -d : d)
            }
        }
        return .double(slowDouble(start, i))
    }

    func slowDouble(_ s: Int, _ e: Int) -> Double {
        let len = e - s
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: len + 1) { buf in
            for k in 0..<len { buf[k] = CChar(bitPattern: p[s + k]) }
            buf[len] = 0
            return strtod(buf.baseAddress!, nil)
        }
    }

    func invalidNumber(_ start: Int) -> JSONParseError {
        var end = i
        while end < n, !(p[end] == 0x2C || p[end] == 0x5D || p[end] == 0x7D || p[end] == 0x20 || p[end] == 0x0A || p[end] == 0x0D || p[end] == 0x09) { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        if text == "-" || text.isEmpty { return unexpected(start) }
        return fail("Input string '\(text)' is not a valid number.", at: start)
    }
}
