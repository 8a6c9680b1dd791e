import Testing

/// Write-Host.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum WriteHostCases {
    static let file = "Write-Host.Tests.ps1"
    static let id = "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteHostCommand"

    static let all: [PesterCase] = [
        PesterCase(file, "Should throw if color is invalid: ForegroundColor = -1; BackgroundColor = Red",
                   #"Write-Host "No output from Write-Host" -ForegroundColor -1 -BackgroundColor 'Red'"#, .throwsErrorId(id)),
        PesterCase(file, "Should throw if color is invalid: ForegroundColor = 16; BackgroundColor = Red",
                   #"Write-Host "No output from Write-Host" -ForegroundColor 16 -BackgroundColor 'Red'"#, .throwsErrorId(id)),
        PesterCase(file, "Should throw if color is invalid: ForegroundColor = Red; BackgroundColor = -1",
                   #"Write-Host "No output from Write-Host" -ForegroundColor 'Red' -BackgroundColor -1"#, .throwsErrorId(id)),
        PesterCase(file, "Should throw if color is invalid: ForegroundColor = Red; BackgroundColor = 16",
                   #"Write-Host "No output from Write-Host" -ForegroundColor 'Red' -BackgroundColor 16"#, .throwsErrorId(id)),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "write-Host works with '-Separator' switch", .outOfScope("marked -Pending upstream (never runs)")),
        PesterGap(file, "write-Host works with '-NoNewline=true' switch", .outOfScope("marked -Pending upstream (never runs)")),
        PesterGap(file, "write-Host works with '-NoNewline=false' switch", .outOfScope("marked -Pending upstream (never runs)")),
        PesterGap(file, "Write-Host works with defaults", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with -Object", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with -Message", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with -Msg", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with -Separator", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with -Separator, colors and -NoNewLine", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with -NoNewline:$true and colors", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with -NoNewline:$false and colors", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with XMLElement", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
        PesterGap(file, "Write-Host works with XMLDocument", .outOfScope("uses [powershell]::Create() hosting API (a test host that records colours)")),
    ]
}

@Suite struct WriteHostPesterTests {
    @Test(arguments: WriteHostCases.all) func follows(_ c: PesterCase) { c.check() }
}
