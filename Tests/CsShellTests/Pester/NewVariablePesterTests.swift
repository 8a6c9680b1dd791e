import Testing

/// New-Variable.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream's Its run in a
/// scope of their own; each case here runs in a script block (`& { }`) for the same reason.
enum NewVariableCases {
    static let file = "New-Variable.Tests.ps1"

    static let all: [PesterCase] = [
        // Describe "New-Variable DRT Unit Tests"
        PesterCase(file, "New-Variable variable with description should works",
                   #"& { New-Variable foo bar -description "my description"; $var1 = Get-Variable -Name foo; '{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, $var1.Description }"#,
                   .lines(["foo|bar|None|my description"])),
        PesterCase(file, "New-Variable variable with option should works",
                   #"& { New-Variable foo bar -option Constant; $var1 = Get-Variable -Name foo; '{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, ($var1.Description -eq '') }"#,
                   .lines(["foo|bar|Constant|True"])),
        PesterCase(file, "New-Variable variable twice should throw Exception",
                   #"& { New-Variable foo bogus; try { New-Variable foo bar -EA Stop; 'Execution OK' } catch { "$($_.CategoryInfo)" -match 'SessionStateException'; $_.FullyQualifiedErrorId }; $null = New-Variable foo bar -Force -PassThru; $var1 = Get-Variable -Name foo; '{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, ($var1.Description -eq '') }"#,
                   .lines(["True", "VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand", "foo|bar|None|True"])),
        PesterCase(file, "New-Variable ReadOnly variable twice should throw Exception",
                   #"& { New-Variable foo bogus -option ReadOnly; try { New-Variable foo bar -EA Stop; 'Execution OK' } catch { "$($_.CategoryInfo)" -match 'SessionStateException'; $_.FullyQualifiedErrorId }; $null = New-Variable foo bar -Force -PassThru; $var1 = Get-Variable -Name foo; '{0}|{1}|{2}|{3}' -f $var1.Name, $var1.Value, [string]$var1.Options, ($var1.Description -eq '') }"#,
                   .lines(["True", "VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand", "foo|bar|None|True"])),
        // Describe "New-Variable"
        PesterCase(file, "Should create a new variable with no parameters", "& { New-Variable var1 }", .noError),
        PesterCase(file, "Should be able to set variable name using the Name parameter", "& { New-Variable -Name var1 }", .noError),
        PesterCase(file, "Should be able to assign a value to a variable using the value switch", "& { New-Variable var1 -Value 4; $var1 }", .lines(["4"])),
        PesterCase(file, "Should be able to assign a value to a new variable without using the value switch", #"& { New-Variable var1 "test"; $var1 }"#, .lines(["test"])),
        PesterCase(file, "Should assign a description to a new variable using the description switch",
                   #"& { New-Variable var1 100 -Description "Test Description"; (Get-Variable var1).Description }"#, .lines(["Test Description"])),
        PesterCase(file, "Should not be able to set the name of a new variable to that of an old variable within same scope when the Force switch is missing",
                   "& { New-Variable var1; New-Variable var1 -ErrorAction SilentlyContinue -ErrorVariable newWhenExists; $newWhenExists.FullyQualifiedErrorId }",
                   .lines(["VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand"])),
        PesterCase(file, "Should change the value of an already existing variable using the Force switch",
                   "& { New-Variable var1 -Value 1; $var1; New-Variable var1 -Value 2 -Force; $var1 }", .lines(["1", "2"])),
        PesterCase(file, "Should be able to set the value of a variable by piped input", #"& { $in = "value"; $in | New-Variable -Name var1; $var1 -eq $in }"#, .isTrue),
        PesterCase(file, "Should be able to pipe object properties to output using the PassThru switch",
                   #"& { $in = Set-Variable -Name testVar -Value "test" -Description "test description" -PassThru; $in.Description }"#, .lines(["test description"])),
        PesterCase(file, "Should be able to set the value using the value switch", "& { New-Variable -Name var1 -Value 2; $var1 }", .lines(["2"])),
        // Context "Option tests"
        PesterCase(file, "Should be able to use the options switch without error", "& { New-Variable -Name var1 -Value 2 -Option Unspecified }", .noError),
        PesterCase(file, "Should default to none as the value for options", "& { [string](new-variable -name var2 -value 4 -passthru).Options }", .lines(["None"])),
        PesterCase(file, "Should be able to set ReadOnly option", "& { New-Variable -Name var1 -Value 2 -Option ReadOnly }", .noError),
        PesterCase(file, "Should not be able to change variable created using the ReadOnly option when the Force switch is not used",
                   "& { New-Variable -Name var1 -Value 1 -Option ReadOnly; Set-Variable -Name var1 -Value 2 -ErrorAction SilentlyContinue; $var1 -ne 2 }", .isTrue),
        PesterCase(file, "Should be able to set a new variable to constant", "& { New-Variable -Name var1 -Option Constant }", .noError),
        PesterCase(file, "Should not be able to change an existing variable to constant",
                   "& { $null = New-Variable -Name var1 -Value 1 -PassThru; Set-Variable -Name var1 -Option Constant -ErrorAction SilentlyContinue; [string](Get-Variable var1).Options }",
                   .lines(["None"])),
        PesterCase(file, "Should not be able to delete a constant variable",
                   "& { New-Variable -Name var1 -Value 2 -Option Constant; Remove-Variable -Name var1 -ErrorAction SilentlyContinue; $var1 }", .lines(["2"])),
        PesterCase(file, "Should not be able to change a constant variable",
                   "& { New-Variable -Name var1 -Value 1 -Option Constant; Set-Variable -Name var1 -Value 2 -ErrorAction SilentlyContinue; $var1 -ne 2 }", .isTrue),
        PesterCase(file, "Should be able to create a variable as private without error", "& { New-Variable -Name var1 -Option Private }", .noError),
        PesterCase(file, "Should be able to see the value of a private variable when within scope", "& { New-Variable -Name var1 -Value 100 -Option Private; $var1 }", .lines(["100"])),
        // Upstream creates it in a script block that Should runs (a child scope) and then reads $var1.
        PesterCase(file, "Should not be able to see the value of a private variable when out of scope",
                   "& { & { New-Variable -Name var1 -Value 1 -Option Private }; $null -eq $var1 }", .isTrue),
        PesterCase(file, "Should be able to use the AllScope switch without error", "& { New-Variable -Name var1 -Option AllScope }", .noError),
        PesterCase(file, "Should be able to see variable created using the AllScope switch in a child scope",
                   "& { New-Variable -Name var1 -Value 1 -Option AllScope; & { $var1 = 2 }; $var1 }", .lines(["2"])),
        // Context "Scope Tests"
        PesterCase(file, "Should be able to create a global scope variable using the global switch",
                   "& { new-variable -Scope global -name globalvar1 -value 1; get-variable -Scope global -name globalVar1 -ValueOnly }", .lines(["1"])),
        PesterCase(file, "Should be able to create a local scope variable using the local switch",
                   "& { $null -eq (Get-Variable -scope local -name localvar -ValueOnly -ea silentlycontinue); New-Variable -Scope local -Name localVar -value 10; get-variable -scope local -name localvar -ValueOnly }",
                   .lines(["True", "10"])),
        PesterCase(file, "Should be able to create a script scope variable using the script switch",
                   "& { new-variable -scope script -name scriptvar -value 100; get-variable -scope script -name scriptvar -ValueOnly }", .lines(["100"])),
    ]
}

@Suite struct NewVariablePesterTests {
    @Test(arguments: NewVariableCases.all) func follows(_ c: PesterCase) { c.check() }
}
