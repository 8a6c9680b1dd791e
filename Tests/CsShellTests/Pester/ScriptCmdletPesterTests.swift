import Testing

/// Split-Path.Tests.ps1 restated (Modules/Microsoft.PowerShell.Management). Paths use `/`, as the
/// upstream cases do on Linux ([System.IO.Path]::DirectorySeparatorChar).
enum SplitPathCases {
    static let file = "Split-Path.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Should return a string object when invoked",
                   "(Split-Path /usr/bin) -is [string] -and (Split-Path /usr/bin -Leaf) -is [string] -and (Split-Path / -Resolve) -is [string]", .isTrue),
        PesterCase(file, "Should return the name of the drive when the qualifier switch is used",
                   "Split-Path -Qualifier env:; Split-Path -Qualifier env:PATH", .lines(["env:", "env:"])),
        PesterCase(file, "Should error when using the qualifier switch and no qualifier in the path",
                   "Split-Path -Qualifier -ErrorAction Stop /Users", .throwsErrorId("ParsePathFormatError")),
        PesterCase(file, "Should error given positional parameter #2",
                   "Split-Path env: $NULL", .throwsErrorId("PositionalParameterNotFound,Microsoft.PowerShell.Commands.SplitPathCommand")),
        PesterCase(file, "Should return the path when the noqualifier switch is used",
                   "Split-Path env:PATH -NoQualifier", .lines(["PATH"])),
        PesterCase(file, "Should return the base name when the leaf switch is used",
                   "Split-Path -Leaf /usr/bin; Split-Path -Leaf fs:/usr/local/bin; Split-Path -Leaf usr/bin; Split-Path -Leaf ./bin; Split-Path -Leaf bin; Split-Path -Leaf 'C:\\Temp\\Folder1'; Split-Path -Leaf 'C:\\Temp'; Split-Path -Leaf '\\\\server1\\share1\\folder'; Split-Path -Leaf '\\\\server1\\share1'",
                   .lines(["bin", "bin", "bin", "bin", "bin", "Folder1", "Temp", "folder", "share1"])),
        PesterCase(file, "Should be able to accept regular expression input and output an array for multiple objects",
                   "$d = \"/tmp/cs-pester-split-$PID\"; New-Item \"$d/testfile1.ps1\", \"$d/testfile2.ps1\" -Force | Out-Null; $a = (Split-Path \"$d/testfile*.ps1\" -Leaf -Resolve) | Sort-Object; Remove-Item $d -Recurse; $a.Count -eq 2 -and $a[0] -ceq 'testfile1.ps1' -and $a[1] -ceq 'testfile2.ps1'",
                   .isTrue),
        PesterCase(file, "Should be able to tell if a given path is an absolute path",
                   "Split-Path -IsAbsolute fs:/usr/bin; Split-Path -IsAbsolute ..; Split-Path -IsAbsolute /usr/..; Split-Path -IsAbsolute fs:/usr/../; Split-Path -IsAbsolute ../; Split-Path -IsAbsolute .; Split-Path -IsAbsolute ~/; Split-Path -IsAbsolute ~/..; Split-Path -IsAbsolute ~/../..",
                   .lines(["True", "False", "True", "True", "False", "False", "False", "False", "False"])),
        PesterCase(file, "Should support piping", "'usr/bin' | Split-Path", .lines(["usr"])),
        PesterCase(file, "Should return the path up to the parent of the directory when Parent switch is used",
                   "Split-Path -Parent 'fs:/usr/bin'; Split-Path -Parent '/usr/bin'; Split-Path -Parent '/usr/local/bin'; Split-Path -Parent 'usr/local/bin'; Split-Path -Parent 'C:\\Temp\\Folder1'; Split-Path -Parent 'C:\\Temp'; Split-Path -Parent '\\\\server1\\share1\\folder'; Split-Path -Parent '\\\\server1\\share1'",
                   .lines(["fs:/usr", "/usr", "/usr/local", "usr/local", "C:/Temp", "C:/", "//server1/share1", "//server1"])),
        PesterCase(file, "Does not split a drive letter", "[string]::IsNullOrEmpty((Split-Path -Path 'C:\\'))", .isTrue),
        PesterCase(file, "Should handle explicit -Qualifier:`$false parameter value correctly",
                   "[string]::IsNullOrEmpty((Split-Path -Path 'env:PATH' -Qualifier:$false))", .isTrue),
        PesterCase(file, "Should handle explicit -NoQualifier:`$false parameter value correctly",
                   "[string]::IsNullOrEmpty((Split-Path -Path 'env:PATH' -NoQualifier:$false))", .isTrue),
        PesterCase(file, "Should handle explicit -Leaf:`$false parameter value correctly", "Split-Path -Path '/usr/bin' -Leaf:$false", .lines(["/usr"])),
        PesterCase(file, "Should handle explicit -IsAbsolute:`$false parameter value correctly", "Split-Path -Path 'fs:/usr/bin' -IsAbsolute:$false", .lines(["fs:/usr"])),
    ]
}

