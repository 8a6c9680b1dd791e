import Testing

/// engine/ParameterBinding/ParameterBinding.Tests.ps1 restated: advanced functions bound by the
/// binder cmdlets use (positions, Allow*, Booleans, conversions, ShouldProcess, pipeline input,
/// declaration errors, -PipelineVariable, defaults, remaining arguments).
enum EngineParameterBindingCases {
    static let file = "engine/ParameterBinding/ParameterBinding.Tests.ps1"

    /// A script file that prints its `$Root` parameter, whose default is `$PSScriptRoot`.
    static func rootScripts(_ tag: String, _ body: String) -> String {
        "$d = \"/tmp/cs-pester-root-\(tag)-$PID\"; New-Item $d -ItemType Directory -Force | Out-Null; "
            + "\"[CmdletBinding()]`nparam (`$Root = `$PSScriptRoot)`n`\"[`$Root]`\"\" | Out-File \"$d/test1.ps1\"; "
            + "\"param (`n    [Parameter()]`n    `$Root = `$PSScriptRoot`n)`n`\"[`$Root]`\"\" | Out-File \"$d/test2.ps1\"; "
            + body + "; Remove-Item $d -Recurse"
    }

    static let all: [PesterCase] = [
        PesterCase(file, "Should throw a parameter binding exception when two parameters have the same position",
                   "function test-PositionalBinding1 { [CmdletBinding()] param([Parameter(Position = 0)] [int]$Parameter1 = 0, [Parameter(Position = 0)] [int]$Parameter2 = 0) Process { return $true } }; test-PositionalBinding1 1",
                   .throwsErrorId("AmbiguousPositionalParameterNoName,test-PositionalBinding1")),
        PesterCase(file, "a mandatory parameter can't be passed a null if it doesn't have AllowNullAttribute",
                   "function test-allownullattributes { [CmdletBinding()] param([string]$Parameter1 = 'default1', [Parameter(Mandatory = $true)] [string]$Parameter2 = 'default2', [Parameter(Mandatory = $true)] [string]$Parameter3 = 'default3', [AllowNull()] [int]$Parameter4 = 0, [AllowEmptyString()][int]$Parameter5 = 0, [Parameter(Mandatory = $true)] [int]$ShowMe = 0) Process { $Parameter1 } }; try { test-allownullattributes -Parameter2 1 -Parameter3 $null -ShowMe 1 } catch { $_.FullyQualifiedErrorId; \"$($_.CategoryInfo)\" -match 'ParameterBindingValidationException'; $_.Exception.Message -match 'Parameter3' }",
                   .lines(["ParameterArgumentValidationErrorEmptyStringNotAllowed,test-allownullattributes", "True", "True"])),
        PesterCase(file, "can't pass an argument that looks like a boolean parameter to a named string parameter",
                   "function test-namedwithboolishargument { [CmdletBinding()] param([bool] $Parameter1 = $false, [Parameter(Position = 0)] [string]$Parameter2 = '') Process { return $Parameter2 } }; try { test-namedwithboolishargument -Parameter2 -Parameter1 } catch { $_.FullyQualifiedErrorId; \"$($_.CategoryInfo)\" -match 'ParameterBindingException'; $_.Exception.Message -match 'Parameter2' }",
                   .lines(["MissingArgument,test-namedwithboolishargument", "True", "True"])),
        PesterCase(file, "Verify that a SwitchParameter's IsPresent member is false if the parameter is not specified",
                   "function test-singleswitchparameter { [CmdletBinding()] param([switch]$Parameter1) Process { return $Parameter1.IsPresent } }; (test-singleswitchparameter) -eq $false",
                   .isTrue),
        PesterCase(file, "Verify that a bool parameter returns proper value",
                   "function test-singleboolparameter { [CmdletBinding()] param([bool]$Parameter1 = $false) Process { return $Parameter1 } }; (test-singleboolparameter) -eq $false -and (test-singleboolparameter -Parameter1:1) -eq $true",
                   .isTrue),
        PesterCase(file, "Should throw a exception when passing a string that can't be parsed by Int",
                   "function test-singleintparameter { [CmdletBinding()] param([int]$Parameter1 = 0) Process { return $Parameter1 } }; try { test-singleintparameter -Parameter1 'exampleInvalidParam' } catch { $_.FullyQualifiedErrorId; \"$($_.CategoryInfo)\" -match 'ParameterBindingArgumentTransformationException'; $_.Exception.Message -match \"The input string 'exampleInvalidParam' was not in a correct format\"; $_.Exception.Message -match 'Parameter1' }",
                   .lines(["ParameterArgumentTransformationError,test-singleintparameter", "True", "True", "True"])),
        PesterCase(file, "Verify that WhatIf is available when SupportShouldProcess is true",
                   "function test-supportsshouldprocess2 { [CmdletBinding(SupportsShouldProcess = $true)] Param () Process { return 1 } }; test-supportsshouldprocess2 -Whatif",
                   .lines(["1"])),
        PesterCase(file, "Verify that ValueFromPipeline takes precedence over ValueFromPipelineByPropertyName without type coercion",
                   "function test-bindingorder2 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true, ParameterSetName = 'one')] [string]$Parameter1 = '', [Parameter(ValueFromPipelineByPropertyName = $true, ParameterSetName = 'two')] [int]$Length = 0) Process { return \"$Parameter1 - $Length\" } }; '0123' | test-bindingorder2",
                   .lines(["0123 - 0"])),
        PesterCase(file, "Verify that a dynamic parameter named WhatIf doesn't conflict if SupportsShouldProcess is false",
                   "function test-dynamicparameters3 { [CmdletBinding(SupportsShouldProcess = $false)] param([Parameter(ParameterSetName = 'one')] [int]$Parameter1 = 0, [Parameter(ParameterSetName = 'two')] [int]$Parameter2 = 0, [int]$WhatIf = 0) }; test-dynamicparameters3 -Parameter1 1",
                   .noError),
        PesterCase(file, "Verify that an int can be bound to a parameter of type Array",
                   "function test-collectionbinding1 { [CmdletBinding()] param([array]$Parameter1, [int[]]$Parameter2) Process { $result = ''; if ($null -ne $Parameter1) { $result += ' P1'; foreach ($object in $Parameter1) { $result = $result + ':' + $object.GetType().Name + ',' + $object } }; if ($null -ne $Parameter2) { $result += ' P2'; foreach ($object in $Parameter2) { $result = $result + ':' + $object.GetType().Name + ',' + $object } }; return $result.Trim() } }; test-collectionbinding1 -Parameter1 1 -Parameter2 2",
                   .lines(["P1:Int32,1 P2:Int32,2"])),
        PesterCase(file, "Verify that a dynamic parameter and an alias can't have the same name",
                   "function test-nameconflicts6 { [CmdletBinding()] param([Alias('Parameter2')] [int]$Parameter1 = 0, [int]$Parameter2 = 0) }; try { test-nameconflicts6 -Parameter2 1 } catch { $_.FullyQualifiedErrorId; \"$($_.CategoryInfo)\" -match 'MetadataException'; $_.Exception.Message -match 'Parameter1' -and $_.Exception.Message -match 'Parameter2' }",
                   .lines(["ParameterNameConflictsWithAlias", "True", "True"])),
        PesterCase(file, "PipelineVariable shouldn't cause a NullRef exception when 'DynamicParam' block is present",
                   "function DynamicParamTest { [CmdletBinding()] param() dynamicparam { } process { 'hi' } }; DynamicParamTest -PipelineVariable bar | ForEach-Object { $bar }",
                   .lines(["hi"])),
        PesterCase(file, "PipelineVariable should not cause variable-removal exception (issue #16155)",
                   "function Invoke-AddOne { param([Parameter(ValueFromPipeline)] [int]$Number) Begin { $testValue = 'prefix-' } Process { $testValue + $Number } }; (1,2,3 | Invoke-AddOne -PipelineVariable testValue | ForEach-Object { $testValue }) -join ','; try { Get-Variable -Name testValue -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }; $results = & { $test = 'str'; 1,2,3 | Invoke-AddOne -PipelineVariable test | ForEach-Object { $test }; Get-Variable test }; $results.Count; ($results[0..2] -join ',') -ceq 'prefix-1,prefix-2,prefix-3'; $results = & { Set-Variable -Name test -Value 'str'; 1,2,3 | Invoke-AddOne -PipelineVariable test | ForEach-Object { $test }; Get-Variable test }; $results.Count; ($results[0..2] -join ',') -ceq 'prefix-1,prefix-2,prefix-3'",
                   .lines(["prefix-1,prefix-2,prefix-3", "VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand", "4", "True", "4", "True"])),
        PesterCase(file, "should set the pipeline variable every time for a Script Cmdlet",
                   "function Write-PipelineVariable { [CmdletBinding()] [OutputType([int])] param([Parameter(ValueFromPipeline)] $a) begin { 1 } process { 2 } end { 3 } }; $result = 1..3 | Write-PipelineVariable -PipelineVariable pipe | Select-Object -Property @(@{ Name = 'PipelineVariableSet'; Expression = { $null -ne $pipe } }, @{ Name = 'PipelineVariable'; Expression = { $pipe } }); $result.Count; $result.PipelineVariableSet -notcontains $false; $result.PipelineVariable -join ','",
                   .lines(["5", "True", "1,2,2,2,3"])),
        PesterCase(file, "should set the pipeline variable every time for a Compiled Cmdlet",
                   "function Write-PipelineVariable { [CmdletBinding()] [OutputType([int])] param([Parameter(ValueFromPipeline)] $a) begin { 1 } process { 2 } end { 3 } }; $result = 1..3 | Write-PipelineVariable | ForEach-Object { $_ } -PipelineVariable pipe | Select-Object -Property @(@{ Name = 'PipelineVariableSet'; Expression = { $null -ne $pipe } }, @{ Name = 'PipelineVariable'; Expression = { $pipe } }); $result.Count; $result.PipelineVariableSet -notcontains $false; $result.PipelineVariable -join ','",
                   .lines(["5", "True", "1,2,2,2,3"])),
        PesterCase(file, "Test dot-source should evaluate '`$PSScriptRoot' for parameter default value",
                   rootScripts("dot", "$a = . \"$d/test1.ps1\"; $b = . \"$d/test2.ps1\"; $a -eq \"[$d]\" -and $b -eq \"[$d]\""), .isTrue),
        PesterCase(file, "Test 'powershell -File' should evaluate '`$PSScriptRoot' for parameter default value",
                   rootScripts("file", "$a = & '\(CLI.binary)' -NoProfile -File \"$d/test1.ps1\"; $b = & '\(CLI.binary)' -NoProfile -File \"$d/test2.ps1\"; $a -eq \"[$d]\" -and $b -eq \"[$d]\""),
                   .isTrue),
        PesterCase(file, "Binds properly when collections of type other than object[] are used on an advanced function",
                   "function Test-BindingFunction { param([Parameter(ValueFromRemainingArguments)] [object[]] $Parameter) return [pscustomobject] @{ ArgumentCount = $Parameter.Count; Value = $Parameter } }; $list = [Collections.Generic.List[int]](1..3); $result = Test-BindingFunction $list; $result.ArgumentCount -eq 3 -and $result.Value[0] -eq 1 -and $result.Value[1] -eq 2 -and $result.Value[2] -eq 3",
                   .isTrue),
        PesterCase(file, "Binds properly when passing an explicit array to an advanced function",
                   "function Test-BindingFunction { param([Parameter(ValueFromRemainingArguments)] [object[]] $Parameter) return [pscustomobject] @{ ArgumentCount = $Parameter.Count; Value = $Parameter } }; $result = Test-BindingFunction 1,2,3; $result.ArgumentCount -eq 3 -and $result.Value[0] -eq 1 -and $result.Value[1] -eq 2 -and $result.Value[2] -eq 3",
                   .isTrue),
        PesterCase(file, "Binds properly when passing multiple arguments to an advanced function",
                   "function Test-BindingFunction { param([Parameter(ValueFromRemainingArguments)] [object[]] $Parameter) return [pscustomobject] @{ ArgumentCount = $Parameter.Count; Value = $Parameter } }; $result = Test-BindingFunction 1 2 3; $result.ArgumentCount -eq 3 -and $result.Value[0] -eq 1 -and $result.Value[1] -eq 2 -and $result.Value[2] -eq 3",
                   .isTrue),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Verify that a ScriptBlock object can be delay-bound to a parameter of type FileInfo with pipeline input",
                  .notDone("needs Get-Item and [System.IO.FileInfo] (and delay-bound script block arguments)")),
        PesterGap(file, "Dynamic parameter is found even if globbed path does not exist",
                  .outOfScope("Copy-Item -ToSession: PowerShell remoting sessions")),
        PesterGap(file, "Binds properly when passing an explicit array to a cmdlet", .outOfScope("the cmdlet is C# compiled with Add-Type")),
        PesterGap(file, "Binds properly when passing multiple arguments to a cmdlet", .outOfScope("the cmdlet is C# compiled with Add-Type")),
        PesterGap(file, "Binds properly when collections of type other than object[] are used on a cmdlet",
                  .outOfScope("the cmdlet is C# compiled with Add-Type")),
    ]
}

@Suite struct EngineParameterBindingPesterTests {
    @Test(arguments: EngineParameterBindingCases.all) func follows(_ c: PesterCase) { c.check() }
}
