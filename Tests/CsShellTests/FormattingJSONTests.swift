// ConvertTo-Json / ConvertFrom-Json (powershell-language.md §5.7, contract.md; pwsh's
// ConvertTo-Json.Tests.ps1 and ConvertFrom-Json.Tests.ps1).

import CsCore
import Foundation
import Testing
@testable import CsShell

private func compress(_ inputs: [PSValue], depth: Int = 2, asArray: Bool = false) -> String? {
    JSONSerializer.convert(inputs, asArray: asArray, options: JSONSerializerOptions(depth: depth, compress: true))
}

@Suite struct FormattingJSONWriterTests {
    @Test func oneValueIsBareSeveralAreAnArray() {
        #expect(JSONSerializer.convert([.int(1)]) == "1")
        #expect(compress([.int(1), .null, .int(2)]) == "[1,null,2]")
        #expect(compress([.null]) == "null")
        #expect(JSONSerializer.convert([]) == nil)
        #expect(compress([.int(1)], asArray: true) == "[1]")
        #expect(JSONSerializer.convert([.int(1)], asArray: true) == "[\n  1\n]")
        #expect(compress([.int(1), .int(2)], asArray: true) == "[1,2]")
    }

    @Test func nullProperty() {
        #expect(compress([obj(("prop", .null))]) == "{\"prop\":null}")
    }