/// Join-Path.Tests.ps1 restated (Modules/Microsoft.PowerShell.Management).
enum JoinPathCases {
    static let file = "Join-Path.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "should output multiple paths when called with multiple -Path targets",
                   "$d = \"/tmp/cs-pester-join-$PID\"; New-Item \"$d/SubDir1\" -ItemType Directory -Force | Out-Null; $n = (Join-Path -Path $d, $d -ChildPath SubDir1 -Resolve).Length; Remove-Item $d -Recurse; $n",
                   .lines(["2"])),
        PesterCase(file, "should throw 'DriveNotFound' when called with -Resolve and drive does not exist",
                   "Join-Path bogusdrive:\\\\somedir otherdir -Resolve -ErrorAction Stop", .throwsErrorId("DriveNotFound,Microsoft.PowerShell.Commands.JoinPathCommand")),
        PesterCase(file, "should throw 'PathNotFound' when called with -Resolve and item does not exist",
                   "Join-Path Bogus Path -Resolve -ErrorAction Stop", .throwsErrorId("PathNotFound,Microsoft.PowerShell.Commands.JoinPathCommand")),
        PesterCase(file, "should return one object when called with a Windows FileSystem::Redirector",
                   "$r = Join-Path FileSystem::windir system32; $r.Count -eq 1 -and $r -ceq 'FileSystem::windir/system32'", .isTrue),
        PesterCase(file, "should be able to join-path special string 'Variable:' with 'foo'",
                   "$r = Join-Path 'Variable:' 'foo'; $r.Count -eq 1 -and $r -ceq 'Variable:/foo'", .isTrue),
        PesterCase(file, "should be able to join-path special string 'Alias:' with 'foo'",
                   "$r = Join-Path 'Alias:' 'foo'; $r.Count -eq 1 -and $r -ceq 'Alias:/foo'", .isTrue),
        PesterCase(file, "should be able to join-path special string 'Env:' with 'foo'",
                   "$r = Join-Path 'Env:' 'foo'; $r.Count -eq 1 -and $r -ceq 'Env:/foo'", .isTrue),
        PesterCase(file, "should be able to join multiple child paths passed by position with remaining arguments",
                   "$r = Join-Path one two three four five; $r.Count -eq 1 -and $r -ceq 'one/two/three/four/five'", .isTrue),
        PesterCase(file, "Join-Path -Path one -ChildPath two, three", "Join-Path -Path one -ChildPath two, three", .lines(["one/two/three"])),
        PesterCase(file, "Join-Path -Path one, two -ChildPath three, four", "Join-Path -Path one, two -ChildPath three, four", .lines(["one/three/four", "two/three/four"])),
        PesterCase(file, "Join-Path -Path one -ChildPath @()", "Join-Path -Path one -ChildPath @()", .lines(["one/"])),
        PesterCase(file, "Join-Path -Path one -ChildPath $null", "Join-Path -Path one -ChildPath $null", .lines(["one/"])),
        PesterCase(file, "Join-Path -Path one -ChildPath [string]::Empty", "Join-Path -Path one -ChildPath ([string]::Empty)", .lines(["one/"])),
        PesterCase(file, "should handle extension parameter: change extension", "Join-Path -Path folder -ChildPath file.txt -Extension .log", .lines(["folder/file.log"])),
        PesterCase(file, "should handle extension parameter: add extension to file without extension", "Join-Path -Path folder -ChildPath file -Extension .txt", .lines(["folder/file.txt"])),
        PesterCase(file, "should handle extension parameter: extension without leading dot", "Join-Path -Path folder -ChildPath file.txt -Extension log", .lines(["folder/file.log"])),
        PesterCase(file, "should handle extension parameter: double extension with dot", "Join-Path -Path folder -ChildPath file.txt -Extension .tar.gz", .lines(["folder/file.tar.gz"])),
        PesterCase(file, "should handle extension parameter: double extension without dot", "Join-Path -Path folder -ChildPath file.txt -Extension tar.gz", .lines(["folder/file.tar.gz"])),
        PesterCase(file, "should handle extension parameter: remove extension with empty string", "Join-Path -Path folder -ChildPath file.txt -Extension ''", .lines(["folder/file"])),
        PesterCase(file, "should handle extension parameter: preserve dots in base name when removing extension with empty string",
                   "Join-Path -Path folder -ChildPath file...txt -Extension ''", .lines(["folder/file.."])),
        PesterCase(file, "should handle extension parameter: replace only the last extension for files with multiple dots",
                   "Join-Path -Path folder -ChildPath file.backup.txt -Extension .log", .lines(["folder/file.backup.log"])),
        PesterCase(file, "should handle extension parameter: preserve dots in base name when changing extension",
                   "Join-Path -Path folder -ChildPath file...txt -Extension .md", .lines(["folder/file...md"])),
        PesterCase(file, "should handle extension parameter: add extension to directory-like path", "Join-Path -Path folder -ChildPath subfolder -Extension .log", .lines(["folder/subfolder.log"])),
        PesterCase(file, "should handle extension parameter with multiple child path segments: change extension when joining multiple child path segments",
                   "Join-Path -Path folder -ChildPath subfolder, file.txt -Extension .log", .lines(["folder/subfolder/file.log"])),
        PesterCase(file, "should change extension for multiple paths",
                   "$r = Join-Path -Path folder1, folder2 -ChildPath file.txt -Extension .log; $r.Count -eq 2 -and $r[0] -ceq 'folder1/file.log' -and $r[1] -ceq 'folder2/file.log'", .isTrue),
        PesterCase(file, "should resolve path when -Extension changes to existing file",
                   "$d = \"/tmp/cs-pester-join-ext-$PID\"; New-Item \"$d/testfile.log\" -Force | Out-Null; $r = Join-Path -Path $d -ChildPath testfile.txt -Extension .log -Resolve; Remove-Item $d -Recurse; $r -like '*testfile.log'",
                   .isTrue),
        PesterCase(file, "should throw error when -Extension changes to non-existing file with -Resolve",
                   "Join-Path -Path / -ChildPath testfile.txt -Extension .nonexistent -Resolve -ErrorAction Stop", .throwsErrorId("PathNotFound,Microsoft.PowerShell.Commands.JoinPathCommand")),
        PesterCase(file, "should accept Extension from pipeline by property name",
                   "[PSCustomObject]@{ Path = 'folder'; ChildPath = 'file.txt'; Extension = '.log' } | Join-Path", .lines(["folder/file.log"])),
    ]
}

