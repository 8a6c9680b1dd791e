import Dispatch
import Foundation
import Testing
@testable import CsLanguage

// Hostile input: deep nesting, huge strings, NUL bytes, random bytes. The parser must return an
// error or a result: never crash, overflow the stack, or hang.

/// xorshift64: a deterministic random sequence for reproducible fuzzing.
struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

@Suite struct RobustnessTests {
    static let nestings: [(String, @Sendable (Int) -> String)] = [
        ("parens", { n in String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n) }),
        ("braces", { n in String(repeating: "{", count: n) + String(repeating: "}", count: n) }),
        ("if blocks", { n in String(repeating: "if ($x) {", count: n) + String(repeating: "}", count: n) }),
        ("subexpressions", { n in String(repeating: "$(", count: n) + String(repeating: ")", count: n) }),
        ("array expressions", { n in String(repeating: "@(", count: n) + String(repeating: ")", count: n) }),
        ("hashtables", { n in String(repeating: "@{a=", count: n) + "1" + String(repeating: "}", count: n) }),
        ("string subexpressions", { n in String(repeating: "\"$(", count: n) + "1" + String(repeating: ")\"", count: n) }),
        ("command arguments", { n in String(repeating: "a (", count: n) + "1" + String(repeating: ")", count: n) }),
        ("indexes", { n in "$a" + String(repeating: "[$a", count: n) + String(repeating: "]", count: n) }),
        ("method calls", { n in String(repeating: "$a.b(", count: n) + "1" + String(repeating: ")", count: n) }),
        ("casts", { n in String(repeating: "[int]", count: n) + "1" }),
        ("unary operators", { n in String(repeating: "-not ", count: n) + "1" }),
        ("assignments", { n in String(repeating: "$a = ", count: n) + "1" }),
        ("generic types", { n in "[a" + String(repeating: "[b", count: n) + String(repeating: "]", count: n) + "]" }),
    ]

    @Test func nestingUpTo200LevelsParses() {
        for (name, make) in Self.nestings where name != "generic types" {
            let e = parseError(make(200))
            #expect(e == nil, "\(name): \(e?.errorId ?? "")")
        }
    }

    @Test func deeperNestingIsAnError() {
        for (name, make) in Self.nestings {
            for depth in [201, 10_000] {
                let e = parseError(make(depth))
                #expect(e?.errorId == "NestingTooDeep", "\(name) at \(depth): \(e?.errorId ?? "no error")")
            }
        }
    }

    /// The `(` of an if, while, until or switch condition is one level of nesting, like any other.
    @Test func conditionParenthesesCountAsNesting() {
        for (open, close) in [("if (", ") {}"), ("while (", ") {}"), ("do {} until (", ")"), ("switch (", ") { 1 {} }")] {
            func make(_ inner: Int) -> String {
                open + String(repeating: "(", count: inner) + "1" + String(repeating: ")", count: inner) + close
            }
            #expect(parseError(make(199)) == nil, "\(open)")
            #expect(parseError(make(200))?.errorId == "NestingTooDeep", "\(open)")
        }
    }

    /// Constructs where the parser looks ahead, or scans a position in two modes, at every level:
    /// nested content must not be parsed again at each level (that would cost 2^depth).
    @Test func lookAheadAtEveryLevelStaysLinear() {
        func nest(_ n: Int, _ open: String, _ middle: String, _ close: String) -> String {
            String(repeating: open, count: n) + middle + String(repeating: close, count: n)
        }
        let cases = [
            nest(90, "if ($x) {}\n\"$(", "1", ")\""),
            nest(90, "try {} finally {}\n\"$(", "1", ")\""),
            nest(90, "do {} until ($x)\n\"$(", "1", ")\""),
            nest(50, "{ [A({ ", "1", " })] param() }"),
            nest(90, "{ process \"$(", "1", ")\" }"),
            nest(90, ":a \"$(", "1", ")\""),
            nest(90, "[int]\"$(", "1", ")\""),
            nest(90, "a$(", "1", ")"),
            nest(90, "@{\"$(", "1", ")\"=1}"),
        ]
        let clock = ContinuousClock()
        for source in cases {
            let start = clock.now
            _ = parseError(source)
            #expect(clock.now - start < .seconds(5), "\(source.prefix(30))")
        }
    }

    /// The parse runs on its own large stack: a caller on a thread with a small stack is fine.
    @Test func deepNestingFromASmallStackThread() {
        final class Outcome: @unchecked Sendable { var errorId: String? = "not run" }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let source = String(repeating: "\"$(", count: 200) + "1" + String(repeating: ")\"", count: 200)
        let thread = Thread {
            outcome.errorId = parseError(source)?.errorId
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
        #expect(outcome.errorId == nil)
    }

    @Test func tenThousandOpenParens() {
        #expect(parseError(String(repeating: "(", count: 10_000))?.errorId == "NestingTooDeep")
        #expect(parseError(String(repeating: "{", count: 10_000))?.errorId == "NestingTooDeep")
        #expect(parseError(String(repeating: "\"$(", count: 10_000))?.errorId == "IncompleteDollarSubexpressionReference")
        #expect(parseError(String(repeating: "[", count: 10_000)) != nil)
    }

    @Test func longFlatConstructsAreNotNesting() {
        let members = "$a" + String(repeating: ".b", count: 50_000)
        #expect(parseError(members) == nil)
        let pipeline = "a" + String(repeating: " | b", count: 10_000)
        #expect(parseError(pipeline) == nil)
        let sum = "1" + String(repeating: " + 1", count: 50_000)
        #expect(parseError(sum) == nil)
        let list = "1" + String(repeating: ",1", count: 50_000)
        #expect(parseError(list) == nil)
        let elseifs = "if ($a) {}" + String(repeating: " elseif ($a) {}", count: 5_000)
        #expect(parseError(elseifs) == nil)
    }

    @Test func oneMegabyteStrings() throws {
        let body = String(repeating: "x", count: 1 << 20)
        for quoted in ["'\(body)'", "\"\(body)\"", "@'\n\(body)\n'@", "Write-Output \(body)"] {
            let ast = try Parser.parse(SourceText(quoted))
            #expect(ast.statements.count == 1)
        }
        #expect(parseError("\"" + body)?.errorId == "TerminatorExpectedAtEndOfString")
        #expect(parseError("\"" + body)?.isIncomplete == true)
    }

    @Test func nulBytes() {
        #expect(parseError("a\u{0}b") == nil)
        #expect(parseError("\u{0}") == nil)
        #expect(parseError("'\u{0}'") == nil)
        #expect(parseError("$\u{0}") == nil)
        #expect(parseError("\"\u{0}") != nil)
        #expect(sexpr("Write-Output a\u{0}b") == "(cmd Write-Output a \\u{0}b)")
    }

    @Test func randomBytesNeverCrash() {
        var rng = XorShift(state: 0x5EED_CAFE_F00D_1234)
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 200) { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
            let text = String(decoding: bytes, as: UTF8.self)
            checkParsesOrFails(text)
        }
    }

    @Test func randomTokenSoupNeverCrashes() {
        let pieces = ["(", ")", "{", "}", "[", "]", "$(", "@(", "@{", "\"", "'", "@\"\n", "\n\"@", "@'\n", "\n'@", "`", "` ",
                      "`\n", "#", "<#", "#>", "|", "&", "&&", ";", ",", "\n", "\r\n", " ", "-", "--", "-eq", "-not", "\u{2013}",
                      "-Name", "-Name:", "$x", "${a}", "$env:", "@a", "1", "0x", "1.5", "1kb", "..", ".", "::", "=", "+=", "++",
                      "!", "*", "2>&1", ">", "<", "if", "else", "foreach", "in", "for", "while", "do", "until", "try", "catch",
                      "finally", "function", "param", "return", "break", "[int]", "[ordered]", "gps", "a", "\u{0}", "\u{201C}",
                      "\u{2018}", "`u{", "`u{41}", "$", "%"]
        var rng = XorShift(state: 42)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 30) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            checkParsesOrFails(text)
        }
    }

    /// Parses, and when it fails checks the error is well formed.
    func checkParsesOrFails(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let count = text.unicodeScalars.count
        guard let e = parseError(text) else { return }
        #expect(!e.errorId.isEmpty && !e.message.isEmpty, sourceLocation: sourceLocation)
        #expect(e.range.start >= 0 && e.range.start <= e.range.end && e.range.end <= count,
                "range \(e.range) for \(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func tenThousandLineScriptParses() throws {
        var lines: [String] = []
        for i in 0..<10_000 {
            lines.append("New-CsXmppAllowedPartner -Identity \"p\(i).example.com\" -PartnerType Federated -TlsNegotiation Optional")
        }
        let source = SourceText(lines.joined(separator: "\n"))
        let clock = ContinuousClock()
        let start = clock.now
        let ast = try Parser.parse(source)
        let elapsed = clock.now - start
        #expect(ast.statements.count == 10_000)
        // Release builds take a few tens of milliseconds; this bound also holds for unoptimized test builds.
        #expect(elapsed < .seconds(3))
    }
}
