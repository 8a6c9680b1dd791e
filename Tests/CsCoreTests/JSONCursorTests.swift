import Testing
@testable import CsCore

/// The JSON reader against RFC 8259's grammar (§2 structure, §4 objects, §5 arrays, §6 numbers,
/// §7 strings): values, escapes, surrogate pairs, malformed input with the offset of the problem.
@Suite struct JSONCursorTests {
    func withCursor<R>(_ text: String, allowControl: Bool = false, _ body: (inout JSONCursor) throws -> R) rethrows -> R {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buf in
            var c = JSONCursor(buf, allowsControlCharacters: allowControl)
            return try body(&c)
        }
    }

    func syntaxError(_ text: String, allowControl: Bool = false, _ body: (inout JSONCursor) throws -> Void) -> JSONSyntaxError? {
        do { try withCursor(text, allowControl: allowControl, body); return nil } catch { return error as? JSONSyntaxError }
    }

    @Test func objectsAndArraysArePulledKeyByKey() throws {
        let (keys, numbers) = try withCursor(#" { "a" : [1, 2.5, -0, 1e2], "b\u00e9" : {} } "#) { c -> ([String], [JSONNumber]) in
            var keys: [String] = []
            var numbers: [JSONNumber] = []
            try c.beginObject()
            var first = true
            while let k = try c.nextKey(first: &first) {
                keys.append(k)
                if c.nextKind() == .array {
                    try c.beginArray()
                    var f = true
                    while try c.nextElement(first: &f) { numbers.append(try c.readNumber()) }
                } else {
                    try c.skipValue()
                }
            }
            let atEnd = c.atEnd
            #expect(atEnd)
            return (keys, numbers)
        }
        #expect(keys == ["a", "bé"])
        #expect(numbers == [.int(1), .double(2.5), .int(0), .double(100)])
    }

    @Test func numbersFollowTheGrammar() throws {
        func number(_ s: String) throws -> JSONNumber { try withCursor(s) { c in try c.readNumber() } }
        #expect(try number("9223372036854775807") == .int(Int.max))
        #expect(try number("-9223372036854775808") == .int(Int.min))
        #expect(try number("9223372036854775808") == .double(9223372036854775808))
        #expect(try number("0.1") == .double(0.1))
        #expect(try number("1.7976931348623157e308") == .double(1.7976931348623157e308))
        #expect(try number("123456789012345678901234567890") == .double(1.2345678901234568e29))
        for bad in ["01", "1.", "1e", "+1", ".5", "1e+"] {
            #expect(syntaxError(bad) { _ = try $0.readNumber() } != nil, "\(bad) is not a JSON number")
        }
        #expect(syntaxError("-") { _ = try $0.readNumber() }?.kind == .expectedValue)
        #expect(syntaxError("01") { _ = try $0.readNumber() }?.kind == .invalidNumber("01"))
    }

    func string(_ text: String, allowControl: Bool = false) throws -> String {
        try withCursor(text, allowControl: allowControl) { c in try c.readString() }
    }

    @Test func stringEscapesAndSurrogates() throws {
        let s = try string(#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00""#)
        #expect(s == "a\"b\\c/d\u{8}\u{C}\n\r\té😀")
        // An unpaired surrogate becomes U+FFFD; the next escape is not swallowed.
        #expect(try string(#""\ud800\u0041""#) == "\u{FFFD}A")
        #expect(syntaxError(#""\x""#) { _ = try $0.readString() }?.kind == .badEscape)
        #expect(syntaxError(#""\u12G4""#) { _ = try $0.readString() }?.kind == .invalidUnicodeEscape("12G4"))
        #expect(syntaxError(#""\u12"#) { _ = try $0.readString() }?.kind == .truncatedUnicodeEscape)
        #expect(syntaxError(#""abc"#) { _ = try $0.readString() }?.kind == .unterminatedString)
    }

    @Test func rawControlCharactersAreRefusedUnlessAllowed() throws {
        let e = syntaxError("\"a\u{1B}b\"") { _ = try $0.readString() }
        #expect(e?.kind == .controlCharacterInString && e?.offset == 2)
        #expect(e?.message == "expected a character (control characters must be escaped in strings) but found U+001B")
        #expect(try string("\"a\u{1B}b\"", allowControl: true) == "a\u{1B}b")
    }

    @Test func structuralErrorsNameWhatWasExpectedAndWhere() {
        let missingColon = syntaxError(#"{"a" 1}"#) { try $0.skipValue() }
        #expect(missingColon?.kind == .expectedColon && missingColon?.offset == 5)
        #expect(missingColon?.message == "expected ':' but found '1'")
        let trailingComma = syntaxError(#"{"a":1,}"#) { try $0.skipValue() }
        #expect(trailingComma?.kind == .expectedPropertyName && trailingComma?.offset == 7)
        let missingComma = syntaxError("[1 2]") { try $0.skipValue() }
        #expect(missingComma?.kind == .expectedCommaOrClose(object: false) && missingComma?.offset == 3)
        let end = syntaxError("[1, 2") { try $0.skipValue() }
        #expect(end?.found == nil && end?.message == "unexpected end of data; expected ',' or ']'")
        #expect(syntaxError("tru") { try $0.skipValue() }?.kind == .expectedValue)
    }

    @Test func nestingIsBoundedWithoutRecursion() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(syntaxError(deep) { try $0.skipValue(maxDepth: 512) }?.kind == .tooDeep(limit: 512))
        #expect(syntaxError(deep) { try $0.skipValue(maxDepth: 200_000) } == nil)
    }

    @Test func locationsCountCharactersNotBytes() {
        withCursor("{\n  \"é\": x") { c in
            #expect(c.location(of: 0) == (1, 1))
            #expect(c.location(of: 10) == (2, 8))   // the x, after two spaces, "é", ':' and a space
        }
    }
}
