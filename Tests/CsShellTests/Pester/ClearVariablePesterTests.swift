import Testing

/// Clear-Variable.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream's Its run in a
/// scope of their own, and the script blocks they give `Should -Throw` in a child scope of it; here
/// the case is a script block (`& { }`) and those blocks are child script blocks.
enum ClearVariableCases {
    static let file = "Clear-Variable.Tests.ps1"

    static let shown = #"'{0}|{1}|{2}|{3}' -f $var1.Name, $(if ($null -eq $var1.Value) { '(null)' } else { $var1.Value }), [string]$var1.Options, ($var1.Description -eq '')"#
    /// Describe "Clear-Variable": BeforeEach sets $var1 = 3.
    static func cv(_ body: String) -> String { "& { $var1 = 3; " + body + " }" }

    static let all: [PesterCase] = [
        // Describe "Clear-Variable DRT Unit Tests"
        PesterCase(file, "Clear-Variable normal variable Name should works",
                   "& { Set-Variable foo bar; Clear-Variable -Name foo; $var1 = Get-Variable -Name foo; " + shown + " }", .lines(["foo|(null)|None|True"])),
        PesterCase(file, "Clear-Variable ReadOnly variable Name should throw exception and force Clear-Variable should works",
                   #"& { Set-Variable foo bar -Option ReadOnly; try { Clear-Variable -Name foo -EA Stop; 'Execution OK' } catch { "$($_.CategoryInfo)" -match 'SessionStateUnauthorizedAccessException'; $_.FullyQualifiedErrorId }; Clear-Variable -Name foo -Force; $var1 = Get-Variable -Name foo; "# + shown + " }",
                   .lines(["True", "VariableNotWritable,Microsoft.PowerShell.Commands.ClearVariableCommand", "foo|(null)|ReadOnly|True"])),
        PesterCase(file, "Clear-Variable normal variable Name with local scope should works",
                   "& { Set-Variable foo bar; & { Set-Variable foo baz; $foo; Clear-Variable -Name foo -Scope 'local'; $var1 = Get-Variable -Name foo -Scope 'local'; " + shown + " }; $var1 = Get-Variable -Name foo; " + shown + " }",
                   .lines(["baz", "foo|(null)|None|True", "foo|bar|None|True"])),
        PesterCase(file, "Clear-Variable Private variable Name should works and Get-Variable with local scope should throw exception",
                   #"& { Set-Variable foo bar -Option Private; & { try { Get-Variable -Name foo -Scope local -EA Stop; 'Execution OK' } catch { "$($_.CategoryInfo)" -match 'ItemNotFoundException'; $_.FullyQualifiedErrorId } }; $var1 = Get-Variable -Name foo; "# + shown + " }",
                   .lines(["True", "VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand", "foo|bar|Private|True"])),
        PesterCase(file, "Clear-Variable normal variable Name with local scope should works in different scope",
                   "& { Set-Variable foo bar; & { Set-Variable foo baz; Clear-Variable -Name foo -Scope 'local'; $var1 = Get-Variable -Name foo -Scope 'local'; " + shown + " }; $var1 = Get-Variable -Name foo; " + shown + "; $var1 = Get-Variable -Name foo -Scope 'local'; " + shown + " }",
                   .lines(["foo|(null)|None|True", "foo|bar|None|True", "foo|bar|None|True"])),
        // Describe "Clear-Variable"
        PesterCase(file, "Should be able to clear a variable using the Name switch",
                   cv("Clear-Variable -Name var1; $null -eq $var1; $null = Get-Variable var1"), .isTrue),
        PesterCase(file, "Should be able to clear a variable without using the Name switch",
                   cv("Clear-Variable var1; $null -eq $var1; $null = Get-Variable var1"), .isTrue),
        PesterCase(file, "Should be able to include a set of variables to clear",
                   cv(#"$var1 = 2; $var2 = 3; $var3 = 4; $variable1 = 23; $variable2 = 4; $variable3 = 2; $w = 3; Clear-Variable -Name w, vari* -Include w, vari*; "$variable1|$variable2|$variable3|$w|$var1|$var2|$var3""#),
                   .lines(["||||2|3|4"])),
        PesterCase(file, "Should be able to exclude a set of variables to clear",
                   cv(#"$var1 = 2; $var2 = 3; $var3 = 4; $variable1 = 23; $variable2 = 4; $variable3 = 2; $w = 3; Clear-Variable -Name w, vari* -Exclude var*; "$variable1|$variable2|$variable3|$var1|$var2|$var3|$w""#),
                   .lines(["23|4|2|2|3|4|"])),
        PesterCase(file, "Should be able to pass the cleared object through the pipeline using the passthru switch",
                   cv("& { Clear-Variable -Name var1 -PassThru | Format-Wide -Property Value } > $null"), .noError),
        PesterCase(file, "Should not clear environment variables",
                   #"$env:TEMPVARIABLE = "test data"; & { Clear-Variable -Name env:TEMPVARIABLE -ErrorAction Stop }"#, .throwsErrorId("VariableNotFound")),
        PesterCase(file, "Should clear variable even if it is read-only using the Force parameter",
                   cv("try { New-Variable -Name var2 -Option ReadOnly -Value 100; Clear-Variable -Name var1; Clear-Variable -Name var2 -Force; ($null -eq $var1) -and ($null -eq $var2) } finally { Remove-Variable -Name var2 -Force }"), .isTrue),
        PesterCase(file, "Should throw error when trying to clear variable that is read-only without using the Force parameter",
                   cv("New-Variable -Name var2 -Option ReadOnly -Value 100; try { Clear-Variable -Name var2 -ea stop; 'Execution OK' } catch { $_.FullyQualifiedErrorId }; $var2; Remove-Variable -Name var2 -Force"),
                   .lines(["VariableNotWritable,Microsoft.PowerShell.Commands.ClearVariableCommand", "100"])),
        // Context "Scope Tests"
        PesterCase(file, "Should be able to clear a global scope variable using the global switch",
                   cv("New-Variable globalVar -Value 1 -Scope global -Force; Clear-Variable -Name globalVar -Scope global; $null -eq $globalVar"), .isTrue),
        PesterCase(file, "Should not be able to clear a global scope variable using the local switch",
                   cv("New-Variable globalVar -Value 1 -Scope global -Force; & { Clear-Variable -Name globalVar -Scope local -ErrorAction Stop }"), .throwsErrorId("VariableNotFound")),
        PesterCase(file, "Should not be able to clear a global variable using the script scope switch",
                   cv("New-Variable globalVar -Value 1 -Scope global -Force; & { Clear-Variable -Name localVar -Scope script -ErrorAction Stop }"), .throwsErrorId("VariableNotFound")),
        PesterCase(file, "Should be able to clear an item locally using the local switch",
                   cv("New-Variable localVar -Value 2 -Scope local -Force; Clear-Variable -Name localVar -Scope local; $null -eq $localVar; try { & { Clear-Variable -Name localVar -Scope script -ErrorAction Stop }; 'cleared' } catch { 'threw' }"),
                   .lines(["True", "threw"])),
        PesterCase(file, "Should not be able to clear an item locally using the global switch",
                   cv("New-Variable localVar -Value 2 -Scope local -Force; & { Clear-Variable -Name localVar -Scope global -ErrorAction Stop }"), .throwsErrorId("VariableNotFound")),
        PesterCase(file, "Should not be able to clear a local variable using the script scope switch",
                   cv("New-Variable localVar -Value 2 -Scope local -Force; & { Clear-Variable -Name localVar -Scope script -ErrorAction Stop }"), .throwsErrorId("VariableNotFound")),
        PesterCase(file, "Should be able to clear a script variable created using the script switch",
                   cv("& { New-Variable -Name derp2 -Value 3 -Scope script -Force; Clear-Variable -Name derp2 -Scope script }"), .noError),
        PesterCase(file, "Should be able to clear a global script variable that was created using the script scope switch",
                   cv("& { New-Variable -Name derpx -Value 4 -Scope script -Force; Clear-Variable -Name derpx -Scope script }"), .noError),
    ]
}

@Suite struct ClearVariablePesterTests {
    @Test(arguments: ClearVariableCases.all) func follows(_ c: PesterCase) { c.check() }
}
