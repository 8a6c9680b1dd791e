import Testing
@testable import CsShell

/// Errors, `$?` and exit status as contract.md and powershell-language.md §3 fix them.
struct ErrorAndExitTests {
    @Test func commandNotFoundUsesPwsh7WordingAndTheScriptGoesOn() {
        let r = ShellHarness.run("Bad-Cmd; 'ok'")
        #expect(r.lines == ["ok"])
        #expect(r.err.hasPrefix("The term 'Bad-Cmd' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\nAt line:1 char:1\n+ Bad-Cmd; 'ok'\n+ ~~~~~~~\n"))
        #expect(r.err.contains("+ CategoryInfo          : ObjectNotFound: (Bad-Cmd:String) [], CommandNotFoundException"))
        #expect(r.err.contains("+ FullyQualifiedErrorId : CommandNotFoundException"))
        #expect(r.status == 1)
    }

    @Test func exitNGivesN() {
        #expect(ShellHarness.run("exit 3").status == 3)
        #expect(ShellHarness.run("Write-Error 'x'; exit 0").status == 0)
        #expect(ShellHarness.run("'a'; exit; 'b'").lines == ["a"])
    }

    @Test func throwEndsTheScriptAndStartsWithItsMessage() {
        let r = ShellHarness.run("'before'; throw 'boom'; 'after'")
        #expect(r.lines == ["before"])
        #expect(r.err.hasPrefix("boom\nAt line:1 char:11\n"))
        #expect(r.err.contains("+ CategoryInfo          : OperationStopped: (boom:String) [], RuntimeException"))
        #expect(r.err.contains("+ FullyQualifiedErrorId : boom"))
        #expect(r.status == 1)
    }

    @Test func cmdletErrorsStartWithTheCommandName() {
        let r = ShellHarness.run("Write-Error 'bad thing'")
        #expect(r.err.hasPrefix("Write-Error : bad thing\n"))
        #expect(r.err.contains("+ FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException"))
        #expect(r.status == 1)
    }

    @Test func caughtOrSilencedErrorsDoNotCount() {
        #expect(ShellHarness.run("try { throw 'x' } catch { }").status == 0)
        #expect(ShellHarness.run("Write-Error 'x' -ErrorAction SilentlyContinue").status == 0)
        #expect(ShellHarness.run("Write-Error 'x' -ErrorAction Ignore").status == 0)
        #expect(ShellHarness.run("$ErrorActionPreference = 'SilentlyContinue'; Write-Error 'x'").status == 0)
    }

    @Test func redirectedErrorsStillCount() {
        let r = ShellHarness.run("Write-Error 'x' 2>$null")
        #expect(r.err == "")
        #expect(r.status == 1)
        let merged = ShellHarness.run("$e = Write-Error 'x' 2>&1; $e.Exception.Message")
        #expect(merged.lines == ["x"])
        #expect(merged.status == 1)
    }

    @Test func dollarQuestionReflectsTheLastCommand() {
        #expect(ShellHarness.run("Write-Error 'x' -ErrorAction SilentlyContinue; $?").lines == ["False"])
        #expect(ShellHarness.run("Write-Output 1 | Out-Null2 2>$null; $?").lines == ["False"])
        #expect(ShellHarness.run("Write-Output 1; $?").lines == ["1", "True"])
    }

    @Test func bindingErrorsAreStatementTerminatingAndIgnoreErrorAction() {
        let r = ShellHarness.run("Get-Date -Bogus 1 -ErrorAction SilentlyContinue; 'next'")
        #expect(r.lines == ["next"])
        #expect(r.err.hasPrefix("Get-Date : A parameter cannot be found that matches parameter name 'Bogus'.\nAt line:1 char:10\n+ Get-Date -Bogus 1 -ErrorAction SilentlyContinue; 'next'\n+          ~~~~~~\n"))
        #expect(r.err.contains("+ CategoryInfo          : InvalidArgument: (:) [Get-Date], ParameterBindingException"))
        #expect(r.err.contains("+ FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.GetDateCommand"))
        #expect(r.status == 1)
    }

