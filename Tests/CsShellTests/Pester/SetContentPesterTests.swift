import Testing

/// Set-Content.Tests.ps1 restated (Modules/Microsoft.PowerShell.Management). Each case has its own
/// TestDrive folder; upstream's Its that read what an earlier It wrote write it first themselves.
enum SetContentCases {
    static let file = "Set-Content.Tests.ps1"

    static func sc(_ body: String) -> String {
        PesterTestDrive.script(#"$file1 = "file1.txt"; $filePath1 = Join-Path $testdrive $file1; "# + body)
    }

    static let all: [PesterCase] = [
        PesterCase(file, "A warning should be emitted if both -AsByteStream and -Encoding are used together",
                   sc(#"$testfile = "${TESTDRIVE}\bfile.txt"; "test" | Set-Content $testfile; $result = Get-Content -AsByteStream -Encoding Unicode -Path $testfile -WarningVariable contentWarning *>$null; @($contentWarning.Message -match "-AsByteStream").Count -eq 1"#), .isTrue),
        // Context "Set-Content should create a file if it does not exist"
        PesterCase(file, "should create a file if it does not exist",
                   sc(#"Set-Content -Path $filePath1 -Value "$file1"; (Get-Content -Path $filePath1) -eq $file1"#), .isTrue),
        // Context "Set-Content/Get-Content should set/get the content of an exisiting file"
        PesterCase(file, "should set-Content of testdrive\\$file1",
                   sc(#"$null = New-Item -Path $filePath1 -ItemType File -Force; Set-Content -Path $filePath1 -Value "ExpectedContent"; (Get-Content -Path $filePath1) -eq "ExpectedContent""#), .isTrue),
        PesterCase(file, "should return expected string from testdrive\\$file1",
                   sc(#"$null = New-Item -Path $filePath1 -ItemType File -Force; Set-Content -Path $filePath1 -Value "ExpectedContent"; (Get-Content -Path $filePath1) -ceq "ExpectedContent""#), .isTrue),
        PesterCase(file, "should Set-Content to testdrive\\dynamicfile.txt with dynamic parameters",
                   sc(#"Set-Content -Path $testdrive\dynamicfile.txt -Value "ExpectedContent"; (Get-Content -Path $testdrive\dynamicfile.txt) -ceq "ExpectedContent""#), .isTrue),
        PesterCase(file, "should return expected string from testdrive\\dynamicfile.txt",
                   sc(#"Set-Content -Path $testdrive\dynamicfile.txt -Value "ExpectedContent"; $result = Get-Content -Path $testdrive\dynamicfile.txt; $result -ceq "ExpectedContent""#), .isTrue),
        PesterCase(file, "should remove existing content from testdrive\\$file1 when the -Value is `$null",
                   sc(#"Set-Content -Path $filePath1 -Value "ExpectedContent"; $AsItWas = Get-Content $filePath1; $a = $AsItWas -ceq "ExpectedContent"; Set-Content -Path $filePath1 -Value $null -ErrorAction Stop; $AsItIs = Get-Content $filePath1; $a -and $AsItIs -ne $AsItWas"#), .isTrue),
        PesterCase(file, "should throw 'ParameterArgumentValidationErrorNullNotAllowed' when -Path is `$null",
                   #"Set-Content -Path $null -Value "ShouldNotWorkBecausePathIsNull" -ErrorAction Stop"#,
                   .throwsErrorId("ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.SetContentCommand")),
        PesterCase(file, "should throw 'ParameterArgumentValidationErrorNullNotAllowed' when -Path is `$()",
                   #"Set-Content -Path $() -Value "ShouldNotWorkBecausePathIsInvalid" -ErrorAction Stop"#,
                   .throwsErrorId("ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.SetContentCommand")),
        PesterCase(file, "should be able to pass multiple [string]`$objects to Set-Content through the pipeline to output a dynamic Path file",
                   sc(#""hello","world" | Set-Content $testdrive\dynamicfile2.txt; $result = Get-Content $testdrive\dynamicfile2.txt; $result.length; $result[0]; $result[1]"#),
                   .lines(["2", "hello", "world"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "should throw 'PSNotSupportedException' when you Set-Content to an unsupported provider", .outOfScope("Windows registry provider")),
        PesterGap(file, "should create a file in a psdrive with UNC path as root", .outOfScope("Windows shares (net share) and New-PSDrive; pending upstream")),
    ]
}

/// Add-Content.Tests.ps1 restated (Modules/Microsoft.PowerShell.Management). Upstream's file is made
/// by Pester's `Setup -File` (an empty file); the cases that read what an earlier It added add it first.
enum AddContentCases {
    static let file = "Add-Content.Tests.ps1"

    static func ac(_ body: String) -> String {
        PesterTestDrive.script(#"$file1 = "file1.txt"; $null = New-Item -Path "$TestDrive/$file1" -ItemType File; "# + body)
    }

    static let all: [PesterCase] = [
        PesterCase(file, "should Add-Content to testdrive:\\$file1",
                   ac(#"$result = add-content -path $TestDrive\$file1 -value "ExpectedContent" -passthru; $result -ceq "ExpectedContent""#), .isTrue),
        PesterCase(file, "should return expected string from testdrive:\\$file1",
                   ac(#"add-content -path $TestDrive\$file1 -value "ExpectedContent"; $result = get-content -path $TestDrive\$file1; $result -ceq "ExpectedContent""#), .isTrue),
        // Pending upstream off Windows for its TestDrive: paths (PowerShell issue 891); the behaviour is the same.
        PesterCase(file, "should Add-Content to testdrive:\\dynamicfile.txt with dynamic parameters",
                   ac(#"$result = add-content -path $TestDrive\dynamicfile.txt -value "ExpectedContent" -passthru; $result -ceq "ExpectedContent""#), .isTrue),
        PesterCase(file, "should return expected string from testdrive:\\dynamicfile.txt",
                   ac(#"add-content -path $TestDrive\dynamicfile.txt -value "ExpectedContent"; $result = get-content -path $TestDrive\dynamicfile.txt; $result -ceq "ExpectedContent""#), .isTrue),
        PesterCase(file, "should Add-Content to testdrive:\\$file1 even when -Value is `$null",
                   ac(#"add-content -path $TestDrive\$file1 -value "ExpectedContent"; $AsItWas = get-content $TestDrive\$file1; add-content -path $TestDrive\$file1 -value $null -ErrorAction Stop; (get-content $TestDrive\$file1) -ceq $AsItWas"#), .isTrue),
        PesterCase(file, "should throw 'ParameterArgumentValidationErrorNullNotAllowed' when -Path is `$null",
                   #"Add-Content -Path $null -Value "ShouldNotWorkBecausePathIsNull" -ErrorAction Stop"#,
                   .throwsErrorId("ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.AddContentCommand")),
        PesterCase(file, "should throw \"Cannot bind argument to parameter 'Path'\" when -Path is `$()",
                   #"Add-Content -Path $() -Value "ShouldNotWorkBecausePathIsInvalid" -ErrorAction Stop"#,
                   .throwsErrorId("ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.AddContentCommand")),
        PesterCase(file, "should be able to pass multiple [string]`$objects to Add-Content through the pipeline to output a dynamic Path file",
                   ac(#""hello","world" | add-content $TestDrive\dynamicfile2.txt; $result = get-content $TestDrive\dynamicfile2.txt; $result.length; $result[0]; $result[1]"#),
                   .lines(["2", "hello", "world"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "should throw 'NotSupportedException' when you add-content to an unsupported provider", .outOfScope("Windows registry provider")),
    ]
}

@Suite struct SetContentPesterTests {
    @Test(arguments: SetContentCases.all) func setContent(_ c: PesterCase) { c.check() }
    @Test(arguments: AddContentCases.all) func addContent(_ c: PesterCase) { c.check() }
}
