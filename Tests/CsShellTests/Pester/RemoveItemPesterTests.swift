import Testing

/// Remove-Item.Tests.ps1 restated (Modules/Microsoft.PowerShell.Management). Each case has its own
/// TestDrive folder holding upstream's test file (and, for the folder cases, its test folder).
enum RemoveItemCases {
    static let file = "Remove-Item.Tests.ps1"

    static func ri(_ body: String) -> String {
        PesterTestDrive.script(#"""
            $testpath = $TestDrive; $testfile = "testfile.txt"; $testfilepath = Join-Path -Path $testpath -ChildPath $testfile
            $null = New-Item -Name $testfile -Path $testpath -ItemType "file" -Value "lorem ipsum" -Force
            $before = Test-Path $testfilepath

            """# + body)
    }

    static func dir(_ body: String) -> String {
        ri(#"""
            $testdirectory = Join-Path -Path $testpath -ChildPath testdir; $testsubdirectory = Join-Path -Path $testdirectory -ChildPath subd
            $null = New-Item -Name "testdir" -Path $testpath -ItemType "directory" -Force
            $before = Test-Path $testdirectory

            """# + body)
    }

    static let all: [PesterCase] = [
        PesterCase(file, "Should be able to be called on a regular file without error using the Path parameter",
                   ri(#"Remove-Item -Path $testfilepath; $before; Test-Path $testfilepath"#), .lines(["True", "False"])),
        PesterCase(file, "Should be able to be called on a file without the Path parameter", ri(#"Remove-Item $testfilepath; $before; Test-Path $testfilepath"#), .lines(["True", "False"])),
        PesterCase(file, "Should be able to call the rm alias", ri(#"rm $testfilepath; $before; Test-Path $testfilepath"#), .lines(["True", "False"])),
        PesterCase(file, "Should be able to call the del alias", ri(#"del $testfilepath; $before; Test-Path $testfilepath"#), .lines(["True", "False"])),
        PesterCase(file, "Should be able to call the erase alias", ri(#"erase $testfilepath; $before; Test-Path $testfilepath"#), .lines(["True", "False"])),
        PesterCase(file, "Should be able to call the ri alias", ri(#"ri $testfilepath; $before; Test-Path $testfilepath"#), .lines(["True", "False"])),
        // Upstream sets IsReadOnly with Set-ItemProperty; on Unix that is the file's write bits.
        PesterCase(file, "Should not be able to remove a read-only document without using the force switch",
                   ri(#"/bin/chmod 444 $testfilepath; Remove-Item $testfilepath -ErrorAction SilentlyContinue; Test-Path $testfilepath; Remove-Item $testfilepath -Force; Test-Path $testfilepath"#),
                   .lines(["True", "False"])),
        PesterCase(file, "Should be able to remove all files matching a regular expression with the include parameter",
                   ri(#"""
                      foreach ($n in 'file1.txt', 'file2.txt', 'file3.txt') { $null = New-Item -Name $n -Path $testpath -ItemType "file" -Value "lorem ipsum" }
                      Remove-Item (Join-Path -Path $testpath -ChildPath "*") -Include file*.txt
                      'file1.txt', 'file2.txt', 'file3.txt' | ForEach-Object { Test-Path (Join-Path -Path $testpath -ChildPath $_) }
                      Test-Path $testfilepath; Remove-Item $testfilepath; Test-Path $testfilepath
                      """#), .lines(["False", "False", "False", "True", "False"])),
        PesterCase(file, "Should be able to not remove any files matching a regular expression with the exclude parameter",
                   ri(#"""
                      foreach ($n in 'file1.wav', 'file2.wav', 'file1.txt') { $null = New-Item -Name $n -Path $testpath -ItemType "file" -Value "lorem ipsum" }
                      Remove-Item (Join-Path -Path $testpath -ChildPath "file*") -Exclude *.wav -Include *.txt
                      'file1.wav', 'file2.wav', 'file1.txt' | ForEach-Object { Test-Path (Join-Path -Path $testpath -ChildPath $_) }
                      Remove-Item (Join-Path -Path $testpath -ChildPath file1.wav); Remove-Item (Join-Path -Path $testpath -ChildPath file2.wav)
                      'file1.wav', 'file2.wav' | ForEach-Object { Test-Path (Join-Path -Path $testpath -ChildPath $_) }
                      """#), .lines(["True", "True", "False", "False", "False"])),
        // Context "Directory Removal Tests"
        PesterCase(file, "Should be able to remove a directory", dir(#"Remove-Item $testdirectory -ErrorAction Stop; $before; Test-Path $testdirectory"#), .lines(["True", "False"])),
        PesterCase(file, "Should be able to recursively delete subfolders",
                   dir(#"$null = New-Item -Name "subd" -Path $testdirectory -ItemType "directory"; $null = New-Item -Name $testfile -Path $testsubdirectory -ItemType "file" -Value "lorem ipsum"; $complexDirectory = Join-Path -Path $testsubdirectory -ChildPath $testfile; Test-Path $complexDirectory; Remove-Item $testdirectory -Recurse -ErrorAction Stop; Test-Path $testdirectory"#),
                   .lines(["True", "False"])),
        PesterCase(file, "Should be able to recursively delete a directory with a trailing backslash",
                   dir(#"$null = New-Item -Name "subd" -Path $testdirectory -ItemType "directory"; $null = New-Item -Name $testfile -Path $testsubdirectory -ItemType "file" -Value "lorem ipsum"; $complexDirectory = Join-Path -Path $testsubdirectory -ChildPath $testfile; Test-Path $complexDirectory; $testdirectoryWithBackSlash = Join-Path -Path $testdirectory -ChildPath ([IO.Path]::DirectorySeparatorChar); Test-Path $testdirectoryWithBackSlash; Remove-Item $testdirectoryWithBackSlash -Recurse -ErrorAction Stop; Test-Path $testdirectoryWithBackSlash; Test-Path $testdirectory"#),
                   .lines(["True", "True", "False", "False"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should completely remove a datastream from a file", .outOfScope("NTFS alternate data streams (Windows only)")),
        PesterGap(file, "Should completely remove a datastream from a directory", .outOfScope("NTFS alternate data streams (Windows only)")),
    ]
}

@Suite struct RemoveItemPesterTests {
    @Test(arguments: RemoveItemCases.all) func follows(_ c: PesterCase) { c.check() }
}
