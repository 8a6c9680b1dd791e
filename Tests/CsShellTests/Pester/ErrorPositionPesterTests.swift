import Testing

/// ErrorPosition.Tests.ps1 restated (Language/Scripting): a failure in a switch condition, a for
/// initializer or condition, a do-while or do-until condition is reported at its own line of the
/// script file (ScriptStackTrace).
enum ErrorPositionCases {
    static let file = "ErrorPosition.Tests.ps1"
    /// Writes the script to a file, runs it, and checks the caught error's ScriptStackTrace.
    static func run(_ fileName: String, _ script: String, _ match: String) -> String {
        "$f = \"/tmp/csshell-pester-errpos-$PID-\(fileName)\"\n@'\n\(script)\n'@ > $f\n$e = $null\ntry { & $f } catch { $e = $_ }\nRemove-Item $f\n$null -ne $e -and $e.ScriptStackTrace -match '\(match)'"
    }
    static let all: [PesterCase] = [
        PesterCase(file, "switch condition evaluation failure should report correct error position",
                   run("SwitchError2.ps1", "$test = 1\nswitch ($null[0]) {\n    \"a\" {};\n}", "SwitchError2.ps1: line 2"), .isTrue),
        PesterCase(file, "for statement expression initializer evaluation failure should report correct error position",
                   run("ForError1.ps1", "$test = 1\nfor ($null[0];\n     $test -gt 1;) { }", "ForError1.ps1: line 2"), .isTrue),
        PesterCase(file, "for statement pipeline initializer evaluation failure should report correct error position",
                   run("ForError2.ps1", "$test = 1\nfor (Test-Path $null -ErrorAction Stop;\n     $test -gt 1;) { }", "ForError2.ps1: line 2"), .isTrue),
        PesterCase(file, "for statement expression condition evaluation failure should report correct error position",
                   run("ForError3.ps1", "$test = 1\nfor (;$null[0];)\n{ }", "ForError3.ps1: line 2"), .isTrue),
        PesterCase(file, "for statement pipeline condition evaluation failure should report correct error position",
                   run("ForError4.ps1", "$test = 1\nfor (;Test-Path $null -ErrorAction Stop;)\n{ }", "ForError4.ps1: line 2"), .isTrue),
        PesterCase(file, "do-while statement expression condition evaluation failure should report correct error position",
                   run("DoWhileError1.ps1", "$test = 1\ndo {}\nwhile ($null[0])", "DoWhileError1.ps1: line 3"), .isTrue),
        PesterCase(file, "do-while statement pipeline condition evaluation failure should report correct error position",
                   run("DoWhileError2.ps1", "$test = 1\ndo {}\nwhile (Test-Path $null -ErrorAction Stop)", "DoWhileError2.ps1: line 3"), .isTrue),
        PesterCase(file, "do-until statement expression condition evaluation failure should report correct error position",
                   run("DoUntilError1.ps1", "$test = 1\ndo {}\nuntil ($null[0])", "DoUntilError1.ps1: line 3"), .isTrue),
        PesterCase(file, "do-until statement pipeline condition evaluation failure should report correct error position",
                   run("DoUntilError2.ps1", "$test = 1\ndo {}\nuntil (Test-Path $null -ErrorAction Stop)", "DoUntilError2.ps1: line 3"), .isTrue),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "switch condition MoveNext failure should report correct error position", .outOfScope("Add-Type (compiles C#)")),
    ]
}

@Suite struct ErrorPositionPesterTests {
    @Test(arguments: ErrorPositionCases.all) func follows(_ c: PesterCase) { c.check() }
}
