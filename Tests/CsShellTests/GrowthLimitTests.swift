import Foundation
import Testing

/// One line must not take all memory: every operation that grows an array or a string stops at the
/// shell's element limit (50,000,000 elements or characters) with a clear, catchable error, and
/// composite-format widths follow .NET (StringBuilder.AppendFormat reads at most 7 alignment digits:
/// `{0,2147483647}` is a format error). Through the built binary, with its address space limited, so
/// that a regression fails the test instead of exhausting the machine.
struct GrowthLimitTests {
    private func run(_ script: String) throws -> ShellRun {
        try CLI.runBounded(["-c", script], memoryMB: 4096, seconds: 120)
    }

    @discardableResult
    private func expectLimit(_ script: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ShellRun {
        let r = try run(script)
        #expect(!r.timedOut, sourceLocation: sourceLocation)
        #expect(r.status == 1, "status \(r.status): \(r.err.prefix(300))", sourceLocation: sourceLocation)
        #expect(r.err.contains("more than the 50,000,000 \(what) this shell allows"), "\(r.err.prefix(300))", sourceLocation: sourceLocation)
        return r
    }

    @Test func doublingAnArrayStops() throws {
        try expectLimit("$a = @(1); while ($true) { $a += $a }", "elements")
    }

    @Test func doublingAStringStops() throws {
        try expectLimit("$s = 'x'; while ($true) { $s += $s }", "characters")
        try expectLimit("$s = 'x'; while ($true) { $s = $s + $s }", "characters")
        try expectLimit("$s = 'x'; while ($true) { $s = \"$s$s\" }", "characters")
    }

    @Test func collectingIntoAnArrayStops() throws {
        // `@($a; $a)` and `$x = foreach … { $a }` gather output one element at a time (the same sink).
        let r = try expectLimit("$a = 1..30000000\nwhile ($true) { $a = @($a; $a) }", "elements")
        // Reported at the statement whose output passed the limit.
        #expect(r.err.contains("At line:2 char:28\n+ while ($true) { $a = @($a; $a) }"))
    }

    @Test func repetitionAndRangesStop() throws {
        try expectLimit("'abc' * 2000000000", "characters")
        try expectLimit("@(1, 2) * 1000000000", "elements")
        try expectLimit("$x = 1..1e9", "elements")
        try expectLimit("$s = 'x' * 1000; while ($true) { $s = $s * 10 }", "characters")
    }

    @Test func joiningReplacingAndPaddingStop() throws {
        try expectLimit("$s = 'x' * 40000000; $s, $s -join ''", "characters")
        try expectLimit("$s = 'x' * 10000; $s -replace 'x', ('y' * 10000)", "characters")
        try expectLimit("'a'.PadLeft(2000000000)", "characters")
        try expectLimit("$s = 'x' * 30000000; $s.Insert(0, $s)", "characters")
        try expectLimit("$s = 'x' * 30000000; [string]::Join(',', $s, $s)", "characters")
        try expectLimit("$s = 'x' * 30000000; [string]::Concat($s, $s)", "characters")
        try expectLimit("$s = 'ab' * 1000000; $s.Replace('a', 'y' * 100)", "characters")
        try expectLimit("'{0}{0}{0}' -f ('x' * 20000000)", "characters")
    }

    @Test func theErrorIsCatchableAndTheShellGoesOn() throws {
        let r = try run("try { $a = @(1); while ($true) { $a += $a } } catch { \"caught: $($_.FullyQualifiedErrorId)\" }; $a.Count -lt 50000001; 'next'")
        #expect(r.err == "")
        #expect(r.out == "caught: ResultTooLarge\nTrue\nnext\n")
        #expect(r.status == 0)
    }

    @Test func formatWidthsFollowDotNet() throws {
        let r = try run("\"{0,2147483647}\" -f 1")
        #expect(!r.timedOut)
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("Error formatting a string: Input string was not in a correct format.."))
        // Seven digits are read (.NET stops reading at 1,000,000 and then needs the end of the item).
        let ok = try run("(\"{0,9999999}\" -f 1).Length; (\"{0,-12}|\" -f 'ab'); \"{0,5}\" -f 7")
        #expect(ok.err == "")
        #expect(ok.out == "9999999\nab          |\n    7\n")
        let index = try run("\"{12345678}\" -f 1")
        #expect(index.err.hasPrefix("Error formatting a string: Input string was not in a correct format.."))
    }

    @Test func outputWidthIsBounded() throws {
        let r = try run("[pscustomobject]@{a = 1; b = 'x'} | Out-String -Width 2147483647 | ForEach-Object Length")
        #expect(!r.timedOut)
        #expect(r.err == "")
        #expect(r.status == 0)
    }
}
