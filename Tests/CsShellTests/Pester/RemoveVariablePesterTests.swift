import Testing

/// Remove-Variable.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream's Its run in a
/// scope of their own, and the script blocks they give `Should -Throw` run in a child scope of it;
/// here the case is a script block (`& { }`) and those blocks are child script blocks.
enum RemoveVariableCases {
    static let file = "Remove-Variable.Tests.ps1"

    static let all: [PesterCase] = [
        // Describe "Remove-Variable"
        PesterCase(file, "Should throw an error when a dollar sign is used in the variable name place",
                   "& { New-Variable -Name var1 -Value 4; Remove-Variable $var1 -ErrorAction SilentlyContinue -ErrorVariable err; $err.FullyQualifiedErrorId }",
                   .lines(["VariableNotFound,Microsoft.PowerShell.Commands.RemoveVariableCommand"])),
        PesterCase(file, "Should not throw error when used without the Name field, and named variable is properly specified and exists",
                   "& { New-Variable -Name var1 -Value 4; Remove-Variable var1; $null -eq $var1 }", .isTrue),
        PesterCase(file, "Should not throw error when used with the Name field, and named variable is specified and exists",
                   "& { New-Variable -Name var1 -Value 2; Remove-Variable -Name var1; $null -eq $var1 }", .isTrue),
        PesterCase(file, "Should throw error when used with Name field, and named variable does not exist",
                   "& { Remove-Variable -Name nonexistentVariable -ErrorAction Stop }", .throwsErrorId("VariableNotFound")),
        PesterCase(file, "Should be able to remove a set of variables using wildcard characters",
                   #"& { New-Variable tmpvar1 -Value "tempvalue"; New-Variable tmpvar2 -Value 2; New-Variable tmpmyvar1 -Value 234; "$tmpvar1|$tmpvar2|$tmpmyvar1"; Remove-Variable -Name tmp*; ($null -eq $tmpvar1) -and ($null -eq $tmpvar2) -and ($null -eq $tmpmyvar1) }"#,
                   .lines(["tempvalue|2|234", "True"])),
        PesterCase(file, "Should be able to exclude a set of variables to remove using the Exclude switch",
                   #"& { New-Variable tmpvar1 -Value "tempvalue"; New-Variable tmpvar2 -Value 2; New-Variable tmpmyvar1 -Value 234; "$tmpvar1|$tmpvar2|$tmpmyvar1"; Remove-Variable -Name tmp* -Exclude *my*; ($null -eq $tmpvar1) -and ($null -eq $tmpvar2); $tmpmyvar1 }"#,
                   .lines(["tempvalue|2|234", "True", "234"])),
        PesterCase(file, "Should be able to include a set of variables to remove using the Include switch",
                   #"& { New-Variable tmpvar1 -Value "tempvalue"; New-Variable tmpvar2 -Value 2; New-Variable tmpmyvar1 -Value 234; New-Variable thevar -Value 1; "$tmpvar1|$tmpvar2|$tmpmyvar1|$thevar"; Remove-Variable -Name tmp* -Include *my*; "$tmpvar1|$tmpvar2|$($null -eq $tmpmyvar1)|$thevar" }"#,
                   .lines(["tempvalue|2|234|1", "tempvalue|2|True|1"])),
        PesterCase(file, "Should throw an error when attempting to remove a read-only variable and the Force switch is not used",
                   "& { New-Variable -Name var1 -Value 2 -Option ReadOnly; try { Remove-Variable -Name var1 -ErrorAction Stop; 'removed' } catch { $_.FullyQualifiedErrorId }; $var1; Remove-Variable -Name var1 -Force }",
                   .lines(["VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand", "2"])),
        PesterCase(file, "Should not throw an error when attempting to remove a read-only variable and the Force switch is used",
                   "& { New-Variable -Name var1 -Value 2 -Option ReadOnly; Remove-Variable -Name var1 -Force; $null -eq $var1 }", .isTrue),
        // Context "Scope Tests"
        PesterCase(file, "Should be able to remove a global variable using the global switch",
                   #"& { New-Variable -Name var1 -Value "context" -Scope global; Remove-Variable -Name var1 -Scope global; $null -eq $var1 }"#, .isTrue),
        PesterCase(file, "Should not be able to clear a global variable using the local switch",
                   #"& { New-Variable -Name var1 -Value "context" -Scope global; try { & { Remove-Variable -Name var1 -Scope local -ErrorAction Stop }; 'removed' } catch { 'threw' }; $var1; Remove-Variable -Name var1 -Scope global; $null -eq $var1 }"#,
                   .lines(["threw", "context", "True"])),
        PesterCase(file, "Should not be able to clear a global variable using the script switch",
                   #"& { New-Variable -Name var1 -Value "context" -Scope global; try { & { Remove-Variable -Name var1 -Scope local -ErrorAction Stop }; 'removed' } catch { 'threw' }; $var1; Remove-Variable -Name var1 -Scope global; $null -eq $var1 }"#,
                   .lines(["threw", "context", "True"])),
        PesterCase(file, "Should be able to remove an item locally using the local switch",
                   #"& { New-Variable -Name var1 -Value "context" -Scope local; try { & { Remove-Variable -Name var1 -Scope local -ErrorAction Stop }; 'removed' } catch { 'threw' }; $var1 }"#,
                   .lines(["threw", "context"])),
        PesterCase(file, "Should be able to remove an item locally using the global switch",
                   #"& { New-Variable -Name var1 -Value "context" -Scope local; try { & { Remove-Variable -Name var1 -Scope global -ErrorAction Stop }; 'removed' } catch { 'threw' }; $var1; Remove-Variable -Name var1 -Scope local; $null -eq $var1 }"#,
                   .lines(["threw", "context", "True"])),
        PesterCase(file, "Should be able to remove a local variable using the script scope switch",
                   #"& { New-Variable -Name var1 -Value "context" -Scope local; try { & { Remove-Variable -Name var1 -Scope script -ErrorAction Stop }; 'removed' } catch { 'threw' }; $var1; Remove-Variable -Name var1 -Scope local; $null -eq $var1 }"#,
                   .lines(["threw", "context", "True"])),
        PesterCase(file, "Should be able to remove a script variable created using the script switch",
                   #"& { New-Variable -Name var1 -Value "context" -Scope script; & { Remove-Variable -Name var1 -Scope script }; $null -eq $var1 }"#, .isTrue),
        PesterCase(file, "Should not be able to remove a global script variable that was created using the script scope switch",
                   #"& { New-Variable -Name var1 -Value "context" -Scope script; try { & { Remove-Variable -Name var1 -Scope global -ErrorAction Stop }; 'removed' } catch { 'threw' }; $var1 }"#,
                   .lines(["threw", "context"])),
        // Describe "Remove-Variable basic functionality"
        PesterCase(file, "Remove-Variable variable should works",
                   "& { New-Variable foo bar; Remove-Variable foo; $var1 = Get-Variable -Name foo -EA SilentlyContinue; $null -eq $var1 }", .isTrue),
        PesterCase(file, "Remove-Variable Constant variable should throw SessionStateUnauthorizedAccessException",
                   #"& { New-Variable foo bar -Option Constant; try { Remove-Variable foo -EA Stop; 'Execution OK' } catch { "$($_.CategoryInfo)" -match 'SessionStateUnauthorizedAccessException'; $_.FullyQualifiedErrorId } }"#,
                   .lines(["True", "VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand"])),
        PesterCase(file, "Remove-Variable ReadOnly variable should throw SessionStateUnauthorizedAccessException and force remove should work",
                   #"& { New-Variable foo bar -Option ReadOnly; try { Remove-Variable foo -EA Stop; 'Execution OK' } catch { "$($_.CategoryInfo)" -match 'SessionStateUnauthorizedAccessException'; $_.FullyQualifiedErrorId }; Remove-Variable foo -Force; $null -eq (Get-Variable -Name foo -EA SilentlyContinue) }"#,
                   .lines(["True", "VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand", "True"])),
        PesterCase(file, "Remove-Variable Constant variable should throw SessionStateUnauthorizedAccessException and force remove should also throw exception",
                   #"& { New-Variable foo bar -Option Constant; foreach ($force in $false, $true) { try { Remove-Variable foo -Force:$force -EA Stop; 'Execution OK' } catch { "$($_.CategoryInfo)" -match 'SessionStateUnauthorizedAccessException'; $_.FullyQualifiedErrorId } } }"#,
                   .lines(["True", "VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand", "True", "VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand"])),
        PesterCase(file, "Remove-Variable variable in new scope should works and Get-Variable with different scope should have different result",
                   #"& { New-Variable foo bar; & { Clear-Variable foo; Remove-Variable foo; try { Get-Variable -Name foo -Scope local -EA Stop; 'Execution OK' } catch { "$($_.CategoryInfo)" -match 'ItemNotFoundException'; $_.FullyQualifiedErrorId } }; $var1 = Get-Variable -Name foo; '{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, ($var1.Description -eq '') }"#,
                   .lines(["True", "VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand", "foo|bar|None|True"])),
    ]
}

@Suite struct RemoveVariablePesterTests {
    @Test(arguments: RemoveVariableCases.all) func follows(_ c: PesterCase) { c.check() }
}
