import Testing

/// ActionPreference.Tests.ps1 restated (Language/Scripting): Ignore as a preference value (string
/// or enum, and a unique prefix of it), Suspend refused by the action-preference common parameters
/// of cmdlets and advanced functions, -Verbose/-Debug leaving $ErrorActionPreference in charge,
/// $null for an action-preference parameter. Get-Process is not a csshell cmdlet: Write-Error is
/// the command whose error Ignore drops.
enum ActionPreferenceCases {
    static let file = "ActionPreference.Tests.ps1"

    static func suspendOnCmdlet(_ name: String) -> String {
        "$commonParameters = @{ \(name) = [System.Management.Automation.ActionPreference]::Suspend }\nWrite-Output -InputObject Test @commonParameters"
    }
    /// Upstream's function case passes `-ErrorAction Suspend` whichever parameter its row names.
    static let suspendOnFunction = "function MyHelperFunction { [CmdletBinding()] param() \"Hello\" }\nMyHelperFunction -ErrorAction Suspend"

    static func switchDoesNotOverride(_ name: String) -> String {
        #"""
        $path = "/tmp/cs-pester-actionpreference-\#(name)-$PID.txt"
        $ErrorActionPreference = "SilentlyContinue"
        $params = @{ ItemType = "File"; Path = $path; Confirm = $false }
        New-Item @params > $null
        $params += @{ \#(name) = $true }
        try { New-Item @params; 'no error' } catch { 'threw' }
        $ErrorActionPreference = "Stop"
        try { New-Item @params } catch { $_.FullyQualifiedErrorId }
        Remove-Item $path -Force
        """#
    }

    /// Sets a local preference variable to Suspend and runs a Write-* cmdlet that reads it: the error
    /// id (a Pester -ErrorId matches as a substring) and its category's reason.
    static func localSuspend(_ variable: String, _ value: String) -> String {
        #"""
        function Test-ActionPreferenceVariableSuspendValue {
            [CmdletBinding()] param($Value)
            if ($DebugPreference -eq $Value) { Write-Debug -Message 'A debug message' }
            elseif ($ErrorActionPreference -eq $Value) { Write-Error -Message 'An error message' }
            elseif ($InformationPreference -eq $Value) { Write-Information -MessageData 'Some information' }
            elseif ($VerbosePreference -eq $Value) { Write-Verbose -Message 'A verbose message' }
            elseif ($WarningPreference -eq $Value) { Write-Warning -Message 'A warning message' }
        }
        $Value = \#(value)
        try { Set-Variable -Name \#(variable) -Value $Value; Test-ActionPreferenceVariableSuspendValue -Value $Value }
        catch { $_.FullyQualifiedErrorId -replace ',Microsoft.PowerShell.Commands.WriteErrorCommand$'; $_.CategoryInfo.Reason }
        """#
    }

    static func nullArgument(_ name: String) -> String { "$arguments = @{ \(name) = $null }\nTest-Path ./noexistfile.ps1 @arguments" }

    static let all: [PesterCase] = [
        PesterCase(file, "Action preference of Ignore can be set as a preference variable using a string value", #"""
            try {
                $GLOBAL:ErrorActionPreference = 'Ignore'
                $errorCount = $error.Count
                Write-Error 'asdfasdfasdf'
                $error.Count -eq $errorCount
            } finally { $GLOBAL:ErrorActionPreference = 'Continue' }
            """#, .isTrue),
        PesterCase(file, "Action preference of Ignore can be set as a preference variable using an enumerated value", #"""
            try {
                $GLOBAL:ErrorActionPreference = [System.Management.Automation.ActionPreference]::Ignore
                $errorCount = $error.Count
                Write-Error 'asdfasdfasdf'
                $error.Count -eq $errorCount
            } finally { $GLOBAL:ErrorActionPreference = 'Continue' }
            """#, .isTrue),
        PesterCase(file, "enum disambiguation works",
                   "$errorCount = $error.Count\nWrite-Error 'asdfasdfsadfsadf' -ErrorAction Ig\n$error.Count -eq $errorCount", .isTrue),
        PesterCase(file, "The -ErrorAction common parameter does not support Suspend on cmdlets", suspendOnCmdlet("ErrorAction"),
                   .throwsErrorId("ParameterBindingFailed,Microsoft.PowerShell.Commands.WriteOutputCommand")),
        PesterCase(file, "The -WarningAction common parameter does not support Suspend on cmdlets", suspendOnCmdlet("WarningAction"),
                   .throwsErrorId("ParameterBindingFailed,Microsoft.PowerShell.Commands.WriteOutputCommand")),
        PesterCase(file, "The -InformationAction common parameter does not support Suspend on cmdlets", suspendOnCmdlet("InformationAction"),
                   .throwsErrorId("ParameterBindingFailed,Microsoft.PowerShell.Commands.WriteOutputCommand")),
        PesterCase(file, "The -ProgressAction common parameter does not support Suspend on cmdlets", suspendOnCmdlet("ProgressAction"),
                   .throwsErrorId("ParameterBindingFailed,Microsoft.PowerShell.Commands.WriteOutputCommand")),
        PesterCase(file, "The -ErrorAction common parameter does not support Suspend on functions", suspendOnFunction,
                   .throwsErrorId("ParameterBindingFailed,MyHelperFunction")),
        PesterCase(file, "The -WarningAction common parameter does not support Suspend on functions", suspendOnFunction,
                   .throwsErrorId("ParameterBindingFailed,MyHelperFunction")),
        PesterCase(file, "The -InformationAction common parameter does not support Suspend on functions", suspendOnFunction,
                   .throwsErrorId("ParameterBindingFailed,MyHelperFunction")),
        PesterCase(file, "The -ProgressAction common parameter does not support Suspend on functions", suspendOnFunction,
                   .throwsErrorId("ParameterBindingFailed,MyHelperFunction")),
        // The global preference variables are typed ActionPreference and refuse Suspend; the error's
        // reason is ArgumentTransformationMetadataException.
        PesterCase(file, "The $global:DebugPreference variable does not support Suspend",
                   "try { Set-Variable -Name DebugPreference -Scope Global -Value ([System.Management.Automation.ActionPreference]::Suspend) } catch { $_.FullyQualifiedErrorId -like '*RuntimeException*'; $_.CategoryInfo.Reason }; $global:DebugPreference -ne 'Suspend'",
                   .lines(["True", "ArgumentTransformationMetadataException", "True"])),
        PesterCase(file, "The $global:ErrorActionPreference variable does not support Suspend",
                   "try { Set-Variable -Name ErrorActionPreference -Scope Global -Value ([System.Management.Automation.ActionPreference]::Suspend) } catch { $_.FullyQualifiedErrorId -like '*RuntimeException*'; $_.CategoryInfo.Reason }; $global:ErrorActionPreference -ne 'Suspend'",
                   .lines(["True", "ArgumentTransformationMetadataException", "True"])),
        PesterCase(file, "The $global:InformationPreference variable does not support Suspend",
                   "try { Set-Variable -Name InformationPreference -Scope Global -Value ([System.Management.Automation.ActionPreference]::Suspend) } catch { $_.FullyQualifiedErrorId -like '*RuntimeException*'; $_.CategoryInfo.Reason }; $global:InformationPreference -ne 'Suspend'",
                   .lines(["True", "ArgumentTransformationMetadataException", "True"])),
        PesterCase(file, "The $global:ProgressPreference variable does not support Suspend",
                   "try { Set-Variable -Name ProgressPreference -Scope Global -Value ([System.Management.Automation.ActionPreference]::Suspend) } catch { $_.FullyQualifiedErrorId -like '*RuntimeException*'; $_.CategoryInfo.Reason }; $global:ProgressPreference -ne 'Suspend'",
                   .lines(["True", "ArgumentTransformationMetadataException", "True"])),
        PesterCase(file, "The $global:VerbosePreference variable does not support Suspend",
                   "try { Set-Variable -Name VerbosePreference -Scope Global -Value ([System.Management.Automation.ActionPreference]::Suspend) } catch { $_.FullyQualifiedErrorId -like '*RuntimeException*'; $_.CategoryInfo.Reason }; $global:VerbosePreference -ne 'Suspend'",
                   .lines(["True", "ArgumentTransformationMetadataException", "True"])),
        PesterCase(file, "The $global:WarningPreference variable does not support Suspend",
                   "try { Set-Variable -Name WarningPreference -Scope Global -Value ([System.Management.Automation.ActionPreference]::Suspend) } catch { $_.FullyQualifiedErrorId -like '*RuntimeException*'; $_.CategoryInfo.Reason }; $global:WarningPreference -ne 'Suspend'",
                   .lines(["True", "ArgumentTransformationMetadataException", "True"])),
        PesterCase(file, "A local $DebugPreference variable does not support [System.Management.Automation.ActionPreference]::Suspend",
                   localSuspend("DebugPreference", "[System.Management.Automation.ActionPreference]::Suspend"), .lines(["System.NotSupportedException,Microsoft.PowerShell.Commands.WriteDebugCommand", "NotSupportedException"])),
        PesterCase(file, "A local $DebugPreference variable does not support 'Suspend'",
                   localSuspend("DebugPreference", "'Suspend'"), .lines(["System.NotSupportedException,Microsoft.PowerShell.Commands.WriteDebugCommand", "NotSupportedException"])),
        PesterCase(file, "A local $ErrorActionPreference variable does not support [System.Management.Automation.ActionPreference]::Suspend",
                   localSuspend("ErrorActionPreference", "[System.Management.Automation.ActionPreference]::Suspend"), .lines(["System.NotSupportedException", "NotSupportedException"])),
        PesterCase(file, "A local $ErrorActionPreference variable does not support 'Suspend'",
                   localSuspend("ErrorActionPreference", "'Suspend'"), .lines(["System.NotSupportedException", "NotSupportedException"])),
        PesterCase(file, "A local $InformationPreference variable does not support [System.Management.Automation.ActionPreference]::Suspend",
                   localSuspend("InformationPreference", "[System.Management.Automation.ActionPreference]::Suspend"), .lines(["System.NotSupportedException,Microsoft.PowerShell.Commands.WriteInformationCommand", "NotSupportedException"])),
        PesterCase(file, "A local $InformationPreference variable does not support 'Suspend'",
                   localSuspend("InformationPreference", "'Suspend'"), .lines(["System.NotSupportedException,Microsoft.PowerShell.Commands.WriteInformationCommand", "NotSupportedException"])),
        PesterCase(file, "A local $VerbosePreference variable does not support [System.Management.Automation.ActionPreference]::Suspend",
                   localSuspend("VerbosePreference", "[System.Management.Automation.ActionPreference]::Suspend"), .lines(["System.NotSupportedException,Microsoft.PowerShell.Commands.WriteVerboseCommand", "NotSupportedException"])),
        PesterCase(file, "A local $VerbosePreference variable does not support 'Suspend'",
                   localSuspend("VerbosePreference", "'Suspend'"), .lines(["System.NotSupportedException,Microsoft.PowerShell.Commands.WriteVerboseCommand", "NotSupportedException"])),
        PesterCase(file, "A local $WarningPreference variable does not support [System.Management.Automation.ActionPreference]::Suspend",
                   localSuspend("WarningPreference", "[System.Management.Automation.ActionPreference]::Suspend"), .lines(["System.NotSupportedException,Microsoft.PowerShell.Commands.WriteWarningCommand", "NotSupportedException"])),
        PesterCase(file, "A local $WarningPreference variable does not support 'Suspend'",
                   localSuspend("WarningPreference", "'Suspend'"), .lines(["System.NotSupportedException,Microsoft.PowerShell.Commands.WriteWarningCommand", "NotSupportedException"])),
        PesterCase(file, "Verbose does not take precedence over $ErrorActionPreference", switchDoesNotOverride("Verbose"),
                   .lines(["no error", "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand"])),
        PesterCase(file, "Debug does not take precedence over $ErrorActionPreference", switchDoesNotOverride("Debug"),
                   .lines(["no error", "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand"])),
        PesterCase(file, "Parameter binding '-ErrorAction' throws correctly (no NRE) if argument is null", nullArgument("ErrorAction"),
                   .throwsErrorId("ParameterBindingFailed,Microsoft.PowerShell.Commands.TestPathCommand")),
        PesterCase(file, "Parameter binding '-WarningAction' throws correctly (no NRE) if argument is null", nullArgument("WarningAction"),
                   .throwsErrorId("ParameterBindingFailed,Microsoft.PowerShell.Commands.TestPathCommand")),
        PesterCase(file, "Parameter binding '-InformationAction' throws correctly (no NRE) if argument is null", nullArgument("InformationAction"),
                   .throwsErrorId("ParameterBindingFailed,Microsoft.PowerShell.Commands.TestPathCommand")),
    ]

    static let stopContext = "Get-ChildItem -ErrorAction Stop -ErrorVariable: csshell has no Get-ChildItem nor ActionPreferenceStopException in -ErrorVariable"
    static let suspendPreference = "Write-Progress is not a csshell cmdlet"
    static let debugger = ".Break and the debugger (Test-Debugger): csshell has no script debugger"
    static let automationNull = "[System.Management.Automation.Internal.AutomationNull]::Value: a .NET engine internal"

    static let gaps: [PesterGap] = [
        PesterGap(file, "$err.Count", .notDone(stopContext)),
        PesterGap(file, "$err[0] should not be $null", .notDone(stopContext)),
        PesterGap(file, "$err[0].GetType().Name", .notDone(stopContext)),
        PesterGap(file, "$err[0].ErrorRecord", .notDone(stopContext)),
        PesterGap(file, "$err[0].ErrorRecord.Exception.GetType().Name", .notDone(stopContext)),
        PesterGap(file, "A local $ProgressPreference variable does not support [System.Management.Automation.ActionPreference]::Suspend", .notDone(suspendPreference)),
        PesterGap(file, "A local $ProgressPreference variable does not support 'Suspend'", .notDone(suspendPreference)),
        PesterGap(file, "Parameter binding '-ErrorAction' throws correctly (no NRE) if argument is AutomationNull", .outOfScope(automationNull)),
        PesterGap(file, "Parameter binding '-WarningAction' throws correctly (no NRE) if argument is AutomationNull", .outOfScope(automationNull)),
        PesterGap(file, "Parameter binding '-InformationAction' throws correctly (no NRE) if argument is AutomationNull", .outOfScope(automationNull)),
        PesterGap(file, "Parameter binding '-ProgressAction' throws correctly (no NRE) if argument is AutomationNull", .outOfScope(automationNull)),
        PesterGap(file, "-ErrorAction Break on a non-terminating error: Should show 3 debugger commands were invoked", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break on a non-terminating error: The breakpoint should be the statement that generated the non-terminating error", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break on a non-terminating error: The second statement should be the statement after that which generated the non-terminating error", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break on a non-terminating error: The third statement should be the statement in the finally block", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break on a terminating error: Should show 3 debugger commands were invoked", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break on a terminating error: The breakpoint should be the statement that generated the terminating error", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break on a terminating error: The second statement should be the statement in the catch block where the terminating error is caught", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break on a terminating error: The third statement should be the statement in the finally block", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break should not break on a naked rethrow: Should show 1 debugger command was invoked", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break should not break on a naked rethrow: The breakpoint should be the statement that generated the terminating error", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break when throwing a specific error: Should show 2 debugger commands were invoked", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break when throwing a specific error: The first breakpoint should be the statement that generated the terminating error", .outOfScope(debugger)),
        PesterGap(file, "-ErrorAction Break when throwing a specific error: The second breakpoint should be the statement that threw $_", .outOfScope(debugger)),
        PesterGap(file, "Other message types: Should show 8 debugger commands were invoked", .outOfScope(debugger)),
        PesterGap(file, "Write-Warning should trigger a breakpoint from -WarningAction Break", .outOfScope(debugger)),
        PesterGap(file, "Write-Information should trigger a breakpoint from -InformationAction Break", .outOfScope(debugger)),
        PesterGap(file, "Write-Warning should trigger a breakpoint from $WarningPreference = Break", .outOfScope(debugger)),
        PesterGap(file, "Write-Verbose should trigger a breakpoint from $VerbosePreference = Break", .outOfScope(debugger)),
        PesterGap(file, "Write-Debug should trigger a breakpoint from $DebugPreference = Break", .outOfScope(debugger)),
        PesterGap(file, "Write-Information should trigger a breakpoint from $InformationPreference = Break", .outOfScope(debugger)),
        PesterGap(file, "Write-Progress should trigger a breakpoint from $ProgressPreference = Break", .outOfScope(debugger)),
        PesterGap(file, "ActionPreference.Break should break in a running job", .outOfScope("background jobs (Start-Job) and the debugger")),
    ]
}

@Suite struct ActionPreferencePesterTests {
    @Test(arguments: ActionPreferenceCases.all) func follows(_ c: PesterCase) { c.check() }
    @Test func everyUpstreamCaseIsCounted() { #expect(ActionPreferenceCases.all.count + ActionPreferenceCases.gaps.count == 65) }
}
