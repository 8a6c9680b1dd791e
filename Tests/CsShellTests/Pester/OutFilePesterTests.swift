import Testing

/// Out-File.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Each case writes its own file
/// under /tmp (upstream: TestDrive:). Upstream's object is `New-Object psobject -Property
/// @{text=...}`; a [pscustomobject] literal is the same object.
enum OutFileCases {
    static let file = "Out-File.Tests.ps1"

    static func setup(_ name: String) -> String {
        #"$expectedContent = "some test text"; $inObject = [pscustomobject]@{text=$expectedContent}; $testfile = "/tmp/csshell-pester-outfile-$PID-"# + name + #".txt"; "#
    }
    static let cleanup = #"; Remove-Item $testfile -Force"#
    /// One table of the object, as the console shows it: a blank line, header, rule, row, a blank line.
    /// (Upstream also asserts that the lines after the last one are empty: an index past the end is $null.)
    static let table = ["", "text", "----", "some test text", ""]

    static let all: [PesterCase] = [
        // Describe "Out-File DRT Unit Tests" (both Its have the same title upstream)
        PesterCase(file, "Should be able to write the contents into a file with -pspath",
                   setup("pspath") + #"1 | Out-File -PSPath $testfile; Get-Content $testfile"# + cleanup, .lines(["1"])),
        PesterCase(file, "Should be able to write the contents into a file with -pspath (append)",
                   setup("append1") + #"'This is first line.' | Out-File $testfile; 'This is second line.' | Out-File -Append $testfile; $c = Get-Content $testfile -Raw; $c -match 'first' -and $c -match 'second'"# + cleanup,
                   .isTrue),
        // Describe "Out-File"
        PesterCase(file, "Should be able to be called without error", setup("called") + #"Out-File -FilePath $testfile"# + cleanup, .noError),
        PesterCase(file, "Should be able to accept string input via piping",
                   setup("piping") + #"$expectedContent | Out-File -FilePath $testfile; (Get-Content $testfile) -eq $expectedContent"# + cleanup, .isTrue),
        PesterCase(file, "Should be able to accept string input via the InputObject switch",
                   setup("inputobject") + #"Out-File -FilePath $testfile -InputObject $expectedContent; (Get-Content $testfile) -eq $expectedContent"# + cleanup, .isTrue),
        PesterCase(file, "Should be able to accept object input",
                   setup("object") + #"$inObject | Out-File -FilePath $testfile; Out-File -FilePath $testfile -InputObject $inObject"# + cleanup, .noError),
        PesterCase(file, "Should not overwrite when the noclobber switch is used",
                   setup("noclobber") + #"Out-File -FilePath $testfile -InputObject $inObject; try { Out-File -FilePath $testfile -InputObject $inObject -NoClobber -ErrorAction SilentlyContinue } catch { $_.Exception.Message -like '*already exists.*' }; try { Out-File -FilePath $testfile -InputObject $inObject -NoOverWrite -ErrorAction SilentlyContinue } catch { $_.Exception.Message -like '*already exists.*' }; Get-Content $testfile"# + cleanup,
                   .lines(["True", "True"] + table)),
        PesterCase(file, "Should Append a new line when the append switch is used",
                   setup("appendswitch") + #"Out-File -FilePath $testfile -InputObject $inObject; Out-File -FilePath $testfile -InputObject $inObject -Append; Get-Content $testfile"# + cleanup,
                   .lines(table + table)),
        PesterCase(file, "Should limit each line to the specified number of characters when the width switch is used on objects",
                   setup("width") + #"Out-File -FilePath $testfile -Width 10 -InputObject $inObject; $a = Get-Content $testfile; $a[0]; $a[1]; $a[2]; $a[3] -ceq "some test`u{2026}""# + cleanup,
                   .lines(["", "text", "----", "True"])),
        // Upstream sets IsReadOnly with Set-ItemProperty; on Unix that is the file's write bits.
        PesterCase(file, "Should allow the cmdlet to overwrite an existing read-only file",
                   setup("readonly") + #"Out-File -FilePath $testfile -InputObject $inObject; /bin/chmod 444 $testfile; Out-File -FilePath $testfile -InputObject $inObject -Append -Force; Get-Content $testfile; /usr/bin/stat -c %a $testfile"# + cleanup,
                   .lines(table + table + ["444"])),
        PesterCase(file, "Should be able to use the 'Path' alias for the 'FilePath' parameter", setup("pathalias") + #"Out-File -Path $testfile"# + cleanup, .noError),
    ]
}

/// Pester.Commands.Cmdlets.NoNewlineParameter.Tests.ps1 restated (Modules/Microsoft.PowerShell.Management).
enum NoNewlineParameterCases {
    static let file = "Pester.Commands.Cmdlets.NoNewlineParameter.Tests.ps1"

    static let all: [PesterCase] = [
        // Upstream counts the file's bytes (Get-Content -AsByteStream); in ASCII that is its length as text.
        PesterCase(file, "NoNewline parameter works on Out-File",
                   #"$temp = "/tmp/csshell-pester-nonewline-$PID.txt"; 1..5 | Out-File $temp -Encoding 'ASCII' -NoNewline; (Get-Content $temp -Raw).Length; Remove-Item $temp"#,
                   .lines(["5"])),
        PesterCase(file, "NoNewline parameter works on Set-Content",
                   PesterTestDrive.script(#"$temp = "${TESTDRIVE}/test2.txt"; Set-Content -Path $temp -Value 'a','b','c' -Encoding 'ASCII' -NoNewline; (Get-Content $temp -AsByteStream).Count"#),
                   .lines(["3"])),
        // Upstream's file comes from New-TemporaryFile; a file in the TestDrive folder is as new.
        PesterCase(file, "NoNewline parameter works on Add-Content",
                   PesterTestDrive.script(#"$temp = "${TESTDRIVE}/test3.txt"; 1..9 | ForEach-Object {Add-Content -Path $temp -Value $_ -Encoding 'ASCII' -NoNewline}; (Get-Content $temp -AsByteStream).Count"#),
                   .lines(["9"])),
    ]

    static let gaps: [PesterGap] = []
}

@Suite struct OutFilePesterTests {
    @Test(arguments: OutFileCases.all) func follows(_ c: PesterCase) { c.check() }
    @Test(arguments: NoNewlineParameterCases.all) func noNewline(_ c: PesterCase) { c.check() }
}
