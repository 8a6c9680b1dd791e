// ConvertFrom-Json: PowerShell values built over the project's JSON cursor (CsCore), with pwsh's messages.
// Objects become PSCustomObjects (ordered properties) or, with `asHashtable`, OrderedHashtables (a
// Hashtable that keeps its keys' order, as PowerShell 7.3+ makes);
// arrays `.array`; integers Int64 numbers (beyond Int64: `.double`); other numbers `.double`. It keeps its
// own stack of open containers (no recursion), so nesting is limited by `maxDepth` (pwsh's -Depth, default 1024), never
// by the thread's stack. Errors read like pwsh's (Newtonsoft's text after
// "Conversion from JSON failed with error: "), with the line, position and JSON path.
//
// Comments (`//`, `/* */`) are skipped, as Newtonsoft skips them. Differences from pwsh, on purpose:
// single-quoted strings, NaN and trailing commas (which Newtonsoft tolerates) are errors; raw control characters inside strings are accepted, as Newtonsoft
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

    /// -DateKind: how strings in ISO 8601 date form are read (nil: as strings).
    public var dateKind: JSONDateKind?

    public init(asHashtable: Bool = false, maxDepth: Int = 1024, dateKind: JSONDateKind? = nil) {
        self.asHashtable = asHashtable
        self.maxDepth = maxDepth
        self.dateKind = dateKind
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

/// One open object or array: where its values and keys start on the builder's stacks.
private struct Frame {
    var isObject: Bool
    var valueStart: Int
    var keyStart: Int
    var first = true
}

private struct Parser {
    var c: JSONCursor
    let options: JSONReaderOptions
    var frames: [Frame] = []
    var values: [PSValue] = []
    var keys: [String] = []

    init(_ p: UnsafeBufferPointer<UInt8>, _ options: JSONReaderOptions) {
        c = JSONCursor(p, allowsControlCharacters: true, allowsComments: true)
        self.options = options
        values.reserveCapacity(64)
    }

    // MARK: Errors, in Newtonsoft's words

    func fail(_ what: String, at index: Int) -> JSONParseError {
        let (line, column) = c.location(of: index)
        // Newtonsoft's position is the offending character's; at the end of the input, the last one's.
        let position = index < c.bytes.count ? column : column - 1
        let path = currentPath()
        return JSONParseError(reason: "\(what) Path '\(path)', line \(line), position \(position).", line: line, position: position,
                              path: path, errorId: "System.ArgumentException")
    }

    func newtonsoft(_ e: JSONSyntaxError) -> JSONParseError {
        let found = e.found ?? ""
        if e.found == nil {
            switch e.kind {
            case .unterminatedString: return fail("Unterminated string. Expected delimiter: \".", at: e.offset)
            case .truncatedUnicodeEscape: return fail("Unexpected end while parsing Unicode escape sequence.", at: e.offset)
            default: return fail("Unexpected end when reading JSON.", at: e.offset)
            }
        }
        switch e.kind {
        case .expectedPropertyName: return fail("Invalid property identifier character: \(found).", at: e.offset)
        case .expectedColon: return fail("Invalid character after parsing property name. Expected ':' but got: \(found).", at: e.offset)
        case .expectedCommaOrClose: return fail("After parsing a value an unexpected character was encountered: \(found).", at: e.offset)
        case .unterminatedString: return fail("Unterminated string. Expected delimiter: \".", at: e.offset)
        case .badEscape: return fail("Bad JSON escape sequence: \\\(found).", at: e.offset)
        case .truncatedUnicodeEscape: return fail("Unexpected end while parsing Unicode escape sequence.", at: e.offset)
        case let .invalidUnicodeEscape(text): return fail("Invalid Unicode escape sequence: \\u\(text).", at: e.offset)
        case let .invalidNumber(text): return fail("Input string '\(text)' is not a valid number.", at: e.offset)
        case .trailingText: return fail("Additional text encountered after finished reading JSON content: \(found).", at: e.offset)
        case let .tooDeep(limit): return fail("The reader's MaxDepth of \(limit) has been exceeded.", at: e.offset)
        case .expectedValue, .expectedCharacter, .expectedBoolean, .controlCharacterInString:
            return fail("Unexpected character encountered while parsing value: \(found).", at: e.offset)
        }
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

    // MARK: Building

    mutating func document() throws(JSONParseError) -> PSValue {
        let b = c.bytes
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { c.offset = 3 }
        if c.atEnd { return .null }
        do {
            while true {
                try value()
                // Close containers until one has another member or element.
                while var top = frames.last {
                    let more = top.isObject ? try nextKey(&top) : try c.nextElement(first: &top.first)
                    frames[frames.count - 1].first = top.first
                    if more { break }
                    try closeContainer()
                }
                if frames.isEmpty { break }
            }
            if !c.atEnd { throw c.error(.trailingText, at: c.offset) }
            return values[0]
        } catch let e as JSONSyntaxError {
            throw newtonsoft(e)
        } catch let e as JSONParseError {
            throw e
        } catch {
            throw JSONParseError(reason: "\(error)", line: 0, position: 0, path: currentPath(), errorId: "System.ArgumentException")
        }
    }

    /// Reads one value: a scalar onto the value stack, or the opening of a container.
    mutating func value() throws {
        switch c.nextKind() {
        case .object?, .array?:
            if frames.count >= options.maxDepth { throw c.error(.tooDeep(limit: options.maxDepth), at: c.offset) }
            let isObject = c.peek() == UInt8(ascii: "{")
            c.offset += 1
            frames.append(Frame(isObject: isObject, valueStart: values.count, keyStart: keys.count))
        case .string?:
            let text = try c.readString()
            if let kind = options.dateKind, let d = kind.date(text) { values.append(.dateTime(d)) } else { values.append(.string(text)) }
        case .number?:
            switch try c.readNumber() {
            // pwsh makes every JSON integer that fits an Int64 an Int64, whatever its size (PSValue.int
            // is an Int64 beyond Int32's range already).
            case let .int(i): values.append(Int32(exactly: i) != nil ? .number(.int64(Int64(i))) : .int(i))
            case let .double(d): values.append(.double(d))
            }
        case .boolean?, .null?:
            guard let literal = c.readLiteral() else { throw c.error(.expectedValue, at: c.offset) }
            values.append(literal.map { .bool($0) } ?? .null)
        case nil: throw c.error(.expectedValue, at: c.offset)
        }
    }

    /// The next key of the open object onto the key stack; false at its end.
    mutating func nextKey(_ top: inout Frame) throws -> Bool {
        guard let k = try c.nextKey(first: &top.first) else { return false }
        keys.append(k)
        return true
    }

    mutating func closeContainer() throws {
        let f = frames[frames.count - 1]
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
        if var parent = frames.last { parent.first = false; frames[frames.count - 1] = parent }
    }

    func object(keysFrom ks: Int, valuesFrom vs: Int) throws(JSONParseError) -> PSValue {
        let count = keys.count - ks
        if options.asHashtable {
            let h = PSHashtable()
            h.dotNetFullName = "System.Management.Automation.OrderedHashtable"
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
}
