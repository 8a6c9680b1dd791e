import Foundation
import Testing
@testable import CsCore
@testable import CsLanguage
@testable import CsShell
@testable import CsXmpp

/// Deterministic random-input tests (issue 6 §4): fixed seeds, bounded work, in every test run. The
/// lexer, parser, binder and whole scripts get random bytes, mutated real scripts, random command
/// lines, deep nesting and megabyte inputs: no crash, no hang, bounded memory. `scripts/fuzz` runs the
/// same generator for longer (`CSSHELL_FUZZ_SECONDS`), and libFuzzer on the parser.
@Suite struct FuzzTests {
    /// How long `scripts/fuzz` asked the generator to run (0: the fixed, short CI run).
    static let seconds = Double(ProcessInfo.processInfo.environment["CSSHELL_FUZZ_SECONDS"] ?? "") ?? 0
    /// The first seed (`scripts/fuzz` varies it; the CI run uses fixed ones).
    static let baseSeed = UInt64(ProcessInfo.processInfo.environment["CSSHELL_FUZZ_SEED"] ?? "") ?? 0xC55_0006

    /// Runs `body` for `count` fixed cases, or until `seconds` have passed in a long run. `body`
    /// returns nil or a failure message; the first failures are recorded with the input that caused them.
    static func campaign(_ name: String, count: Int, seed: UInt64, _ body: (inout Fuzzer) -> String?) {
        var fuzzer = Fuzzer(seed: baseSeed &+ seed)
        let end = Date().addingTimeInterval(seconds)
        var n = 0, failures = 0
        while seconds > 0 ? Date() < end : n < count {
            if let failure = body(&fuzzer) {
                failures += 1
                if failures <= 5 { Issue.record("\(name), case \(n) (seed \(baseSeed &+ seed)): \(failure)") }
            }
            n += 1
        }
        if seconds > 0 { print("fuzz \(name): \(n) cases, \(failures) failures") }
    }

    @Test func randomBytesNeverCrashOrHangTheParser() {
        Self.campaign("random bytes", count: 3000, seed: 1) { f in
            let text = String(decoding: f.randomBytes(), as: UTF8.self)
            return Fuzzer.parses(text) ? nil : "the parser hung on \(Fuzzer.show(text))"
        }
    }

    @Test func mutatedScriptsNeverCrashOrHangTheParser() {
        Self.campaign("mutated scripts (parse)", count: 4000, seed: 2) { f in
            let text = f.mutated()
            return Fuzzer.parses(text) ? nil : "the parser hung on \(Fuzzer.show(text))"
        }
    }

    /// Lines of the cmdlets that write files or wait run through the binary in a scratch folder, so that
    /// they are fuzzed too without writing into the current folder. A line still running after 5 s (a
    /// command that serves until Ctrl-C, Start-CsControlPanel) gets Ctrl-C and must then end cleanly.
    @Test func randomCommandLinesBindOrFailCleanly() throws {
        let dir = CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Self.campaign("command lines", count: 1500, seed: 3) { f in
            let line = f.commandLine()
            if Fuzzer.isSafeToRun(line) {
                return Fuzzer.runs(line) ? nil : "the shell hung on \(Fuzzer.show(line))"
            }
            try? FileManager.default.removeItem(atPath: dir + "/store.json")
            let script = HelpExamples.fixture + "\n" + line
            guard let r = try? CLI.run(["-NonInteractive", "-Command", "-"], stdin: script,
                                       env: ["CSSHELL_STORE": dir + "/store.json", "HOME": dir], cwd: dir,
                                       interruptAfter: 5, timeout: 60) else {
                return "could not run the binary on \(Fuzzer.show(line))"
            }
            if r.timedOut { return "Ctrl-C did not stop \(Fuzzer.show(line))" }
            // Ctrl-C ends a script that has not installed a handler by SIGINT itself.
            return r.status <= 1 || (r.interrupted && r.status == SIGINT) ? nil : "status \(r.status) for \(Fuzzer.show(line)): \(r.err.prefix(300))"
        }
    }

    @Test func mutatedScriptsRunOrFailCleanly() {
        Self.campaign("mutated scripts (run)", count: 800, seed: 4) { f in
            let text = f.mutated()
            guard Fuzzer.isSafeToRun(text) else { return nil }
            return Fuzzer.runs(text) ? nil : "the shell hung on \(Fuzzer.show(text))"
        }
    }

