import Testing
@testable import CsShell

/// Get-Variable and Set-Variable. Follows PowerShell's Get-Variable.Tests.ps1 and
/// Set-Variable.Tests.ps1 (test/powershell/Modules/Microsoft.PowerShell.Utility).
struct VariableCmdletTests {
    func run(_ script: String) -> ShellRun { ShellHarness.run(script) }
    func out(_ script: String) -> [String] { run(script).lines }

    // "Get-Variable of not existing variable Name should throw ItemNotFoundException"
    @Test func missingVariableIsAnError() {
        let r = run("Get-Variable -Name nonexistingVariableName; 'next'")
        #expect(r.lines == ["next"])
        #expect(r.err.contains("Cannot find a variable with the name 'nonexistingVariableName'."))
        #expect(r.err.contains("ObjectNotFound: (nonexistingVariableName:String) [Get-Variable], ItemNotFoundException"))
        #expect(r.err.contains("VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand"))
        #expect(run("Get-Variable -Name nope* ; 'no error for a wildcard'").err == "")
    }

    // "... with include and bogus exclude", "... with Description and Option", "... Globbing Name"
    @Test func getVariableByNameAndPattern() {
        #expect(out("Set-Variable newVar testing; $v = Get-Variable -Name newVar -Include newVar -Exclude bogus; $v.Name; $v.Value") == ["newVar", "testing"])
        #expect(out("Set-Variable newVar testing -Option ReadOnly -Description 'testing description'; $v = Get-Variable -Name newVar; $v.Options; $v.Description")
                == ["ReadOnly", "testing description"])
        #expect(out("Set-Variable abcaVar testing; Set-Variable bcdaVar 'another test'; Set-Variable aVarfoo wow; $v = Get-Variable -Name *aVar* -Scope local; $v.Count; $v.Name; $v.Value")
                == ["3", "abcaVar", "aVarfoo", "bcdaVar", "testing", "wow", "another test"])
        #expect(out("$var1 = 4; $var2 = 'test'; (Get-Variable -Name var*).Value; Get-Variable -Name var1 -ValueOnly; ('var1' | Get-Variable).Value")
                == ["4", "test", "4", "4"])
        #expect(out("$var1 = 4; $var2 = 2; $a = Get-Variable -Include var1, var2; $a[0].Name; $a[1].Value; (Get-Variable -Exclude var1, var2).Name -contains 'var2'")
                == ["var1", "2", "False"])
        #expect(out("(Get-Variable).Name -contains '?'; (Get-Variable).Name -contains 'PWD'; (Get-Variable).Name -contains 'PID'") == ["True", "True", "True"])
    }

    /// A private variable is seen only in its own scope (SessionStateInternal.GetVariableTable includes
    /// private variables of the current scope only).
    @Test func privateVariablesAreSeenOnlyInTheirScope() {
        #expect(out("Set-Variable pv testing -Option Private; (Get-Variable -Name pv).Value") == ["testing"])
        #expect(run("Set-Variable pv testing -Option Private; & { Get-Variable -Name pv }").err.contains("VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand"))
    }

    // "Scope Tests"
    @Test func scopes() {
        #expect(out("Set-Variable globalVar -Value 1 -Scope global -Force; (Get-Variable -Name globalVar -Scope global).Value") == ["1"])
        #expect(run("& { Get-Variable -Name globalVar -Scope local }; 'x'", ).lines == ["x"])
        #expect(run("$globalVar = 1; & { Get-Variable -Name globalVar -Scope local }").err.contains("VariableNotFound"))
        #expect(out("$g = 1; & { Set-Variable g 2; $g; (Get-Variable g -Scope 1).Value }; $g") == ["2", "1", "1"])
        #expect(out("$g = 1; & { Set-Variable g 2 -Scope 1 }; $g; & { Set-Variable s 3 -Scope script }; $s") == ["2", "3"])
        #expect(run("Get-Variable -Scope 7").err.contains("The scope number '7' exceeds the number of active scopes."))
    }

    // Set-Variable.Tests.ps1: by position, the set and sv aliases, -Value, piped input, -PassThru.
    @Test func setVariable() {
        #expect(out("Set-Variable foo bar; $v = Get-Variable -Name foo; $v.Name; $v.Value; $v.Options; [string]::IsNullOrEmpty($v.Description)")
                == ["foo", "bar", "None", "True"])
        #expect(out("set testVar -Value 1; $testVar; sv testVar -Value 2; $testVar; Set-Variable testVar; $testVar") == ["1", "2", "2"])
        #expect(out("'piped input' | Set-Variable -Name testVar; $testVar; 1, 2, 3 | Set-Variable -Name many; $many.Count") == ["piped input", "3"])
        #expect(out("(Set-Variable -Name testVar -Value test -Description 'test description' -PassThru | Format-List -Property Description | Out-String).Trim()")
                == ["Description : test description"])
        #expect(out("Set-Variable foo bar; Set-Variable -Name foo -Description 'new description' -PassThru:$true -Scope local | % Value; (Get-Variable foo).Description")
                == ["bar", "new description"])
        #expect(out("Set-Variable foo bar; Set-Variable -Name foo $null -Description d; $null -eq $foo") == ["True"])
    }

    // "Set-Variable normal variable Name with position should works" (wildcards, -Include, -Exclude);
    // "Set-Variable with Exclude, then Get-Variable it should throw ItemNotFoundException"
    @Test func setVariableWildcardsIncludeExclude() {
        #expect(out("Set-Variable abcaVar bar; Set-Variable bcdaVar anotherVal; Set-Variable aVarfoo bogusval; Set-Variable -Name '*aV*' -Value overwrite -Include '*Var*' -Exclude 'bcd*'; (Get-Variable -Name '*aVar*').Value")
                == ["overwrite", "overwrite", "anotherVal"])
        #expect(run("Set-Variable -Name foo1, foo2 hello -Exclude foo2; $foo1; Get-Variable -Name foo2").err.contains("VariableNotFound"))
    }

    // Read-only and constant variables; private and ReadOnly options together.
    @Test func readOnlyAndConstant() {
        let constant = run("Set-Variable -Name abcaVar bar -Option Constant; Set-Variable -Name abcaVar new; $abcaVar")
        #expect(constant.lines == ["bar"])
        #expect(constant.err.contains("Cannot overwrite variable abcaVar because it is read-only or constant."))
        #expect(constant.err.contains("VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand"))
        #expect(run("Set-Variable ro 1 -Option ReadOnly; $ro = 2").err.contains("Cannot overwrite variable ro because it is read-only or constant."))
        #expect(out("Set-Variable ro 1 -Option ReadOnly; Set-Variable ro 2 -Force; $ro; (Get-Variable ro).Options") == ["2", "ReadOnly"])
        #expect(out("Set-Variable foo bar -Description d -Option ReadOnly -Scope private; (Get-Variable foo).Options") == ["ReadOnly, Private"])
        #expect(out("Set-Variable p1 1 -Option ReadOnly, AllScope; (Get-Variable p1).Options") == ["ReadOnly, AllScope"])
        #expect(run("Set-Variable x 1; Set-Variable x 2 -Option Constant").err.contains("Existing variable x cannot be made constant. Variables can be made constant only at creation time."))
    }

    // "Set-Variable -Append tests"; "Can use set-variable via streaming and append values"
    @Test func append() {
        #expect(out("Set-Variable -Name testVar -Value 1; Set-Variable -Name testVar -Value 2 -Append; $v = Get-Variable testVar -Value; $v.Count; $v[0]; $v[1]")
                == ["2", "1", "2"])
        #expect(out("$testVar = 1; 4..6 | Set-Variable -Name testVar -Append; $testVar -join ','") == ["1,4,5,6"])
        #expect(run("Set-Variable a, b 1 -Append").err.contains("SetVariableAppend"))
    }

    @Test func whatIf() {
        #expect(out("Set-Variable w 1 -WhatIf; $null -eq $w") == ["What if: Performing the operation \"Set variable\" on target \"Name: w Value: 1\".", "True"])
    }
}
