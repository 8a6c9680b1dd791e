import Testing
@testable import CsLanguage

// Token-level behaviour of the mode-dependent tokenizer (reference §1.1–§1.5).

/// Scans `source` token by token in one mode and renders each token compactly.
func lex(_ source: String, _ mode: LexMode = .command) -> [String] {
    let scalars = Array(source.unicodeScalars)
    let lexer = Lexer(src: scalars, limit: scalars.count)
    var out: [String] = []
    var pos = 0
    do throws(ParseError) {
        while true {
            let t = try lexer.scan(pos, mode)
            if t.isEOF { return out }
            out.append(render(t, lexer))
            pos = t.end
        }
    } catch {
        out.append("error \(error.errorId)")
        return out
    }
}

/// A scanned string part; a `$( … )` is only located by the lexer, so it shows as its source text.
func rawPart(_ p: RawStringPart, _ lexer: Lexer) -> String {
    switch p {
    case let .text(t): return "\"\(Dump.escaped(t))\""
    case let .variable(v): return "$\(v.name)"
    case let .subExpression(a, b, _, _): return "$(\(lexer.text(a, b)))"
    }
}

func render(_ t: Token, _ lexer: Lexer) -> String {
    switch t.kind {
    case .newline: return "⏎"
    case let .word(value, parts): return parts == nil ? "w:\(value)" : "w:\(value)~\(parts!.map { rawPart($0, lexer) }.joined(separator: ","))"
    case let .identifier(name): return "id:\(name)"
    case let .parameter(name, colon): return "-\(name)\(colon ? ":" : "")"
    case let .number(v): return "n:\(Dump.number(v))"
    case let .string(s, kind): return Dump.string(s, kind)
    case let .expandable(parts, _): return "xs(\(parts.map { rawPart($0, lexer) }.joined(separator: ",")))"
    case let .variable(name, splatted): return (splatted ? "@" : "$") + name
    case let .op(op):
        switch op {
        case let .binary(b): return b.text
        case .not: return "-not"
        case .bnot: return "-bnot"
        }
    case let .redirection(kind):
        switch kind {
        case let .file(from, append): return "redir:\(Dump.stream(from))\(append ? ">>" : ">")"
        case let .merge(from, to): return "redir:\(Dump.stream(from))>&\(to.rawValue)"
        case .input: return "redir:<"
        }
    case let .label(name): return "label:\(name)"
    default: return lexer.text(t.start, t.end)
    }
}

@Suite struct LexerTests {
    // MARK: Argument mode (§1.1)

    @Test func bareWordsEndAtWhitespaceAndForceStartCharacters() {
        #expect(lex("a b") == ["w:a", "w:b"])
        #expect(lex("a&b") == ["w:a", "&", "w:b"])
        #expect(lex("a(b)c") == ["w:a", "(", "w:b", ")", "w:c"])
        #expect(lex("a,b;c|d{e}f") == ["w:a", ",", "w:b", ";", "w:c", "|", "w:d", "{", "w:e", "}", "w:f"])
    }

    @Test func specialOnlyAtTokenStart() {
        // `< > @ #` are special only at the start of a token.
        #expect(lex("a#b") == ["w:a#b"])
        #expect(lex("a>b") == ["w:a>b"])
        #expect(lex("a@b") == ["w:a@b"])
        #expect(lex("a<b") == ["w:a<b"])
        #expect(lex("x #b") == ["w:x"])
    }

    @Test func operatorsAreWordsInArgumentMode() {
        #expect(lex("2+2") == ["w:2+2"])
        #expect(lex("!1") == ["w:!1"])
        #expect(lex("=x") == ["w:=x"])
        #expect(lex("= x") == ["=", "w:x"])
    }

    @Test func numbersInArgumentMode() {
        #expect(lex("2") == ["n:2"])
        #expect(lex("-5") == ["n:-5"])
        #expect(lex("-.5") == ["n:-0.5"])
        #expect(lex("1,2") == ["n:1", ",", "n:2"])
        #expect(lex("77z.exe") == ["w:77z.exe"])
        #expect(lex("1.2.3") == ["w:1.2.3"])
    }

    @Test func parameterTokens() {
        #expect(lex("-Name") == ["-Name"])
        #expect(lex("-Name:") == ["-Name:"])
        #expect(lex("-Name:value") == ["-Name:", "w:value"])
        #expect(lex("-Type: Al") == ["-Type:", "w:Al"])
        #expect(lex("-?") == ["-?"])
        #expect(lex("-_x") == ["-_x"])
        #expect(lex("-a.b") == ["-a", "w:.b"])
    }

