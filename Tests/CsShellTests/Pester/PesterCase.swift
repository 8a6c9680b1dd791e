import Testing
@testable import CsCore
@testable import CsShell

// csshell's restatement of PowerShell's own Pester tests (test/powershell/ in PowerShell/PowerShell):
// for each `It` case, what it asserts, written anew as a csshell script and an expected result. The
// scripts are ours (PowerShell's test code is not copied); each case names the upstream file and `It`
// so a reader can compare. Cases csshell does not follow are listed as PesterGap with the reason, so
// scripts/pester-tally can count both per file.

/// One upstream `It` case (one TestCases row counts as one case), restated.
struct PesterCase: Sendable, CustomTestStringConvertible {
    /// The upstream file, e.g. `Select-Object.Tests.ps1`.
    let file: String
    /// The `It` title (with the TestCases row's distinguishing values, when one It has several rows).
    let it: String
    /// The script csshell runs (in process, as `csshell -Command` would).
    let script: String
    let expect: Expectation
    /// Lines the host reads (Read-Host) while the script runs; nil: none to read.
    let input: [String]?

    enum Expectation: Sendable {
        /// Standard output, exactly.
        case output(String)
        /// Standard output split into lines, exactly.
        case lines([String])
        /// The script's output is the single line `True` (a script that states its own assertions as
        /// one Boolean expression).
        case isTrue
        /// The script stops with a terminating error (Pester's `Should -Throw`), whose
        /// FullyQualifiedErrorId contains this text (Pester's `-ErrorId` matches that way).
        case throwsErrorId(String)
        /// The script runs without any error reaching the error stream.
        case noError
    }

    init(_ file: String, _ it: String, _ script: String, _ expect: Expectation, input: [String]? = nil) {
        self.file = file
        self.it = it
        self.script = script
        self.expect = expect
        self.input = input
    }

    var testDescription: String { "\(file): \(it)" }

    /// Runs the case and records an issue when csshell does otherwise.
    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        switch expect {
        case let .output(text):
            let r = ShellHarness.run(script, input: input)
            #expect(r.out == text && r.err.isEmpty, "\(it)\nstdout: \(r.out)\nstderr: \(r.err)", sourceLocation: sourceLocation)
        case let .lines(lines):
            let r = ShellHarness.run(script, input: input)
            #expect(r.lines == lines && r.err.isEmpty, "\(it)\nstdout: \(r.out)\nstderr: \(r.err)", sourceLocation: sourceLocation)
        case .isTrue:
            let r = ShellHarness.run(script, input: input)
            #expect(r.out == "True\n" && r.err.isEmpty, "\(it)\nstdout: \(r.out)\nstderr: \(r.err)", sourceLocation: sourceLocation)
        case let .throwsErrorId(id):
            let r = ShellHarness.run("try {\n\(script)\n} catch { 'FQID=' + $_.FullyQualifiedErrorId }", input: input)
            let ids = r.lines.filter { $0.hasPrefix("FQID=") }
            #expect(ids.count == 1 && ids[0].contains(id), "\(it)\nexpected an error with id \(id)\nstdout: \(r.out)\nstderr: \(r.err)",
                    sourceLocation: sourceLocation)
        case .noError:
            let r = ShellHarness.run(script, input: input)
            #expect(r.err.isEmpty && r.status == 0, "\(it)\nstderr: \(r.err)", sourceLocation: sourceLocation)
        }
    }
}

/// An upstream `It` case csshell does not follow, and why.
struct PesterGap: Sendable {
    let file: String
    let it: String
    let reason: Reason

    enum Reason: Sendable {
        /// Outside what csshell claims: Windows-only, `[powershell]::Create()`, engine internals, ….
        case outOfScope(String)
        /// In scope but not done yet.
        case notDone(String)
    }

    init(_ file: String, _ it: String, _ reason: Reason) {
        self.file = file
        self.it = it
        self.reason = reason
    }
}