    /// A sample through the real binary, whose output goes through the console host.
    @Test func mutatedScriptsThroughTheBinary() throws {
        var f = Fuzzer(seed: Self.baseSeed &+ 5)
        let dir = CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for _ in 0..<40 {
            let text = f.mutated()
            guard Fuzzer.isSafeToRun(text) else { continue }
            let r = try CLI.run(["-NonInteractive", "-Command", "-"], stdin: text, env: ["CSSHELL_STORE": dir + "/store.json", "HOME": dir], cwd: dir)
            #expect(r.status == 0 || r.status == 1 || (0...255).contains(r.status) && text.lowercased().contains("exit"),
                    "status \(r.status) for \(Fuzzer.show(text)): \(r.err.prefix(300))")
        }
    }

    /// 10,000 levels of every kind of nesting: a parse error (or for plain sequences, a result), never a
    /// stack overflow.
    @Test(arguments: [
        ("(", ")"), ("{", "}"), ("[int]", ""), ("@(", ")"), ("$(", ")"), ("@{a=", "}"), ("-", ""), ("!", ""),
        ("\"$(", ")\""), ("if ($true) {", "}"), ("& {", "}"), ("foreach ($i in 1) {", "}"), ("$a[", "]"),
        ("function f {", "}"), ("try {", "} finally {}"), ("1 + (", ")"), ("$x = ", ""), ("@'\n", "\n'@"),
    ])
    func deepNestingIsAnErrorNotACrash(_ open: String, _ close: String) {
        let depth = 10_000
        let text = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
        #expect(Fuzzer.parses(text, timeout: 60), "hung on \(depth) × \(open.debugDescription)")
        #expect(Fuzzer.runs(text, budget: 10, timeout: 60), "hung running \(depth) × \(open.debugDescription)")
        // Unbalanced: only openers.
        #expect(Fuzzer.parses(String(repeating: open, count: depth), timeout: 60))
    }

    /// Megabyte inputs: strings, comments, words, here-strings, long lists and pipelines parse and run in
    /// bounded time, and a megabyte value goes through the store's validation as an error.
    @Test func megabyteInputs() {
        let mb = 1 << 20
        let x = String(repeating: "x", count: mb)
        let cases = [
            "$s = '\(x)'; $s.Length",
            "$s = \"\(x)\"; $s.Length",
            "$s = \"\(String(repeating: "$x ", count: mb / 3))\"; $s.Length",
            "# \(x)\n'after'",
            "<# \(x) #>'after'",
            "Write-Output \(x) | Measure-Object | Select-Object -ExpandProperty Count",
            "$h = @\"\n\(x)\n\"@\n$h.Length",
            "$a = \(Array(repeating: "1", count: mb / 2).joined(separator: ",")); $a.Count",
            Array(repeating: "1", count: 20_000).joined(separator: " | ForEach-Object { $_ } ") ,
            Array(repeating: "'a'", count: mb / 4).joined(separator: ";"),
            "New-CsXmppAllowedPartner -Identity \(x).com -WhatIf",
            "New-CsXmppAllowedPartner -Identity big.example.com -Description '\(x)'",
            "'\(x)' -like '*\(String(repeating: "*x", count: 2000))*'",
            "'\(String(repeating: "é", count: mb / 2))'.ToUpper().Length",
        ]
        for text in cases {
            let start = Date()
            #expect(Fuzzer.runs(text, budget: 60, timeout: 120), "hung on \(Fuzzer.show(text))")
            let took = Date().timeIntervalSince(start)
            #expect(took < 60, "\(took) s for \(Fuzzer.show(text))")
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #expect(usage.ru_maxrss < 2 << 20, "peak RSS \(usage.ru_maxrss) KB")
    }

    /// Inputs that once crashed or hung csshell (found by the fuzzers): each must now parse and run.
    @Test(arguments: FuzzTests.regressions)
    func regression(_ text: String) {
        #expect(Fuzzer.parses(text))
        #expect(Fuzzer.runs(text, budget: 0.2))
    }

    static let regressions: [String] = [
        // `while` / `for` / `do` with an empty body could not be stopped (Ctrl-C, the fuzz deadline).
        "while ($true) {}",
        "for (;;) {}",
        "do {} while (1)",
        // Get-Command with a $null -Name unwrapped a missing name list.
        "Get-Command -Name $null",
        "gcm $null -Syntax",
        // Integer overflow traps: Int64.MinValue / -1, % -1, [math]::Abs, string and array repetition sizes.
        "$m = -9223372036854775807 - 1; $m / -1; $m % -1; [math]::Abs($m)",
        "'ab' * 9223372036854775807",
        "@(1) * 4611686018427387904",
    ]

    /// The seed corpus is real csshell: every script parses. For `scripts/fuzz` it is also written (one
    /// file per script) to `CSSHELL_FUZZ_EXPORT`.
    @Test func exportSeedCorpus() throws {
        let seeds = Fuzzer.corpus + Self.regressions
        for s in seeds {
            #expect(throws: Never.self, "\(Fuzzer.show(s))") { try Parser.parse(SourceText(s)) }
        }
        guard let dir = ProcessInfo.processInfo.environment["CSSHELL_FUZZ_EXPORT"], !dir.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (i, s) in seeds.enumerated() {
            try s.write(toFile: dir + "/seed-\(i).ps1", atomically: true, encoding: .utf8)
        }
    }
}
