import CsTestSupport
import Foundation
@testable import CsCore
@testable import CsLanguage
@testable import CsShell
@testable import CsXmpp

/// The random-input generator shared by the fuzz tests (fixed seeds, bounded work) and by
/// `scripts/fuzz` (the same generator for N minutes, `CSSHELL_FUZZ_SECONDS`): random bytes, real scripts
/// mutated, random command lines for every cmdlet, deep nesting and megabyte inputs. Every input must
/// parse or fail with a parse error, run or fail with a reported error: no crash, no hang.
struct Fuzzer {
    var rng: SeededRandom

    init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    // MARK: Corpus

    /// Real scripts: every cmdlet's help examples (the Lync examples among them) and snippets from the
    /// tests, covering the language csshell accepts.
    static let corpus: [String] = {
        var scripts = ShellHarness.allMetadata.flatMap { $0.help.examples.map(\.code) }
        scripts += [
            HelpExamples.fixture,
            "$p = Get-CsXmppAllowedPartner -Identity contoso.com; $p.Description = \"Partner $($p.Identity)\"; Set-CsXmppAllowedPartner -Instance $p",
            "Get-CsXmppAllowedPartner | Where-Object { $_.PartnerType -eq 'Federated' } | Select-Object Identity, ProxyFqdn | Sort-Object Identity",
            "Get-CsXmppAllowedPartner | ForEach-Object { \"$($_.Identity): $($_.TlsNegotiation)/$($_.SaslNegotiation)\" }",
            "Test-CsXmppAllowedPartner -TlsNegotiation Optional -SaslNegotiation NotSupported -SupportDialbackNegotiation $true | Format-List",
            "if ($x -gt 1) { 'big' } elseif ($x -eq 1) { 'one' } else { 'small' }",
            "foreach ($i in 1..5) { if ($i % 2) { continue }; $i * 2 }",
            "for ($i = 0; $i -lt 3; $i++) { $a += @($i) }; $a -join ','",
            "try { throw 'boom' } catch { \"caught: $_\" } finally { 'done' }",
            "$h = @{ Name = 'x'; Count = 3; Nested = @{ A = 1 } }; $h.Nested.A; $h['Name']",
            "$s = @\"\nline $(1 + 2)\n  `$literal\n\"@\n$s.Length",
            "$t = @'\nraw $x\n'@",
            "function Get-Twice([int]$n = 2) { $n * 2 }; function Get-Half { param([int]$n) $n / 2 }; Get-Twice 21; Get-Half 42",
            "$args = @{ Identity = 'splat.example.com'; PartnerType = 'Federated' }; New-CsXmppAllowedPartner @args -WhatIf",
            "Write-Output 1, 2, 3 | Measure-Object -Sum | Select-Object -ExpandProperty Sum",
            "Get-CsXmppAllowedPartner | Group-Object PartnerType | Format-Table Count, Name -AutoSize",
            "Get-CsXmppGatewayConfiguration | Format-List *",
            "Set-CsXmppGatewayConfiguration -PartnerConnectionLimit 30 -WhatIf; $?",
            "Remove-CsXmppAllowedPartner -Identity nothere.example.com -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId",
            "<# block\ncomment #> 'a' + `\n 'b' # line comment",
            "[int]'42' + [string]1; [TlsNegotiation]'optional'; 'a.b' -split '\\.'; 'x' -like 'X*'; 5 -band 3",
            "$x = $null; $x.Foo; $x -eq $null; -not $x; !$true",
            "Get-CsXmppAllowedPartner 2>$null; Get-CsXmppAllowedPartner -Identity missing.example.com 2>&1 | ForEach-Object { $_.ToString() }",
            "& { param($a) $a + 1 } 41; . { $inner = 1 }; $inner",
            "$list = New-Object System.Collections.ArrayList; 'x'.ToUpper().Substring(0, 1); (1, 2, 3).Count",
            "switch ($v) { 1 { 'one' } default { 'other' } }",
            "Get-History | Select-Object -First 1; Get-Command New-* | Measure-Object",
        ]
        return scripts
    }()

