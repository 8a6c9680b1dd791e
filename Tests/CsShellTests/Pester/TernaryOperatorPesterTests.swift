import Testing

/// TernaryOperator.Tests.ps1 restated (Language/Operators): `cond ? a : b`, its precedence (looser
/// than every binary operator, right-associative, tighter than the pipeline), and its operands.
enum TernaryOperatorCases {
    static let file = "TernaryOperator.Tests.ps1"
    static let it = "Ternary expression '<Script>' should generate correct results"
    static let all: [PesterCase] = [
        PesterCase(file, "\(it): $true ? 1 : 2", "$true ? 1 : 2", .lines(["1"])),
        // `$true?` is the variable named `true?` (unset), so the condition is $null.
        PesterCase(file, "\(it): $true? ?1 :2", "$true? ?1 :2", .lines(["2"])),
        PesterCase(file, "\(it): ${true}?1:2", "${true}?1:2", .lines(["1"])),
        PesterCase(file, "\(it): 1 ? 1kb : 0xf", "1 ? 1kb : 0xf", .lines(["1024"])),
        PesterCase(file, "\(it): 0 ?1kb:0xf", "0 ?1kb:0xf", .lines(["15"])),
        PesterCase(file, "\(it): 's' ?1kb:0xf", "'s' ?1kb:0xf", .lines(["1024"])),
        PesterCase(file, "\(it): $null ?1kb:0xf", "$null ?1kb:0xf", .lines(["15"])),
        PesterCase(file, "\(it): '' ?1kb:0xf", "'' ?1kb:0xf", .lines(["15"])),
        PesterCase(file, "\(it): 1,2,3,4 ? 'Core' : 'Desktop'", "1,2,3,4 ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): @(1,2,3,4) ? 'Core' : 'Desktop'", "@(1,2,3,4) ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): @{name = 'name'} ? 'Core' : 'Desktop'", "@{name = 'name'} ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): @{name = 'name'}.name ? …", "@{name = 'name'}.name ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): @{name = 'name'}.Contains('name') ? …", "@{name = 'name'}.Contains('name') ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): (Test-Path Env:\\NonExist) ? …", "(Test-Path Env:\\NonExist) ? 'true' : 'false'", .lines(["false"])),
        PesterCase(file, "\(it): (Test-Path Env:\\PSModulePath) ? …", "$env:CSSHELL_TERNARY = 1; (Test-Path Env:\\CSSHELL_TERNARY) ? 'true' : 'false'", .lines(["true"])),
        // Upstream compares Get-Process's Id with $PID inside the subexpression; the behaviour is a
        // `$( … )` of several statements as the condition.
        PesterCase(file, "\(it): $($p = …; $p.Id -eq $PID) ? …", "$($p = @{Id = 7}; $p.Id -eq 7) ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): ($a = 1) ? 2 : 3", "($a = 1) ? 2 : 3", .lines(["2"])),
        // An assignment inside $( ) writes nothing, so the condition is empty.
        PesterCase(file, "\(it): $($a = 1) ? 2 : 3", "$($a = 1) ? 2 : 3", .lines(["3"])),
        PesterCase(file, "\(it): (Write-Warning …) ? 1 : 2", "(Write-Warning -Message warning -WarningAction SilentlyContinue) ? 1 : 2", .lines(["2"])),
        PesterCase(file, "\(it): (Write-Error …) ? 1 : 2", "(Write-Error -Message error -ErrorAction SilentlyContinue) ? 1 : 2", .lines(["2"])),
        PesterCase(file, "\(it): -not $IsCoreCLR ? 'Desktop' : 'Core'", "-not $IsCoreCLR ? 'Desktop' : 'Core'", .lines(["Core"])),
        PesterCase(file, "\(it): $PSEdition -eq 'Core' ? …", "$PSEdition -eq 'Core' ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): $IsCoreCLR -and (…).Id -eq $PID ? …", "$IsCoreCLR -and (@{Id = $PID}).Id -eq $PID ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): $IsCoreCLR -and 'pwsh' -match 'p.*h' ? …", "$IsCoreCLR -and 'pwsh' -match 'p.*h' ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): 1,2,3 -contains 2 ? …", "1,2,3 -contains 2 ? 'Core' : 'Desktop'", .lines(["Core"])),
        PesterCase(file, "\(it): nested in the true branch",
                   "$IsCoreCLR ? $false ? 'nested-if-true' : 'nested-if-false' : 'if-false'", .lines(["nested-if-false"])),
        PesterCase(file, "\(it): nested twice",
                   "$IsCoreCLR ? $false ? 'nested-if-true' : $true ? 'nested-nested-if-true' : 'nested-nested-if-false' : 'if-false'",
                   .lines(["nested-nested-if-true"])),
        // The false branch is `'Desktop' -EQ 'Core'`: the comparison binds tighter than `:`.
        PesterCase(file, "\(it): !$IsCoreCLR ? 'Core' : 'Desktop' -EQ 'Core'", "!$IsCoreCLR ? 'Core' : 'Desktop' -EQ 'Core'", .lines(["False"])),
        PesterCase(file, "\(it): ($IsCoreCLR ? 'Core' : 'Desktop') -eq 'Core'", "($IsCoreCLR ? 'Core' : 'Desktop') -eq 'Core'", .lines(["True"])),
        PesterCase(file, "Ternary expression which generates a terminating error should halt appropriately",
                   "(Write-Error -Message error -ErrorAction Stop) ? 1 : 2", .throwsErrorId("Microsoft.PowerShell.Commands.WriteErrorException")),
        PesterCase(file, "Use ternary operator in parameter default values",
                   "function testFunc { param($psExec = $IsCoreCLR ? 'pwsh' : 'powershell.exe'); $psExec }; testFunc", .lines(["pwsh"])),
        PesterCase(file, "Use ternary operator with assignments",
                   "$IsCoreCLR ? ([string]$var = 'string') : 'blah' > $null; $var = 'abc'; $var -is [string]; $var",
                   .lines(["True", "abc"])),
        PesterCase(file, "Use ternary operator in pipeline",
                   "$result = $IsCoreCLR ? 'Core' : 'Desktop' | ForEach-Object { $_ + '-Pipe' }; $result", .lines(["Core-Pipe"])),
        PesterCase(file, "Return script block from ternary expression",
                   "$result = ${IsCoreCLR}?{'Core'}:{'Desktop'}; $result -is [scriptblock]; & $result", .lines(["True", "Core"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Tab completion for variables assigned with ternary expression should work as expected",
                  .notDone("TabExpansion2 is not provided, and completion does not infer a variable's type from its assignment")),
    ]
}

@Suite struct TernaryOperatorPesterTests {
    @Test(arguments: TernaryOperatorCases.all) func follows(_ c: PesterCase) { c.check() }
}
