import Testing

/// Set-Variable.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream's Its run in a
/// scope of their own below the file's; each case here runs in a script block (`& { }`), so that
/// scope 1 and the script scope are scopes above it, as they are upstream.
enum SetVariableCases {
    static let file = "Set-Variable.Tests.ps1"

    /// Name, Value, Options and Description of the variable in `$var1` (or `$var1[i]`), as one line.
    static func shown(_ v: String = "$var1") -> String { #"'{0}|{1}|{2}|{3}' -f "# + "\(v).Name, \(v).Value, [string]\(v).Options, (\(v).Description -eq '')" }

    static let all: [PesterCase] = [
        // Describe "Set-Variable DRT Unit Tests"
        PesterCase(file, "Set-Variable normal variable Name should works",
                   "& { Set-Variable foo bar; $var1 = Get-Variable -Name foo; " + shown() + " }", .lines(["foo|bar|None|True"])),
        PesterCase(file, "Set-Variable normal variable Name with position should works",
                   "& { Set-Variable -Name foo bar; $var1 = Get-Variable -Name foo; " + shown() + " }", .lines(["foo|bar|None|True"])),
        PesterCase(file, "Set-Variable normal variable Name with scope should works",
                   "& { Set-Variable -Name foo -Value bar0; Set-Variable -Name foo -Value bar -Scope '1'; $var1 = Get-Variable -Name foo -Scope '1'; " + shown() +
                   "; Set-Variable -Name foo -Value newValue -Scope 'local'; $var1 = Get-Variable -Name foo -Scope 'local'; " + shown() +
                   "; Set-Variable -Name foo -Value newValue2 -Scope 'script'; $var1 = Get-Variable -Name foo -Scope 'script'; " + shown() + " }",
                   .lines(["foo|bar|None|True", "foo|newValue|None|True", "foo|newValue2|None|True"])),
        PesterCase(file, "Set-Variable normal variable Name with position should works (wildcards, -Include and -Exclude)",
                   "& { Set-Variable abcaVar bar; Set-Variable bcdaVar anotherVal; Set-Variable aVarfoo bogusval; Set-Variable -Name '*aV*' -Value 'overwrite' -Include '*Var*' -Exclude 'bcd*'; $var1 = Get-Variable -Name '*aVar*' -Scope 'local'; " +
                   shown("$var1[0]") + "; " + shown("$var1[1]") + "; " + shown("$var1[2]") + " }",
                   .lines(["abcaVar|overwrite|None|True", "aVarfoo|overwrite|None|True", "bcdaVar|anotherVal|None|True"])),
        PesterCase(file, "Set-Variable normal variable Name with Description and Value should works",
                   "& { Set-Variable foo bar; $null = Set-Variable -Name foo $null -Description 'new description' -PassThru:$true -Scope 'local'; $var1 = Get-Variable -Name foo -Scope 'local'; $var1.Name; $null -eq $var1.Value; [string]$var1.Options; $var1.Description }",
                   .lines(["foo", "True", "None", "new description"])),
        PesterCase(file, "Set-Variable normal variable Name with just Description should works",
                   "& { Set-Variable foo bar; $null = Set-Variable -Name foo -Description 'new description' -PassThru:$true -Scope 'local'; $var1 = Get-Variable -Name foo -Scope 'local'; $var1.Name; $var1.Value; [string]$var1.Options; $var1.Description }",
                   .lines(["foo", "bar", "None", "new description"])),
        PesterCase(file, "Set-Variable overwrite Constant Option should throw SessionStateUnauthorizedAccessException",
                   "& { Set-Variable -Name abcaVar bar -Option Constant -Scope 'local'; try { Set-Variable -Name abcaVar new -Scope 'local' -EA Stop; 'Execution OK' } catch { $_.FullyQualifiedErrorId } }",
                   .lines(["VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand"])),
        PesterCase(file, "Set-Variable of existing Private variable without force should throw Exception",
                   "& { Set-Variable abcaVar bar -Description 'new description' -Option Private; $var1 = Get-Variable -Name abcaVar; " + #"'{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, $var1.Description"# +
                   "; Set-Variable abcaVar other -Description 'new description'; $var1 = Get-Variable -Name abcaVar; " + #"'{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, $var1.Description }"#,
                   .lines(["abcaVar|bar|Private|new description", "abcaVar|other|Private|new description"])),
        PesterCase(file, "Set-Variable with Exclude, then Get-Variable it should throw ItemNotFoundException",
                   "& { Set-Variable -Name foo1,foo2 hello -Exclude foo2 -EA Stop; try { Get-Variable -Name foo2 -EA Stop; 'Execution OK' } catch { $_.FullyQualifiedErrorId } }",
                   .lines(["VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand"])),
        PesterCase(file, "Set-Variable of existing ReadOnly variable without force should throw Exception",
                   "& { Set-Variable abcaVar bar -Description 'new description' -Option ReadOnly; $var1 = Get-Variable -Name abcaVar; " + #"'{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, $var1.Description"# +
                   "; try { Set-Variable abcaVar -Option None -EA Stop; 'Execution OK' } catch { $_.FullyQualifiedErrorId } }",
                   .lines(["abcaVar|bar|ReadOnly|new description", "VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand"])),
        PesterCase(file, "Set-Variable of ReadOnly variable with private scope should work",
                   "& { Set-Variable foo bar -Description 'new description' -Option ReadOnly -Scope 'private'; $var1 = Get-Variable -Name foo; " + #"'{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, $var1.Description }"#,
                   .lines(["foo|bar|ReadOnly, Private|new description"])),
        PesterCase(file, "Set-Variable pipeline with Get-Variable should work",
                   "& { $footest1 = 'bar'; ${Get-Variable footest1 -valueonly|Set-Variable bootest1 -passthru}; $var1 = Get-Variable -Name footest1; " + shown() + " }",
                   .lines(["footest1|bar|None|True"])),
        // Describe "Set-Variable"
        PesterCase(file, "Should create a new variable with no parameters", "& { Set-Variable testVar }", .noError),
        PesterCase(file, "Should assign a value to a variable it has to create", "& { Set-Variable -Name testVar -Value 4; Get-Variable testVar -ValueOnly }", .lines(["4"])),
        PesterCase(file, "Should change the value of an already existing variable",
                   "& { $testVar = 1; $testVar -ne 2; Set-Variable testVar -Value 2; $testVar -eq 2 }", .lines(["True", "True"])),
        PesterCase(file, "Should be able to be called with the set alias", "& { set testVar -Value 1; $testVar }", .lines(["1"])),
        PesterCase(file, "Should be able to be called with the sv alias", "& { sv testVar -Value 2; $testVar }", .lines(["2"])),
        PesterCase(file, "Should be able to set variable name using the Name parameter", "& { Set-Variable -Name testVar -Value 1; $testVar }", .lines(["1"])),
        PesterCase(file, "Should be able to set the value of a variable by piped input",
                   "& { $testValue = 'piped input'; $testValue | Set-Variable -Name testVar; $testVar -eq $testValue }", .isTrue),
        PesterCase(file, "Should be able to pipe object properties to output using the PassThru switch",
                   "& { $in = Set-Variable -Name testVar -Value 'test' -Description 'test description' -PassThru; $output = $in | Format-List -Property Description | Out-String; $output.Trim() }",
                   .lines(["Description : test description"])),
        PesterCase(file, "Should be able to set the value using the value switch",
                   "& { Set-Variable -Name testVar -Value 4; $testVar; Set-Variable -Name testVar -Value 'test'; $testVar }", .lines(["4", "test"])),
        // Context "Scope Tests"
        PesterCase(file, "Should be able to set a global scope variable using the global switch", "& { Set-Variable globalVar -Value 1 -Scope global -Force }", .noError),
        PesterCase(file, "Should be able to set a global variable using the script scope switch", "& { Set-Variable globalVar -Value 1 -Scope script -Force }", .noError),
        PesterCase(file, "Should be able to set an item locally using the local switch", "& { Set-Variable globalVar -Value 1 -Scope local -Force }", .noError),
        // Context "Set-Variable -Append tests"
        PesterCase(file, "Can append values 2 to a variable",
                   "& { $variableName = 'testVar'; Set-Variable -Name $variableName -Value 1; Set-Variable -Name $variableName -Value 2 -Append; $observedValues = Get-Variable $variableName -Value; $observedValues.Count; $observedValues[0]; $observedValues[1] }",
                   .lines(["2", "1", "2"])),
        PesterCase(file, "Can use set-variable via streaming and append values",
                   "& { $testVar = 1; 4..6 | Set-Variable -Name testVar -Append; $testVar -join ',' }", .lines(["1,4,5,6"])),
    ]
}

@Suite struct SetVariablePesterTests {
    @Test(arguments: SetVariableCases.all) func follows(_ c: PesterCase) { c.check() }
}
