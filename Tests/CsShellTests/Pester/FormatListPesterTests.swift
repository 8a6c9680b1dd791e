import Testing

/// Format-List.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream's object is `New-Object
/// PSObject` with a note property added by Add-Member; a [pscustomobject] literal is the same object.
/// Upstream's regular expressions use `{` literally; the restatements escape it.
enum FormatListCases {
    static let file = "Format-List.Tests.ps1"

    static let input = #"$nl = [Environment]::NewLine; $in = [pscustomobject]@{ testName = 'testValue' }; "#

    static let all: [PesterCase] = [
        // Describe "Format-List"
        PesterCase(file, "Should call format list without error", input + #"($in | Format-List | Out-String).Trim().Length -gt 0"#, .isTrue),
        PesterCase(file, "Should be able to call the alias", input + #"($in | fl | Out-String).Trim().Length -gt 0"#, .isTrue),
        PesterCase(file, "Should have the same output whether choosing alias or not",
                   input + #"($in | fl | Out-String) -eq ($in | Format-List | Out-String)"#, .isTrue),
        PesterCase(file, "Should produce the expected output",
                   input + #"$null -ne ($in | Format-List); ($in | Format-List | Out-String) -eq "${nl}testName : testValue${nl}${nl}""#,
                   .lines(["True", "True"])),
        PesterCase(file, "Should be able to call a property of the piped input",
                   #"$null -ne (Get-Command | Select-Object -First 1 | Format-List -Property Name); $null -ne (Get-Date | Format-List -Property DisplayName)"#,
                   .lines(["True", "True"])),
        PesterCase(file, "Should be able to display a list of props when separated by a comma",
                   #"$l = (Get-Command | Select-Object -First 5 | Format-List -Property Name,Source | Out-String) -split [Environment]::NewLine | Where-Object { $_.Trim() -ne "" }; $l.Count -gt 0 -and @($l | Where-Object { $_ -notmatch "(Name)|(Source)" }).Count -eq 0"#,
                   .isTrue),
        PesterCase(file, "Should show the requested prop in every element",
                   #"$l = (Get-Command | Select-Object -First 5 | Format-List -Property Source | Out-String) -split [Environment]::NewLine | Where-Object { $_.Trim() -ne "" }; $l.Count -eq 5 -and @($l | Where-Object { $_ -notmatch "Source :" }).Count -eq 0"#,
                   .isTrue),
        PesterCase(file, "Should not show anything other than the requested props",
                   #"$o = Get-Command | Select-Object -First 5 | Format-List -Property Name | Out-String; $o -notmatch "CommandType :" -and $o -notmatch "Source :" -and $o -notmatch "Module :""#,
                   .isTrue),
        PesterCase(file, "Should be able to take input without piping objects to it",
                   input + #"(Format-List -InputObject $in | Out-String).Trim()"#, .lines(["testName : testValue"])),
        // Describe "Format-List DRT basic functionality"
        PesterCase(file, "Format-List with array should work",
                   #"$info = @{}; $info.array = (0..255); ($info | Format-List | Out-String) -match "Name  : array\s+Value : \{0, 1, 2, 3`u{2026}\}""#, .isTrue),
        PesterCase(file, "Format-List with No Objects for End-To-End should work",
                   #"$p = @{}; [string]::IsNullOrEmpty(($p | Format-List -Force -Property "foo","bar" | Out-String).Trim())"#, .isTrue),
        PesterCase(file, "Format-List with Null Objects for End-To-End should work",
                   #"$p = $null; [string]::IsNullOrEmpty(($p | Format-List -Force -Property "foo","bar" | Out-String).Trim())"#, .isTrue),
        PesterCase(file, "Format-List with single line string for End-To-End should work",
                   #"$p = "single line string"; [string]::IsNullOrEmpty(($p | Format-List -Force -Property "foo","bar" | Out-String).Trim())"#, .isTrue),
        PesterCase(file, "Format-List with multiple line string for End-To-End should work",
                   #"$p = "Line1\nLine2"; [string]::IsNullOrEmpty(($p | Format-List -Force -Property "foo","bar" | Out-String).Trim())"#, .isTrue),
        PesterCase(file, "Format-List with string sequence for End-To-End should work",
                   #"$p = "Line1","Line2"; [string]::IsNullOrEmpty(($p | Format-List -Force -Property "foo","bar" | Out-String).Trim())"#, .isTrue),
        // Labels are padded to their display width: a CJK character takes two columns.
        PesterCase(file, "Format-List should work with double byte wide chars",
                   #"[pscustomobject]@{ "哇" = "62"; "dbda" = "KM"; "消息" = "千" } | Format-List | Out-String"#,
                   .output("\n哇   : 62\ndbda : KM\n消息 : 千\n\n\n")),
        PesterCase(file, "Float, double, and decimal should not be truncated to number of decimals from current culture",
                   #"[PSCustomObject]@{ double = [double]1234.56789; float = [float]9876.543; decimal = [decimal]4567.123456789 } | Format-List | Out-String"#,
                   .output("\ndouble  : 1234.56789\nfloat   : 9876.543\ndecimal : 4567.123456789\n\n\n")),
        // Context "ExcludeProperty parameter"
        PesterCase(file, "Should exclude specified properties",
                   #"$r = [pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle' } | Format-List -ExcludeProperty Age | Out-String; $r -match 'Name' -and $r -match 'City' -and $r -notmatch 'Age'"#, .isTrue),
        PesterCase(file, "Should work with wildcard patterns",
                   #"$r = [pscustomobject]@{ Prop1 = 1; Prop2 = 2; Other = 3 } | Format-List -ExcludeProperty Prop* | Out-String; $r -match 'Other' -and $r -notmatch 'Prop1' -and $r -notmatch 'Prop2'"#, .isTrue),
        PesterCase(file, "Should work without Property parameter (implies -Property *)",
                   #"$r = [pscustomobject]@{ A = 1; B = 2; C = 3 } | Format-List -ExcludeProperty B | Out-String; $r -match 'A' -and $r -match 'C' -and $r -notmatch 'B'"#, .isTrue),
        PesterCase(file, "Should work with Property parameter",
                   #"$r = [pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle'; Country = 'USA' } | Format-List -Property Name, Age, City, Country -ExcludeProperty Age | Out-String; $r -match 'Name' -and $r -match 'City' -and $r -match 'Country' -and $r -notmatch 'Age'"#, .isTrue),
        PesterCase(file, "Should handle multiple excluded properties",
                   #"$r = [pscustomobject]@{ A = 1; B = 2; C = 3; D = 4 } | Format-List -ExcludeProperty B, D | Out-String; $r -match 'A' -and $r -match 'C' -and $r -notmatch 'B' -and $r -notmatch 'D'"#, .isTrue),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Format-List with complex object for End-To-End should work", .outOfScope("compiles C# with Add-Type")),
        PesterGap(file, "Format-List with multiple same class object should work", .outOfScope("compiles C# with Add-Type")),
        PesterGap(file, "Format-List with multiple different class object should work", .outOfScope("compiles C# with Add-Type")),
        PesterGap(file, "Format-List with FileInfo should work", .notDone("needs Get-ChildItem -File (a FileInfo with Name and Length)")),
        PesterGap(file, "Property names should use FormatAccent", .outOfScope("sets the engine test hook ForceFormatListFixedLabelWidth")),
        PesterGap(file, "VT decorations in a property value should not be leaked in list view", .notDone("needs $PSStyle and ANSI output rendering")),
    ]
}

@Suite struct FormatListPesterTests {
    @Test(arguments: FormatListCases.all) func follows(_ c: PesterCase) { c.check() }
}
