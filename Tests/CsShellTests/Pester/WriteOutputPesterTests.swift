import Testing

/// Write-Output.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum WriteOutputCases {
    static let file = "Write-Output.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Should write output to the output stream when using piped input",
                   "$s = 'a test string'; ($s | Write-Output) -ceq $s", .isTrue),
        PesterCase(file, "Should write output to the output stream when using inputobject switch",
                   "$s = 'a test string'; (Write-Output -InputObject $s) -ceq $s", .isTrue),
        PesterCase(file, "Should allow piped input",
                   "'a test string' | Write-Output | Out-Null", .noError),
    ]
}

@Suite struct WriteOutputPesterTests {
    @Test(arguments: WriteOutputCases.all) func follows(_ c: PesterCase) { c.check() }
}
