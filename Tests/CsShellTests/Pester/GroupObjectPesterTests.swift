import Testing

/// Group-Object.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream groups the files of
/// the current folder (Get-ChildItem); these cases group names (`$names`) and file-like objects (`$items`).
enum GroupObjectCases {
    static let file = "Group-Object.Tests.ps1"

    static let names = #"""
        $names = 'readme.md', 'build.sh', 'notes.txt', 'readme.md', 'data.csv'

        """#

    static let items = #"""
        $items = @(
            [pscustomobject]@{ Name = 'a.txt'; Attributes = 'Archive'; Length = 100 }
            [pscustomobject]@{ Name = 'b.txt'; Attributes = 'Archive'; Length = 200 }
            [pscustomobject]@{ Name = 'bin'; Attributes = 'Directory'; Length = $null }
            [pscustomobject]@{ Name = 'c.txt'; Attributes = 'Archive'; Length = 100 }
            [pscustomobject]@{ Name = 'lib'; Attributes = 'Directory'; Length = $null }
        )

        """#

    static let all: [PesterCase] = [
        // Describe "Group-Object DRT Unit Tests"
        PesterCase(file, "Test for CaseSensitive switch",
                   #"$r = 'aA', 'aA', 'AA', 'AA' | Group-Object -CaseSensitive; $r.Count; $r.Name.Count; $r.Group.Count; $r.Name -join ','; $r.Group -join ','; $r -is [array]"#,
                   .lines(["2", "2", "4", "aA,AA", "aA,aA,AA,AA", "True"])),

        // Describe "Group-Object"
        PesterCase(file, "Should be called using an object as piped without error with no switches", names + #"$names | Group-Object | Out-Null"#, .noError),
        PesterCase(file, "Should be called using the InputObject without error with no other switches", names + #"Group-Object -InputObject $names | Out-Null"#, .noError),
        PesterCase(file, "Should return three columns- count, name, and group",
                   names + #"$a = Group-Object -InputObject $names; $a.Count -gt 0; $a.Name.Count -gt 0; $a.Group.Count -gt 0; $a.Group.Count"#,
                   .lines(["True", "True", "True", "1"])),
        PesterCase(file, "Should use the group alias", names + #"group -InputObject $names | Out-Null"#, .noError),
        PesterCase(file, "Should return object of 'GroupInfo' type",
                   names + #"$a = Group-Object -InputObject $names; $a.GetType().FullName"#, .lines(["Microsoft.PowerShell.Commands.GroupInfo"])),
        PesterCase(file, "Should output an array when piped input is used",
                   names + #"$a = $names | Group-Object; $a -is [array]; $a.Count; $a.Name -join ','"#,
                   .lines(["True", "4", "build.sh,data.csv,notes.txt,readme.md"])),
        PesterCase(file, "Should have the same output between the group alias and the group-object cmdlet",
                   names + #"$x = group -InputObject $names; $y = Group-Object -InputObject $names; $x.Name[0] -eq $y.Name[0]; ($x.Group[0] -join ',') -eq ($y.Group[0] -join ',')"#,
                   .lines(["True", "True"])),
        PesterCase(file, "Should be able to use the property switch without error",
                   items + #"$a = $items | Group-Object -Property Attributes; $a.Group.Count -gt 0; ($a | ForEach-Object { "$($_.Name)=$($_.Count)" }) -join ','"#,
                   .lines(["True", "Archive=3,Directory=2"])),
        PesterCase(file, "Should be able to use the property switch on multiple properties without error",
                   items + #"$a = $items | Group-Object -Property Attributes, Length; $a.Group.Count -gt 0; ($a | ForEach-Object { "$($_.Name)=$($_.Count)" }) -join ';'"#,
                   .lines(["True", "Archive, 100=2;Archive, 200=1;Directory=2"])),
        PesterCase(file, "Should be able to omit members of a group using the NoElement switch without error",
                   names + #"$a = $names | Group-Object -NoElement; ($a | ForEach-Object { "$($_.Count)/$($_.Group.Count)" }) -join ','; $a.Count; ($a | Get-Member -MemberType Property).Name -join ','"#,
                   .lines(["1/0,1/0,1/0,2/0", "4", "Count,Group,Name,Values"])),
        PesterCase(file, "Should be able to output a hashtable datatype",
                   names + #"$a = $names | Group-Object -AsHashTable; $null -ne $a; $a -is [hashtable]; $a.Count"#,
                   .lines(["True", "True", "4"])),
        PesterCase(file, "Should be able to access when output as hash table",
                   names + #"$a = $names | Group-Object -AsHashTable; $a.Keys.Count -gt 0; $a['readme.md'].Count"#,
                   .lines(["True", "2"])),
        PesterCase(file, "Should throw when attempting to use AsString without AsHashTable",
                   names + #"$names | Group-Object -AsString"#, .throwsErrorId("ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand")),
        PesterCase(file, "Should not throw error when using AsString when the AsHashTable was added",
                   names + #"$names | Group-Object -AsHashTable -AsString | Out-Null"#, .noError),
        PesterCase(file, "Should be able to retrieve objects by key when using -AsHashTable without -AsString",
                   #"$t = [pscustomobject]@{ a = "one"; b = 2 }, [pscustomobject]@{ a = "two"; b = 10 }; $r = $t | Group-Object -AsHashTable -Property a; $r.one.b; $r["two"].b"#,
                   .lines(["2", "10"])),
        PesterCase(file, "User's scenario should work (see issue #6933 for link to stackoverflow question)",
                   #"""
                   $r = 1..9 | ForEach-Object { [PSCustomObject]@{ ErrorMessage = if ($_ % 2) { 'SomeError' } else { '' } } } |
                       Group-Object -Property { if ($_.ErrorMessage) { 'Failed' } else { 'Successful' } } -AsHashTable
                   $r['Failed'].ErrorMessage.Count; $r['Failed'].ErrorMessage[0]; $r['Successful'].ErrorMessage.Count; "[$($r['Successful'].ErrorMessage[0])]"
                   """#, .lines(["5", "SomeError", "4", "[]"])),
        PesterCase(file, "Should understand empty NoteProperty",
                   #"$r = "dummy" | Select-Object -Property @{ Name = 'X'; Expression = {} } | Group-Object X; @($r).Count; "[$($r[0].Name)]"; "$($r[0].Group)""#,
                   .lines(["1", "[]", "@{X=}"])),
        PesterCase(file, "Should handle format-like strings with curly braces like normal strings",
                   #"$r = '{', '}', '{0}' | Group-Object; $r.Count; $r[0].Name -ceq '{'; $r[1].Name -ceq '{0}'; $r[2].Name -ceq '}'"#,
                   .lines(["3", "True", "True", "True"])),

        // Describe "Check 'Culture' parameter in order object cmdlets"
        PesterCase(file, "Should accept a culture by name", names + #"$names | Group-Object -Culture 'ru-RU' | Out-Null"#, .noError),
        PesterCase(file, "Should accept a culture by hex string LCID", names + #"$names | Group-Object -Culture '0x419' | Out-Null"#, .noError),
        PesterCase(file, "Should accept a culture by int string LCID", names + #"$names | Group-Object -Culture '1049' | Out-Null"#, .noError),
        PesterCase(file, "should not throw a key duplication error with -CaseSensitive -AsHashtable",
                   #"$c = @([PSCustomObject]@{ Capitonym = 'Bill' }, [PSCustomObject]@{ Capitonym = 'bill' }); $r = $c | Group-Object -Property Capitonym -AsHashTable -CaseSensitive; $r -is [hashtable]; $r.Count; ($r.Keys | Sort-Object -CaseSensitive) -join ','; $r['Bill'].Capitonym; $r['bill'].Capitonym"#,
                   .lines(["True", "2", "bill,Bill", "Bill", "bill"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should create a collection when the inputObject parameter is used", .notDone("needs .NET generic collection types: GroupInfo.Group is a Collection`1, csshell's groups are arrays")),
    ]
}

@Suite struct GroupObjectPesterTests {
    @Test(arguments: GroupObjectCases.all) func follows(_ c: PesterCase) { c.check() }
}
