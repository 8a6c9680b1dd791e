// Format-Table, Format-List, Out-String, Out-File and the redirections (powershell-language.md
// §5.2, §5.3, §5.9). Expected texts follow the layout rules: a blank line, header, dash row as long
// as the header, rows, a blank line; one space between columns; numbers right-aligned with their
// header; list labels padded to the longest one, then " : ".

import CsCore
import Foundation
import Testing
@testable import CsShell

@Suite struct OutputCmdletTests {
    func out(_ script: String, width: Int = 120) -> String { ShellHarness.run(script, width: width).out }

    /// The string `script | Out-String` returns (the console adds one more line break after it).
    func rendered(_ script: String) -> String {
        var s = ShellHarness.run(script + " | Out-String").out
        if s.hasSuffix("\n") { s.removeLast() }
        return s
    }

    let two = "$o = [pscustomobject]@{Name='abc'; N=12345}, [pscustomobject]@{Name='de'; N=7}\n"

    @Test func formatTableLayout() {
        // Name: 4 wide (its header); N: 5 wide (12345), numbers and their header right-aligned.
        #expect(rendered(two + "$o | Format-Table") == "\nName     N\n----     -\nabc  12345\nde       7\n\n")
        #expect(out(two + "$o | ft") == "\nName     N\n----     -\nabc  12345\nde       7\n\n")
    }

