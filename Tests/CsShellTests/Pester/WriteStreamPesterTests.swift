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
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should write debug messages to the debug stream", .notDone("needs -Debug on a [CmdletBinding()] function to set $DebugPreference inside it")),
        PesterGap(file, "Should write messages to the verbose stream", .notDone("needs -Verbose on a [CmdletBinding()] function to set $VerbosePreference inside it")),
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
