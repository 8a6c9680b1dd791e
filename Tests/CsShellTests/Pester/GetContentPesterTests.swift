import Foundation
import Testing

/// Get-Content.Tests.ps1 restated (Modules/Microsoft.PowerShell.Management). Each case has its own
/// TestDrive folder holding upstream's two files (one line, and five lines joined by the newline).
enum GetContentCases {
    static let file = "Get-Content.Tests.ps1"

    static let setup = #"""
        $testString = 'This is a test content for a file'; $nl = "`n"
        $firstline = "Here's a first line "; $secondline = " here's a second line"; $thirdline = 'more text'
        $fourthline = 'just to make sure'; $fifthline = "there's plenty to work with"
        $testString2 = $firstline + $nl + $secondline + $nl + $thirdline + $nl + $fourthline + $nl + $fifthline
        $testPath = Join-Path -Path $TestDrive -ChildPath testfile1; $testPath2 = Join-Path -Path $TestDrive -ChildPath testfile2
        $testContent = 'AA','BB','CC','DD'
        $testDelimiterContent = 'Hello1,World1','Hello2,World2','Hello3,World3','Hello4,World4'
        $null = New-Item -Path $testPath -ItemType file -Force -Value $testString
        $null = New-Item -Path $testPath2 -ItemType file -Force -Value $testString2

