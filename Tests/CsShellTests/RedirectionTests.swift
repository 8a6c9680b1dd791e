import Foundation
import Testing
@testable import CsShell

/// `>`, `>>`, `2>`, `2>&1`, `*>` (powershell-language.md §4, §5.9): UTF-8 without BOM, the console's text.
struct RedirectionTests {
    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<missing>" }

    @Test func outputToFileAndAppend() {
        let f = CLI.tempDir() + "/n.txt"
        let r = ShellHarness.run("1..3 > '\(f)'; 'four' >> '\(f)'")
        #expect(r.out == "")
        #expect(read(f) == "1\n2\n3\nfour\n")
        let bytes = FileManager.default.contents(atPath: f) ?? Data()
        #expect(bytes.first != 0xEF)
    }

    /// A redirection is Out-File: writing into a missing folder fails with Out-File's error.
    @Test func redirectionIntoAMissingFolderIsOutFilesError() {
        let f = CLI.tempDir() + "/no/such/dir/f.txt"
        let r = ShellHarness.run("'x' > '\(f)'")
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("Out-File : Could not find a part of the path '\(f)'.\n"), "\(r.err)")
        #expect(r.err.contains("OpenError: (\(f):String) [Out-File], DirectoryNotFoundException"), "\(r.err)")
        #expect(r.err.contains("FullyQualifiedErrorId : FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand"))
    }

    @Test func objectsAreWrittenAsTheConsoleShowsThem() {
        let f = CLI.tempDir() + "/t.txt"
        _ = ShellHarness.run("[pscustomobject]@{abc=1234; bcd=123}, [pscustomobject]@{abc=1; bcd=1234} > '\(f)'")
        #expect(read(f) == "\n abc  bcd\n ---  ---\n1234  123\n   1 1234\n\n")
    }

    @Test func errorsToFileInterleaveWithOutput() {
        let f = CLI.tempDir() + "/both.txt"
        let r = ShellHarness.run("& { 'out1'; Write-Error 'err1'; 'out2' } *> '\(f)'")
        #expect(r.err == "")
        #expect(r.status == 1)
        let text = read(f)
        #expect(text.hasPrefix("out1\nWrite-Error : err1\n"))
        #expect(text.hasSuffix("out2\n"))
    }

    @Test func errorsMergedIntoOutputFromAScriptBlock() {
        let r = ShellHarness.run("$r = & { 'a'; Write-Error 'e' } 2>&1; $r.Count; $r[1].Exception.Message")
        #expect(r.lines == ["2", "e"])
        #expect(r.err == "")
    }

    /// A cmdlet that runs script blocks (ForEach-Object, Where-Object, Invoke-Expression) passes its
    /// error redirection to the commands inside them, as a script block call does: PowerShell's
    /// `1 | % { Write-Error x } 2>$null` shows nothing, and `2>&1` puts the record in the output
    /// (PipelineChainOperator.Tests.ps1 redirects Invoke-Expression's errors so).
    @Test func errorsOfTheCommandsInsideACmdletsScriptBlockFollowItsRedirection() {
        let discarded = ShellHarness.run("1 | ForEach-Object { Write-Error 'x' } 2>$null; 1 | Where-Object { Write-Error 'y'; $true } 2>$null; Invoke-Expression \"Write-Error 'z'\" 2>$null; 'end'")
        #expect(discarded.out == "1\nend\n" && discarded.err == "", "\(discarded.err)")
        let merged = ShellHarness.run("$r = 1, 2 | ForEach-Object { $_; Write-Error \"e$_\" } 2>&1; $r.Count; $r[1].Exception.Message; $r[3].Exception.Message; $Error.Count")
        #expect(merged.lines == ["4", "e1", "e2", "2"] && merged.err == "", "\(merged.err)")
        // The commands after the cmdlet do not inherit it.
        let after = ShellHarness.run("1 | ForEach-Object { $_ } 2>$null | ForEach-Object { Write-Error 'shown' }; & { 2 } 2>$null 3>$null | ForEach-Object { Write-Error 'too'; Write-Warning 'w' }")
        #expect(after.err.contains("Write-Error : shown") && after.err.contains("Write-Error : too") && after.err.contains("WARNING: w"), "\(after.err)")
    }

    @Test func discardedStreams() {
        let r = ShellHarness.run("Write-Warning 'w' 3>$null; Write-Host 'h' 6>$null; Get-Nothing 2>$null; 'x' > $null; 'end'")
        #expect(r.out == "end\n")
        #expect(r.err == "")
        #expect(r.status == 1)
    }
}