    @Test func formatTableProperties() {
        // Wildcards expand to the object's matching properties, in its order.
        #expect(rendered("[pscustomobject]@{Alpha=1; Beta=2; Also=3} | Format-Table A*") == "\nAlpha Also\n----- ----\n    1    3\n\n")
        // A calculated column: its label, values from the script block.
        #expect(rendered(two + "$o | Format-Table Name, @{Name='Double'; Expression={ $_.N * 2 }}")
                == "\nName Double\n---- ------\nabc   24690\nde       14\n\n")
        // Format-Table.Tests.ps1: `[pscustomobject]@{a=1;b=2} | Format-Table -HideTableHeaders` → `1 2`.
        #expect(rendered("[pscustomobject]@{a=1;b=2} | Format-Table -HideTableHeaders") == "\n1 2\n\n")
        // A property-less scalar with -Property shows the header only.
        #expect(rendered("'x' | Format-Table -Property fox,bar -Force") == "\nfox bar\n--- ---\n\n")
    }

    @Test func formatTableWrapAndAutoSize() {
        let script = "[pscustomobject]@{Id='a'; Text='one two three four'} | Format-Table @{n='Id';e={$_.Id};Width=4}, @{n='Text';e={$_.Text};Width=8} "
        // Fixed widths: the long value is cut with "…" without -Wrap, continued on the next lines with it.
        #expect(rendered(script) == "\nId   Text\n--   ----\na    one two…\n\n")
        #expect(rendered(script + "-Wrap") == "\nId   Text\n--   ----\na    one two\n     three\n     four\n\n")
        #expect(rendered("[pscustomobject]@{Id='a'; Text='t'} | Format-Table -AutoSize") == "\nId Text\n-- ----\na  t\n\n")
    }

    @Test func formatList() {
        // Format-List.Tests.ps1: labels padded to the longest, then " : ".
        #expect(rendered("[pscustomobject]@{Name='name1'; Length=1} | Format-List") == "\nName   : name1\nLength : 1\n\n")
        #expect(out("[pscustomobject]@{testName='testValue'} | fl") == "\ntestName : testValue\n\n")
        #expect(rendered("[pscustomobject]@{A=1; Bb=2; C=3} | Format-List Bb, @{Name='Sum'; Expression={ $_.A + $_.C }}") == "\nBb  : 2\nSum : 4\n\n")
        // Two objects: each one after a blank line, one blank line at the end.
        #expect(rendered("[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List a") == "\na : 1\n\na : 2\n\n")
    }

    @Test func formatCmdletsWriteFormatDataNotObjects() {
        #expect(out("(1 | Format-Table).GetType().FullName") == FormatTypeNames.formatData + "\n")
        // csshell's own design, not PowerShell's: one format object per Format-* call (pwsh writes a
        // FormatStartData, GroupStartData, FormatEntryData… sequence instead).
        #expect(out("$f = [pscustomobject]@{a=1} | Format-List; $f.Count") == "1\n")
        let r = ShellHarness.run("1 | Format-Table @{Bogus=1}")
        #expect(r.err.contains("Format-Table : "))
    }

    @Test func outString() {
        #expect(rendered("'a','b'") == "a\nb\n")
        #expect(out("('a','b' | Out-String) -eq \"a`nb`n\"") == "True\n")
        #expect(out("('a','b' | Out-String -NoNewline) -eq 'ab'") == "True\n")
        #expect(out(two + "$o | Out-String -Stream | ForEach-Object { \"[$_]\" }") == "[]\n[Name     N]\n[----     -]\n[abc  12345]\n[de       7]\n[]\n")
        // -Width: the table is cut to the width (the last column shrinks, "…" marks the cut).
        #expect(out("[pscustomobject]@{A='aaaaaaaaaa'; B='bbbbbbbbbb'} | Out-String -Width 15") == "\nA          B\n-          -\naaaaaaaaaa bbb…\n\n\n")
        #expect(out("$x = 1..3 | Out-String; $x.GetType().FullName") == "System.String\n")
    }

    func tempDir() -> String { CLI.tempDir() }

    func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    @Test func outFileWritesWhatTheConsoleShows() {
        let d = tempDir()
        let r = ShellHarness.run(two + "$o | Out-File '\(d)/a.txt'; $o | Out-File -FilePath '\(d)/b.txt' -Width 8; Get-Content '\(d)/a.txt' -Raw")
        #expect(r.out == "\nName     N\n----     -\nabc  12345\nde       7\n\n\n")
        // UTF-8 without BOM, "\n" line ends, same text as Out-String.
        #expect(bytes(d + "/a.txt") == Array("\nName     N\n----     -\nabc  12345\nde       7\n\n".utf8))
        // -Width 8: the last column shrinks to 3 cells; a right-aligned value is cut at its start.
        #expect(String(decoding: bytes(d + "/b.txt"), as: UTF8.self) == "\nName   N\n----   -\nabc  \u{2026}45\nde     7\n\n")
    }

    @Test func redirectionIsOutFile() {
        let d = tempDir()
        _ = ShellHarness.run(two + "$o > '\(d)/r.txt'; $o | Out-File '\(d)/o.txt'; 'x' >> '\(d)/r.txt'; 'x' | Out-File '\(d)/o.txt' -Append")
        #expect(bytes(d + "/r.txt") == bytes(d + "/o.txt"))
        #expect(String(decoding: bytes(d + "/r.txt"), as: UTF8.self).hasSuffix("\n\nx\n"))
        // `*>`: the errors and the output both land in the file (errors first).
        _ = ShellHarness.run("Get-Content '\(d)/none.txt', '\(d)/r.txt' *> '\(d)/all.txt'")
        let all = String(decoding: bytes(d + "/all.txt"), as: UTF8.self)
        #expect(all.hasPrefix("Get-Content : Cannot find path '\(d)/none.txt' because it does not exist.\n"))
        #expect(all.hasSuffix("\n\nx\n"))
    }

    @Test func outFileEncodings() {
        let d = tempDir()
        _ = ShellHarness.run("""
            'é' | Out-File '\(d)/n.txt'
            'é' | Out-File '\(d)/b.txt' -Encoding utf8BOM
            'é' | Out-File '\(d)/u.txt' -Encoding unicode
            'é' | Out-File '\(d)/be.txt' -Encoding bigendianunicode
            'é' | Out-File '\(d)/a.txt' -Encoding ascii
            'é' | Out-File '\(d)/l.txt' -Encoding latin1
            'é' | Out-File '\(d)/3.txt' -Encoding utf32
            'é' | Out-File '\(d)/b.txt' -Encoding utf8BOM -Append
            """)
        #expect(bytes(d + "/n.txt") == [0xC3, 0xA9, 0x0A])
        // Appending to a non-empty file writes no second byte-order mark.
        #expect(bytes(d + "/b.txt") == [0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0x0A, 0xC3, 0xA9, 0x0A])
        #expect(bytes(d + "/u.txt") == [0xFF, 0xFE, 0xE9, 0x00, 0x0A, 0x00])
        #expect(bytes(d + "/be.txt") == [0xFE, 0xFF, 0x00, 0xE9, 0x00, 0x0A])
        #expect(bytes(d + "/a.txt") == [0x3F, 0x0A])
        #expect(bytes(d + "/l.txt") == [0xE9, 0x0A])
        #expect(bytes(d + "/3.txt") == [0xFF, 0xFE, 0x00, 0x00, 0xE9, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00])
        // Get-Content reads each back (the byte-order mark decides, else the -Encoding given).
        let r = ShellHarness.run("'n','b','u','be','3' | ForEach-Object { Get-Content \"\(d)/$_.txt\" }; Get-Content '\(d)/l.txt' -Encoding latin1")
        // n, b (two lines: written, then appended), u, be, 3, then l.
        #expect(r.lines == ["é", "é", "é", "é", "é", "é", "é"])
        let bad = ShellHarness.run("'x' | Out-File '\(d)/z.txt' -Encoding bogus")
        #expect(bad.err.hasPrefix("Out-File : Cannot process argument transformation on parameter 'Encoding'. 'bogus' is not a supported encoding name."))
        #expect(bad.err.contains("ParameterArgumentTransformationError,Microsoft.PowerShell.Commands.OutFileCommand"))
        #expect(!FileManager.default.fileExists(atPath: d + "/z.txt"))
    }

    @Test func outFileNoClobberWhatIfAndErrors() {
        let d = tempDir()
        let r = ShellHarness.run("'one' | Out-File '\(d)/f.txt'; 'two' | Out-File '\(d)/f.txt' -NoClobber; 'three' | Out-File '\(d)/f.txt' -NoClobber -Append; 'after'")
        #expect(r.out == "after\n")
        #expect(r.err.hasPrefix("Out-File : File \(d)/f.txt already exists and NoClobber was specified.\n"))
        #expect(r.err.contains("+ CategoryInfo          : ResourceExists: (\(d)/f.txt:String) [Out-File], IOException"))
        #expect(r.err.contains("+ FullyQualifiedErrorId : NoClobber,Microsoft.PowerShell.Commands.OutFileCommand"))
        #expect(String(decoding: bytes(d + "/f.txt"), as: UTF8.self) == "one\nthree\n")
        let w = ShellHarness.run("'x' | Out-File '\(d)/w.txt' -WhatIf")
        #expect(w.out == "What if: Performing the operation \"Output to File\" on target \"\(d)/w.txt\".\n")
        #expect(!FileManager.default.fileExists(atPath: d + "/w.txt"))
        let missing = ShellHarness.run("'x' | Out-File '\(d)/no/such/dir/f.txt'")
        #expect(missing.err.hasPrefix("Out-File : Could not find a part of the path '\(d)/no/such/dir/f.txt'.\n"))
        #expect(missing.err.contains("FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand"))
        // The path alias and positional encoding.
        _ = ShellHarness.run("'p' | Out-File -Path '\(d)/p.txt'; 'q' | Out-File '\(d)/q.txt' unicode")
        #expect(bytes(d + "/p.txt") == [0x70, 0x0A])
        #expect(bytes(d + "/q.txt") == [0xFF, 0xFE, 0x71, 0x00, 0x0A, 0x00])
    }
}
