import Foundation
import Testing

/// Write-Stream.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum WriteStreamCases {
    static let file = "Write-Stream.Tests.ps1"

    static let all: [PesterCase] = [
        PesterCase(file, "Should write warnings to the warning stream",
                   #"$t = "/tmp/csshell-pester-warning-$PID.txt"; Write-Warning "Test Warning" 3>&1 > $t; Get-Content $t; Remove-Item $t"#,
                   .lines(["Test Warning"])),
        PesterCase(file, "Should write error messages to the error stream",
                   #"$t = "/tmp/csshell-pester-error-$PID.txt"; Write-Error "Testing Error" 2>&1 > $t; (Get-Content $t -Raw) -match "Testing Error"; Remove-Item $t"#,
                   .lines(["True"])),
        PesterCase(file, "Should write error messages to the `$error automatic variable",
                   #"Write-Error "Test Error Message" -ErrorAction SilentlyContinue; $error[0] -match "Test Error Message""#, .isTrue),
        PesterCase(file, "Write-Information outputs an information object",
                   #"$r = Write-Information "Test Message" *>&1; $r.NativeThreadId -ne 0; $r.ProcessId -eq $PID; $r.GetType().FullName; $r.Computer -match "^($([environment]::MachineName)){1}(\.[a-zA-Z0-9]+)*$|^localhost$"; $r.User -eq $(whoami); "$r" -ceq "Test Message""#,
                   .lines(["True", "True", "System.Management.Automation.InformationRecord", "True", "True", "True"])),
        PesterCase(file, "Write-Information accepts `$null",
                   #"$null | Write-Information -Tags myTag -ErrorAction Stop -InformationAction SilentlyContinue -InformationVariable i; $i.Tags -ceq "myTag"; $null -eq $i.MessageData"#,
                   .lines(["True", "True"])),
        // Upstream's Write-Messages: an advanced function whose -Debug and -Verbose turn its streams on.
        PesterCase(file, "Should write debug messages to the debug stream",
                   #"function Write-Messages { [CmdletBinding()] param() Write-Verbose "Verbose message"; Write-Debug "Debug message" }; $t = "/tmp/csshell-pester-debug-$PID.txt"; Write-Messages -Debug -ErrorAction SilentlyContinue 5>&1 > $t; (Get-Content $t -Raw) -match "Debug Message"; Remove-Item $t"#,
                   .lines(["True"])),
        PesterCase(file, "Should write messages to the verbose stream",
                   #"function Write-Messages { [CmdletBinding()] param() Write-Verbose "Verbose message"; Write-Debug "Debug message" }; $t = "/tmp/csshell-pester-verbose-$PID.txt"; Write-Messages -Verbose 4>&1 > $t; (Get-Content $t -Raw) -match "Verbose Message"; Remove-Item $t"#,
                   .lines(["True"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Write-Information accept objects from pipe", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with defaults", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with -Object", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with -Message", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with -Msg", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with -Tag", .outOfScope("uses [powershell]::Create() hosting API")),
    ]
}

@Suite struct WriteStreamPesterTests {
    @Test(arguments: WriteStreamCases.all) func follows(_ c: PesterCase) { c.check() }
}