    /// Bits of the language a mutation inserts: openers and closers, quotes, operators, variables.
    static let tokens: [String] = [
        "(", ")", "{", "}", "[", "]", "@(", "$(", "@{", "}", "\"", "'", "`", "|", ";", ",", ".", "..", "::",
        "\n", " ", "\t", "#", "<#", "#>", "@\"\n", "\n\"@", "@'\n", "\n'@", "$", "$_", "$null", "$true", "@args",
        "-eq", "-like", "-match", "-replace", "-join", "-split", "-f", "-not", "!", "+", "-", "*", "/", "%", "=",
        "+=", "++", "--", "2>$null", "2>&1", "[int]", "[string]", "[TlsNegotiation]", "-Identity", "-WhatIf",
        "-ErrorAction", "Stop", "SilentlyContinue", "if", "else", "foreach", "in", "while", "function", "param",
        "return", "break", "continue", "throw", "try", "catch", "finally", "exit", "Get-CsXmppAllowedPartner",
        "New-CsXmppAllowedPartner", "Set-CsXmppAllowedPartner", "Where-Object", "ForEach-Object", "%", "?",
        "contoso.com", "1", "0", "-1", "2147483648", "1e308", "0x7FFFFFFF", "1kb", "'x'", "\"$(1)\"", "\u{00E9}",
        "\u{200B}", "\u{1F600}", "\u{0301}", "\r\n", "\u{2013}", "\u{201C}", "\u{FEFF}", "\0",
    ]

    // MARK: Generators

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func pick<T>(_ a: [T]) -> T { a[int(0...(a.count - 1))] }

    /// Random bytes, mostly printable ASCII (so the lexer gets past its first character), some
    /// arbitrary, some invalid UTF-8.
    mutating func randomBytes(maxLength: Int = 300) -> [UInt8] {
        (0..<int(0...maxLength)).map { _ in
            switch int(0...9) {
            case 0: return UInt8(int(0...255))
            case 1: return pick(Array("(){}[]$@\"'`|;#<>-".utf8))
            default: return UInt8(int(0x20...0x7E))
            }
        }
    }

    /// A real script with a few random edits: tokens inserted, ranges deleted or repeated, bytes
    /// flipped, or spliced with another script.
    mutating func mutated() -> String {
        var s = Array(Fuzzer.corpus[int(0...(Fuzzer.corpus.count - 1))].unicodeScalars)
        for _ in 0..<int(1...6) {
            let at = s.isEmpty ? 0 : int(0...s.count)
            switch int(0...5) {
            case 0, 1:
                s.insert(contentsOf: Fuzzer.tokens[int(0...(Fuzzer.tokens.count - 1))].unicodeScalars, at: at)
            case 2:
                if !s.isEmpty { let end = min(s.count, at + int(1...12)); if at < end { s.removeSubrange(at..<end) } }
            case 3:
                if !s.isEmpty && at < s.count {
                    let end = min(s.count, at + int(1...20))
                    let piece = Array(s[at..<end])
                    for _ in 0..<int(1...4) { s.insert(contentsOf: piece, at: at) }
                }
            case 4:
                if !s.isEmpty && at < s.count {
                    let v = s[at].value ^ UInt32(1 << int(0...6))
                    if let u = Unicode.Scalar(v) { s[at] = u }
                }
            default:
                let other = Array(Fuzzer.corpus[int(0...(Fuzzer.corpus.count - 1))].unicodeScalars)
                let cut = other.isEmpty ? 0 : int(0...other.count)
                s = Array(s[..<min(at, s.count)]) + Array(other[cut...])
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s)
        return String(out)
    }

    /// A random command line for a random cmdlet: real, prefixed, aliased, mistyped and common
    /// parameter names, with values of every kind, sometimes in a pipeline.
    mutating func commandLine() -> String {
        let entries = ShellHarness.registry().entries
        let entry = pick(entries)
        var names = entry.metadata.parameters.flatMap { [$0.name] + $0.aliases }
        names += CommonParameters.all.map(\.name) + ["WhatIf", "Confirm", "Nope", "I", "Id", "Tls", "Sasl", ""]
        let values = ["contoso.com", "'fabrikam.com'", "$null", "$true", "$false", "0", "-1", "4294967296", "1.5",
                      "@()", "@('a.com', 'b.com')", "@{Add='x.com'}", "@{Remove='europe.contoso.com'}", "@{Replace=@()}",
                      "{ 1 }", "Federated", "PublicVerified", "required", "NotSupported", "Stop", "Inquire", "(1, 2)",
                      "\"a b\"", "''", "[int]5", "-", "--", "xn--bcher-kva.example", "a..b", "-bad-.com", "*.org",
                      "(Get-CsXmppAllowedPartner)", "(Get-CsXmppAllowedPartner -Identity contoso.com)",
                      String(repeating: "x", count: 70) + ".com"]
        var line = entry.name
        for _ in 0..<int(0...6) {
            if chance(0.3) {
                line += " " + pick(values)
                continue
            }
            var name = pick(names)
            if chance(0.3) && name.count > 2 { name = String(name.prefix(int(1...(name.count - 1)))) }
            if chance(0.2) { name = chance(0.5) ? name.uppercased() : name.lowercased() }
            if chance(0.15) {
                line += " -\(name):\(pick(values))"
            } else {
                line += " -\(name)"
                if chance(0.8) { line += " " + pick(values) }
            }
        }
        switch int(0...5) {
        case 0: return "Get-CsXmppAllowedPartner | " + line
        case 1: return "'contoso.com', 'new.example.org' | " + line
        case 2: return line + " | Select-Object -First 2"
        default: return line
        }
    }

    // MARK: Checks

    /// Scripts not run in process: they could write files in the current folder (redirections and
    /// the cmdlets that write files) or wait for input.
    static func isSafeToRun(_ script: String) -> Bool {
        let l = script.lowercased()
        if l.contains(">") || l.contains("transcript") { return false }
        // Whole words: a short alias (`ri`, `del`) must not match inside `Description`.
        let words = Set(l.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init))
        return unsafeCommandNames.isDisjoint(with: words)
    }