/// New-TimeSpan.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum NewTimeSpanCases {
    static let file = "New-TimeSpan.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Should works proper with new-timespan",
                   "$r = New-TimeSpan -Days 10 -Hours 10 -Minutes 10 -Seconds 10 -Milliseconds 10; $r -is [System.Timespan] -and $r.Days -eq 10 -and $r.Hours -eq 10 -and $r.Minutes -eq 10 -and $r.Seconds -eq 10 -and $r.Milliseconds -eq 10",
                   .isTrue),
        PesterCase(file, "Should be able to create a new timespan object", "Set-Variable -Name testObject -Value $(New-TimeSpan); $testObject -is [System.Timespan]", .isTrue),
        PesterCase(file, "Should have expected values for time properties set during creation",
                   "$t = New-TimeSpan; $t.Days -eq 0 -and $t.Hours -eq 0 -and $t.Minutes -eq 0 -and $t.Seconds -eq 0 -and $t.Milliseconds -eq 0 -and $t.Ticks -lt 10000000", .isTrue),
        PesterCase(file, "Should have matching output when using the Start switch vs piping from another cmdlet",
                   "$f = New-Item \"/tmp/cs-pester-ts-$PID.txt\" -Force; $a = New-TimeSpan -Start $f.LastWriteTime; $b = $f | New-TimeSpan; Remove-Item $f.FullName; [math]::Abs($a.Milliseconds - $b.Milliseconds) -lt 100",
                   .isTrue),
    ]
}