    @Test func dashLookAlikesStartParameters() {
        #expect(lex("\u{2013}Name x") == ["-Name", "w:x"])
        #expect(lex("\u{2014}Name") == ["-Name"])
        #expect(lex("\u{2015}Name") == ["-Name"])
    }

    @Test func quoteInsideParameterMakesAnArgument() {
        #expect(lex("-a'b'") == ["w:-ab"])
        #expect(lex("-a\"b\"") == ["w:-ab"])
    }

    @Test func endOfParametersAndLoneDash() {
        #expect(lex("--") == ["--"])
        #expect(lex("-- -x") == ["--", "-x"])
        #expect(lex("--foo") == ["w:--foo"])
        #expect(lex("-") == ["-"])
        #expect(lex("- x") == ["-", "w:x"])
    }

    @Test func variablesInArgumentMode() {
        #expect(lex("$a") == ["$a"])
        #expect(lex("$HOME/x") == ["w:$HOME/x~$HOME,\"/x\""])
        #expect(lex("$a+2") == ["w:$a+2~$a,\"+2\""])
        #expect(lex("$-") == ["w:$-"])
        #expect(lex("a$a") == ["w:a$a~\"a\",$a"])
        #expect(lex("@splat") == ["@splat"])
        #expect(lex("$env:HOME") == ["$env:HOME"])
        #expect(lex("${a b}") == ["$a b"])
    }

    @Test func quotedPiecesJoinABareWord() {
        #expect(lex("a'$a'") == ["w:a$a"])
        #expect(lex("a\"$a\"") == ["w:a$a~\"a\",$a"])
        #expect(lex("a$(2)") == ["w:a$(2)~\"a\",$(2)"])
    }

    @Test func backtickEscapesInBareWords() {
        #expect(lex("`&Get-ChildItem") == ["w:&Get-ChildItem"])
        #expect(lex("`u{a9}` Acme` Inc") == ["w:\u{a9} Acme Inc"])
        #expect(lex("a` b") == ["w:a b"])
    }

    @Test func redirectionTokens() {
        #expect(lex("> f") == ["redir:>", "w:f"])
        #expect(lex(">> f") == ["redir:>>", "w:f"])
        #expect(lex("2>&1") == ["redir:2>&1"])
        #expect(lex("2>$null") == ["redir:2>", "$null"])
        #expect(lex("*> f") == ["redir:*>", "w:f"])
        #expect(lex("*>&1") == ["redir:*>&1"])
        #expect(lex("3>> f") == ["redir:3>>", "w:f"])
        #expect(lex("< f") == ["redir:<", "w:f"])
    }

    @Test func labelsAndDotSourcing() {
        #expect(lex(":outer") == ["label:outer"])
        #expect(lex(". $sb") == [".", "$sb"])
        #expect(lex(".\\x.ps1") == ["w:.\\x.ps1"])
    }

    // MARK: Expression mode

    @Test func expressionModeOperators() {
        #expect(lex("1+2", .expression) == ["n:1", "+", "n:2"])
        #expect(lex("$a -eq 5", .expression) == ["$a", "-eq", "n:5"])
        #expect(lex("$a -CEQ 5", .expression) == ["$a", "-ceq", "n:5"])
        #expect(lex("$a \u{2013}eq 5", .expression) == ["$a", "-eq", "n:5"])
        #expect(lex("-not $a", .expression) == ["-not", "$a"])
        #expect(lex("1..3", .expression) == ["n:1", "..", "n:3"])
        #expect(lex("$a.Name", .expression) == ["$a", ".", "id:Name"])
        #expect(lex("[int]::Max", .expression) == ["[", "id:int", "]", "::", "id:Max"])
    }

    @Test func signedNumbersOnlyInOperandPosition() {
        #expect(lex("-1", .expression) == ["-", "n:1"])
        #expect(lex("-1", .operand) == ["n:-1"])
        #expect(lex("2>&1", .expression).first == "n:2")
    }

