import Foundation
import Testing

/// Write-Stream.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility): the Write-Warning and
/// Write-Error cases (Write-Verbose, Write-Debug and Write-Information are another piece of work).
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
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should write debug messages to the debug stream", .notDone("needs Write-Debug and [CmdletBinding()] common parameters in functions (another piece of work)")),
        PesterGap(file, "Should write messages to the verbose stream", .notDone("needs Write-Verbose and [CmdletBinding()] common parameters in functions (another piece of work)")),
        PesterGap(file, "Write-Information outputs an information object", .notDone("needs Write-Information and InformationRecord (another piece of work)")),
        PesterGap(file, "Write-Information accept objects from pipe", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with defaults", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with -Object", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with -Message", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with -Msg", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information works with -Tag", .outOfScope("uses [powershell]::Create() hosting API")),
        PesterGap(file, "Write-Information accepts `$null", .notDone("needs Write-Information and -InformationVariable (another piece of work)")),
    ]
}

@Suite struct WriteStreamPesterTests {
    @Test(arguments: WriteStreamCases.all) func follows(_ c: PesterCase) { c.check() }
}
