import Testing

/// Where-Object.Tests.ps1 restated (Modules/Microsoft.PowerShell.Core).
enum WhereObjectCases {
    static let file = "Where-Object.Tests.ps1"

    static let computers = #"""
        $computers = @(
            [PSCustomObject]@{ ComputerName = "SRV-0101"; IPAddress = "10.0.0.1"; NumberOfCores = 1; Drives = 'C', 'D' }
            [PSCustomObject]@{ ComputerName = "WKS-2020"; IPAddress = ""; NumberOfCores = 2; Drives = 'C', 'D', 'E' }
            [PSCustomObject]@{ ComputerName = "LAB-3030"; NumberOfCores = 3; Drives = 'C' }
        )

        """#

    static let people = #"""
        $people = @(
            [PSCustomObject]@{ Name = 'Alice'; Age = 25; City = 'New York' }
            [PSCustomObject]@{ Name = 'Bob'; Age = 30; City = 'Boston' }
            [PSCustomObject]@{ Name = 'Charlie'; Age = 35; City = 'Chicago' }
        )

        """#

    static let all: [PesterCase] = [
        PesterCase(file, "Where-Object -Not Prop", computers + #"@($computers | Where-Object -Not 'IPAddress').Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object -FilterScript {$true -ne $_.Prop}", computers + #"@($computers | Where-Object -FilterScript { $true -ne $_.IPAddress }).Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object Prop", computers + #"@($computers | Where-Object 'IPAddress').Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object -FilterScript {$true -eq $_.Prop}", computers + #"@($computers | Where-Object -FilterScript { $true -eq $_.IPAddress }).Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object -FilterScript {$_.Prop -contains Value}", computers + #"@($computers | Where-Object -FilterScript { $_.Drives -contains 'D' }).Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object Prop -contains Value", computers + #"@($computers | Where-Object Drives -Contains 'D').Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object -FilterScript {$_.Prop -in $Array}", computers + #"$list = 'SRV-0101', 'WKS-2020'; @($computers | Where-Object -FilterScript { $_.ComputerName -in $list }).Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object $Array -in Prop", computers + #"$list = 'SRV-0101', 'WKS-2020'; @($computers | Where-Object ComputerName -In $list).Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object -FilterScript {$_.Prop -ge 2}", computers + #"@($computers | Where-Object -FilterScript { $_.NumberOfCores -ge 2 }).Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object Prop -ge 2", computers + #"@($computers | Where-Object NumberOfCores -GE 2).Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object -FilterScript {$_.Prop -gt 2}", computers + #"@($computers | Where-Object -FilterScript { $_.NumberOfCores -gt 2 }).Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object Prop -gt 2", computers + #"@($computers | Where-Object NumberOfCores -GT 2).Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object -FilterScript {$_.Prop -le 2}", computers + #"@($computers | Where-Object -FilterScript { $_.NumberOfCores -le 2 }).Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object Prop -le 2", computers + #"@($computers | Where-Object NumberOfCores -LE 2).Count"#, .lines(["2"])),
        PesterCase(file, "Where-Object -FilterScript {$_.Prop -lt 2}", computers + #"@($computers | Where-Object -FilterScript { $_.NumberOfCores -lt 2 }).Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object Prop -lt 2", computers + #"@($computers | Where-Object NumberOfCores -LT 2).Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object -FilterScript {$_.Prop -Like Value}", computers + #"@($computers | Where-Object -FilterScript { $_.ComputerName -like 'LAB-3030' }).Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object Prop -like Value", computers + #"@($computers | Where-Object ComputerName -Like 'LAB-3030').Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object -FilterScript {$_.Prop -Match Pattern}", computers + #"@($computers | Where-Object -FilterScript { $_.ComputerName -match '^LAB.+' }).Count"#, .lines(["1"])),
        PesterCase(file, "Where-Object Prop -like Value (-Match)", computers + #"@($computers | Where-Object ComputerName -Match '^LAB.+').Count"#, .lines(["1"])),
        PesterCase(file, "-EQ:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -EQ:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-GT:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Age -GT:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-LT:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Age -LT:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-NE:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -NE:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-GE:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Age -GE:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-LE:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Age -LE:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-NotLike:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object City -NotLike:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-NotMatch:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -NotMatch:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-NotContains:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -NotContains:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-NotIn:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -NotIn:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-IsNot:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -IsNot:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-Like:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object City -Like:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-Match:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -Match:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-Contains:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -Contains:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-In:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -In:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-Is:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -Is:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-Not:`$false should behave like default boolean evaluation",
                   #"$two = @([PSCustomObject]@{ Name = ''; Value = 1 }, [PSCustomObject]@{ Name = 'Test'; Value = 2 }); $r = @($two | Where-Object Name -Not:$false); $r.Count; $r.Name"#,
                   .lines(["1", "Test"])),
        PesterCase(file, "-GT:`$false with -Value should throw an error requiring an operator", people + #"$people | Where-Object Age -GT:$false -Value 25"#, .throwsErrorId("OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand")),
        PesterCase(file, "-EQ:`$false with -Value should throw an error requiring an operator", people + #"$people | Where-Object Name -EQ:$false -Value 'Alice'"#, .throwsErrorId("OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand")),
        PesterCase(file, "-Like:`$false with -Value should throw an error requiring an operator", people + #"$people | Where-Object Name -Like:$false -Value 'A*'"#, .throwsErrorId("OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand")),
        PesterCase(file, "-CEQ:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -CEQ:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CNE:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -CNE:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CGT:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Age -CGT:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CLT:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Age -CLT:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CGE:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Age -CGE:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CLE:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Age -CLE:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CLike:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object City -CLike:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CNotLike:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object City -CNotLike:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CMatch:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -CMatch:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CNotMatch:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -CNotMatch:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CContains:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -CContains:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CNotContains:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -CNotContains:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CIn:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -CIn:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CNotIn:`$false should behave like default boolean evaluation", people + #"@($people | Where-Object Name -CNotIn:$false).Count"#, .lines(["3"])),
        PesterCase(file, "-CEQ:`$false with -Value should throw an error requiring an operator", people + #"$people | Where-Object Name -CEQ:$false -Value 'Alice'"#, .throwsErrorId("OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand")),
        PesterCase(file, "-CGT:`$false with -Value should throw an error requiring an operator", people + #"$people | Where-Object Age -CGT:$false -Value 25"#, .throwsErrorId("OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand")),
        PesterCase(file, "-CLike:`$false with -Value should throw an error requiring an operator", people + #"$people | Where-Object Name -CLike:$false -Value 'A*'"#, .throwsErrorId("OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand")),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Where-Object should handle dynamic (DLR) objects", .notDone("needs .NET dynamic (DLR) objects, which the upstream helper compiles with Add-Type")),
        PesterGap(file, "Where-Object should handle dynamic (DLR) objects, even without property name hint", .notDone("needs .NET dynamic (DLR) objects, which the upstream helper compiles with Add-Type")),
    ]
}

@Suite struct WhereObjectPesterTests {
    @Test(arguments: WhereObjectCases.all) func follows(_ c: PesterCase) { c.check() }
}