    @Test func numberForms() {
        #expect(lex("0x1F", .expression) == ["n:31"])
        #expect(lex("0xFFFFFFFF", .expression) == ["n:-1"])
        #expect(lex("1kb", .expression) == ["n:1024"])
        #expect(lex("2MB", .expression) == ["n:2097152"])
        #expect(lex("1.5", .expression) == ["n:1.5"])
        #expect(lex("1e3", .expression) == ["n:1000.0"])
        // A type suffix keeps the type (NumericLiterals.Tests.ps1): `l` Int64, `d` decimal, `uy` byte, and
        // a hex literal as wide as its type has the sign bit set (`0xFFy` is -1).
        #expect(lex("5l", .expression) == ["n:5int64"])
        #expect(lex("5d", .expression) == ["n:5d"])
        #expect(lex("5uy", .expression) == ["n:5byte"])
        #expect(lex("0xFFy", .expression) == ["n:-1sbyte"])
        #expect(lex("1.5d", .expression) == ["n:1.5d"])
        #expect(lex("256uy", .expression) == ["error BadNumericConstant"])
        #expect(lex(".5", .expression) == ["n:0.5"])
    }

    // MARK: Strings (§1.3, §1.4)

    @Test func singleQuotedStringsAreVerbatim() {
        #expect(lex("'don''t'") == ["'don't'"])
        #expect(lex("'a `\" $x'") == ["'a `\" $x'"])
        #expect(lex("\u{2018}typographic\u{2019}") == ["'typographic'"])
    }

    @Test func doubleQuotedEscapes() {
        #expect(lex("\"`0`a`b`e`f`n`r`t`v\"") == ["\"\\u{0}\\u{7}\\u{8}\\u{1b}\\u{c}\\n\\r\\t\\u{b}\""])
        #expect(lex("\"fo`odbar\"") == ["\"foodbar\""])
        #expect(lex("\"foo` bar\"") == ["\"foo bar\""])
        #expect(lex("\"`$x\"") == ["\"$x\""])
        #expect(lex("\"`\"\"") == ["\"\"\""])
        #expect(lex("\"a\"\"b\"") == ["\"a\"b\""])
        #expect(lex("\"`u{2026}\"") == ["\"\u{2026}\""])
        #expect(lex("\u{201C}typographic $x\u{201D}") == ["xs(\"typographic \",$x)"])
    }

    @Test func doubleQuotedExpansion() {
        #expect(lex("\"$x.Name\"") == ["xs($x,\".Name\")"])
        #expect(lex("\"${x}y\"") == ["xs($x,\"y\")"])
        #expect(lex("\"$($x.Name)\"") == ["xs($($x.Name))"])
        #expect(lex("\"$(\"\"a\"\")\"") == ["xs($(\"\"a\"\"))"])
        #expect(lex("\"$env:HOME\"") == ["xs($env:HOME)"])
        #expect(lex("\"$script:x\"") == ["xs($script:x)"])
        #expect(lex("\"cost $\"") == ["\"cost $\""])
        #expect(lex("\"nothing\"") == ["\"nothing\""])
    }

    @Test func hereStrings() {
        #expect(lex("@\"\nline $x\n\"@") == ["xs(\"line \",$x)"])
        #expect(lex("@'\nverbatim $x\n'@") == ["@'verbatim $x'@"])
        #expect(lex("@'\n'@") == ["@''@"])
        #expect(lex("@'\na\r\nb\r\n'@") == ["@'a\\r\\nb'@"])
        #expect(lex("@\"\nquotes \" ' inside\n\"@") == ["@\"quotes \" ' inside\"@"])
    }

    // MARK: Comments and continuation (§1.5, §1.7)

    @Test func comments() {
        #expect(lex("a # comment\nb") == ["w:a", "⏎", "w:b"])
        #expect(lex("'Foo'; <# c #> 'Bar'") == ["'Foo'", ";", "'Bar'"])
        #expect(lex("<# a #> b #>") == ["w:b"]) // `#` starting a token is a comment
        #expect(lex("#!/usr/bin/env csshell\nx") == ["⏎", "w:x"])
        #expect(lex("<##> a") == ["w:a"]) // the shortest closed block comment
        #expect(lex("<# a\n# b #> c") == ["w:c"]) // a block comment spans lines
    }

    @Test func lineContinuation() {
        #expect(lex("a `\nb") == ["w:a", "w:b"])
        #expect(lex("a `\r\nb") == ["w:a", "w:b"])
        #expect(lex("a `\rb") == ["w:a", "w:b"])
        // A backtick followed by a space is an escaped space, not a continuation.
        #expect(lex("a ` \nb") == ["w:a", "w: ", "⏎", "w:b"])
    }

    @Test func newlineForms() {
        #expect(lex("a\nb\r\nc\rd") == ["w:a", "⏎", "w:b", "⏎", "w:c", "⏎", "w:d"])
    }
}