    /// An unknown parameter name goes, as its text and in the order given, to a cmdlet's
    /// ValueFromRemainingArguments parameter (Write-Output's InputObject), which positional binding
    /// skips (PowerShell's CmdletParameterBinderController.HandleRemainingArguments); one bound by
    /// name leaves the rest unbound, a positional-argument error.
    @Test func unknownNamesGoToRemainingArgumentsInOrder() {
        #expect(ShellHarness.run("Write-Output -Bogus 1").lines == ["-Bogus", "1"])
        let r = ShellHarness.run("Write-Output -InputObject 1 2; 'next'")
        #expect(r.lines == ["next"])
        #expect(r.err.contains("PositionalParameterNotFound,Microsoft.PowerShell.Commands.WriteOutputCommand"))
    }

    @Test func errorActionStopTerminatesTheScript() {
        let r = ShellHarness.run("Write-Error 'x' -ErrorAction Stop; 'after'")
        #expect(r.lines == [])
        #expect(r.status == 1)
        let p = ShellHarness.run("$ErrorActionPreference = 'Stop'; Write-Error 'x'; 'after'")
        #expect(p.lines == [])
    }

    @Test func errorListNewestFirst() {
        let r = ShellHarness.run("Write-Error 'one' 2>$null; Write-Error 'two' 2>$null; $Error[0].Exception.Message; $Error.Count")
        #expect(r.lines == ["two", "2"])
        // Each error is one object: $Error gives the same one every time, and a catch block's $_ is it.
        #expect(ShellHarness.run("Write-Error 'a' 2>$null; $Error[0] -eq $Error[0]; try { throw 'b' } catch { $_ -eq $Error[0] }").lines == ["True", "True"])
        // $Error keeps the last 256.
        #expect(ShellHarness.run("foreach ($i in 1..300) { Write-Error \"e$i\" 2>$null }; $Error.Count; \"$($Error[0])\"; \"$($Error[255])\"").lines == ["256", "e300", "e45"])
    }

    @Test func warningsGoToStderr() {
        let r = ShellHarness.run("Write-Warning 'careful'; 'x'")
        #expect(r.err == "WARNING: careful\n")
        #expect(r.lines == ["x"])
        #expect(r.status == 0)
        #expect(ShellHarness.run("Write-Warning 'quiet' -WarningAction SilentlyContinue").err == "")
        #expect(ShellHarness.run("$WarningPreference = 'SilentlyContinue'; Write-Warning 'q'").err == "")
        let wv = ShellHarness.run("Write-Warning 'w1' -WarningVariable ww 3>$null; $ww")
        #expect(wv.lines == ["w1"])
    }

    @Test func commonVariables() {
        #expect(ShellHarness.run("$a = 'a','b'; Write-Output 'foo' -OutVariable +a | Out-Null; $a -join ','").lines == ["a,b,foo"])
        #expect(ShellHarness.run("Write-Error 'e' -ErrorVariable ev 2>$null; $ev.Count").lines == ["1"])
        // -PipelineVariable: later commands in the pipeline see the command's current output object.
        #expect(ShellHarness.run("1, 2 | Write-Output -PipelineVariable n | ForEach-Object { \"$n-$($_ * 10)\" }").lines == ["1-10", "2-20"])
        #expect(ShellHarness.run("'a', 'b' | ForEach-Object -pv outer { $_.ToUpper() } | ForEach-Object { \"$outer/$_\" }").lines == ["A/A", "B/B"])
    }

    @Test func conversionErrorsInOperatorsAreReportedNotSwallowed() {
        let r = ShellHarness.run("'ab' * 9223372036854775807; 'next'")
        #expect(r.lines == ["next"])
        #expect(r.err.hasPrefix("Cannot convert value \"9223372036854775807\" to type \"System.Int32\". Error: \"Value was either too large or too small for an Int32.\""))
        #expect(r.status == 1)
    }

    @Test func parseErrorRunsNothing() {
        let r = ShellHarness.run("'first'\nWrite-Output (1 + )")
        #expect(r.lines == [])
        #expect(r.status == 1)
        #expect(r.err.contains("At line:2 char:"))
    }
}
