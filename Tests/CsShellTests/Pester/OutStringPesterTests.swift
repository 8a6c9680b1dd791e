import Testing

/// Out-String.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum OutStringCases {
    static let file = "Out-String.Tests.ps1"

    static let all: [PesterCase] = [
        // Upstream adds the note property to `New-Object psobject` with Add-Member; a [pscustomobject] literal has it.
        PesterCase(file, "check display of properties with names containing wildcard characters",
                   #"$r = [pscustomobject]@{ 'name with square brackets: [0]' = 'myvalue' } | Out-String; $r.Length -gt 1; $r -is [string]; $r.Contains("myvalue"); $r.Contains("name with square brackets: [0]")"#,
                   .lines(["True", "True", "True", "True"])),
        PesterCase(file, "Should accumulate the strings and returns them as a single string",
                   #"$nl = [Environment]::NewLine; $testArray = "a", " b"; ($testArray | Out-String) -ceq "a$nl b$nl"; ($testArray | Out-String) -is [string]"#,
                   .lines(["True", "True"])),
        PesterCase(file, "Should be able to return an array of strings using the stream switch",
                   #"$testInput = "a", "b"; $($testInput | Out-String) -is [string]; $($testInput | Out-String -Stream) -is [array]"#,
                   .lines(["True", "True"])),
        PesterCase(file, "Should send all objects through a pipeline when not using the stream switch",
                   #"$testInput = "a", "b"; $($testInput | Out-String).Length -gt $($testInput | Out-String -Stream).Length"#, .isTrue),
        PesterCase(file, "Should send a single object through a pipeline when the stream switch is used",
                   #"$testInput = "a", "b"; $($testInput | Out-String -Stream).Length -lt $($testInput | Out-String).Length"#, .isTrue),
        PesterCase(file, "Should not print a newline when the nonewline switch is used",
                   #"$testArray = "a", "b"; ($testArray | Out-String -NoNewLine) -ceq "ab""#, .isTrue),
        PesterCase(file, "Should preserve embedded newline when the nonewline switch is used",
                   #"$nl = [Environment]::NewLine; $testArray = "a$nl", "b"; ($testArray | Out-String -NoNewLine) -ceq "a${nl}b""#, .isTrue),
        PesterCase(file, "Should throw error when NoNewLine and Stream are used together",
                   #"$testArray = "a", "b"; $testArray | Out-String -NoNewLine -Stream"#,
                   .throwsErrorId("AmbiguousParameterSet,Microsoft.PowerShell.Commands.OutStringCommand")),
    ]
}

@Suite struct OutStringPesterTests {
    @Test(arguments: OutStringCases.all) func follows(_ c: PesterCase) { c.check() }
}