        """#

    static func gc(_ body: String) -> String { PesterTestDrive.script(setup + body) }

    /// Context "Check Get-Content containing multi-byte chars": four lines written by Set-Content.
    static func multiByte(_ body: String) -> String {
        gc(#"$firstLine = 'Hello,World'; $secondLine = 'Hello2,World2'; $thirdLine = 'Hello3,World3'; $fourthLine = 'Hello4,World4'; $fileContent = $firstLine,$secondLine,$thirdLine,$fourthLine; Set-Content -Path $testPath $fileContent; "# + body)
    }

    /// One row of "Verifies -Tail with content that uses an explicit/implicit encoding".
    static func tailWithEncoding(_ name: String) -> String {
        gc(#"""
            $contentSets = @(@('a1','aa2','aaa3','aaaa4','aaaaa5'), @('€1','€€2','€€€3','€€€€4','€€€€€5'), @('𐍈1','𐍈𐍈2','𐍈𐍈𐍈3','𐍈𐍈𐍈𐍈4','𐍈𐍈𐍈𐍈𐍈5'))
            $ok = foreach ($content in $contentSets) {
                $tailCount = 4
                $testPath = Join-Path -Path $TestDrive -ChildPath 'TailWithEncoding.txt'
                $content | Set-Content -Path $testPath -Encoding ENC
                $expected = (Get-Content -Path $testPath -Encoding ENC)[-$tailCount]
                $actual = Get-Content -Path $testPath -Tail $tailCount -Encoding ENC
                @($actual | Where-Object { $_ -isnot [string] }).Count -eq 0 -and $actual.Length -eq $tailCount -and $actual[0] -ceq $expected
            }
            $ok.Count -eq 3 -and $ok -notcontains $false
            """#.replacingOccurrences(of: "ENC", with: name))
    }

    /// One row of "should Get-Content with a variety of -Tail and -ReadCount": the number of objects,
    /// then each object (an array joined by commas).
    static func tailReadCount(_ readCount: Int, _ tail: Int) -> String {
        gc(#"Set-Content -Path $testPath $testContent; $p = @{Path = $testPath; ReadCount = "# + "\(readCount); Tail = \(tail)}; " +
           #"$result = Get-Content @p; $result.Length; $result | ForEach-Object { $_ -join ',' }"#)
    }

    static let all: [PesterCase] = [
        // Upstream reads "." (its current folder); the TestDrive folder is a folder as well.
        PesterCase(file, "Should throw an error on a directory", gc(#"Get-Content $TestDrive -ErrorAction Stop"#), .throwsErrorId("GetContainerContentException")),
        PesterCase(file, "Should return an Object when listing only a single line and the correct information from a file",
                   gc(#"$content = (Get-Content -Path $testPath); $content -ceq $testString -and $content.Count -eq 1 -and $content -is [string]"#), .isTrue),
        PesterCase(file, "Should deliver an array object when listing a file with multiple lines and the correct information from a file",
                   gc(#"$content = (Get-Content -Path $testPath2); ($content -join '|') -ceq ($testString2.Split($nl) -join '|') -and $content -is [array] -and $content.Count -eq 5"#), .isTrue),
        PesterCase(file, "Should be able to return a specific line from a file", gc(#"(Get-Content -Path $testPath2)[1] -ceq $secondline"#), .isTrue),
        PesterCase(file, "Should be able to specify the number of lines to get the content of using the TotalCount switch",
                   gc(#"$returnArray = (Get-Content -Path $testPath2 -TotalCount 2); $returnArray[0] -ceq $firstline -and $returnArray[1] -ceq $secondline"#), .isTrue),
        PesterCase(file, "Should be able to specify the number of lines to get the content of using the Head switch",
                   gc(#"$returnArray = (Get-Content -Path $testPath2 -Head 2); $returnArray[0] -ceq $firstline -and $returnArray[1] -ceq $secondline"#), .isTrue),
        PesterCase(file, "Should be able to specify the number of lines to get the content of using the First switch",
                   gc(#"$returnArray = (Get-Content -Path $testPath2 -First 2); $returnArray[0] -ceq $firstline -and $returnArray[1] -ceq $secondline"#), .isTrue),
        PesterCase(file, "Should return the last line of a file using the Tail switch", gc(#"(Get-Content -Path $testPath -Tail 1) -ceq $testString"#), .isTrue),
        PesterCase(file, "Should return the last lines of a file using the Last alias", gc(#"(Get-Content -Path $testPath2 -Last 1) -ceq $fifthline"#), .isTrue),
        PesterCase(file, "Verifies -TotalCount reports a ParameterArgumentValidationError error for negative values",
                   gc(#"Get-Content -Path $testPath2 -TotalCount -2"#), .throwsErrorId("ParameterArgumentValidationError")),
        PesterCase(file, "Verifies -Tail reports a ParameterArgumentValidationError error for negative values",
                   gc(#"Get-Content -Path $testPath2 -Tail -2"#), .throwsErrorId("ParameterArgumentValidationError")),
        PesterCase(file, "Verifies -Tail reports a TailNotSupported error for unsupported providers",
                   gc(#"Get-Content -Path Variable:\PSHOME -Tail 1 -ErrorAction Stop"#), .throwsErrorId("TailNotSupported")),
        PesterCase(file, "Verifies using -Tail and -TotalCount together reports a TailAndHeadCannotCoexist error",
                   gc(#"Get-Content -Path Variable:\PSHOME -Tail 1 -TotalCount 5 -ErrorAction Stop"#), .throwsErrorId("TailAndHeadCannotCoexist")),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (String)", tailWithEncoding("String"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (OEM)", tailWithEncoding("OEM"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (Unicode)", tailWithEncoding("Unicode"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (BigEndianUnicode)", tailWithEncoding("BigEndianUnicode"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (BigEndianUTF32)", tailWithEncoding("BigEndianUTF32"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (UTF8)", tailWithEncoding("UTF8"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (UTF8BOM)", tailWithEncoding("UTF8BOM"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (UTF8NoBOM)", tailWithEncoding("UTF8NoBOM"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (UTF7)", tailWithEncoding("UTF7"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (UTF32)", tailWithEncoding("UTF32"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (Ascii)", tailWithEncoding("Ascii"), .isTrue),
        PesterCase(file, "Verifies -Tail with content that uses an explicit/implicit encoding (ANSI)", tailWithEncoding("ANSI"), .isTrue),
        PesterCase(file, "should Get-Content with a variety of -Tail and -ReadCount: negative readcount", tailReadCount(-1, 5), .lines(["4", "AA", "BB", "CC", "DD"])),
        PesterCase(file, "should Get-Content with a variety of -Tail and -ReadCount: readcount=0", tailReadCount(0, 3), .lines(["3", "BB", "CC", "DD"])),
        PesterCase(file, "should Get-Content with a variety of -Tail and -ReadCount: readcount=1", tailReadCount(1, 3), .lines(["3", "BB", "CC", "DD"])),
        PesterCase(file, "should Get-Content with a variety of -Tail and -ReadCount: high readcount", tailReadCount(99999, 3), .lines(["3", "BB", "CC", "DD"])),
        PesterCase(file, "should Get-Content with a variety of -Tail and -ReadCount: readcount=2 tail=3", tailReadCount(2, 3), .lines(["2", "BB,CC", "DD"])),
        PesterCase(file, "should Get-Content with a variety of -Tail and -ReadCount: readcount=2 tail=2", tailReadCount(2, 2), .lines(["2", "CC", "DD"])),
        PesterCase(file, "should Get-Content with a variety of -Delimiter and -Tail: , as delimiter",
                   gc(#"Set-Content -Path $testPath $testDelimiterContent; $result = Get-Content -Path $testPath -Delimiter ',' -Tail 2; $result.Length -eq 2 -and $result[0] -ceq "World3${nl}Hello4" -and $result[1] -ceq "World4${nl}""#), .isTrue),
        PesterCase(file, "should Get-Content with a variety of -Delimiter and -Tail: o as delimiter",
                   gc(#"Set-Content -Path $testPath $testDelimiterContent; $result = Get-Content -Path $testPath -Delimiter 'o' -Tail 3; $result.Length -eq 3 -and $result[0] -ceq "rld3${nl}Hell" -and $result[1] -ceq '4,W' -and $result[2] -ceq "rld4${nl}""#), .isTrue),
        // "\nBB\nCC\nDD\n" (upstream's expectation off Windows).
        PesterCase(file, "should Get-Content with a variety of -Tail values and -AsByteStream parameter",
                   gc(#"Set-Content -Path $testPath $testContent; $result = Get-Content -Path $testPath -Tail 10 -AsByteStream; $result.Length; $result -join ','"#),
                   .lines(["10", "10,66,66,10,67,67,10,68,68,10"])),
        PesterCase(file, "should Get-Content that matches the input string",
                   gc(#"Set-Content $testPath "Hello,llllWorlld","Hello2,llllWorlld2"; $result = Get-Content $testPath -Delimiter "ll"; $expected = 'He', 'o,', '', 'Wor', "d${nl}He", 'o2,', '', 'Wor', "d2${nl}"; $result.Length -eq 9 -and ($result -join '|') -ceq ($expected -join '|')"#), .isTrue),
        PesterCase(file, "Should support colons in filename on Linux/Mac",
                   gc(#"Set-Content "${testPath}:Stream" -Value "Hello"; (Test-Path "${testPath}:Stream") -and (Get-Content "${testPath}:Stream") -ceq 'Hello'"#), .isTrue),
        PesterCase(file, "-Stream is not a valid parameter for Get-Content on Linux/Mac", "$null -eq (Get-Command Get-Content).Parameters['stream']", .isTrue),
        PesterCase(file, "-Stream is not a valid parameter for Set-Content on Linux/Mac", "$null -eq (Get-Command Set-Content).Parameters['stream']", .isTrue),
        PesterCase(file, "-Stream is not a valid parameter for Clear-Content on Linux/Mac", "$null -eq (Get-Command Clear-Content).Parameters['stream']", .isTrue),
        PesterCase(file, "-Stream is not a valid parameter for Add-Content on Linux/Mac", "$null -eq (Get-Command Add-Content).Parameters['stream']", .isTrue),
        PesterCase(file, "-Stream is not a valid parameter for Remove-Item on Linux/Mac", "$null -eq (Get-Command Remove-Item).Parameters['stream']", .isTrue),
        // Upstream pipes what Get-ChildItem finds for a filter that matches nothing: no input at all.
        PesterCase(file, "Should return no content when an empty path is used with -Raw switch", gc(#"$null -eq (@() | Get-Content -Raw)"#), .isTrue),
        PesterCase(file, "Should return no content when -TotalCount value is 0", gc(#"$null -eq (Get-Content -Path $testPath -TotalCount 0)"#), .isTrue),
        PesterCase(file, "Should return no content when -Tail value is 0", gc(#"$null -eq (Get-Content -Path $testPath -Tail 0)"#), .isTrue),
        PesterCase(file, "Should throw TailAndHeadCannotCoexist when both -Tail and -TotalCount are used",
                   gc(#"Get-Content -Path $testPath -Tail 1 -TotalCount 1 -ErrorAction Stop"#), .throwsErrorId("TailAndHeadCannotCoexist")),
        // Upstream's current location is env: (Push-Location env:) and the path PATH; the same item is env:PATH.
        PesterCase(file, "Should throw TailNotSupported when -Tail used with an unsupported provider",
                   "Get-Content env:PATH -Tail 1 -ErrorAction Stop", .throwsErrorId("TailNotSupported")),
        PesterCase(file, "Should throw InvalidOperation when -Tail and -Raw are used",
                   gc(#"Get-Content -Path $testPath -Tail 1 -ErrorAction Stop -Raw"#), .throwsErrorId("InvalidOperation")),
        PesterCase(file, "Should throw ItemNotFound when path matches no files with no additional parameters",
                   #"Get-Content -Path "/DoesNotExist*.txt" -ErrorAction Stop"#, .throwsErrorId("ItemNotFound")),
        PesterCase(file, "Should throw ItemNotFound when path matches no files with dynamic parameter",
                   #"$params = @{ Raw = $true }; Get-Content -Path "/DoesNotExist*.txt" @params -ErrorAction Stop"#, .throwsErrorId("ItemNotFound")),
        // Context "Check Get-Content containing multi-byte chars"
        PesterCase(file, "Should return all lines when -Tail value is more than number of lines in the file",
                   multiByte(#"$result = Get-Content -Path $testPath -ReadCount -1 -Tail 5 -Encoding UTF7; $result.Length -eq 4 -and ($result -join '|') -ceq ($fileContent -join '|')"#), .isTrue),
        PesterCase(file, "Should return last three lines at one time for -ReadCount 0 and -Tail 3",
                   multiByte(#"$result = Get-Content -Path $testPath -ReadCount 0 -Tail 3 -Encoding UTF7; $result.Length -eq 3 -and ($result -join '|') -ceq (($secondLine,$thirdLine,$fourthLine) -join '|')"#), .isTrue),
        PesterCase(file, "Should return last three lines reading one at a time for -ReadCount 1 and -Tail 3",
                   multiByte(#"$result = Get-Content -Path $testPath -ReadCount 1 -Tail 3 -Encoding UTF7; $result.Length -eq 3 -and ($result -join '|') -ceq (($secondLine,$thirdLine,$fourthLine) -join '|')"#), .isTrue),
        PesterCase(file, "Should return last three lines at one time for -ReadCount 99999 and -Tail 3",
                   multiByte(#"$result = Get-Content -Path $testPath -ReadCount 99999 -Tail 3 -Encoding UTF7; $result.Length -eq 3 -and ($result -join '|') -ceq (($secondLine,$thirdLine,$fourthLine) -join '|')"#), .isTrue),
        PesterCase(file, "Should return last three lines two lines at a time for -ReadCount 2 and -Tail 3",
                   multiByte(#"$result = Get-Content -Path $testPath -ReadCount 2 -Tail 3 -Encoding UTF7; $result.Length -eq 2 -and ($result[0] -join '|') -ceq "$secondLine|$thirdLine" -and ($result[1] -join '|') -ceq $fourthLine"#), .isTrue),
        PesterCase(file, "Should not return any content when -TotalCount 0",
                   multiByte(#"$result = Get-Content -Path $testPath -TotalCount 0 -ReadCount 1 -Encoding UTF7; $null -eq $result"#), .isTrue),
        PesterCase(file, "Should return first three lines two lines at a time for -TotalCount 3 and -ReadCount 2",
                   multiByte(#"$result = Get-Content -Path $testPath -TotalCount 3 -ReadCount 2 -Encoding UTF7; $result.Length -eq 2 -and ($result[0] -join '|') -ceq "$firstLine|$secondLine" -and ($result[1] -join '|') -ceq $thirdLine"#), .isTrue),
        PesterCase(file, "Should return the same number of first lines as set in -TotalCount at one time for -ReadCount 0",
                   multiByte(#"$result = Get-Content -Path $testPath -TotalCount 3 -ReadCount 0; $result.Length -eq 3 -and ($result -join '|') -ceq (($firstLine,$secondLine,$thirdLine) -join '|')"#), .isTrue),
        PesterCase(file, "A warning should be emitted if both -AsByteStream and -Encoding are used together",
                   gc(#"[byte[]][char[]]"test" | Set-Content -Encoding Unicode -AsByteStream "${TESTDRIVE}/bfile.txt" -WarningVariable contentWarning *> $null; @($contentWarning.Message -match '-AsByteStream').Count -eq 1"#), .isTrue),
        // Describe "Get-Content -Raw test"
        PesterCase(file, "Reads - LF-terminated files in full", raw("a`nb`n", "lf.txt"), .isTrue),
        PesterCase(file, "Reads - CRLF-terminated files in full", raw("a`r`nb`r`n", "crlf.txt"), .isTrue),
        PesterCase(file, "Reads - LF-separated files without trailing newline in full", raw("a`nb", "lf-nt.txt"), .isTrue),
        PesterCase(file, "Reads - CRLF-separated files without trailing newline in full", raw("a`r`nb", "crlf-nt.txt"), .isTrue),
    ]

    /// Describe "Get-Content -Raw test": text written without a final newline is read back whole.
    static func raw(_ character: String, _ filename: String) -> String {
        PesterTestDrive.script("$character = \"\(character)\"; Set-Content -Encoding Ascii -NoNewline \"$TestDrive/\(filename)\" -Value $character; (Get-Content -Raw \"$TestDrive/\(filename)\") -ceq $character")
    }

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should be able to get content within a different drive", .notDone("Push-Location cannot make env: the current location")),
        PesterGap(file, "should throw 'PSNotSupportedException' when you Set-Content to an unsupported provider", .outOfScope("Windows registry provider")),
        PesterGap(file, "-Stream is not a valid parameter for Get-Item on Linux/Mac", .notDone("csshell has no Get-Item")),
        PesterGap(file, "Should support NTFS streams using colon syntax", .outOfScope("NTFS alternate data streams (Windows only)")),
        PesterGap(file, "Should support NTFS streams using -Stream", .outOfScope("NTFS alternate data streams (Windows only)")),
        PesterGap(file, "Should wait for content when using -Tail 0 and -Wait", .outOfScope("background jobs (Start-Job) and -Wait")),
    ]
}

@Suite struct GetContentPesterTests {
    @Test(arguments: GetContentCases.all) func follows(_ c: PesterCase) { c.check() }
}