    @Test func emptyAndNestedArrays() {
        // `,@() | ConvertTo-Json` → []
        #expect(JSONSerializer.convert([.array([])]) == "[]")
        #expect(compress([.array([.array([.int(1), .int(2)]), .array([.int(3), .int(4)])])]) == "[[1,2],[3,4]]")
        #expect(compress([.array([.array([]), .array([.int(1)]), .array([])])]) == "[[],[1],[]]")
        #expect(JSONSerializer.convert([.array([.array([.int(1), .int(2)]), .array([.int(3), .int(4)])])]) ==
            "[\n  [\n    1,\n    2\n  ],\n  [\n    3,\n    4\n  ]\n]")
        let h = PSHashtable(ordered: true, [("empty", .array([])), ("obj", .hashtable(PSHashtable())), ("n", .int(1))])
        #expect(JSONSerializer.convert([.hashtable(h)]) == "{\n  \"empty\": [],\n  \"obj\": {},\n  \"n\": 1\n}")
    }

    @Test func prettyLayoutOfAPartnerWithEnumsAsNames() {
        let p = partner("contoso.com", domains: ["a.contoso.com", "b.contoso.com"], description: "Contoso", type: 0, sasl: 1, tls: 2)
        #expect(JSONSerializer.convert([p]) == """
            {
              "Identity": "contoso.com",
              "AdditionalDomains": [
                "a.contoso.com",
                "b.contoso.com"
              ],
              "ConnectionLimit": 20,
              "Description": "Contoso",
              "Domain": "contoso.com",
              "EnableKeepAlive": true,
              "PartnerType": "Federated",
              "ProxyFqdn": null,
              "SaslNegotiation": "Optional",
              "SupportDialbackNegotiation": true,
              "TlsNegotiation": "NotSupported"
            }
            """)
    }

    @Test func enumsAreNamesEverywhere() {
        let e = PSValue.enumValue(PSEnumValue(type: TestEnums.partnerType, index: 2))
        #expect(compress([e]) == "\"PublicUnverified\"")
        #expect(compress([.array([e, e])]) == "[\"PublicUnverified\",\"PublicUnverified\"]")
    }

    @Test func depthZeroFromPwshTests() {
        let first = PSHashtable([("Child1_1", .int(0)), ("Bool", .bool(true))])
        let second = PSHashtable([("Child2_1", .string("Child_2_1_Value")), ("Float", .double(1.2))])
        let o = obj(("FirstLevel1", .hashtable(first)), ("FirstLevel2", .hashtable(second)), ("Integer", .int(10)), ("Bool", .bool(false)))
        var warnings: [String] = []
        let out = JSONSerializer.convert([o], options: JSONSerializerOptions(depth: 0)) { warnings.append($0) }
        #expect(out == "{\n  \"FirstLevel1\": \"System.Collections.Hashtable\",\n  \"FirstLevel2\": \"System.Collections.Hashtable\",\n  \"Integer\": 10,\n  \"Bool\": false\n}")
        #expect(warnings == ["Resulting JSON is truncated as serialization has exceeded the set depth of 0."])
    }

    @Test func scalarsAreNeverCut() {
        var warned = false
        #expect(JSONSerializer.convert([.int(1)], options: JSONSerializerOptions(depth: 0)) { _ in warned = true } == "1")
        #expect(JSONSerializer.convert([.string("s")], options: JSONSerializerOptions(depth: 0)) { _ in warned = true } == "\"s\"")
        #expect(!warned)
    }

    @Test func deeperContainersBecomeTheirStrings() {
        let deep = obj(("L0", obj(("L1", obj(("L2", obj(("L3", .string("deep")))))))))
        var warnings: [String] = []
        #expect(JSONSerializer.convert([deep], options: JSONSerializerOptions(compress: true)) { warnings.append($0) } == "{\"L0\":{\"L1\":{\"L2\":\"@{L3=deep}\"}}}")
        #expect(warnings == ["Resulting JSON is truncated as serialization has exceeded the set depth of 2."])
        #expect(compress([deep], depth: 10) == "{\"L0\":{\"L1\":{\"L2\":{\"L3\":\"deep\"}}}}")
        #expect(compress([obj(("L0", obj(("L1", .int(1)))))], depth: 0) == "{\"L0\":\"@{L1=1}\"}")
        #expect(compress([obj(("Child", obj(("A", .int(1)), ("B", .int(2)))))], depth: 0) == "{\"Child\":\"@{A=1; B=2}\"}")
        #expect(compress([obj(("Child", .array([.int(1), .int(2), .int(3)])))], depth: 0) == "{\"Child\":\"1 2 3\"}")
        let nested = obj(("Arr", .array([.array([.array([.int(1), .int(2), .int(3)])])])))
        #expect(compress([nested], depth: 1) == "{\"Arr\":[\"System.Object[]\"]}")
        #expect(compress([nested], depth: 10) == "{\"Arr\":[[[1,2,3]]]}")
        let h = PSHashtable([("L0", .hashtable(PSHashtable([("L1", .hashtable(PSHashtable([("L2", .string("deep"))])))])))])
        #expect(compress([.hashtable(h)], depth: 1) == "{\"L0\":{\"L1\":\"System.Collections.Hashtable\"}}")
    }

    @Test func warningOnlyOnce() {
        var count = 0
        let o = obj(("a", obj(("b", .int(1)))), ("c", obj(("d", .int(2)))))
        _ = JSONSerializer.convert([o, o], options: JSONSerializerOptions(depth: 0)) { _ in count += 1 }
        #expect(count == 1)
    }

    /// JsonObject.ProcessDictionary refuses a dictionary with a key other than a string wherever the
    /// conversion reaches it: in a hashtable, an array, an object, or a growable list; one nested deeper
    /// than -Depth is cut to its text, so its keys are not looked at.
    @Test func nonStringKeysAreRefusedWhereverTheConversionReachesThem() {
        let refused = "The type 'System.Collections.Hashtable' is not supported for serialization or deserialization of a dictionary. Keys must be strings."
        for script in ["@{ 1 = 'a' } | ConvertTo-Json", "@{ a = @{ 1 = 'a' } } | ConvertTo-Json", ",@(@{ 1 = 'a' }) | ConvertTo-Json",
                       "[pscustomobject]@{ p = @{ 1 = 'a' } } | ConvertTo-Json",
                       "$l = [System.Collections.ArrayList]::new(); $null = $l.Add(@{ 1 = 'a' }); ,$l | ConvertTo-Json"] {
            let r = ShellHarness.run(script)
            #expect(r.lines.isEmpty, "\(script)")
            #expect(r.err.hasPrefix("ConvertTo-Json : \(refused)"), "\(script): \(r.err)")
        }
        let cut = ShellHarness.run("@{ a = @{ b = @{ 1 = 'x' } } } | ConvertTo-Json -Depth 1 -Compress")
        #expect(cut.lines == ["{\"a\":{\"b\":\"System.Collections.Hashtable\"}}"])
    }

    @Test func stringEscapes() {
        #expect(JSONSerializer.convert([.hashtable(PSHashtable([("abc", .string("'def'"))]))]) == "{\n  \"abc\": \"'def'\"\n}")
        #expect(JSONSerializer.convert([.hashtable(PSHashtable([("abc", .string("'def'"))]))], options: JSONSerializerOptions(escapeHtml: true)) ==
            "{\n  \"abc\": \"\\u0027def\\u0027\"\n}")
        #expect(compress([.string("line1\nline2")]) == "\"line1\\nline2\"")
        #expect(compress([.string("col1\tcol2")]) == "\"col1\\tcol2\"")
        #expect(compress([.string("say \"hello\"")]) == "\"say \\\"hello\\\"\"")
        #expect(compress([.string("c:\\path")]) == "\"c:\\\\path\"")
        #expect(compress([.string("\u{01}\u{1F}\r\u{08}\u{0C}")]) == "\"\\u0001\\u001f\\r\\b\\f\"")
        #expect(compress([.string("\u{65E5}\u{672C}\u{8A9E} caf\u{E9} \u{1F600} </a>&")]) == "\"\u{65E5}\u{672C}\u{8A9E} caf\u{E9} \u{1F600} </a>&\"")
        #expect(compress([.string("a\u{2028}b")]) == "\"a\\u2028b\"")
        #expect(compress([.string("")]) == "\"\"")
    }

    @Test func numbers() {
        #expect(compress([.double(3.14159)]) == "3.14159")
        #expect(compress([.double(-3.14159)]) == "-3.14159")
        #expect(compress([.double(0)]) == "0.0")
        #expect(compress([.double(1)]) == "1.0")
        #expect(compress([.double(93784005)]) == "93784005.0")
        #expect(compress([.double(1.0854630208333333)]) == "1.0854630208333333")
        #expect(compress([.double(0.1 + 0.2)]) == "0.30000000000000004")
        #expect(compress([.double(1e20)]) == "1E+20")
        #expect(compress([.double(1e15)]) == "1E+15")
        #expect(compress([.double(123456789012345)]) == "123456789012345.0")
        #expect(compress([.double(0.0001)]) == "0.0001")
        #expect(compress([.double(0.00001)]) == "1E-05")
        #expect(compress([.double(1.5e-7)]) == "1.5E-07")
        #expect(compress([.double(.nan)]) == "\"NaN\"")
        #expect(compress([.double(-.infinity)]) == "\"-Infinity\"")
        #expect(compress([.int(Int.max)]) == "9223372036854775807")
        #expect(compress([.bool(true), .bool(false)]) == "[true,false]")
    }

    @Test func hashtableOrderAndScriptBlocks() {
        let h = PSHashtable(ordered: true, [("z", .int(1)), ("a", .int(2)), ("m", .int(3))])
        #expect(compress([.hashtable(h)]) == "{\"z\":1,\"a\":2,\"m\":3}")
        #expect(compress([obj(("sb", .scriptBlock(TestScriptBlock(" $_.Name "))))]) == "{\"sb\":\" $_.Name \"}")
    }

    @Test func mixedArrayFromPwshTests() {
        #expect(compress([.array([.int(1), .string("two"), .double(3.14), .bool(true), .null])]) == "[1,\"two\",3.14,true,null]")
        #expect(compress([.array([obj(("x", .int(1))), obj(("y", .int(2)))])]) == "[{\"x\":1},{\"y\":2}]")
    }
}

@Suite struct FormattingJSONReaderTests {
    /// An Int64 of value `n`, as ConvertFrom-Json makes every integer that fits.
    static func isInt64(_ v: PSValue, _ n: Int) -> Bool {
        v.typeName == "System.Int64" && PSConvert.toString(v) == String(n)
    }

    @Test func objectsBecomeCustomObjectsInOrder() throws {
        let v = try JSONReader.parse("{\"b\": 1, \"a\": [1, 2.5, \"x\", true, null], \"c\": {\"d\": null}}")
        guard case let .object(o) = v else { Issue.record("not an object"); return }
        #expect(o.isCustomObject)
        #expect(o.names == ["b", "a", "c"])
        #expect(o["b"].map { Self.isInt64($0, 1) } == true)
        guard case let .array(a)? = o["a"] else { Issue.record("a"); return }
        #expect(a.count == 5)
        if case .double(2.5) = a[1] {} else { Issue.record("2.5") }
        if case .string("x") = a[2] {} else { Issue.record("x") }
        if case .bool(true) = a[3] {} else { Issue.record("true") }
        #expect(a[4].isNull)
        guard case let .object(c)? = o["c"] else { Issue.record("c"); return }
        #expect(c["d"]?.isNull == true)
    }

    @Test func topLevelArrayIsReturnedWhole() throws {
        guard case let .array(a) = try JSONReader.parse("[1,2]") else { Issue.record("array"); return }
        #expect(a.count == 2)
        guard case let .array(one) = try JSONReader.parse("[ 1 ]") else { Issue.record("array"); return }
        #expect(JSONSerializer.convert(one) == "1")
    }

    @Test func nullAndEmpty() throws {
        #expect(try JSONReader.parse("null").isNull)
        #expect(try JSONReader.parse("").isNull)
        #expect(try JSONReader.parse(" \n\t ").isNull)
        #expect(try JSONReader.parse("\u{FEFF}{}").objectValue?.count == 0)
    }

    @Test func numbers() throws {
        func n(_ s: String) throws -> PSValue { try JSONReader.parse(s) }
        // Every integer is an Int64 (Json.Tests.ps1 "chooses the appropriate number type").
        #expect(Self.isInt64(try n("42"), 42))
        #expect(Self.isInt64(try n("-0"), 0))
        if case .int(Int.max) = try n("9223372036854775807") {} else { Issue.record("max") }
        if case .int(Int.min) = try n("-9223372036854775808") {} else { Issue.record("min") }
        if case let .double(d) = try n("12345678901234567890") { #expect(d == 12345678901234567890.0) } else { Issue.record("big") }
        if case let .double(d) = try n("1e3") { #expect(d == 1000) } else { Issue.record("1e3") }
        if case let .double(d) = try n("1.0") { #expect(d == 1) } else { Issue.record("1.0") }
        if case let .double(d) = try n("-0.000123") { #expect(d == -0.000123) } else { Issue.record("small") }
        if case let .double(d) = try n("2.2250738585072014e-308") { #expect(d == 2.2250738585072014e-308) } else { Issue.record("min normal") }
        if case let .double(d) = try n("0.30000000000000004") { #expect(d == 0.1 + 0.2) } else { Issue.record("0.3") }
        if case let .double(d) = try n("123456789.123456789e5") { #expect(d == 123456789.123456789e5) } else { Issue.record("long") }
        #expect(throws: JSONParseError.self) { try n("01") }
        #expect(throws: JSONParseError.self) { try n("1.") }
        #expect(throws: JSONParseError.self) { try n("-") }
        #expect(throws: JSONParseError.self) { try n("1e") }
    }

    @Test func stringEscapes() throws {
        let v = try JSONReader.parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\\u65E5 \u{8A9E}\"")
        #expect(v.stringValue == "a\"b\\c/d\u{08}\u{0C}\n\r\t\u{E9}\u{1F600}\u{65E5} \u{8A9E}")
        #expect(try JSONReader.parse("\"\\ud800x\"").stringValue == "\u{FFFD}x")
    }

    @Test func asHashtableKeepsKeyOrder() throws {
        guard case let .hashtable(h) = try JSONReader.parse("{\"b\":1,\"a\":{\"c\":2}}", options: JSONReaderOptions(asHashtable: true)) else {
            Issue.record("hashtable"); return
        }
        // An OrderedHashtable (pwsh 7.3+): a Hashtable, not an OrderedDictionary, that keeps the order.
        #expect(h.typeName == "System.Management.Automation.OrderedHashtable" && !h.isOrdered)
        #expect(h.keys.map { PSConvert.toString($0) } == ["b", "a"])
        #expect(h["a"]?.hashtableValue?["c"].map { PSConvert.toString($0) } == "2")
        // ConvertFrom-Json.Tests.ps1 "Order is preserved for a hashtable": shown as Name/Value.
        let hh = try JSONReader.parse("{\"a\":1}", options: JSONReaderOptions(asHashtable: true))
        #expect(outString([hh]) == "\nName                           Value\n----                           -----\na                              1\n\n")
    }

    @Test func duplicateKeys() throws {
        let v = try JSONReader.parse("{\"a\":1,\"a\":2}")
        #expect(v.objectValue?.count == 1)
        #expect(v.objectValue?["a"].map { PSConvert.toString($0) } == "2")
        do {
            _ = try JSONReader.parse("{\"a\":1,\"A\":2}")
            Issue.record("expected an error")
        } catch {
            #expect(error.errorId == "KeysWithDifferentCasesInJsonString")
            #expect(error.message == "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashtable switch instead. The key that was attempted to be added to the existing key 'a' was 'A'.")
        }
    }

    private func message(_ s: String, _ options: JSONReaderOptions = JSONReaderOptions()) -> String? {
        do { _ = try JSONReader.parse(s, options: options); return nil } catch { return error.message }
    }

    @Test func errorMessages() {
        #expect(message("abc") == "Conversion from JSON failed with error: Unexpected character encountered while parsing value: a. Path '', line 1, position 1.")
        #expect(message("{\"a\" 1}") == "Conversion from JSON failed with error: Invalid character after parsing property name. Expected ':' but got: 1. Path '', line 1, position 6.")
        #expect(message("{\"a\":1}\n\n{") == "Conversion from JSON failed with error: Additional text encountered after finished reading JSON content: {. Path '', line 3, position 1.")
        #expect(message("{\"a\":1") == "Conversion from JSON failed with error: Unexpected end when reading JSON. Path 'a', line 1, position 6.")
        #expect(message("{\"a\":[1,2 x]}") == "Conversion from JSON failed with error: After parsing a value an unexpected character was encountered: x. Path 'a[2]', line 1, position 11.")
        #expect(message("{\"a\":\"unterminated") == "Conversion from JSON failed with error: Unterminated string. Expected delimiter: \". Path 'a', line 1, position 18.")
        #expect(message("{a:1}") == "Conversion from JSON failed with error: Invalid property identifier character: a. Path '', line 1, position 2.")
        #expect(message("[1,]")?.hasPrefix("Conversion from JSON failed with error: Unexpected character encountered while parsing value: ].") == true)
        #expect(message("{\"odd key\":{\"x\":tru}}") == "Conversion from JSON failed with error: Unexpected character encountered while parsing value: t. Path '['odd key'].x', line 1, position 17.")
    }

    @Test func depthLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(message(deep)?.contains("The reader's MaxDepth of 1024 has been exceeded.") == true)
        let ok = String(repeating: "[", count: 1024) + String(repeating: "]", count: 1024)
        #expect(message(ok) == nil)
        #expect(message("[[[1]]]", JSONReaderOptions(maxDepth: 2))?.contains("MaxDepth of 2") == true)
        // Far deeper than any thread's stack would allow with recursion.
        let veryDeep = String(repeating: "{\"a\":", count: 200_000) + "1" + String(repeating: "}", count: 200_000)
        #expect(message(veryDeep)?.contains("MaxDepth of 1024") == true)
    }

    @Test func roundTripOfPartnerLikeObjects() throws {
        var originals: [PSValue] = []
        for i in 0..<1000 {
            let domains = (0..<(i % 4)).map { "d\($0).p\(i).example.org" }
            originals.append(partner("p\(i).example.org", domains: domains, limit: i, description: i % 3 == 0 ? nil : "Partner \"\(i)\"\n\u{E9}\u{1F600}\\",
                                     keepAlive: i % 2 == 0, type: i % 3, proxy: i % 5 == 0 ? "proxy\(i).example.org" : nil, sasl: (i / 3) % 3,
                                     dialback: i % 7 != 0, tls: (i / 9) % 3))
        }
        let json = try #require(JSONSerializer.convert(originals))
        guard case let .array(back) = try JSONReader.parse(json) else { Issue.record("array"); return }
        #expect(back.count == 1000)
        for (a, b) in zip(originals, back) {
            let pa = a.objectValue!, pb = try #require(b.objectValue)
            #expect(pb.names == pa.names)
            for name in pa.names {
                let x = pa[name]!, y = pb[name]!
                switch x {
                case let .enumValue(e): #expect(y.stringValue == e.name)
                case let .array(items): #expect(y.enumerated?.map { PSConvert.toString($0) } == items.map { PSConvert.toString($0) })
                case .null: #expect(y.isNull)
                case let .int(n): #expect(Self.isInt64(y, n), "int \(name)")
                case let .bool(n): if case let .bool(m) = y { #expect(n == m) } else { Issue.record("bool \(name)") }
                default: #expect(y.stringValue == x.stringValue)
                }
            }
        }
        // Compressed output parses back to the same text.
        let compact = try #require(JSONSerializer.convert(originals, options: JSONSerializerOptions(compress: true)))
        #expect(JSONSerializer.convert(try JSONReader.parse(compact).enumerated!, options: JSONSerializerOptions(compress: true)) == compact)
    }

    @Test func doublesRoundTrip() throws {
        let values: [Double] = [0.1, 1.0 / 3.0, 1e-300, Double.leastNonzeroMagnitude, 1.7976931348623157e308, 123.456, -2.5e-7, 1e21, 4.35, 0.1 + 0.2]
        for d in values {
            let s = JSONSerializer.serialize(.double(d))
            guard case let .double(back) = try JSONReader.parse(s) else { Issue.record("\(s)"); continue }
            #expect(back == d, "\(s)")
        }
    }
}