/// Start-Sleep.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility); the waits are shortened to
/// 300 ms and measured with Get-Date instead of a Stopwatch.
enum StartSleepCases {
    static let file = "Start-Sleep.Tests.ps1"
    static func timed(_ command: String) -> String {
        "$s = Get-Date; \(command); ((Get-Date) - $s).TotalMilliseconds -ge 290"
    }
    static let all: [PesterCase] = [
        PesterCase(file, "Should work properly when sleeping with Second", timed("Start-Sleep -Seconds 0.3"), .isTrue),
        PesterCase(file, "Should work properly when sleeping with Milliseconds", timed("Start-Sleep -Milliseconds 300"), .isTrue),
        PesterCase(file, "Should work properly when sleeping with a [TimeSpan]", timed("Start-Sleep -Duration ([timespan]::FromMilliseconds(300))"), .isTrue),
        PesterCase(file, "Should work properly when sleeping with ms alias", timed("Start-Sleep -ms 300"), .isTrue),
        PesterCase(file, "Should work properly when sleeping without parameters", timed("Start-Sleep 0.3"), .isTrue),
        PesterCase(file, "Should work properly when sleeping without parameters from [timespan]", timed("Start-Sleep ([timespan]::FromMilliseconds(300))"), .isTrue),
        PesterCase(file, "Should validate [timespan] parameter values",
                   "Start-Sleep -Duration '0:00:00.01'; try { Start-Sleep -Duration '-0:00:01' } catch { $_.FullyQualifiedErrorId }; try { Start-Sleep -Duration '30.0:00:00' } catch { $_.FullyQualifiedErrorId }",
                   .lines(["ParameterArgumentValidationError,Microsoft.PowerShell.Commands.StartSleepCommand", "MaximumDurationExceeded,Microsoft.PowerShell.Commands.StartSleepCommand"])),
        PesterCase(file, "Should only sleep for at least 1 second", "$s = Get-Date; Start-Sleep -s 1; ((Get-Date) - $s).TotalSeconds -gt 0.25", .isTrue),
    ]
}

/// Write-Verbose.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum WriteVerboseCases {
    static let file = "Write-Verbose.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Should be able to call cmdlet without error", "Write-Verbose -Message 'test' -ErrorAction SilentlyContinue", .noError),
        PesterCase(file, "Should not display verbose output by default",
                   "$VerbosePreference -eq 'SilentlyContinue' -and $null -eq (Write-Verbose -Message 'test')", .isTrue),
        PesterCase(file, "Should be able to set verbose output to display by changing the `$VerbosePreference automatic variable",
                   "$VerbosePreference = 'Continue'; $null -ne (Write-Verbose -Message 'test' 4>&1)", .isTrue),
        PesterCase(file, "Should be able to set verbose output to display by using the verbose switch",
                   "\"$(Write-Verbose -Message 'test' -Verbose 4>&1)\" -ceq 'test'", .isTrue),
        PesterCase(file, "Should be able to set verbose switch using a colon and boolean",
                   "Write-Verbose -Message 'test' -Verbose:$false; \"$(Write-Verbose -Message 'test' -Verbose:$true 4>&1)\" -ceq 'test'", .isTrue),
        PesterCase(file, "Should not have added line breaks",
                   "$text = '0123456789' * 20; $VerbosePreference = 'Continue'; $out = Write-Verbose $text 4>&1; \"$out\" -ceq $text", .isTrue),
    ]
}

@Suite struct ScriptCmdletPesterTests {
    @Test(arguments: SplitPathCases.all) func splitPath(_ c: PesterCase) { c.check() }
    @Test(arguments: JoinPathCases.all) func joinPath(_ c: PesterCase) { c.check() }
    @Test(arguments: NewTimeSpanCases.all) func newTimeSpan(_ c: PesterCase) { c.check() }
    @Test(arguments: StartSleepCases.all) func startSleep(_ c: PesterCase) { c.check() }
    @Test(arguments: WriteVerboseCases.all) func writeVerbose(_ c: PesterCase) { c.check() }
}
