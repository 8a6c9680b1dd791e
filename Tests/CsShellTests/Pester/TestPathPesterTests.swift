import Testing

/// Test-Path.Tests.ps1 restated (Modules/Microsoft.PowerShell.Management). Each case has its own
/// TestDrive folder with upstream's files and folders; upstream ages oldfile and olddir by setting
/// their LastWriteTime to a day ago, which is `touch -d` here.
enum TestPathCases {
    static let file = "Test-Path.Tests.ps1"

    static func tp(_ body: String) -> String {
        PesterTestDrive.script(#"""
            $testdirectory = $TestDrive
            $testfilename = New-Item -Path $testdirectory -Name testfile.txt -ItemType file -Value 1 -Force
            New-Item -Path $testdirectory -Name datestfile -Value 1 -ItemType file | Out-Null
            New-Item -Path $testdirectory -Name gatestfile -Value 1 -ItemType file | Out-Null
            New-Item -Path $testdirectory -Name usr -Value 1 -ItemType directory | Out-Null
            $nonExistentDir = Join-Path -Path (Join-Path -Path $testdirectory -ChildPath usr) -ChildPath bin
            $nonExistentPath = Join-Path -Path (Join-Path -Path (Join-Path -Path $testdirectory -ChildPath usr) -ChildPath bin) -ChildPath error
            $today = Get-Date; $oneDayOld = (Get-Date).AddDays(-1); $twoDaysOld = (Get-Date).AddDays(-2)
            $oldFilePath = Join-Path -Path $testdirectory -ChildPath oldfile
            $oldFile = New-Item -Path $oldFilePath -ItemType File
            $oldDirPath = Join-Path -Path $testdirectory -ChildPath olddir
            $oldDir = New-Item -Path $oldDirPath -ItemType Directory
            /usr/bin/touch -d '1 day ago' $oldFilePath $oldDirPath
            $newFilePath = Join-Path -Path $testdirectory -ChildPath newfile
            New-Item -Path $newFilePath -ItemType File | Out-Null
            $newDirPath = Join-Path -Path $testdirectory -ChildPath newdir
            New-Item -Path $newDirPath -ItemType Directory | Out-Null

            """# + body)
    }

    /// The six forms upstream's date Its repeat: -PathType Leaf/Container/Any on the file and the folder, and none.
    static func dates(_ file: String, _ dir: String, _ condition: String) -> String {
        [("$\(file)", "-PathType Leaf"), ("$\(dir)", "-PathType Container"), ("$\(file)", "-PathType Any"), ("$\(dir)", "-PathType Any"), ("$\(file)", ""), ("$\(dir)", "")]
            .map { "(Test-Path -Path \($0.0) \($0.1) \(condition))" }.joined(separator: ", ")
    }

    static let all: [PesterCase] = [
        PesterCase(file, "Should be called on an existing path without error",
                   tp(#"Test-Path $testdirectory; Test-Path -Path $testdirectory; Test-Path -LiteralPath $testdirectory"#), .lines(["True", "True", "True"])),
        PesterCase(file, "Should allow piping objects to it", tp(#"$testdirectory | Test-Path; $nonExistentDir | Test-Path"#), .lines(["True", "False"])),
        PesterCase(file, "Should be called on a nonexistent path without error", tp(#"$null = Test-Path -Path $nonExistentPath"#), .noError),
        PesterCase(file, "Should return false for a nonexistent path", tp(#"Test-Path -Path $nonExistentPath"#), .lines(["False"])),
        PesterCase(file, "Should return true for an existing path", tp(#"Test-Path -Path $testdirectory"#), .lines(["True"])),
        PesterCase(file, "Should return false for an empty string", #"Test-Path -Path ''"#, .lines(["False"])),
        PesterCase(file, "Should return false for a whitespace string", #"Test-Path -Path '  '"#, .lines(["False"])),
        PesterCase(file, "Should write a non-terminating error when given a null path",
                   #"Test-Path -Path $null -ErrorAction SilentlyContinue; try { Test-Path -Path $null -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }"#,
                   .lines(["NullPathNotPermitted,Microsoft.PowerShell.Commands.TestPathCommand"])),
        PesterCase(file, "Should write a non-terminating error when given an array of null paths",
                   #"Test-Path -Path $null, $null -ErrorAction SilentlyContinue; try { Test-Path -Path $null, $null -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }"#,
                   .lines(["NullPathNotPermitted,Microsoft.PowerShell.Commands.TestPathCommand"])),
        PesterCase(file, "Should be able to accept a regular expression",
                   tp(#"$null = Test-Path -Path (Join-Path -Path $testdirectory -ChildPath "u*"); $null = Test-Path -Path (Join-Path -Path $testdirectory -ChildPath "u[a-z]r")"#), .noError),
        PesterCase(file, "Should be able to return the correct result when a regular expression is used",
                   tp(#"'u*', 'u[a-z]*', 'aoeu*', 'u[A-Z]' | ForEach-Object { Test-Path -Path (Join-Path -Path $testdirectory -ChildPath $_) }"#), .lines(["True", "True", "False", "False"])),
        PesterCase(file, "Should return false when the Leaf pathtype is used on a directory", tp(#"Test-Path -Path $testdirectory -PathType Leaf"#), .lines(["False"])),
        PesterCase(file, "Should return true when the Leaf pathtype is used on an existing endpoint", tp(#"Test-Path -Path $testfilename -PathType Leaf"#), .lines(["True"])),
        PesterCase(file, "Should return false when the Leaf pathtype is used on a nonexistent file", tp(#"Test-Path -Path "aoeu" -PathType Leaf"#), .lines(["False"])),
        PesterCase(file, "Should return true when the Leaf pathtype is used on a file using the Type alias instead of PathType",
                   tp(#"Test-Path -Path $testfilename -Type Leaf"#), .lines(["True"])),
        PesterCase(file, "Should be able to search multiple regular expressions using the include switch",
                   tp(#"Test-Path -Path (Join-Path -Path $testdirectory -ChildPath "*") -Include t*"#), .lines(["True"])),
        PesterCase(file, "Should be able to exclude a regular expression using the exclude switch",
                   tp(#"Test-Path -Path (Join-Path -Path $testdirectory -ChildPath "*") -Exclude v*"#), .lines(["True"])),
        PesterCase(file, "Should be able to exclude multiple regular expressions using the exclude switch",
                   tp(#"Test-Path -Path $testfilename -Exclude d*, g*"#), .lines(["True"])),
        PesterCase(file, "Should return true if the syntax of the path is correct when using the IsValid switch",
                   tp(#"Test-Path -Path $nonExistentPath -IsValid"#), .lines(["True"])),
        PesterCase(file, "Should return false if the syntax of the path is incorrect when using the IsValid switch",
                   #"$badPath = " :;!@#$%^&*(){}?+|_-"; Test-Path -Path $badPath -IsValid"#, .lines(["False"])),
        PesterCase(file, "Unix paths should be valid: /usr/bin", "Test-Path -Path '/usr/bin' -IsValid", .lines(["True"])),
        PesterCase(file, "Unix paths should be valid: /usr/bin/", "Test-Path -Path '/usr/bin/' -IsValid", .lines(["True"])),
        PesterCase(file, "Unix paths should be valid: filesystem::/usr/bin", "Test-Path -Path 'filesystem::/usr/bin' -IsValid", .lines(["True"])),
        PesterCase(file, "Unix paths should be valid: filesystem::/usr/bin/", "Test-Path -Path 'filesystem::/usr/bin/' -IsValid", .lines(["True"])),
        PesterCase(file, "Unix paths should be valid: variable::psversiontable", "Test-Path -Path 'variable::psversiontable' -IsValid", .lines(["True"])),
        PesterCase(file, "Unix paths should be valid: /usr/bi*n/test", "Test-Path -Path '/usr/bi*n/test' -IsValid", .lines(["True"])),
        PesterCase(file, "Unix paths should be valid: /usr/bin/tes*t", "Test-Path -Path '/usr/bin/tes*t' -IsValid", .lines(["True"])),
        PesterCase(file, "Unix paths should be invalid: null in path", #"Test-Path -Path "/usr/bi`u{0000}n/test" -IsValid"#, .lines(["False"])),
        PesterCase(file, "Unix paths should be invalid: null in filename", #"Test-Path -Path "/usr/bin/t`u{0000}est" -IsValid"#, .lines(["False"])),
        PesterCase(file, "Should return true on paths containing spaces when the path is surrounded in quotes",
                   #"Test-Path -Path "/totally a valid/path" -IsValid"#, .lines(["True"])),
        PesterCase(file, "Should throw on paths containing spaces when the path is not surrounded in quotes",
                   #"Test-Path -Path /a path/without quotes/around/it -IsValid"#, .throwsErrorId("PositionalParameterNotFound,Microsoft.PowerShell.Commands.TestPathCommand")),
        PesterCase(file, "Should return true if a directory leads or trails with a space when surrounded by quotes",
                   #"Test-Path -Path "/a path / with/funkyspaces" -IsValid"#, .lines(["True"])),
        PesterCase(file, "Should return true on a valid path when the LiteralPath switch is used", tp(#"Test-Path -LiteralPath $testfilename"#), .lines(["True"])),
        PesterCase(file, "Should return false if regular expressions are used with the LiteralPath switch",
                   tp(#"Test-Path -LiteralPath (Join-Path -Path $testdirectory -ChildPath "u*"); Test-Path -LiteralPath (Join-Path -Path $testdirectory -ChildPath "u[a-z]r")"#),
                   .lines(["False", "False"])),
        PesterCase(file, "Should return false if regular expressions are used with the LiteralPath alias PSPath switch",
                   tp(#"Test-Path -PSPath (Join-Path -Path $testdirectory -ChildPath "u*"); Test-Path -PSPath (Join-Path -Path $testdirectory -ChildPath "u[a-z]r")"#),
                   .lines(["False", "False"])),
        PesterCase(file, "Should return true if NewerThan is used and path is newer than one day",
                   tp("@(" + dates("newFilePath", "newDirPath", "-NewerThan $oneDayOld") + ") -join ','"), .lines([Array(repeating: "True", count: 6).joined(separator: ",")])),
        PesterCase(file, "Should return false if NewerThan is used and path is not newer than today",
                   tp("@(" + dates("oldFilePath", "oldDirPath", "-NewerThan $today") + ") -join ','"), .lines([Array(repeating: "False", count: 6).joined(separator: ",")])),
        PesterCase(file, "Should return true if OlderThan is used and path is older than today",
                   tp("@(" + dates("oldFilePath", "oldDirPath", "-OlderThan $today") + ") -join ','"), .lines([Array(repeating: "True", count: 6).joined(separator: ",")])),
        PesterCase(file, "Should return false if OlderThan is used and path is not older than one day",
                   tp("@(" + dates("newFilePath", "newDirPath", "-OlderThan $oneDayOld") + ") -join ','"), .lines([Array(repeating: "False", count: 6).joined(separator: ",")])),
        PesterCase(file, "Should return true if OlderThan and NewerThan is used together and path exists in date range",
                   tp("@(" + dates("oldFilePath", "oldDirPath", "-NewerThan $twoDaysOld -OlderThan $today") + ") -join ','"), .lines([Array(repeating: "True", count: 6).joined(separator: ",")])),
        PesterCase(file, "Should return false if OlderThan and NewerThan is used together and path does not exist in date range",
                   tp("@(" + dates("newFilePath", "newDirPath", "-NewerThan $twoDaysOld -OlderThan $oneDayOld") + ") -join ','"), .lines([Array(repeating: "False", count: 6).joined(separator: ",")])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should return true if used on components other than filesystem objects", .notDone("csshell has no Get-ChildItem, so no gci alias")),
        PesterGap(file, "Windows paths should be valid: C:\\Program Files", .outOfScope("Windows paths (skipped off Windows upstream)")),
        PesterGap(file, "Windows paths should be valid: C:\\Program Files (x86)\\", .outOfScope("Windows paths (skipped off Windows upstream)")),
        PesterGap(file, "Windows paths should be valid: filesystem::z:\\foo", .outOfScope("Windows paths (skipped off Windows upstream)")),
        PesterGap(file, "Windows paths should be valid: filesystem::z:\\foo\\", .outOfScope("Windows paths (skipped off Windows upstream)")),
        PesterGap(file, "Windows paths should be valid: variable::psversiontable", .outOfScope("Windows paths (skipped off Windows upstream)")),
        PesterGap(file, "Windows paths should be valid: c:\\windows\\cmd.exe:test", .outOfScope("Windows paths (skipped off Windows upstream)")),
        PesterGap(file, "Windows paths should be inavlid: wildcard", .outOfScope("Windows paths (skipped off Windows upstream)")),
        PesterGap(file, "Windows paths should be inavlid: pipe symbol", .outOfScope("Windows paths (skipped off Windows upstream)")),
        PesterGap(file, "Windows paths should be inavlid: null char", .outOfScope("Windows paths (skipped off Windows upstream)")),
    ]
}

@Suite struct TestPathPesterTests {
    @Test(arguments: TestPathCases.all) func follows(_ c: PesterCase) { c.check() }
}
