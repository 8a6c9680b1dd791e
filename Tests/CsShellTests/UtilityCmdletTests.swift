import Testing
@testable import CsShell

/// The shell's first cmdlets (issue 2 §7), with expectations from powershell-language.md §5.5.
struct UtilityCmdletTests {
    func out(_ script: String) -> [String] { ShellHarness.run(script).lines }

    let people = "$p = [pscustomobject]@{Name='b'; N=2}, [pscustomobject]@{Name='a'; N=3}, [pscustomobject]@{Name='c'; N=1}\n"

    @Test func whereObjectForms() {
        #expect(out("1..6 | Where-Object { $_ % 2 -eq 0 }") == ["2", "4", "6"])
        #expect(out(people + "$p | Where-Object N -gt 1 | ForEach-Object Name") == ["b", "a"])
        #expect(out(people + "$p | ? Name -eq 'A' | % N") == ["3"])
        #expect(out(people + "$p | where Name -CEQ 'A' | % N") == [])
        #expect(out(people + "$p | Where-Object Name -like '[ab]' | % Name") == ["b", "a"])
        #expect(out("$x = [pscustomobject]@{On=$true}, [pscustomobject]@{On=$false}; ($x | Where-Object On).Count") == ["1"])
        #expect(out("$x = [pscustomobject]@{On=$true}, [pscustomobject]@{On=$false}; ($x | Where-Object -Not On).Count") == ["1"])
    }

    @Test func whereObjectTwoOperatorsIsAnAmbiguousSet() {
        let r = ShellHarness.run("1 | Where-Object X -EQ 1 -GT 0")
        #expect(r.err.contains("AmbiguousParameterSet"))
    }

    @Test func forEachObjectForms() {
        #expect(out("1..3 | ForEach-Object { $_ * 10 }") == ["10", "20", "30"])
        #expect(out("1..2 | ForEach-Object -Begin { 'b' } -Process { $_ } -End { 'e' }") == ["b", "1", "2", "e"])
        #expect(out("1..2 | % {'begin'} {'process'} {'end'}") == ["begin", "process", "process", "end"])
        #expect(out("'ab','cd' | ForEach-Object Length") == ["2", "2"])
        #expect(out("'ab' | ForEach-Object ToUpper") == ["AB"])
        #expect(out("$sum = 0; 1..4 | ForEach-Object { $sum += $_ }; $sum") == ["10"])
    }

    @Test func selectObject() {
        #expect(out("1..10 | Select-Object -First 3") == ["1", "2", "3"])
        #expect(out("1..10 | Select-Object -Last 2") == ["9", "10"])
        #expect(out("1..4 | Select-Object -First 2 -Last 1") == ["1", "2", "4"])
        #expect(out("1..4 | Select-Object -First 2 -Last 3") == ["1", "2", "3", "4"])
        #expect(out("1..5 | Select-Object -Skip 3") == ["4", "5"])
        #expect(out("'abc','Abc' | Select-Object -Unique") == ["abc", "Abc"])
        #expect(out("'abc','Abc' | Select-Object -Unique -CaseInsensitive") == ["abc"])
        #expect(out(people + "$p | Select-Object -ExpandProperty Name") == ["b", "a", "c"])
        #expect(out(people + "($p | Select-Object Name).N") == [])
        #expect(out(people + "$p | Select-Object @{Name='Double'; Expression={ $_.N * 2 }} | % Double") == ["4", "6", "2"])
        #expect(out(people + "($p[0] | Select-Object N*).N") == ["2"])
    }

    @Test func sortObject() {
        #expect(out("3,1,2 | Sort-Object") == ["1", "2", "3"])
        #expect(out("3,1,2 | Sort-Object -Descending") == ["3", "2", "1"])
        // Sort-Object drops $null input objects (OrderObjectBase.ProcessRecord keeps only non-null ones).
        #expect(out("8, $null, -2, 1 | Sort-Object | % { \"[$_]\" }") == ["[-2]", "[1]", "[8]"])
        #expect(out(people + "$p | Sort-Object Name | % Name") == ["a", "b", "c"])
        #expect(out(people + "$p | Sort-Object @{Expression='N'; Descending=$true} | % Name") == ["a", "b", "c"])
        #expect(out("'b','A','a','B' | Sort-Object -Unique") == ["A", "b"])
        #expect(out("$x = [pscustomobject]@{K=2}, [pscustomobject]@{Z=1}, [pscustomobject]@{K=1}; $x | Sort-Object K -Descending | % { \"[$($_.K)]\" }") == ["[2]", "[1]", "[]"])
    }

    @Test func measureObject() {
        let r = ShellHarness.run("$m = 1,3,4 | Measure-Object -Sum -Average -Maximum -Minimum; $m.Count; $m.Sum; $m.Average; $m.Maximum; $m.Minimum")
        #expect(r.lines == ["3", "8", "2.66666666666667", "4", "1"])
        #expect(out("$x = [pscustomobject]@{Y=1}, [pscustomobject]@{Y=2}, [pscustomobject]@{Z=3}; ($x | Measure-Object Y -Sum).Count") == ["2"])
        #expect(out("(Write-Output a b c | Measure-Object).Count") == ["3"])
    }

    @Test func groupObject() {
        let r = ShellHarness.run("$g = 'a','b','A','c' | Group-Object; $g.Count; $g[0].Name; $g[0].Count")
        #expect(r.lines == ["3", "a", "2"])
        // Values of one type: the groups come out sorted by them (False before True).
        #expect(out(people + "($p | Group-Object { $_.N -gt 1 }).Name") == ["False", "True"])
    }

    @Test func writeCmdlets() {
        #expect(out("Write-Output a b c") == ["a", "b", "c"])
        #expect(out("Write-Output 1,2,3 | Measure-Object | % Count") == ["3"])
        #expect(out("Write-Output -NoEnumerate 1,2,3 | Measure-Object | % Count") == ["1"])
        #expect(ShellHarness.run("Write-Host 'a' 'b' -Separator '-'").out == "a-b\n")
        #expect(ShellHarness.run("Write-Host 'x' -NoNewline; Write-Host 'y'").out == "xy\n")
        #expect(ShellHarness.run("$v = Write-Host 'host only'; $v -eq $null").out == "host only\nTrue\n")
    }
}
