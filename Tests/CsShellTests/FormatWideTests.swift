import Foundation
import Testing
@testable import CsShell

/// Format-Wide. Follows PowerShell's Format-Wide.Tests.ps1 (test/powershell/Modules/Microsoft.PowerShell.Utility);
/// the layout follows OutCommandInner's wide view (two columns by default, the line shared equally)
/// and TableWriter.ComputeWideViewBestItemsPerRowFit for -AutoSize.
struct FormatWideTests {
    func run(_ script: String) -> ShellRun { ShellHarness.run(script) }
    /// The text Out-String made (the console adds a line break after it).
    func out(_ script: String) -> String {
        let text = ShellHarness.run(script).out
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// A wide row: each cell padded to its column's width, one space between, no trailing spaces.
    func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).map { $0 + String(repeating: " ", count: max(0, $1 - $0.count)) }.joined(separator: " ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    @Test func layout() {
        // 21 cells, two columns: 10 each and the space between.
        #expect(out("'a','b','c' | Format-Wide | Out-String -Width 21") == "\n" + row(["a", "b"], [10, 10]) + "\nc\n\n")
        // 40 cells, three columns: 38 cells shared 13, 13, 12.
        #expect(out("1..7 | Format-Wide -Column 3 | Out-String -Width 40")
                == "\n" + row(["1", "2", "3"], [13, 13, 12]) + "\n" + row(["4", "5", "6"], [13, 13, 12]) + "\n7\n\n")
        // -AutoSize: as many columns as fit the longest value (2 cells) with one space between.
        #expect(out("'x','yy' | fw -AutoSize | Out-String -Width 20") == "\nx   yy\n\n")
        // A value too long for its cell is cut with an ellipsis.
        #expect(out("'abcdefghijkl','b' | Format-Wide | Out-String -Width 11") == "\nabcd\u{2026} b\n\n")
    }

    // "Should be able to specify the columns …", "… the autosize switch", "… take inputobject instead of
    // pipe", "… use the property switch", using the Pester file's folder of test files.
    @Test func fileSystemItems() throws {
        let d = CLI.tempDir()
        for i in 1...2 {
            try FileManager.default.createDirectory(atPath: d + "/Testdir0\(i)", withIntermediateDirectories: true)
            try "".write(toFile: d + "/TestFile0\(i).txt", atomically: true, encoding: .utf8)
        }
        let setup = "$pathList = @(New-Item \(d)/Testdir01 -ItemType Directory -Force; New-Item \(d)/TestFile01.txt -Force); "
        #expect(out(setup + "$pathList | Format-Wide -Column 3 | Out-String -Width 60") == "\n" + row(["[Testdir01]", "TestFile01.txt"], [20, 19]) + "\n\n")
        #expect(run(setup + "$pathList | Format-Wide -AutoSize | Out-String").err == "")
        #expect(out(setup + "Format-Wide -InputObject $pathList | Out-String -Width 40") == "\n" + row(["[Testdir01]", "TestFile01.txt"], [20, 19]) + "\n\n")
        #expect(out(setup + "Format-Wide -InputObject $pathList -Property Mode | Out-String -Width 40") == "\n" + row(["d----", "-----"], [20, 19]) + "\n\n")
    }

    // "Should throw an error when property switch and view switch are used together"
    @Test func viewAndPropertyTogetherIsAnError() {
        let r = run("1 | Format-Wide -Property CreationTime -View aoeu")
        #expect(r.err.contains("FormatCannotSpecifyViewAndProperty,Microsoft.PowerShell.Commands.FormatWideCommand"))
        #expect(!run("1 | Format-Wide -View aoeu").err.isEmpty)
    }

    // "Format-Wide DRT basic functionality"
    @Test func drtBasics() {
        #expect(out("$info = @{}; $info.array = 0..255; $info | Format-Wide | Out-String").contains("array"))
        #expect(out("@{} | Format-Wide | Out-String") == "")
        #expect(out("$null | Format-Wide | Out-String") == "")
        #expect(out("'single line string' | Format-Wide | Out-String").contains("single line string"))
        let two = out("'Line1', 'Line2' | Format-Wide | Out-String")
        #expect(two.contains("Line1") && two.contains("Line2"))
        // Without -Property: Name, Id or Key first, else the first property.
        #expect(out("[pscustomobject]@{ A = 1; Id = 7 } | Format-Wide | Out-String -Width 20") == "\n7\n\n")
        #expect(out("[pscustomobject]@{ A = 1; B = 2 } | Format-Wide | Out-String -Width 20") == "\n1\n\n")
    }

    // Context "ExcludeProperty parameter"
    @Test func excludeProperty() {
        let a = out("[pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle' } | Format-Wide -ExcludeProperty Name | Out-String")
        #expect(a.contains("30") && !a.contains("Test"))
        let b = out("[pscustomobject]@{ Prop1 = 1; Prop2 = 2; Other = 3 } | Format-Wide -ExcludeProperty Prop* | Out-String")
        #expect(b.contains("3") && !b.contains("1") && !b.contains("2"))
        let c = out("[pscustomobject]@{ A = 1; B = 2; C = 3 } | Format-Wide -ExcludeProperty B, C | Out-String")
        #expect(c.contains("1") && !c.contains("2") && !c.contains("3"))
        let e = out("[pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle'; Country = 'USA' } | Format-Wide -ExcludeProperty Name, Age | Out-String")
        #expect(e.contains("Seattle") && !e.contains("Test") && !e.contains("30"))
    }
}
