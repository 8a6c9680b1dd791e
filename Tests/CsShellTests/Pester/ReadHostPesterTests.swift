import Testing

/// Read-Host.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream pipes "!1" into a
/// child pwsh; here the host reads the same line while the script runs.
enum ReadHostCases {
    static let file = "Read-Host.Tests.ps1"

    static let all: [PesterCase] = [
        // Off Windows the prompt and the echoed answer are one line, the returned string the next.
        PesterCase(file, "Read-Host doesn't enter command prompt mode", "Read-Host -Prompt 'foo'", .lines(["foo: !1", "!1"]), input: ["!1"]),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Read-Host returns expected string", .outOfScope("reads from a test host through [powershell]::Create() and a runspace")),
        PesterGap(file, "Read-Host sets the prompt correctly", .outOfScope("reads from a test host through [powershell]::Create() and a runspace")),
        PesterGap(file, "Read-Host returns a secure string when using -AsSecureString parameter", .outOfScope("SecureString and a test host runspace")),
        PesterGap(file, "Read-Host returns a string when using -MaskInput parameter", .outOfScope("reads from a test host through [powershell]::Create() and a runspace")),
        PesterGap(file, "Read-Host returns a string when using -MaskInput parameter used with -Prompt", .outOfScope("reads from a test host through [powershell]::Create() and a runspace")),
        PesterGap(file, "Read-Host throws an error when both -AsSecureString parameter and -MaskInput parameter are used", .outOfScope("runspaces and SecureString")),
    ]
}

/// Host/Read-Host.Tests.ps1: an expect script drives a console pwsh.
enum HostReadHostCases {
    static let file = "Host/Read-Host.Tests.ps1"

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should output correctly", .notDone("upstream's expect script (assets/Read-Host.Output.expect) drives the console host; not restated for csshell's terminal tests yet")),
    ]
}

/// Write-Debug.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum WriteDebugCases {
    static let file = "Write-Debug.Tests.ps1"

    static let all: [PesterCase] = [
        // Upstream doubles the text until it is as wide as the console; csshell's output is 120 columns
        // wide when it is not a terminal, so 160 characters are wider.
        PesterCase(file, "Should not have added line breaks",
                   #"$text = "0123456789"; while ($text.Length -lt 160) { $text += $text }; $DebugPreference = "Continue"; $out = Write-Debug $text 5>&1; $out -ceq $text"#, .isTrue),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should not prompt the user", .outOfScope("starts pwsh through System.Diagnostics.Process")),
        PesterGap(file, "'-Debug' should not trigger 'ShouldProcess'", .outOfScope("uses [powershell]::Create()")),
    ]
}

/// MiscCmdletUpdates.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum MiscCmdletUpdatesCases {
    static let file = "MiscCmdletUpdates.Tests.ps1"

    static let all: [PesterCase] = [
        PesterCase(file, "Verifies that FileDate format works",
                   #"$date = Get-Date; $expectedFormat = "{0:yyyyMMdd}" -f $date; (Get-Date -Date $date -Format FileDate) -eq $expectedFormat"#, .isTrue),
        PesterCase(file, "Verifies that FileDateUniversal format works",
                   #"$date = (Get-Date).ToUniversalTime(); $expectedFormat = "{0:yyyyMMddZ}" -f $date; (Get-Date -Date $date -Format FileDateUniversal) -eq $expectedFormat"#, .isTrue),
        PesterCase(file, "Verifies that FileDateTime format works",
                   #"$date = Get-Date; $expectedFormat = "{0:yyyyMMddTHHmmssffff}" -f $date; (Get-Date -Date $date -Format FileDateTime) -eq $expectedFormat"#, .isTrue),
        PesterCase(file, "Verifies that FileDateTimeUniversal format works",
                   #"$date = (Get-Date).ToUniversalTime(); $expectedFormat = "{0:yyyyMMddTHHmmssffffZ}" -f $date; (Get-Date -Date $date -Format FileDateTimeUniversal) -eq $expectedFormat"#, .isTrue),
        PesterCase(file, "Shouldn't overflow when using max range",
                   "$null = Get-Random -Minimum ([Int32]::MinValue) -Maximum ([Int32]::MaxValue) -ErrorAction Stop", .noError),
    ]
}

@Suite struct ReadHostPesterTests {
    @Test(arguments: ReadHostCases.all) func readHost(_ c: PesterCase) { c.check() }
    @Test(arguments: WriteDebugCases.all) func writeDebug(_ c: PesterCase) { c.check() }
    @Test(arguments: MiscCmdletUpdatesCases.all) func miscCmdletUpdates(_ c: PesterCase) { c.check() }
}
