import Testing

/// Select-Object.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum SelectObjectCases {
    static let file = "Select-Object.Tests.ps1"

    /// Six file-like objects (the upstream tests use a list of mock files).
    static let files = #"""
        $files = @(
            [pscustomobject]@{ Size = 52144; Mode = '-a----'; Name = 'alpha.txt' }
            [pscustomobject]@{ Size = 1024; Mode = '-a----'; Name = 'beta.log' }
            [pscustomobject]@{ Size = 73; Mode = '-a---l'; Name = 'gamma.cfg' }
            [pscustomobject]@{ Size = 8800; Mode = '-a----'; Name = 'delta.csv' }
            [pscustomobject]@{ Size = 310; Mode = 'd-----'; Name = 'epsilon' }
            [pscustomobject]@{ Size = 4096; Mode = '-a----'; Name = 'zeta.json' }
        )

        """#

    /// Four people; the first two share a last name and years.
    static let staff = #"""
        $staff = @(
            [pscustomobject]@{ FirstName = 'ada'; LastName = 'king'; YearsInMS = 12 }
            [pscustomobject]@{ FirstName = 'alan'; LastName = 'king'; YearsInMS = 12 }
            [pscustomobject]@{ FirstName = 'grace'; LastName = 'hopper'; YearsInMS = 7 }
            [pscustomobject]@{ FirstName = 'linus'; LastName = 'torvalds'; YearsInMS = 3 }
        )

        """#

    static let all: [PesterCase] = [
        // Describe "Select-Object"
        PesterCase(file, "Handle piped input without error", files + #"$files | Select-Object | Out-Null"#, .noError),
        PesterCase(file, "Should treat input as a single object with the inputObject parameter",
                   files + #"$(Select-Object -InputObject $files -Last 3).Length; @(Select-Object -InputObject $files -Last 3).Count"#, .lines(["6", "1"])),
        PesterCase(file, "Should be able to use the alias", files + #"$files | select | Out-Null"#, .noError),
        PesterCase(file, "Should have same result when using alias",
                   files + #"$a = $files | Select-Object; $b = $files | select; $a.Count; ($a.Name -join ',') -ceq ($b.Name -join ',')"#, .lines(["6", "True"])),
        PesterCase(file, "Should return correct object with First parameter",
                   files + #"$r = $files | Select-Object -First 3; $r.Length; $r.Name -join ','"#, .lines(["3", "alpha.txt,beta.log,gamma.cfg"])),
        PesterCase(file, "Should return correct object with Last parameter",
                   files + #"$r = $files | Select-Object -Last 3; $r.Length; $r.Name -join ','"#, .lines(["3", "delta.csv,epsilon,zeta.json"])),
        PesterCase(file, "Should work correctly with Unique parameter",
                   #"("a", "b", "c", "a", "a", "a" | Select-Object -Unique).Length"#, .lines(["3"])),
        PesterCase(file, "Should work work correctly with Unique and CaseInsensitive parameter",
                   #"$r = "abc", "Abc" | Select-Object -Unique -CaseInsensitive; $r.Count; $r"#, .lines(["1", "abc"])),
        PesterCase(file, "Should return correct object with Skip parameter",
                   files + #"$r = $files | Select-Object -Skip 3; $r.Length; $r.Name -join ','"#, .lines(["3", "delta.csv,epsilon,zeta.json"])),
        PesterCase(file, "Should return an object with selected columns",
                   files + #"$r = $files | Select-Object -Property Name, Size; $r.Length; $r[0].Name; $r[0].Size; $null -eq $r[0].Mode; ($r[0] | Get-Member -MemberType NoteProperty).Name -join ','"#,
                   .lines(["6", "alpha.txt", "52144", "True", "Name,Size"])),
        PesterCase(file, "Should send output to pipe properly",
                   files + #"filter Pass { $_ }; $files | Select-Object -Unique | Pass | Out-Null"#, .noError),
        PesterCase(file, "Should select array indices with Index parameter",
                   files + #"$r = $files | Select-Object -Index 2, 4; $r.Count; $r[0].Name; $r[1].Name"#, .lines(["2", "gamma.cfg", "epsilon"])),
        PesterCase(file, "Should not wait when used without -Wait option",
                   files + #"""
                   filter Grow { $_.Size += 1; $_ }
                   $r = $files | Grow | Select-Object -First 3
                   $r[0].Size; $files[0].Size; $files[3].Size
                   """#, .lines(["52145", "52145", "8800"])),
        PesterCase(file, "Should wait when used with -Wait option",
                   files + #"""
                   filter Grow { $_.Size += 1; $_ }
                   $r = $files | Grow | Select-Object -First 3 -Wait
                   $r.Count; $r[0].Size; $files[0].Size; $files[3].Size
                   """#, .lines(["3", "52145", "52145", "8801"])),
        PesterCase(file, "Should not leak 'StopUpstreamCommandsException' internal exception for stopping upstream",
                   #"1, 2 | Select-Object -First 1 -ErrorVariable err; $err.Count"#, .lines(["1", "0"])),

        // Describe "Select-Object DRT basic functionality"
        PesterCase(file, "Select-Object with empty script block property should throw",
                   #"try { "bar" | Select-Object -Prop {} -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" -match 'PSArgumentException' }"#,
                   .lines(["EmptyScriptBlockAndNoName,Microsoft.PowerShell.Commands.SelectObjectCommand", "True"])),
        PesterCase(file, "Select-Object with Property First Last Overlap should work",
                   staff + #"($staff | Select-Object -Property "YearsInMS", "L*" -First 2 -Last 3).Count"#, .lines(["4"])),
        PesterCase(file, "Select-Object with string property should work",
                   #"("bar" | Select-Object -Prop foo | Measure-Object).Count"#, .lines(["1"])),
        PesterCase(file, "Select-Object with Property First Last should work",
                   staff + #"$r = $staff | Select-Object -Property "YearsInMS", "L*" -First 2 -Last 1; $r.Count; $r.LastName -join ','; $r.YearsInMS -join ','"#,
                   .lines(["3", "king,king,torvalds", "12,12,3"])),
        PesterCase(file, "Select-Object with Property First should work",
                   staff + #"$r = $staff | Select-Object -Property "YearsInMS", "L*" -First 2; $r.Count; $r.LastName -join ','; $r.YearsInMS -join ','"#,
                   .lines(["2", "king,king", "12,12"])),
        PesterCase(file, "Select-Object with Property First Zero should work",
                   staff + #"@($staff | Select-Object -Property "YearsInMS", "L*" -First 0).Count"#, .lines(["0"])),
        PesterCase(file, "Select-Object with Property Last Zero should work",
                   staff + #"@($staff | Select-Object -Property "YearsInMS", "L*" -Last 0).Count"#, .lines(["0"])),
        PesterCase(file, "Select-Object with Unique should work",
                   staff + #"$r = $staff | Select-Object -Property "YearsInMS", "L*" -Unique:$true; $r.Count; $r.LastName -join ','; $r.YearsInMS -join ','"#,
                   .lines(["3", "king,hopper,torvalds", "12,7,3"])),
        PesterCase(file, "Select-Object with Simple should work",
                   staff + #"$list = @($staff[0], $staff[1], $staff[2], $notDefined); $r = $list | Select-Object -Property "FirstName", "YearsInMS"; $r.Count; $r.FirstName -join ','; $r.YearsInMS -join ','"#,
                   .lines(["3", "ada,alan,grace", "12,12,7"])),
        PesterCase(file, "Select-Object with no input should work",
                   #"$r = $null | Select-Object -Property "FirstName", "YearsInMS", "FirstNa*"; $r.Count"#, .lines(["0"])),
        PesterCase(file, "Select-Object with Skip should work",
                   #"$r = "1", "2", "3" | Select-Object -Skip 1; $r.Count; $r -join ','"#, .lines(["2", "2,3"])),
        PesterCase(file, "Select-Object with SkipLast should work",
                   #"$r = "1", "2", "3" | Select-Object -SkipLast 1; $r.Count; $r[0] -ceq "1"; $r[1] -ceq "2""#, .lines(["2", "True", "True"])),
        PesterCase(file, "Select-Object with Skip and SkipLast should work",
                   #"$r = "1", "2", "3" | Select-Object -Skip 1 -SkipLast 1; $r.Count; $r"#, .lines(["1", "2"])),
        PesterCase(file, "Select-Object with Skip and SkipLast should work with Skip overlapping SkipLast",
                   #"@("1", "2" | Select-Object -Skip 2 -SkipLast 1).Count"#, .lines(["0"])),
        PesterCase(file, "Select-Object with Skip and SkipLast should work with skiplast overlapping skip",
                   #"@("1", "2" | Select-Object -Skip 1 -SkipLast 2).Count"#, .lines(["0"])),
        PesterCase(file, "Select-Object with Index should work",
                   #"$r = "1", "2", "3" | Select-Object -Index 2; $r.Count; $r"#, .lines(["1", "3"])),
        PesterCase(file, "Select-Object with SkipIndex should work",
                   #"$r = "1", "2", "3" | Select-Object -SkipIndex 0, 2; $r.Count; $r"#, .lines(["1", "2"])),
        PesterCase(file, "Select-Object with SkipIndex should work with index out of range",
                   #"$r = 0..10 | Select-Object -SkipIndex 5, 6, 7, 8, 11; $r.Count; $r -join ','"#, .lines(["7", "0,1,2,3,4,9,10"])),

        // Describe "Select-Object with Property = '*'": an excluded property, and no property named '*'
        PesterCase(file, "Select-Object with implicit Property = '*' don't return property named '*'",
                   #"$r = [pscustomobject]@{ Thing = "thing1" } | Select-Object -ExcludeProperty thing; @($r | Get-Member -Name '`*').Count; @($r | Get-Member -MemberType NoteProperty).Count"#,
                   .lines(["0", "0"])),
        PesterCase(file, "Select-Object with explicit Property = '*' don't return property named '*'",
                   #"$r = [pscustomobject]@{ Thing = "thing1" } | Select-Object -Property * -ExcludeProperty thing; @($r | Get-Member -Name '`*').Count; @($r | Get-Member -MemberType NoteProperty).Count"#,
                   .lines(["0", "0"])),
        PesterCase(file, "Select-Object with implicit Property = '*' exclude single property",
                   #"$r = [pscustomobject]@{ Thing = "thing1" } | Select-Object -ExcludeProperty thing; @($r | Get-Member -Name Thing).Count; @($r | Get-Member -Name '`*').Count"#,
                   .lines(["0", "0"])),
        PesterCase(file, "Select-Object with explicit Property = '*' exclude single property",
                   #"$r = [pscustomobject]@{ Thing = "thing1" } | Select-Object -Property * -ExcludeProperty thing; @($r | Get-Member -Name Thing).Count; @($r | Get-Member -Name '`*').Count"#,
                   .lines(["0", "0"])),
        PesterCase(file, "Select-Object with implicit Property = '*' exclude not single property",
                   #"$r = [pscustomobject]@{ Thing = "thing1"; Param2 = "param2" } | Select-Object -ExcludeProperty Param2; $null -eq $r.Param2; $r.Thing -ceq "thing1"; ($r | Get-Member -MemberType NoteProperty).Name"#,
                   .lines(["True", "True", "Thing"])),
        PesterCase(file, "Select-Object with explicit Property = '*' exclude not single property",
                   #"$r = [pscustomobject]@{ Thing = "thing1"; Param2 = "param2" } | Select-Object -Property * -ExcludeProperty Param2; $null -eq $r.Param2; $r.Thing -ceq "thing1"; ($r | Get-Member -MemberType NoteProperty).Name"#,
                   .lines(["True", "True", "Thing"])),
        // The upstream test expands the modules of its own process; an object with a collection property stands in.
        PesterCase(file, "Select-Object with ExpandProperty and Property don't skip processing ExcludeProperty",
                   #"""
                   $proc = [pscustomobject]@{ ProcessName = 'csshell'; ProcessorAffinity = 3; Modules = @([pscustomobject]@{ ModuleName = 'libc' }, [pscustomobject]@{ ModuleName = 'libm' }) }
                   $p = $proc | Select-Object -Property Process* -ExcludeProperty ProcessorAffinity -ExpandProperty Modules
                   $p.Count; $p[0].ModuleName; $p[1].ProcessName; ($p[0] | Get-Member -MemberType NoteProperty).Name -join ','
                   """#, .lines(["2", "libc", "csshell", "ModuleName,ProcessName"])),
        PesterCase(file, "Select-Object add 'Selected.*' type only once",
                   #"""
                   $obj = [PSCustomObject]@{ Name = 1 }
                   $obj.pstypenames.Count; @($obj.pstypenames -like 'Selected*').Count
                   $obj = $obj | Select-Object
                   $obj.pstypenames -join ','
                   $obj = $obj | Select-Object
                   $obj.pstypenames.Count
                   """#, .lines(["2", "0", "Selected.System.Management.Automation.PSCustomObject,System.Management.Automation.PSCustomObject,System.Object", "3"])),

        // Describe 'Select-Object behaviour with hashtable entries and actual members'
        PesterCase(file, "can retrieve a hashtable entry as a property",
                   #"$h = @{ Entry = 100 }; ($h | Select-Object -Property Entry).Entry; $h | Select-Object -ExpandProperty Entry"#, .lines(["100", "100"])),
        PesterCase(file, "can retrieve true hashtable members",
                   #"$h = @{ Value = 10 }; ($h | Select-Object -Property Keys).Keys; $h | Select-Object -ExpandProperty Keys"#, .lines(["Value", "Value"])),
        PesterCase(file, "should prioritise hashtable entries where available",
                   #"$h = @{ Keys = 10 }; ($h | Select-Object -Property Keys).Keys; $h | Select-Object -ExpandProperty Keys"#, .lines(["10", "10"])),
        PesterCase(file, "should get the hashtable Count member",
                   #"$h = @{ a = 10; b = 20; c = 30 }; ($h | Select-Object -Property Count).Count; $h | Select-Object -ExpandProperty Count"#, .lines(["3", "3"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Select-Object with Start-Time In Idle Process should work", .notDone("needs Get-Process (process objects)")),
        PesterGap(file, "Select-Object should handle dynamic (DLR) properties", .notDone("needs .NET dynamic (DLR) objects, which the upstream helper compiles with Add-Type")),
        PesterGap(file, "Select-Object should handle dynamic (DLR) properties without GetDynamicMemberNames hint", .notDone("needs .NET dynamic (DLR) objects, which the upstream helper compiles with Add-Type")),
        PesterGap(file, "Select-Object should handle wildcarded dynamic (DLR) properties when hinted by GetDynamicMemberNames", .notDone("needs .NET dynamic (DLR) objects, which the upstream helper compiles with Add-Type")),
        PesterGap(file, "Select-Object should work when multiple dynamic (DLR) properties match", .notDone("needs .NET dynamic (DLR) objects, which the upstream helper compiles with Add-Type")),
        PesterGap(file, "Select-Object -ExpandProperty should yield errors if multiple dynamic (DLR) properties match", .notDone("needs .NET dynamic (DLR) objects, which the upstream helper compiles with Add-Type")),
    ]
}

@Suite struct SelectObjectPesterTests {
    @Test(arguments: SelectObjectCases.all) func follows(_ c: PesterCase) { c.check() }
}
