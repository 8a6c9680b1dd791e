import Testing

/// Requires.Tests.ps1 restated (Language/Scripting): `#requires` statements in a bad form are parse
/// errors; `#requires -Version` at or below the running version lets a script run, above it stops the
/// script with ScriptRequiresException. csshell follows PowerShell 7.5.0 ($PSVersionTable).
enum RequiresCases {
    static let file = "Requires.Tests.ps1"
    static func parseError(_ requires: String) -> String {
        "[scriptblock]::Create(\"\(requires)`r`n`$foo = 1; `$foo\")"
    }
    /// A script file holding only `#requires -version V`, dot-sourced.
    static func runs(_ version: String) -> String {
        "$f = \"/tmp/csshell-pester-requires-$PID-\(version).ps1\"; '#requires -version \(version)' > $f; try { . $f; 'ran' } finally { Remove-Item $f }"
    }
    static func stops(_ version: String) -> String {
        "$f = \"/tmp/csshell-pester-requires-$PID-\(version).ps1\"; '#requires -version \(version)' > $f; try { . $f; 'ran' } catch { $_.Exception -is [System.Management.Automation.ScriptRequiresException] } finally { Remove-Item $f }"
    }
    static let all: [PesterCase] = [
        PesterCase(file, "throws ParserException - appId with newline", parseError("#requiresappID"), .throwsErrorId("ParseException")),
        PesterCase(file, "throws ParserException - version as character", parseError("#requires -version A "), .throwsErrorId("ParseException")),
        PesterCase(file, "throws ParserException - alphanumeric version", parseError("#requires -version 2b "), .throwsErrorId("ParseException")),
        PesterCase(file, "throws ParserException - version with dot", parseError("#requires -version 1. "), .throwsErrorId("ParseException")),
        PesterCase(file, "throws ParserException - empty version", parseError("#requires -version '' "), .throwsErrorId("ParseException")),
        PesterCase(file, "throws ParserException - version with two dots", parseError("#requires -version 1.0. "), .throwsErrorId("ParseException")),
        PesterCase(file, "throws ParserException - alphanumeric version with dots", parseError("#requires -version 1.A "), .throwsErrorId("ParseException")),
        PesterCase(file, "Check for version 1.0", runs("1.0"), .lines(["ran"])),
        PesterCase(file, "Check for version 2.0", runs("2.0"), .lines(["ran"])),
        PesterCase(file, "Check for version 3.0", runs("3.0"), .lines(["ran"])),
        PesterCase(file, "Check for version 4.0", runs("4.0"), .lines(["ran"])),
        PesterCase(file, "Check for version 5.0", runs("5.0"), .lines(["ran"])),
        PesterCase(file, "Check for version 5.1", runs("5.1"), .lines(["ran"])),
        PesterCase(file, "Check for version 6.0", runs("6.0"), .lines(["ran"])),
        PesterCase(file, "Check for version 6.1", runs("6.1"), .lines(["ran"])),
        PesterCase(file, "Check for version 6.2", runs("6.2"), .lines(["ran"])),
        PesterCase(file, "Check for version 7.0", runs("7.0"), .lines(["ran"])),
        PesterCase(file, "Check for version 7.1", runs("7.1"), .lines(["ran"])),
        PesterCase(file, "Check for version 7.2", runs("7.2"), .lines(["ran"])),
        PesterCase(file, "Check for version 7.3", runs("7.3"), .lines(["ran"])),
        PesterCase(file, "Check for version 7.4", runs("7.4"), .lines(["ran"])),
        PesterCase(file, "Check for version 7.5", runs("7.5"), .lines(["ran"])),
        PesterCase(file, "Check for version 7.8 (a minor version after the newest)", stops("7.8"), .isTrue),
        PesterCase(file, "Check for version 8.0 (a major version after the newest)", stops("8.0"), .isTrue),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Check for version 7.6", .notDone("csshell follows PowerShell 7.5.0, so #requires -version 7.6 stops the script")),
        PesterGap(file, "Check for version 7.7", .notDone("csshell follows PowerShell 7.5.0, so #requires -version 7.7 stops the script")),
        PesterGap(file, "Successfully does nothing when given '#requires' interactively", .outOfScope("[powershell]::Create() and PSInvocationSettings")),
    ]
}

@Suite struct RequiresPesterTests {
    @Test(arguments: RequiresCases.all) func follows(_ c: PesterCase) { c.check() }
}
