import Testing

/// Get-Variable.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream's Its run in a
/// scope of their own; each case here runs in a script block (`& { }`) for the same reason.
enum GetVariableCases {
    static let file = "Get-Variable.Tests.ps1"

    static let all: [PesterCase] = [
        // Describe "Get-Variable DRT Unit Tests"
        PesterCase(file, "Get-Variable of not existing variable Name should throw ItemNotFoundException",
                   "& { Get-Variable -ErrorAction Stop -Name nonexistingVariableName }", .throwsErrorId("VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand")),
        PesterCase(file, "Get-Variable of existing variable Name with include and bogus exclude should work",
                   "& { Set-Variable newVar testing; $var1 = Get-Variable -Name newVar -Include newVar -Exclude bogus; $var1.Name; $var1.Value }", .lines(["newVar", "testing"])),
        PesterCase(file, "Get-Variable of existing variable Name with Description and Option should work",
                   "& { Set-Variable newVar testing -Option ReadOnly -Description 'testing description'; $var1 = Get-Variable -Name newVar; $var1.Name; $var1.Value; [string]$var1.Options; $var1.Description }",
                   .lines(["newVar", "testing", "ReadOnly", "testing description"])),
        PesterCase(file, "Get-Variable of existing variable Globbing Name should work",
                   "& { Set-Variable abcaVar testing; Set-Variable bcdaVar 'another test'; Set-Variable aVarfoo wow; $var1 = Get-Variable -Name *aVar* -Scope local; $var1.Count; $var1 | ForEach-Object { $_.Name + '=' + $_.Value } }",
                   .lines(["3", "abcaVar=testing", "aVarfoo=wow", "bcdaVar=another test"])),
        // Describe "Get-Variable"
        PesterCase(file, "Should be able to call with no parameters without error", "& { $null = Get-Variable }", .noError),
        PesterCase(file, "Should return the value of an object", "& { New-Variable -Name tempVar -Value 1; (Get-Variable tempVar).Value }", .lines(["1"])),
        PesterCase(file, "Should be able to call using the Name switch",
                   "& { New-Variable -Name var1 -Value 4; $null = Get-Variable -Name var1; (Get-Variable -Name var1).Value; Remove-Variable var1 }", .lines(["4"])),
        PesterCase(file, "Should be able to use wildcard characters in the Name field",
                   "& { New-Variable -Name var1 -Value 4; New-Variable -Name var2 -Value 'test'; (Get-Variable -Name var*).Value[0]; (Get-Variable -Name var*).Value[1]; Remove-Variable var1; Remove-Variable var2 }",
                   .lines(["4", "test"])),
        PesterCase(file, "Should return only the value if the value switch is used",
                   "& { New-Variable -Name var1 -Value 4; Get-Variable -Name var1 -ValueOnly; Remove-Variable var1 }", .lines(["4"])),
        PesterCase(file, "Should pipe string to the name field without the Name field being specified",
                   "& { New-Variable -Name var1 -Value 3; ('var1' | Get-Variable).Value; Remove-Variable var1 }", .lines(["3"])),
        PesterCase(file, "Should be able to include a set of variables to get",
                   "& { New-Variable -Name var1 -Value 4; New-Variable -Name var2 -Value 2; $actual = Get-Variable -Include var1, var2; $actual[0].Name; $actual[1].Name; $actual[0].Value; $actual[1].Value; Remove-Variable var1; Remove-Variable var2 }",
                   .lines(["var1", "var2", "4", "2"])),
        PesterCase(file, "Should be able to exclude a set of variables to get",
                   "& { New-Variable -Name var1 -Value 4; New-Variable -Name var2 -Value 2; New-Variable -Name var3 -Value 'test'; $actual = Get-Variable -Exclude var1, var2; $actual.Name -contains 'var3' }",
                   .isTrue),
        PesterCase(file, "Should be able to get a global scope variable using the global switch",
                   "& { New-Variable globalVar -Value 1 -Scope global -Force; (Get-Variable -Name globalVar -Scope global).Value }", .lines(["1"])),
        PesterCase(file, "Should not be able to clear a global scope variable using the local switch",
                   "& { New-Variable globalVar -Value 1 -Scope global -Force; Get-Variable -Name globalVar -Scope local -ErrorAction Stop }",
                   .throwsErrorId("VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand")),
        // Upstream writes the script-scope variable inside a script block it never runs.
        PesterCase(file, "Should be able to get a global variable when there's one in the script scope",
                   "& { New-Variable globalVar -Value 1 -Scope global -Force; $null = { New-Variable globalVar -Value 2 -Scope script -Force }; (Get-Variable -Name globalVar).Value }", .lines(["1"])),
        PesterCase(file, "Should be able to get an item locally using the local switch",
                   "& { New-Variable localVar -Value 1 -Scope local -Force; $null = Get-Variable -Name localVar -Scope local }", .noError),
        PesterCase(file, "Should be able to get a variable created in the global scope when there's one in local scope",
                   "& { New-Variable localVar -Value 1 -Scope local -Force; New-Variable localVar -Value 2 -Scope global -Force; (Get-Variable -Name localVar -Scope global).Value }", .lines(["2"])),
        PesterCase(file, "Should be able to get a script variable created using the script switch",
                   "& { New-Variable scriptVar -Value 1 -Scope script -Force; $null = Get-Variable -Name scriptVar -Scope script }", .noError),
        PesterCase(file, "Should be able to clear a global script variable that was created using the script scope switch",
                   "& { New-Variable scriptVar -Value 1 -Scope script -Force; $null = Get-Variable -Name scriptVar -Scope script }", .noError),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Get-Variable of existing private variable Name should throw ItemNotFoundException",
                  .notDone("csshell's Get-Variable sees a variable made Private with -Option in the caller's own scope")),
        PesterGap(file, "Should return environment variables when called with no parameters", .notDone("csshell has no $Host, $$ or $^ variables")),
    ]
}

@Suite struct GetVariablePesterTests {
    @Test(arguments: GetVariableCases.all) func follows(_ c: PesterCase) { c.check() }
}
