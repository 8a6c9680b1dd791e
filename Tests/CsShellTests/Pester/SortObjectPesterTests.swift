import Testing

/// Sort-Object.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum SortObjectCases {
    static let file = "Sort-Object.Tests.ps1"

    /// Three people as in the upstream DRT tests (two Smiths, one Smyth; years differ per test).
    static func people(_ y1: Int, _ y2: Int, _ y3: Int) -> String {
        """
        $p1 = [pscustomobject]@{ FirstName = 'john'; LastName = 'smith'; YearsInMS = \(y1) }
        $p2 = [pscustomobject]@{ FirstName = 'joesph'; LastName = 'smith'; YearsInMS = \(y2) }
        $p3 = [pscustomobject]@{ FirstName = 'john'; LastName = 'smyth'; YearsInMS = \(y3) }
        $people = @($p1, $p2, $p3)
        function Which($r) { ($r | ForEach-Object { if ($_ -eq $p1) { 'p1' } elseif ($_ -eq $p2) { 'p2' } elseif ($_ -eq $p3) { 'p3' } }) -join ',' }

        """
    }

    /// An n-sort (-Top / -Bottom n) agrees with the full sort it is a part of, entry for entry (arrays
    /// by their elements, objects by reference); without -Unique it has min(n, count) entries.
    static func nSort(_ data: String, _ base: String, _ kind: String, unique: Bool = false, extra: String = "- 1") -> String {
        let offset = kind == "Top" ? "0" : "$full.Count - $part.Count"
        return data + """
            $n = $data.Count \(extra)
            $full = @($data | Sort-Object \(base))
            $part = @($data | Sort-Object \(base) -\(kind) $n)
            $ok = $part.Count -gt 0
            if (\(unique ? "$false" : "$true")) { $ok = $ok -and $part.Count -eq [Math]::Min($n, $data.Count) -and $full.Count -eq $data.Count }
            for ($i = 0; $i -lt $part.Count; $i++) {
                $x = $part[$i]; $y = $full[\(offset) + $i]
                if ($x -is [array]) { if (-not ($y -is [array]) -or ($x -join '|') -cne ($y -join '|')) { $ok = $false } }
                elseif (-not ($x -eq $y)) { $ok = $false }
            }
            $ok
            """
    }

    static let integers = "$data = 973474993, 271612178, -1258909473, 659770354, 1829227828, -1709391247, -10835210, -1477737798, 1125017828, 813732193\n"

    /// Strings, numbers, objects with and without a Name, arrays (one with a single $null). Upstream
    /// also has alias objects (Get-Alias) and an object whose ToString() gives $null: objects with a
    /// Name and a Definition, and an empty object, stand in for them.
    static let heterogeneous = """
        $data = @(
            'x'
            [pscustomobject]@{ Name = 'where'; Definition = 'Where-Object' }
            'c'
            [pscustomobject]@{}
            42
            [pscustomobject]@{ Name = 'foreach'; Definition = 'ForEach-Object' }
            ,@('a', 'b', 'c')
            [pscustomobject]@{ Name = 'NotAnAlias' }
            [pscustomobject]@{ Name = $null; Definition = 'Custom' }
            'z'
            ,@($null)
        )

        """

    static let homogeneous = """
        $data = @(
            [pscustomobject]@{ FirstName = 'Dwayne'; LastName = 'Smith'; YearsInMS = 8 }
            [pscustomobject]@{ FirstName = 'Lucy'; YearsInMS = $null }
            [pscustomobject]@{ FirstName = 'Jack'; LastName = 'Jones'; YearsInMS = -2 }
            [pscustomobject]@{ FirstName = 'Sylvie'; LastName = 'Landry'; YearsInMS = 1 }
            [pscustomobject]@{ FirstName = 'Jack'; LastName = 'Frank'; YearsInMS = 5 }
            [pscustomobject]@{ FirstName = 'John'; LastName = 'smith'; YearsInMS = 6 }
            [pscustomobject]@{ FirstName = 'Joseph'; LastName = 'Smith'; YearsInMS = 15 }
            [pscustomobject]@{ FirstName = 'John'; LastName = 'Smyth'; YearsInMS = 12 }
        )

        """

    /// Objects with no ToString of their own (upstream: history-like objects with an enum status and dates).
    static let noToString = """
        $data = @(
            [pscustomobject]@{ PipelineId = 1; Cmdline = 'cmd3'; Status = 'Completed' }
            [pscustomobject]@{ PipelineId = 2; Cmdline = 'cmd1'; Status = 'Completed' }
            [pscustomobject]@{ PipelineId = 3; Cmdline = 'cmd2'; Status = 'Completed' }
        )

        """

    /// Objects whose TypeName is null or set, and a string that has no TypeName at all (upstream:
    /// New-Object command objects).
    static let someNull = """
        $data = @(
            [pscustomobject]@{ TypeName = $null }
            [pscustomobject]@{ TypeName = 'DeeType' }
            [pscustomobject]@{ TypeName = 'B-Type' }
            'b'
            [pscustomobject]@{ TypeName = 'A-Type' }
        )

        """

    static let all: [PesterCase] = [
        // Describe "Sort-Object" (upstream sorts the files of its folder by Length; strings have a Length too)
        PesterCase(file, "should be able to sort object in ascending with using Property switch",
                   #"$w = 'ccc', 'a', 'bbbbb', 'dd'; $f = ($w | Sort-Object -Property Length | Select-Object -First 1).Length; $l = ($w | Sort-Object -Property Length | Select-Object -Last 1).Length; $f; $l; $f -lt $l"#,
                   .lines(["1", "5", "True"])),
        PesterCase(file, "should be able to sort object in descending with using Descending switch",
                   #"$w = 'ccc', 'a', 'bbbbb', 'dd'; $f = ($w | Sort-Object -Property Length -Descending | Select-Object -First 1).Length; $l = ($w | Sort-Object -Property Length -Descending | Select-Object -Last 1).Length; $f; $l; $f -gt $l"#,
                   .lines(["5", "1", "True"])),

        // Describe "Sort-Object DRT Unit Tests"
        PesterCase(file, "Sort-Object with object array should work",
                   #"""
                   $e1 = [pscustomobject]@{ FirstName = 'Eight'; LastName = 'Eight'; YearsInMS = 8 }
                   $e2 = [pscustomobject]@{ FirstName = 'Eight'; YearsInMS = $null }
                   $e3 = [pscustomobject]@{ FirstName = 'Minus'; LastName = 'Two'; YearsInMS = -2 }
                   $e4 = [pscustomobject]@{ FirstName = 'One'; LastName = 'One'; YearsInMS = 1 }
                   $r = @($e1, $e2, $e3, $e4) | Sort-Object -Property YearsInMS
                   $r.Count
                   ($r | ForEach-Object { "$($_.FirstName)/$($_.LastName)/$($_.YearsInMS)" }) -join ' '
                   """#, .lines(["4", "Minus/Two/-2 Eight// One/One/1 Eight/Eight/8"])),
        PesterCase(file, "Sort-Object with Non Conflicting Order Entry Keys should work",
                   people(5, 15, 2) + #"Which ($people | Sort-Object -Property @{ "e" = "YearsInMS"; "descending" = $false; "ascending" = $true } -Descending)"#,
                   .lines(["p3,p1,p2"])),
        PesterCase(file, "Sort-Object with Conflicting Order Entry Keys should work",
                   people(5, 15, 2) + #"Which ($people | Sort-Object -Property @{ "e" = "YearsInMS"; "descending" = $false; "ascending" = $false } -Descending)"#,
                   .lines(["p2,p1,p3"])),
        PesterCase(file, "Sort-Object with One Order Entry Key should work",
                   people(5, 15, 2) + #"Which ($people | Sort-Object -Property @{ "e" = "YearsInMS"; "descending" = $false } -Descending)"#,
                   .lines(["p3,p1,p2"])),
        PesterCase(file, "Sort-Object with Non Case-Sensitive Unique should work",
                   people(5, 15, 12) + #"$r = @($people | Sort-Object -Property "LastName" -Descending -Unique); $r.Count; Which $r"#,
                   .lines(["2", "p3,p2"])),
        PesterCase(file, "Sort-Object with Case-Sensitive Unique should work",
                   people(5, 15, 12) + #"Which ($people | Sort-Object -Property "LastName", "FirstName" -Descending -Unique -CaseSensitive)"#,
                   .lines(["p3,p1,p2"])),
        PesterCase(file, "Sort-Object with Two Order Entry Keys should work",
                   people(5, 15, 2) + #"Which ($people | Sort-Object -Property @(@{ "expression" = "LastName"; "ascending" = $false }, @{ "expression" = "FirstName"; "ascending" = $true }) -Descending)"#,
                   .lines(["p3,p2,p1"])),
        PesterCase(file, "Sort-Object with -Descending:$false and Two Order Entry Keys should work",
                   people(5, 15, 12) + #"Which ($people | Sort-Object -Property "LastName", "FirstName" -Descending:$false)"#,
                   .lines(["p2,p1,p3"])),
        PesterCase(file, "Sort-Object with -Descending and Two Order Entry Keys should work",
                   people(5, 15, 12) + #"Which ($people | Sort-Object -Property "LastName", "FirstName" -Descending)"#,
                   .lines(["p3,p1,p2"])),
        PesterCase(file, "Sort-Object with Two Order Entry Keys with asc=true should work",
                   people(5, 15, 12) + #"Which ($people | Sort-Object -Property @(@{ "e" = "FirstName"; "asc" = $true }, @{ "e" = "LastName" }) -Descending)"#,
                   .lines(["p2,p3,p1"])),
        PesterCase(file, "Sort-Object with Descending No Property should work",
                   #"(1, 2, 3 | Sort-Object -Descending) -join ','"#, .lines(["3,2,1"])),

        // Describe 'Sort-Object Stable Unit Tests'
        PesterCase(file, "Return each value in an ordered set, sorted by the value modulo 3, with items having the same result appearing in the same order",
                   #"(1..20 | Sort-Object { $_ % 3 } -Stable) -join ','"#, .lines(["3,6,9,12,15,18,1,4,7,10,13,16,19,2,5,8,11,14,17,20"])),
        PesterCase(file, "Return each value in an ordered set, sorted by the value modulo 3 (descending), with items having the same result appearing in the same order",
                   #"(1..20 | Sort-Object { $_ % 3 } -Stable -Descending) -join ','"#, .lines(["2,5,8,11,14,17,20,1,4,7,10,13,16,19,3,6,9,12,15,18"])),
        PesterCase(file, "Return each value in an ordered set, sorted by the value modulo 3, discarding duplicates",
                   #"(1..20 | Sort-Object { $_ % 3 } -Stable -Unique) -join ','"#, .lines(["3,1,2"])),
        PesterCase(file, "Return each value in an ordered set, sorted by the value modulo 3 (descending), discarding duplicates",
                   #"(1..20 | Sort-Object { $_ % 3 } -Stable -Unique -Descending) -join ','"#, .lines(["2,1,3"])),
        PesterCase(file, "Sort-Object with Unique Stable should return proper records",
                   #"""
                   $records = @(
                       [PSCustomObject]@{ Key = 'A'; Record = 'A1' }
                       [PSCustomObject]@{ Key = 'A'; Record = 'A2' }
                       [PSCustomObject]@{ Key = 'B'; Record = 'B1' }
                       [PSCustomObject]@{ Key = 'B'; Record = 'B2' }
                   )
                   $r = $records | Sort-Object -Stable -Unique -Property Key
                   $r.Count; $r[0] -eq $records[0]; $r[1] -eq $records[2]
                   """#, .lines(["2", "True", "True"])),
        // Describe 'Sort-Object Top and Bottom Unit Tests': every row compares an n-sort with the full sort.
        PesterCase(file, "Integer n-sort: Return the Top N sorted in ascending order", nSort(integers, "-Descending:$false", "Top"), .isTrue),
        PesterCase(file, "Integer n-sort: Return the Top N sorted in descending order", nSort(integers, "-Descending:$true", "Top"), .isTrue),
        PesterCase(file, "Integer n-sort: Return the Bottom N sorted in ascending order", nSort(integers, "-Descending:$false", "Bottom"), .isTrue),
        PesterCase(file, "Integer n-sort: Return the Bottom N sorted in descending order", nSort(integers, "-Descending:$true", "Bottom"), .isTrue),
        PesterCase(file, "Integer n-sort: Return all sorted in ascending order when -Top is too large", nSort(integers, "-Descending:$false", "Top", extra: "+ 10"), .isTrue),
        PesterCase(file, "Integer n-sort: Return all sorted in descending order when -Top is too large", nSort(integers, "-Descending:$true", "Top", extra: "+ 10"), .isTrue),
        PesterCase(file, "Integer n-sort: Return all sorted in ascending order when -Bottom is too large", nSort(integers, "-Descending:$false", "Bottom", extra: "+ 10"), .isTrue),
        PesterCase(file, "Integer n-sort: Return all sorted in descending order when -Bottom is too large", nSort(integers, "-Descending:$true", "Bottom", extra: "+ 10"), .isTrue),
        PesterCase(file, "Heterogeneous n-sort: Return the Top N sorted in ascending order", nSort(heterogeneous, "-Descending:$false", "Top"), .isTrue),
        PesterCase(file, "Heterogeneous n-sort: Return the Top N sorted in descending order", nSort(heterogeneous, "-Descending:$true", "Top"), .isTrue),
        PesterCase(file, "Heterogeneous n-sort: Return the Bottom N sorted in ascending order", nSort(heterogeneous, "-Descending:$false", "Bottom"), .isTrue),
        PesterCase(file, "Heterogeneous n-sort: Return the Bottom N sorted in descending order", nSort(heterogeneous, "-Descending:$true", "Bottom"), .isTrue),
        PesterCase(file, "Heterogeneous n-sort: Return the Top N sorted by property in ascending order", nSort(heterogeneous, "-Property Name", "Top"), .isTrue),
        PesterCase(file, "Heterogeneous n-sort: Return the Top N sorted by property in descending order", nSort(heterogeneous, "-Property Name -Descending", "Top"), .isTrue),
        PesterCase(file, "Heterogeneous n-sort: Return the Bottom N sorted by property in ascending order", nSort(heterogeneous, "-Property Name", "Bottom"), .isTrue),
        PesterCase(file, "Heterogeneous n-sort: Return the Bottom N sorted by property in descending order", nSort(heterogeneous, "-Property Name -Descending", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property in ascending order", nSort(homogeneous, "-Property YearsInMS", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property in descending order", nSort(homogeneous, "-Property YearsInMS -Descending", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property in ascending order", nSort(homogeneous, "-Property YearsInMS", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property in descending order", nSort(homogeneous, "-Property YearsInMS -Descending", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property in ascending order (unique, case-insensitive)", nSort(homogeneous, "-Property LastName -Unique", "Top", unique: true), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property in descending order (unique, case-insensitive)", nSort(homogeneous, "-Property LastName -Unique -Descending", "Top", unique: true), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property in ascending order (unique, case-insensitive)", nSort(homogeneous, "-Property LastName -Unique", "Bottom", unique: true), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property in descending order (unique, case-insensitive)", nSort(homogeneous, "-Property LastName -Unique -Descending", "Bottom", unique: true), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property in ascending order (unique, case-sensitive)", nSort(homogeneous, "-Property LastName -CaseSensitive -Unique", "Top", unique: true), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property in descending order (unique, case-sensitive)", nSort(homogeneous, "-Property LastName -CaseSensitive -Unique -Descending", "Top", unique: true), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property in ascending order (unique, case-sensitive)", nSort(homogeneous, "-Property LastName -CaseSensitive -Unique", "Bottom", unique: true), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property in descending order (unique, case-sensitive)", nSort(homogeneous, "-Property LastName -CaseSensitive -Unique -Descending", "Bottom", unique: true), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property with an order entry key", nSort(homogeneous, "-Descending -Property @{ Expression = 'YearsInMS'; Descending = $false }", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property with an order entry key", nSort(homogeneous, "-Descending -Property @{ Expression = 'YearsInMS'; Descending = $false }", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property with multiple non-conflicting order entry keys", nSort(homogeneous, "-Descending -Property @{ Expression = 'YearsInMS'; Descending = $false; Ascending = $true }", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property with multiple non-conflicting order entry keys", nSort(homogeneous, "-Descending -Property @{ Expression = 'YearsInMS'; Descending = $false; Ascending = $true }", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by property with multiple conflicting order entry keys", nSort(homogeneous, "-Descending -Property @{ Expression = 'YearsInMS'; Descending = $false; Ascending = $false }", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by property with multiple conflicting order entry keys", nSort(homogeneous, "-Descending -Property @{ Expression = 'YearsInMS'; Descending = $false; Ascending = $false }", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by multiple properties with different order entry keys", nSort(homogeneous, "-Property @{ Expression = 'LastName'; Ascending = $false }, @{ Expression = 'FirstName'; Ascending = $true }", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by multiple properties with different order entry keys", nSort(homogeneous, "-Property @{ Expression = 'LastName'; Ascending = $false }, @{ Expression = 'FirstName'; Ascending = $true }", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by two properties in descending order", nSort(homogeneous, "-Property LastName, FirstName -Descending:$true", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by two properties in descending order", nSort(homogeneous, "-Property LastName, FirstName -Descending:$true", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by two properties with -Descending:$false", nSort(homogeneous, "-Property LastName, FirstName -Descending:$false", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by two properties with -Descending:$false", nSort(homogeneous, "-Property LastName, FirstName -Descending:$false", "Bottom"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Top N sorted by two properties with mixed sort order", nSort(homogeneous, "-Property @{ Expression = 'FirstName'; Ascending = $true }, @{ Expression = 'LastName' } -Descending:$true", "Top"), .isTrue),
        PesterCase(file, "Homogeneous n-sort: Return the Bottom N sorted by two properties with mixed sort order", nSort(homogeneous, "-Property @{ Expression = 'FirstName'; Ascending = $true }, @{ Expression = 'LastName' } -Descending:$true", "Bottom"), .isTrue),
        PesterCase(file, "N-sort of objects that do not define ToString: Return the Top N sorted in ascending order", nSort(noToString, "-Descending:$false", "Top"), .isTrue),
        PesterCase(file, "N-sort of objects that do not define ToString: Return the Top N sorted in descending order", nSort(noToString, "-Descending:$true", "Top"), .isTrue),
        PesterCase(file, "N-sort of objects that do not define ToString: Return the Bottom N sorted in ascending order", nSort(noToString, "-Descending:$false", "Bottom"), .isTrue),
        PesterCase(file, "N-sort of objects that do not define ToString: Return the Bottom N sorted in descending order", nSort(noToString, "-Descending:$true", "Bottom"), .isTrue),
        PesterCase(file, "N-sort of objects with some null property values: Return the Top N objects by property in ascending order", nSort(someNull, "-Property TypeName", "Top"), .isTrue),
        PesterCase(file, "N-sort of objects with some null property values: Return the Top N objects by property in descending order", nSort(someNull, "-Property TypeName -Descending", "Top"), .isTrue),
        PesterCase(file, "N-sort of objects with some null property values: Return the Bottom N objects by property in ascending order", nSort(someNull, "-Property TypeName", "Bottom"), .isTrue),
        PesterCase(file, "N-sort of objects with some null property values: Return the Bottom N objects by property in descending order", nSort(someNull, "-Property TypeName -Descending", "Bottom"), .isTrue),
        PesterCase(file, "N-sort of objects with some null property values: Return the Top N by script property in ascending order", nSort(someNull, "-Property { $_.TypeName }", "Top"), .isTrue),
        PesterCase(file, "N-sort of objects with some null property values: Return the Top N by script property in descending order", nSort(someNull, "-Property { $_.TypeName } -Descending", "Top"), .isTrue),
        PesterCase(file, "N-sort of objects with some null property values: Return the Bottom N by script property in ascending order", nSort(someNull, "-Property { $_.TypeName }", "Bottom"), .isTrue),
        PesterCase(file, "N-sort of objects with some null property values: Return the Bottom N by script property in descending order", nSort(someNull, "-Property { $_.TypeName } -Descending", "Bottom"), .isTrue),
    ]

    /// The full sorts behind the n-sort rows, with their expected order: the n-sort rows only compare
    /// an n-sort with a full sort, so these pin the full sorts down (not counted as upstream cases).
    static let fullSorts: [(script: String, expected: [String])] = [
        (integers + "($data | Sort-Object) -join ','", ["-1709391247,-1477737798,-1258909473,-10835210,271612178,659770354,813732193,973474993,1125017828,1829227828"]),
        (homogeneous + "($data | Sort-Object -Property YearsInMS | ForEach-Object FirstName) -join ','", ["Jack,Lucy,Sylvie,Jack,John,Dwayne,John,Joseph"]),
        (homogeneous + "($data | Sort-Object -Property LastName, FirstName -Descending | ForEach-Object FirstName) -join ','", ["John,Joseph,John,Dwayne,Sylvie,Jack,Jack,Lucy"]),
        (homogeneous + "($data | Sort-Object -Property LastName -CaseSensitive -Unique -Stable | ForEach-Object FirstName) -join ','", ["Jack,Jack,Sylvie,John,Dwayne,John,Lucy"]),
        (someNull + "($data | Sort-Object -Property TypeName | ForEach-Object { if ($_ -is [string]) { $_ } else { \"[$($_.TypeName)]\" } }) -join ','", ["[],[A-Type],[B-Type],[DeeType],b"]),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Sort-Object with HistoryInfo object should work", .outOfScope("Add-Type (compiles C#)")),
        PesterGap(file, "Sort-Object with Non Existing And Null Script Property should work", .outOfScope(".NET-only type/API (New-Object microsoft.powershell.commands.newobjectcommand)")),
        PesterGap(file, "Sort-Object with Non Existing And Null Property should work", .outOfScope(".NET-only type/API (New-Object microsoft.powershell.commands.newobjectcommand)")),
    ]
}

@Suite struct SortObjectPesterTests {
    @Test(arguments: SortObjectCases.all) func follows(_ c: PesterCase) { c.check() }

    @Test(arguments: SortObjectCases.fullSorts.indices) func fullSortOrder(_ i: Int) {
        let (script, expected) = SortObjectCases.fullSorts[i]
        let r = ShellHarness.run(script)
        #expect(r.lines == expected && r.err.isEmpty, "\(script)\nstdout: \(r.out)\nstderr: \(r.err)")
    }
}
