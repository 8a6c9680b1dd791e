import Testing

/// Format-Wide.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream formats the items
/// of a folder with two folders and two files (Get-ChildItem); the cases use objects of that shape
/// (Name, Mode, CreationTime).
enum FormatWideCases {
    static let file = "Format-Wide.Tests.ps1"

    static let pathList = #"$pathList = 1..2 | ForEach-Object { [pscustomobject]@{ Name = "Testdir0$_"; Mode = 'd----'; CreationTime = Get-Date }; [pscustomobject]@{ Name = "TestFile0$_.txt"; Mode = '-a---'; CreationTime = Get-Date } }; "#

    static let all: [PesterCase] = [
        PesterCase(file, "Should be able to specify the columns in output using the column switch", pathList + #"$pathList | Format-Wide -Column 3 | Out-Null"#, .noError),
        PesterCase(file, "Should be able to use the autosize switch", pathList + #"$pathList | Format-Wide -AutoSize | Out-Null; $pathList | Format-Wide -AutoSize | Out-String | Out-Null"#, .noError),
        PesterCase(file, "Should be able to take inputobject instead of pipe", pathList + #"Format-Wide -InputObject $pathList | Out-Null"#, .noError),
        PesterCase(file, "Should be able to use the property switch", pathList + #"Format-Wide -InputObject $pathList -Property Mode | Out-Null"#, .noError),
        PesterCase(file, "Should throw an error when property switch and view switch are used together",
                   pathList + #"Format-Wide -InputObject $pathList -Property CreationTime -View aoeu"#,
                   .throwsErrorId("FormatCannotSpecifyViewAndProperty,Microsoft.PowerShell.Commands.FormatWideCommand")),
        // Upstream passes processes (Get-Process); any object without such a view does the same.
        PesterCase(file, "Should throw and suggest proper input when view is used with invalid input without the property switch",
                   pathList + #"Format-Wide -InputObject $pathList -View aoeu"#, .throwsErrorId("FormatViewNotFound")),
        // Describe "Format-Wide DRT basic functionality"
        PesterCase(file, "Format-Wide with array should work", #"$info = @{}; $info.array = (0..255); ($info | Format-Wide | Out-String) -match "array""#, .isTrue),
        PesterCase(file, "Format-Wide with No Objects for End-To-End should work", #"$p = @{}; [string]::IsNullOrEmpty(($p | Format-Wide | Out-String))"#, .isTrue),
        PesterCase(file, "Format-Wide with Null Objects for End-To-End should work", #"$p = $null; [string]::IsNullOrEmpty(($p | Format-Wide | Out-String))"#, .isTrue),
        PesterCase(file, "Format-Wide with single line string for End-To-End should work",
                   #"$p = "single line string"; ($p | Format-Wide | Out-String) -match $p"#, .isTrue),
        PesterCase(file, "Format-Wide with multiple line string for End-To-End should work",
                   #"$p = "Line1\nLine2"; $r = $p | Format-Wide | Out-String; $r -match "Line1" -and $r -match "Line2""#, .isTrue),
        PesterCase(file, "Format-Wide with string sequence for End-To-End should work",
                   #"$p = "Line1", "Line2"; $r = $p | Format-Wide | Out-String; $r -match "Line1" -and $r -match "Line2""#, .isTrue),
        // Context "ExcludeProperty parameter"
        PesterCase(file, "Should exclude specified property and display first remaining",
                   #"$r = [pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle' } | Format-Wide -ExcludeProperty Name | Out-String; $r -match '30' -and $r -notmatch 'Test'"#, .isTrue),
        PesterCase(file, "Should work with wildcard patterns",
                   #"$r = [pscustomobject]@{ Prop1 = 1; Prop2 = 2; Other = 3 } | Format-Wide -ExcludeProperty Prop* | Out-String; $r -match '3' -and $r -notmatch '1' -and $r -notmatch '2'"#, .isTrue),
        PesterCase(file, "Should work without Property parameter (implies -Property *)",
                   #"$r = [pscustomobject]@{ A = 1; B = 2; C = 3 } | Format-Wide -ExcludeProperty B, C | Out-String; $r -match '1' -and $r -notmatch '2' -and $r -notmatch '3'"#, .isTrue),
        PesterCase(file, "Should display first remaining property after exclusion",
                   #"$r = [pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle'; Country = 'USA' } | Format-Wide -ExcludeProperty Name, Age | Out-String; $r -match 'Seattle' -and $r -notmatch 'Test' -and $r -notmatch '30'"#, .isTrue),
        PesterCase(file, "Should handle multiple excluded properties",
                   #"$r = [pscustomobject]@{ A = 1; B = 2; C = 3; D = 4 } | Format-Wide -ExcludeProperty A, B | Out-String; $r -match '3' -and $r -notmatch '1' -and $r -notmatch '2'"#, .isTrue),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Format-Wide with complex object for End-To-End should work", .outOfScope("compiles C# with Add-Type")),
        PesterGap(file, "Format-Wide with multiple same class object with grouping should work", .outOfScope("compiles C# with Add-Type")),
    ]
}

@Suite struct FormatWidePesterTests {
    @Test(arguments: FormatWideCases.all) func follows(_ c: PesterCase) { c.check() }
}