    /// The names and aliases of the cmdlets that write files (a write verb and a path parameter) or
    /// wait (Start-, Read-, Wait-), taken from the catalogue so that a new cmdlet is covered.
    static let unsafeCommandNames: Set<String> = Set(ShellHarness.allMetadata.filter { m in
        let pathParameter = m.parameters.contains { ["Path", "LiteralPath", "FilePath", "FileName"].contains($0.name) }
        let writes = ["Out", "Export", "Set", "Add", "New", "Remove", "Tee", "Clear"].contains(m.verb) && pathParameter
        return writes || ["Start", "Read", "Wait"].contains(m.verb)
    }.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() }).union(nativeHazards)

    /// Programs on PATH that a mutated script could name and that would change files or wait.
    static let nativeHazards: Set<String> = ["rm", "rmdir", "mv", "cp", "dd", "tee", "truncate", "shred", "sleep", "touch", "mkdir", "ln", "chmod"]

    /// Parses `text` on a thread of its own; false when it did not finish within `timeout` seconds.
    static func parses(_ text: String, timeout: Double = 20) -> Bool {
        guarded(timeout: timeout) { _ = try? Parser.parse(SourceText(text)) }
    }

    /// Runs `script` in process against an in-memory store holding a few partners, stopping it at the
    /// next statement or loop iteration after `budget` seconds; false when it did not end at all.
    static func runs(_ script: String, budget: Double = 2, timeout: Double = 30) -> Bool {
        guarded(timeout: timeout) {
            let store = InMemoryXmppStore()
            let setup = ShellHarness.run(HelpExamples.fixture, store: { store })
            precondition(setup.status == 0, setup.err)
            let deadline = Date().addingTimeInterval(budget)
            let host = StringHostIO(width: 80)
            let session = Session(registry: ShellHarness.registry(store: { store }), host: host,
                                  interrupted: { Date() > deadline })
            _ = ScriptRunner(session: session).run(script, file: nil)
        }
    }

    /// Runs `body` on a thread with a large stack (as csshell does); false when it is still running
    /// after `timeout` seconds (a hang).
    static func guarded(timeout: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        return done.wait(timeout: .now() + timeout) == .success
    }

    /// `s` for a failure message: escaped, and cut when long.
    static func show(_ s: String) -> String {
        let d = s.debugDescription
        return d.count > 600 ? String(d.prefix(600)) + "… (\(s.utf8.count) bytes)" : d
    }
}
