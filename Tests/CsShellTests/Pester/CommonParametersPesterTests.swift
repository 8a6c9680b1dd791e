import Testing

/// CommonParameters.Tests.ps1 restated (Language/Scripting): -Debug, -Verbose, -ErrorAction,
/// -WhatIf and -Confirm on advanced functions, and ShouldProcess / ShouldContinue under each
/// ConfirmImpact on a host that cannot prompt. Upstream runs each script through
/// [powershell]::Create() and reads its Streams; here the script runs in csshell and the streams
/// are merged into the output (`5>&1`, `4>&1`, `2>&1`) to be counted, which asserts the same.
enum CommonParametersCases {
    static let file = "CommonParameters.Tests.ps1"

    static let debugFoo = "function get-foo { [CmdletBinding()] param() write-output 'output foo'; write-debug 'debug foo' }\n"
    static let verboseFoo = "function get-foo { [CmdletBinding()] param() write-output 'output foo'; write-verbose 'verbose foo' }\n"
    static let errorFoo = "function get-foo { [CmdletBinding()] param() write-error 'error foo'; write-output 'output foo' }\n"

    /// get-foo calling ShouldProcess, with ConfirmImpact `impact` (nil: not given).
    static func shouldProcessFoo(_ impact: String?) -> String {
        let binding = impact.map { "SupportsShouldProcess=$true, ConfirmImpact='\($0)'" } ?? "SupportsShouldProcess=$true"
        return "function get-foo { [CmdletBinding(\(binding))] param() if ($PSCmdlet.ShouldProcess('foo', 'foo action')) { write-output 'foo action' } }\n"
    }

    /// Runs `command` with its errors merged: the number of errors, then its other output.
    static func errorsAndOutput(_ command: String) -> String {
        "$r = @(\(command) 2>&1)\n@($r | Where-Object { $_.GetType().Name -eq 'ErrorRecord' }).Count\n$r | Where-Object { $_.GetType().Name -ne 'ErrorRecord' }"
    }

    static let all: [PesterCase] = [
        PesterCase(file, "Debug get-foo", debugFoo + "$r = @(get-foo 5>&1)\n$r.Count\n$r[0]", .lines(["1", "output foo"])),
        PesterCase(file, "get-foo -debug", debugFoo + "$r = @(get-foo -debug 5>&1)\n$r[0]\n$r[1].Message\n'Completed'",
                   .lines(["output foo", "debug foo", "Completed"])),
        PesterCase(file, "get-foo (verbose)", verboseFoo + "$r = @(get-foo 4>&1)\n$r.Count\n$r[0]", .lines(["1", "output foo"])),
        PesterCase(file, "get-foo -verbose", verboseFoo + "$r = @(get-foo -verbose 4>&1)\n$r[0]\n$r[1].Message\n'Completed'",
                   .lines(["output foo", "verbose foo", "Completed"])),
        PesterCase(file, "erroraction", errorFoo + "$r = @(get-foo 2>&1)\n$r[1]\n$r[0].ToString() -match 'error foo'", .lines(["output foo", "True"])),
        PesterCase(file, "erroraction continue", errorFoo + "$r = @(get-foo -erroraction Continue 2>&1)\n$r[1]\n$r[0].ToString() -match 'error foo'",
                   .lines(["output foo", "True"])),
        PesterCase(file, "erroraction SilentlyContinue", errorFoo + errorsAndOutput("get-foo -erroraction SilentlyContinue"), .lines(["0", "output foo"])),
        PesterCase(file, "SupportShouldprocess", shouldProcessFoo(nil) + "get-foo", .lines(["foo action"])),
        PesterCase(file, "shouldprocess support -whatif", shouldProcessFoo(nil) + "get-foo -whatif\n'Completed'",
                   .lines(["What if: Performing the operation \"foo action\" on target \"foo\".", "Completed"])),
        PesterCase(file, "shouldprocess support -confirm under the non-interactive host", shouldProcessFoo(nil) + errorsAndOutput("get-foo -confirm") + "\n'Completed'",
                   .lines(["1", "Completed"])),
        PesterCase(file, "confirmimpact support: none: get-foo", shouldProcessFoo("none") + "get-foo", .lines(["foo action"])),
        PesterCase(file, "confirmimpact support: none: get-foo -confirm", shouldProcessFoo("none") + "get-foo -confirm", .lines(["foo action"])),
        PesterCase(file, "confirmimpact support: low: get-foo", shouldProcessFoo("low") + "get-foo", .lines(["foo action"])),
        PesterCase(file, "confirmimpact support: low: get-foo -confirm", shouldProcessFoo("low") + errorsAndOutput("get-foo -confirm") + "\n'Completed'",
                   .lines(["1", "Completed"])),
        PesterCase(file, "confirmimpact support: Medium: get-foo", shouldProcessFoo("medium") + "get-foo", .lines(["foo action"])),
        PesterCase(file, "confirmimpact support: Medium: get-foo -confirm", shouldProcessFoo("medium") + errorsAndOutput("get-foo -confirm") + "\n'Completed'",
                   .lines(["1", "Completed"])),
        PesterCase(file, "confirmimpact support: High: get-foo", shouldProcessFoo("high") + errorsAndOutput("get-foo") + "\n'Completed'",
                   .lines(["1", "Completed"])),
        PesterCase(file, "confirmimpact support: High: get-foo -confirm", shouldProcessFoo("high") + errorsAndOutput("get-foo -confirm") + "\n'Completed'",
                   .lines(["1", "Completed"])),
        PesterCase(file, "ShouldContinue Support under the non-interactive host",
                   "function get-foo { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue('foo', 'foo action')) { write-output 'foo action' } }\n"
                   + errorsAndOutput("get-foo") + "\n'Completed'", .lines(["1", "Completed"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "erroraction Stop", .outOfScope("asserts the ActionPreferenceStopException PowerShell.EndInvoke() throws: the hosting API")),
        PesterGap(file, "Ignores progress actions on advanced script function with no variables", .notDone("Write-Progress is not a csshell cmdlet")),
        PesterGap(file, "Ignores progress actions on advanced script function with variables", .notDone("Write-Progress is not a csshell cmdlet")),
    ]
}

@Suite struct CommonParametersPesterTests {
    @Test(arguments: CommonParametersCases.all) func follows(_ c: PesterCase) { c.check() }
}
