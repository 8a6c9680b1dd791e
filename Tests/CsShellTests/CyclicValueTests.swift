import Foundation
import Testing

/// Objects and hashtables that contain themselves: every walk over a value is bounded as PowerShell
/// bounds it. PSObject.ToString writes a PSCustomObject's properties as `@{a=…}` but each property
/// value only one level deep (ToStringEmptyBaseObject calls ToString with recurse = false, and a
/// nested PSCustomObject's base ToString is empty: `@{a=}`; a nested array is `System.Object[]`);
/// ConvertTo-Json stops at -Depth (default 2, warning "Resulting JSON is truncated as serialization
/// has exceeded the set depth of N."); the formatter shows a cell with that ToString. Through the
/// built binary, under a memory and time limit so that a regression fails instead of hanging.
struct CyclicValueTests {
    static let cycles = """
    $o = [pscustomobject]@{a = 1}; $o.a = $o
    $h = @{}; $h.self = $h
    $p = [pscustomobject]@{Name = 'p'; List = 0}; $p.List = @($p, $h, 1)
    $q = [pscustomobject]@{Name = 'q'; H = @{}}; $q.H.back = $q
    $r = [ordered]@{}; $r.o = [pscustomobject]@{r = $r}
    """

    private func run(_ script: String) throws -> ShellRun {
        try CLI.runBounded(["-NonInteractive", "-c", Self.cycles + "\n" + script], memoryMB: 3072, seconds: 120)
    }

    @Test func selfReferencingObjectConvertsToString() throws {
        let r = try run("\"$o\"; [string]$o; \"$p\"; \"$q\"; \"[$(@($o, 1))]\"")
        #expect(r.err == "")
        // An array element is stringified without recursion too: a PSCustomObject element is empty.
        #expect(r.out == "@{a=}\n@{a=}\n@{Name=p; List=System.Object[]}\n@{Name=q; H=System.Collections.Hashtable}\n[ 1]\n")
        #expect(r.status == 0)
    }

    @Test func selfReferencingObjectIsFormatted() throws {
        let r = try run("$o; $o | Format-List; $o | Format-Table | Out-String -Stream | Where-Object { $_ }")
        #expect(r.err == "")
        #expect(r.out == "\na\n-\n@{a=}\n\n\na : @{a=}\n\na\n-\n@{a=}\n")
        #expect(r.status == 0)
    }

    @Test func jsonStopsAtTheDepthWithAWarning() throws {
        let r = try run("$o | ConvertTo-Json -Compress; $o | ConvertTo-Json -Depth 0 -Compress; $h | ConvertTo-Json -Compress")
        #expect(r.out == "{\"a\":{\"a\":{\"a\":\"@{a=}\"}}}\n{\"a\":\"@{a=}\"}\n{\"self\":{\"self\":{\"self\":\"System.Collections.Hashtable\"}}}\n")
        let warning = "WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of "
        #expect(r.err == warning + "2.\n" + warning + "0.\n" + warning + "2.\n")
        let deep = try run("($o | ConvertTo-Json -Depth 100 -Compress).Length")
        // 101 nested objects `{"a":` and the innermost cut to "@{a=}".
        #expect(deep.out == "\(101 * 5 + 7 + 101)\n")
    }

    @Test func csvWritesTheStringForm() throws {
        let r = try run("$o | ConvertTo-Csv; $p | ConvertTo-Csv -UseQuotes Never")
        #expect(r.err == "")
        // A list cell is its elements joined with spaces (CSVWriter), each element's string form bounded.
        #expect(r.out == "\"a\"\n\"@{a=}\"\nName,List\np,@{Name=p; List=System.Object[]} System.Collections.Hashtable 1\n")
    }

    @Test func comparisonSortingGroupingAndMembers() throws {
        let r = try run("""
        $o -eq $o; $o -ne $o; $h -eq $h; @($o, $o) -contains $o
        $a = @(1); $a[0] = $a; $a[0].Count
        ($q, $p | Sort-Object -Property Name, H, List | ForEach-Object { "$($_.Name)" }) -join ','
        @($o, $o | Sort-Object -Property a).Count
        @($o, $o | Group-Object -Property a).Count
        ($o | Get-Member -MemberType NoteProperty).Definition
        ($o | Select-Object -ExpandProperty a | Select-Object -ExpandProperty a) -eq $o
        ($o, $p | Measure-Object).Count
        """)
        #expect(r.err == "")
        #expect(r.out == "True\nFalse\nTrue\nTrue\n1\np,q\n2\n1\nSystem.Management.Automation.PSCustomObject a=@{a=}\nTrue\n2\n")
    }

    /// Fuzz-like: every cmdlet of the catalogue, given each cyclic value as pipeline input and as its
    /// first positional argument, ends (with output or an error) and the shell goes on.
    @Test func everyCmdletSurvivesEveryCycle() throws {
        let dir = CLI.tempDir()
        let names = ShellHarness.allMetadata.map(\.name).filter { !["Invoke-History", "Read-Host"].contains($0) }.sorted()
        let list = names.map { "'\($0)'" }.joined(separator: ", ")
        let script = """
        $n = 0
        foreach ($v in @($o, $h, $p, $q, $r)) {
            foreach ($c in @(\(list))) {
                try { $v | & $c -ErrorAction SilentlyContinue 2>&1 | Out-String | Out-Null } catch { }
                try { & $c $v -ErrorAction SilentlyContinue 2>&1 | Out-String | Out-Null } catch { }
                $n++
            }
        }
        "survived $n"
        """
        let r = try CLI.runBounded(["-NonInteractive", "-Store", dir + "/store.json", "-c", Self.cycles + "\n" + script],
                                   memoryMB: 3072, seconds: 300, cwd: dir)
        #expect(!r.timedOut)
        #expect(r.out.hasSuffix("survived \(names.count * 5)\n"), "stdout ends: \(r.out.suffix(300)) stderr: \(r.err.suffix(600))")
        #expect(r.status == 0 || r.status == 1)
    }
}
