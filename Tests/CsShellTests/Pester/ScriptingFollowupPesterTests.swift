import Testing

/// Scripting.Followup.Tests.ps1 restated (Language/Scripting).
enum ScriptingFollowupCases {
    static let file = "Scripting.Followup.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "'[void](New-Item) | <Cmdlet>' should work and behave like passing AutomationNull to the pipe", #"""
            $testFile = "/tmp/csshell-pester-followup-$PID.txt"
            $out = [void](New-Item $testFile -ItemType File) | ForEach-Object { "YES" }
            $made = Test-Path $testFile
            Remove-Item $testFile -Force
            $null -eq $out -and $made
            """#, .isTrue),
        PesterCase(file, "'[void]`$arraylist.Add(1) | <Cmdlet>' should work and behave like passing AutomationNull to the pipe",
                   "$arraylist = [System.Collections.ArrayList]::new(); $out = [void]$arraylist.Add(1) | ForEach-Object { 'YES' }; $null -eq $out -and $arraylist.Count -eq 1 -and $arraylist[0] -eq 1",
                   .isTrue),
        PesterCase(file, "'`$arraylist2.Clear() | <Cmdlet>' should work and behave like passing AutomationNull to the pipe",
                   "$arraylist = [System.Collections.ArrayList]::new(); $arraylist.Add(1) > $null; $out = $arraylist.Clear() | ForEach-Object { 'YES' }; $null -eq $out -and $arraylist.Count -eq 0",
                   .isTrue),
        PesterCase(file, "([bool] `$var = 42) should return the varaible value",
                   "([bool]$var = 42).GetType().FullName; . { ([bool]$var = 42).GetType().FullName }", .lines(["System.Boolean", "System.Boolean"])),
        PesterCase(file, "Setting property using 'ForEach' method should work on a scalar object",
                   "$obj = [pscustomobject] @{ p = 1 }; $r = $obj.ForEach('p', 32); @($r).Count -eq 0 -and $obj.p -eq 32", .isTrue),
        PesterCase(file, "Return statement on the right side of an assignment should write the retrun value to outer pipe", #"""
            function TestFunc1 { $Global:mylhsvar = if ($true) { return "one" } }
            function TestFunc2 { $("1";return "2") }
            $Global:mylhsvar = $null
            $r1 = TestFunc1
            $r2 = TestFunc2
            $r1 -ceq "one"
            ($r2 -join ",") -eq "1,2"
            $null -eq $Global:mylhsvar
            Remove-Variable -Name mylhsvar -Scope Global
            """#, .lines(["True", "True", "True"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Non-default encoding should work in PowerShell", .notDone("[System.Text.Encoding]::GetEncoding is not provided")),
        PesterGap(file, "AutomationNull should be same as null for type conversion", .outOfScope("AutomationNull type and classes")),
        PesterGap(file, "Test the special type name 'ordered'", .outOfScope("Parser API and classes")),
        PesterGap(file, "'[NullString]::Value' should be treated as string type when resolving .NET method", .outOfScope("Add-Type (compiles C#)")),
    ]
}

@Suite struct ScriptingFollowupPesterTests {
    @Test(arguments: ScriptingFollowupCases.all) func follows(_ c: PesterCase) { c.check() }
}
