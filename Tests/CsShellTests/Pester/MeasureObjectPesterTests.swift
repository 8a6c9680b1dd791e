import Testing

/// Measure-Object.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum MeasureObjectCases {
    static let file = "Measure-Object.Tests.ps1"

    /// Four lines of text (the upstream test measures a poem): 3 newlines, words separated by single spaces.
    static let text = #"""
        $nl = [Environment]::NewLine
        $text = "The quick brown fox,$nl jumps over$nl the lazy dog;$nl and runs away."

        """#

    /// Four people; the last first name holds a tab, a trailing space and a newline.
    static let people = #"""
        $people = [pscustomobject]@{ FirstName = "joseph"; LastName = "smith"; YearsInMS = 15 },
            [pscustomobject]@{ FirstName = "paul"; LastName = "smith"; YearsInMS = 15 },
            [pscustomobject]@{ FirstName = "mary jo"; LastName = "soe"; YearsInMS = 5 },
            [pscustomobject]@{ FirstName = "edmund`todd `n"; LastName = "bush"; YearsInMS = 9 }

        """#

    static let all: [PesterCase] = [
        // Describe "Measure-Object"
        PesterCase(file, "Should be able to be called without error", #"Measure-Object | Out-Null; (Measure-Object).Count"#, .lines(["0"])),
        PesterCase(file, "Should be able to call on piped input", #"1, 3, 4 | Measure-Object | Out-Null"#, .noError),
        PesterCase(file, "Should be able to count the number of objects input to it", #"$(1, 3, 4 | Measure-Object).Count"#, .lines(["3"])),
        PesterCase(file, "Should calculate Standard Deviation (1, 3, 4)",
                   #"$a = 1, 3, 4 | Measure-Object -StandardDeviation; [Math]::Abs($a.StandardDeviation - 1.52752523165195) -lt .00000000000001"#, .isTrue),
        PesterCase(file, "Should calculate Standard Deviation (1..100)",
                   #"$a = 1..100 | Measure-Object -StandardDeviation; [Math]::Abs($a.StandardDeviation - 29.011491975882) -lt .0000000000001"#, .isTrue),
        PesterCase(file, "Should calculate Standard Deviation with -Sum",
                   #"$a = 1, 3, 4 | Measure-Object -Sum -StandardDeviation; $a.Sum; [Math]::Abs($a.StandardDeviation - 1.52752523165195) -lt .00000000000001"#,
                   .lines(["8", "True"])),
        PesterCase(file, "Should calculate Standard Deviation with -Average",
                   #"$a = 1, 3, 4 | Measure-Object -Average -StandardDeviation; [Math]::Abs($a.Average - 2.66666666666667) -lt .00000000000001; [Math]::Abs($a.StandardDeviation - 1.52752523165195) -lt .00000000000001"#,
                   .lines(["True", "True"])),
        PesterCase(file, "Should calculate Standard Deviation with -Sum -Average",
                   #"$a = 1..100 | Measure-Object -Sum -Average -StandardDeviation; $a.Sum; $a.Average; [Math]::Abs($a.StandardDeviation - 29.011491975882) -lt .0000000000001"#,
                   .lines(["5050", "50.5", "True"])),
        PesterCase(file, "Should be able to count using the Property switch",
                   #"$items = [pscustomobject]@{ X = 'a'; Y = 'b' }, [pscustomobject]@{ X = 'c' }, [pscustomobject]@{ X = 'e'; Y = 'f' }; ($items | Measure-Object -Property Y).Count"#,
                   .lines(["2"])),
        PesterCase(file, "Should be able to use wildcards for the Property argument",
                   #"""
                   $data = [pscustomobject]@{ A1 = 1; A2 = 2; C3 = 3 }, [pscustomobject]@{ A1 = 1; A2 = 2; A3 = 3 }
                   $a = $data | Measure-Object -Property A* -Sum
                   $a.Count
                   ($a | ForEach-Object { "$($_.Property):$($_.Sum):$($_.Count)" }) -join ' '
                   """#, .lines(["3", "A1:2:2 A2:4:2 A3:3:1"])),
        PesterCase(file, "Should be able to sum", #"(1, 3, 4 | Measure-Object -Sum).Sum"#, .lines(["8"])),
        PesterCase(file, "Should be able to average", #"(1, 3, 4 | Measure-Object -Average).Average -eq 8 / 3"#, .isTrue),
        PesterCase(file, "Should be able to return a minimum", #"(1, 3, 4 | Measure-Object -Minimum).Minimum"#, .lines(["1"])),
        PesterCase(file, "Should be able to return a minimum when multiple objects are the minimum", #"(1, 1, 2, 4 | Measure-Object -Minimum).Minimum"#, .lines(["1"])),
        PesterCase(file, "Should be able to return a maximum", #"(1, 3, 4 | Measure-Object -Maximum).Maximum"#, .lines(["4"])),
        PesterCase(file, "Should be able to return a maximum when multiple objects are the maximum", #"(1, 3, 5, 5 | Measure-Object -Maximum).Maximum"#, .lines(["5"])),
        PesterCase(file, "Should be able to return all the statitics for given values",
                   #"$r = 1..10 | Measure-Object -AllStats; $r.Count; $r.Average; $r.Sum; $r.Minimum; $r.Maximum; ($r.StandardDeviation).ToString()"#,
                   .lines(["10", "5.5", "55", "1", "10", "3.0276503540974917"])),
        // Upstream measures the Length of an empty folder (Get-Item), which has none.
        PesterCase(file, "Should not throw an invalid property error when not in StrictMode",
                   #"Set-StrictMode -Off; [pscustomobject]@{ Name = 'my_folder' } | Measure-Object Length -ErrorAction Stop -Sum | Out-Null"#, .noError),
        PesterCase(file, "Should throw an invalid property error when in StrictMode",
                   #"Set-StrictMode -Version 3.0; [pscustomobject]@{ Name = 'my_folder' } | Measure-Object Length -ErrorAction Stop -Sum"#,
                   .throwsErrorId("GenericMeasurePropertyNotFound,Microsoft.PowerShell.Commands.MeasureObjectCommand")),
        PesterCase(file, "Should be able to count the number of words in a string", text + #"($text | Measure-Object -Word).Words"#, .lines(["12"])),
        PesterCase(file, "Should be able to count the number of characters in a string",
                   text + #"($text | Measure-Object -Character).Characters -eq $text.Length; $text.Length"#, .lines(["True", "63"])),
        PesterCase(file, "Should be able to count the number of lines in a string", text + #"($text | Measure-Object -Line).Lines"#, .lines(["4"])),

        // Describe "Measure-Object DRT basic functionality" (upstream numbers the combinations with flag enums it compiles)
        PesterCase(file, "Measure-Object with Generic enum value options combination should work",
                   people + #"""
                   $bad = @()
                   $r = $people | Measure-Object -Sum:$false -Average:$false -Max:$false -Min:$false -Prop FirstName
                   if ($r.Count -ne 4 -or $null -ne $r.Sum -or $null -ne $r.Average -or $null -ne $r.Maximum -or $null -ne $r.Minimum) { $bad += 'none' }
                   for ($i = 1; $i -lt 16; $i++) {
                       $sum = ($i -band 1) -gt 0; $avg = ($i -band 2) -gt 0; $max = ($i -band 4) -gt 0; $min = ($i -band 8) -gt 0
                       $r = $people | Measure-Object -Sum:$sum -Average:$avg -Max:$max -Min:$min -Prop YearsInMS
                       $ok = $r.Count -eq 4
                       $ok = $ok -and $(if ($sum) { $r.Sum -eq 44 } else { $null -eq $r.Sum })
                       $ok = $ok -and $(if ($avg) { $r.Average -eq 11 } else { $null -eq $r.Average })
                       $ok = $ok -and $(if ($max) { $r.Maximum -eq 15 } else { $null -eq $r.Maximum })
                       $ok = $ok -and $(if ($min) { $r.Minimum -eq 5 } else { $null -eq $r.Minimum })
                       if (-not $ok) { $bad += $i }
                   }
                   "[$bad]"
                   """#, .lines(["[]"])),
        PesterCase(file, "Measure-Object with Text combination should work",
                   people + #"""
                   $bad = @()
                   for ($i = 1; $i -lt 16; $i++) {
                       $ws = ($i -band 1) -gt 0; $char = ($i -band 2) -gt 0; $word = ($i -band 4) -gt 0; $line = ($i -band 8) -gt 0
                       $r = $people | Measure-Object -IgnoreWhiteSpace:$ws -Character:$char -Word:$word -Line:$line -Prop FirstName
                       $ok = $(if ($char) { $r.Characters -eq $(if ($ws) { 25 } else { 29 }) } else { $null -eq $r.Characters })
                       $ok = $ok -and $(if ($word) { $r.Words -eq 6 } else { $null -eq $r.Words })
                       $ok = $ok -and $(if ($line) { $r.Lines -eq 4 } else { $null -eq $r.Lines })
                       if (-not $ok) { $bad += $i }
                   }
                   "[$bad]"
                   """#, .lines(["[]"])),

        // Describe "Directly test the PSPropertyExpression type" (the Measure-Object cases)
        PesterCase(file, "Measure-Object with multiple lines should work", #"("123`n4" | Measure-Object -Line).Lines"#, .lines(["2"])),
        PesterCase(file, "Measure-Object with ScriptBlock properties should work",
                   #"$r = 1..10 | Measure-Object -Sum -Average -Minimum -Maximum -Property {$_ * 10}; $r.Count; $r.Average; $r.Sum; $r.Minimum; $r.Maximum; $r.Property"#,
                   .lines(["10", "55", "550", "10", "100", "$_ * 10"])),
        PesterCase(file, "Measure-Object with ScriptBlock properties should work with -word",
                   #"("a,b,c", "d,e" | Measure-Object -Word { $_ -split ',' }).Words"#, .lines(["5"])),
        PesterCase(file, "Measure-Object ScriptBlock properties should be able to transform input",
                   #"$map = @{ one = 1; two = 2; three = 3 }; ("one", "two", "three" | Measure-Object -Sum { $map[$_] }).Sum"#, .lines(["6"])),
        PesterCase(file, "Measure-Object should handle hashtables as objects",
                   #"(@{ foo = 1 }, @{ foo = 3 }, @{ foo = 10 } | Measure-Object -Sum fo*).Sum"#, .lines(["14"])),
        PesterCase(file, "Measure-Object should handle hashtables as objects with ScriptBlock properties",
                   #"(@{ foo = 1 }, @{ foo = 3 }, @{ foo = 10 } | Measure-Object -Sum { $_.foo * 10 }).Sum"#, .lines(["140"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Test-PropertyExpression function with a wildcard property expression should sum numbers", .notDone("needs the PSPropertyExpression .NET type as a parameter type of an advanced function")),
        PesterGap(file, "Test-PropertyExpression function with a scriptblock property expression should sum numbers", .notDone("needs the PSPropertyExpression .NET type as a parameter type of an advanced function")),
        PesterGap(file, "Test-PropertyExpression function with a scriptblock property expression should be able to transform input", .notDone("needs the PSPropertyExpression .NET type as a parameter type of an advanced function")),
    ]
}

@Suite struct MeasureObjectPesterTests {
    @Test(arguments: MeasureObjectCases.all) func follows(_ c: PesterCase) { c.check() }
}
