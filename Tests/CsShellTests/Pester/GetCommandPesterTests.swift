import Testing

/// Modules/Microsoft.PowerShell.Core/Get-Command.Tests.ps1 restated: Get-Command on script files,
/// piped CommandInfo objects, -ExcludeModule. (The file's other cases are about dynamic parameters.)
enum CoreGetCommandCases {
    static let file = "Core/Get-Command.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Test Script Lookup Positive Script Info", #"""
            $fullPath = "/tmp/csshell-pester-gcm-$PID-mytempfile.ps1"
            "`$a = dir" > $fullPath
            $results = Get-Command $fullPath
            Remove-Item $fullPath
            $results.Name -ceq "csshell-pester-gcm-$PID-mytempfile.ps1" -and $results.Definition -ceq $fullPath
            """#, .isTrue),
        // Upstream pipes Add-Content and Get-Content, csshell has no Add-Content: two other cmdlets.
        PesterCase(file, "Piping more than one CommandInfo works",
                   "$result = Get-Command -Name Get-Content, Get-Help | Get-Command; $result.Count; $result.Name", .lines(["2", "Get-Content", "Get-Help"])),
        // Upstream only looks at the result (an error may be written): the error is discarded here.
        PesterCase(file, "Excluding modules works",
                   "$result = Get-Command -Name Get-Command -ExcludeModule Microsoft.PowerShell.Core -ErrorAction SilentlyContinue; $null -eq $result", .isTrue),
    ]
    static let dynamic = "dynamicparam blocks and provider dynamic parameters are not exposed through Get-Command -ArgumentList / -Path"
    static let gaps: [PesterGap] = [
        PesterGap(file, "Verify that Get-Command Get-Content includes the dynamic parameters when the cmdlet is checked against the file system provider implementation", .notDone(dynamic)),
        PesterGap(file, "Verify that Get-Command Get-Content doesn't have any dynamic parameters for Function provider", .notDone(dynamic)),
        PesterGap(file, "Verify that the specified dynamic parameter exists in the CmdletInfo result returned", .notDone(dynamic)),
        PesterGap(file, "Verify three dynamic parameters are created properly", .notDone(dynamic)),
        PesterGap(file, "Verify a single cmdlet returned using verb and noun parameter set syntax works properly", .notDone(dynamic)),
        PesterGap(file, "Verify Single Cmdlet Using Verb&Noun ParameterSet", .notDone(dynamic)),
        PesterGap(file, "Verify Single Cmdlet Using Verb&Noun ParameterSet With Usage", .notDone(dynamic)),
        PesterGap(file, "Two dynamic parameters are created properly", .notDone(dynamic)),
        PesterGap(file, "Throw an Exception when set TestToRun to 'returnduplicateparameter'", .notDone(dynamic)),
        PesterGap(file, "It works with Single Cmdlet Using Verb&Noun ParameterSet", .notDone(dynamic)),
        PesterGap(file, "Get-Command should resolve relative path in PATH env var based on user's current working directory",
                  .notDone("Set-Location is not provided, and scripts are not looked up on PATH")),
        PesterGap(file, "Verify dynamic parameter type is process", .outOfScope("System.Diagnostics.Process parameter type")),
        PesterGap(file, "verify if get the proper dynamic parameter type skipped by issue #1430", .outOfScope("-Pending upstream")),
        PesterGap(file, "[Unsupported]It works with Single Cmdlet Using Verb&Noun ParameterSet With Synopsis", .outOfScope("-Pending upstream")),
    ]
}

/// Modules/Microsoft.PowerShell.Utility/Get-Command.Tests.ps1 restated: -Syntax for aliases and
/// wildcards, AliasInfo, name validation, abbreviations that find nothing.
enum UtilityGetCommandCases {
    static let file = "Utility/Get-Command.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Should match cmdlets",
                   "$cmds = Get-Command get-hlp -UseFuzzyMatch; $cmds.Count -gt 0 -and $cmds[0].Name -ceq 'Get-Help' -and $cmds[0].Score -eq 1", .isTrue),
        PesterCase(file, "Should use minimum distance",
                   "$cmds = Get-Command get-hlp -UseFuzzyMatch -FuzzyMinimumDistance 3; $cmds.Count -gt 0 -and @($cmds | Where-Object { $_.Score -gt 3 }).Count -eq 0", .isTrue),
        PesterCase(file, "Non-existing cmdlets returns non-terminating error",
                   "Get-Command g-adf -ErrorAction Stop", .throwsErrorId("CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand")),
        PesterCase(file, "Should return a string object when -Name is an alias and -Syntax is specified",
                   "$Result = Get-Command -Name del -Syntax; $Result -is [string] -and $Result -match 'del \\[-Path\\]'", .isTrue),
        PesterCase(file, "Should only replace aliases when given multiple entries including a command and an alias",
                   #"$Result = (Get-Command -Name get-help, del -Syntax) -join ''; $Result -match 'del \(alias\) -> Remove-Item' -and $Result -match 'del \[-Path\]' -and $Result -match 'Get-Help \[\[-Name\]' -and $Result -notmatch 'del \(alias\) -> Get-Help'"#,
                   .isTrue),
        PesterCase(file, "Should return a AliasInfo object when -Name is an alias",
                   "$Result = Get-Command -Name del; $Result.PSObject.TypeNames -contains 'System.Management.Automation.AliasInfo' -and $Result.DisplayName -eq 'del -> Remove-Item'",
                   .isTrue),
        PesterCase(file, "Throws 'CommandNotFoundException' exception if 'space' name is used",
                   "Get-Command ' ' -ErrorAction Stop", .throwsErrorId("CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand")),
        PesterCase(file, "Throws 'ParameterArgumentValidationError' exception if 'empty' name is used",
                   "Get-Command '' -ErrorAction Stop", .throwsErrorId("ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetCommandCommand")),
        PesterCase(file, "Throws 'ParameterArgumentValidationError' exception if 'null' name is used",
                   "Get-Command $null -ErrorAction Stop", .throwsErrorId("ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetCommandCommand")),
    ]
    static let abbreviation = "-UseAbbreviationExpansion is not provided"
    static let gaps: [PesterGap] = [
        PesterGap(file, "Should match native commands", .notDone("-UseFuzzyMatch looks at the session's commands, not at programs on PATH (and pwsh is not installed)")),
        PesterGap(file, "Can return multiple results relying on auto module loading", .notDone(abbreviation + "; module auto-loading from PSModulePath")),
        PesterGap(file, "Valid cmdlets works with name i-psdf and module", .notDone(abbreviation + "; Import-PowerShellDataFile is not provided")),
        PesterGap(file, "Valid cmdlets works with name i-psdf and module Microsoft.PowerShell.Utility", .notDone(abbreviation + "; Import-PowerShellDataFile is not provided")),
        PesterGap(file, "Valid cmdlets works with name r-psb and module", .notDone(abbreviation + "; Remove-PSBreakpoint is not provided")),
        PesterGap(file, "Valid cmdlets works with name r-psb and module Microsoft.PowerShell.Utility", .notDone(abbreviation + "; Remove-PSBreakpoint is not provided")),
        PesterGap(file, "Can return multiple results for cmdlets matching abbreviation", .notDone(abbreviation)),
        PesterGap(file, "No results if wildcard is used", .notDone(abbreviation)),
        PesterGap(file, "Should replace commands with aliases in matching commands when using a wildcard search", .notDone("Set-ItemProperty (alias sp) is not provided")),
        PesterGap(file, "Should not add the alias (alias) -> command decorator for non-alias commands", .notDone("Set-ItemProperty (alias sp) is not provided")),
        PesterGap(file, "Should return the path to an aliased script when -Syntax is specified", .notDone("New-Alias is not provided")),
        PesterGap(file, "Will return multiple results for functions matching abbreviation", .outOfScope("New-ModuleManifest and script modules")),
        PesterGap(file, "Should return a CommandInfo object when -Name is a command", .outOfScope("[System.Management.Automation.CommandInfo] type test")),
    ]
}

/// Modules/Microsoft.PowerShell.Core/Pester.Commands.Cmdlets.GetCommand.Tests.ps1 restated:
/// Get-Command -ShowCommandInfo and its objects' note properties.
enum PesterCommandsGetCommandCases {
    static let file = "Pester.Commands.Cmdlets.GetCommand.Tests.ps1"
    static let info = "$commandInfo = Get-Command Get-Date -ShowCommandInfo; "
    static let all: [PesterCase] = [
        PesterCase(file, "Get-Command -ShowCommandInfo property field test",
                   info + "$s = ($commandInfo | Get-Member -MemberType NoteProperty).Name | Out-String; 'CommandType','Definition','Module','ModuleName','Name','ParameterSets' | ForEach-Object { $s -cmatch $_ }",
                   .lines(["True", "True", "True", "True", "True", "True"])),
        PesterCase(file, "Get-Command -ShowCommandInfo property test - Name", info + "$commandInfo.Name -ceq 'Get-Date'", .isTrue),
        PesterCase(file, "Get-Command -ShowCommandInfo property test - Name (ModuleName)",
                   info + "$commandInfo.ModuleName -ceq 'Microsoft.PowerShell.Utility'", .isTrue),
        PesterCase(file, "Get-Command -ShowCommandInfo property test - ModuleName",
                   info + "$commandInfo.Module.Name -ceq 'Microsoft.PowerShell.Utility'", .isTrue),
        PesterCase(file, "Get-Command -ShowCommandInfo property test - CommandType", info + "$commandInfo.CommandType -ceq 'Cmdlet'", .isTrue),
        PesterCase(file, "Get-Command -ShowCommandInfo property test - Definition", info + "$commandInfo.Definition.Count -eq 1", .isTrue),
        PesterCase(file, "Get-Command -ShowCommandInfo ParameterSets property field test",
                   info + "$s = ($commandInfo.ParameterSets[0] | Get-Member -MemberType NoteProperty).Name | Out-String; 'IsDefault','Name','Parameters' | ForEach-Object { $s -cmatch $_ }",
                   .lines(["True", "True", "True"])),
        PesterCase(file, "Get-Command -ShowCommandInfo Parameters property field test",
                   info + "$s = ($commandInfo.ParameterSets[0].Parameters | Get-Member -MemberType NoteProperty).Name | Out-String; 'HasParameterSet','IsMandatory','Name','ParameterType','Position','ValidParamSetValues','ValueFromPipeline' | ForEach-Object { $s -cmatch $_ }",
                   .lines(["True", "True", "True", "True", "True", "True", "True"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Test wildcard with relative directory path", .notDone("Get-Command does not find native programs by a relative path with wildcards")),
        PesterGap(file, "Test with PowerShell wildcard and relative path", .notDone("Get-Command does not find native programs by a relative path with wildcards")),
        PesterGap(file, "Test wildcard with drive relative directory path", .outOfScope("Windows only (-Skip on Linux)")),
    ]
}

/// engine/Help/HelpSystem.Tests.ps1 restated: the help-system topic, help under strict mode, aliases
/// found by name and by pattern, -Parameter with several names, function parameter help, HelpNotFound
/// (for a topic name no command has; upstream makes one from a new GUID).
enum HelpSystemCases {
    static let file = "HelpSystem.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Get-Help returns information about the help system",
                   "$help = Get-Help; $help.Name -eq 'default' -and $help.Category -eq 'HelpFile' -and $help.Synopsis -match 'SHORT DESCRIPTION'", .isTrue),
        PesterCase(file, "Help doesn't fail when strict mode is on", "$help = & { Set-StrictMode -Version 3.0; help }; $null -ne $help", .isTrue),
        PesterCase(file, "Get-Help should find alias as command", "(Get-Help where).Name -ceq 'Where-Object'", .isTrue),
        PesterCase(file, "Get-Help should find alias with ? pattern",
                   "$help = Get-Help wher?; $help.Category -ceq 'Alias' -and $help.Synopsis -ceq 'Where-Object'", .isTrue),
        PesterCase(file, "Should return help objects for two parameters",
                   "$help = Get-Help -Name Get-Command -Parameter Verb, Noun; $help.Count -eq 2 -and $help[0].Name -ceq 'Verb' -and $help[1].Name -ceq 'Noun'", .isTrue),
        PesterCase(file, "Get-Help for function parameter should be consistent", #"""
            function test1 { param ($First) }
            function test2 { param ($First, $Second) }
            $t1 = (Get-Help test1 -Parameter First).PSTypeNames
            $t2 = (Get-Help test2 -Parameter First).PSTypeNames
            ($t1 -join ',') -ceq ($t2 -join ',') -and $t1.Count -gt 0
            """#, .isTrue),
        PesterCase(file, "An error is returned for a topic that doesn't exist: help",
                   "help \"csshell-no-such-topic-$PID\" -ErrorAction Stop", .throwsErrorId("HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand")),
        PesterCase(file, "An error is returned for a topic that doesn't exist: get-help",
                   "get-help \"csshell-no-such-topic-$PID\" -ErrorAction Stop", .throwsErrorId("HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand")),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Get-Help should return help text and not multiple HelpInfo objects when help is under `$PSHOME path",
                  .notDone("about_*.help.txt topics are not read")),
        PesterGap(file, "Get-Help should find alias with * pattern", .notDone("Set-Alias is not provided")),
        PesterGap(file, "Help alias should be same as Get-Help alias", .notDone("Set-Alias and Compare-Object are not provided")),
        PesterGap(file, "help renders when using a PAGER with a space in the path", .notDone("help is an alias of Get-Help; output does not go through $env:PAGER")),
    ]
}

@Suite struct GetCommandPesterTests {
    @Test(arguments: CoreGetCommandCases.all + UtilityGetCommandCases.all + PesterCommandsGetCommandCases.all) func follows(_ c: PesterCase) { c.check() }
}

@Suite struct HelpSystemPesterTests {
    @Test(arguments: HelpSystemCases.all) func follows(_ c: PesterCase) { c.check() }
}
