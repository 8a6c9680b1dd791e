import Testing

/// Format-Table.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). The rendering cases compare
/// the whole text with spaces shown as `.` and line ends as `^`, as upstream does. Upstream's regular
/// expressions use `{` literally; the restatements escape it. Upstream's System.Collections.ArrayList
/// inputs are arrays here (the table shows the same).
enum FormatTableCases {
    static let file = "Format-Table.Tests.ps1"

    /// The dotted form of `Format-Table`'s text for `objects` (`switches` added).
    static func rendered(_ objects: String, _ switches: String = "") -> String {
        "$o = " + objects + #"; ($o | Format-Table "# + switches + #" | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")"#
    }
    static let multiline = #""This`nIs some random`nmultiline content""#

    static let all: [PesterCase] = [
        PesterCase(file, "Should call format table on piped input without error", #"Get-Date | Format-Table | Out-Null"#, .noError),
        PesterCase(file, "Should return a format object data type",
                   #"$val = Get-Date | Format-Table | Get-Member; $val2 = Get-Date | Format-Table | Get-Member; ($val.TypeName -match "Microsoft.Powershell.Commands.Internal.Format").Count -gt 0 -and ($val2.TypeName -match "Microsoft.Powershell.Commands.Internal.Format").Count -gt 0"#,
                   .isTrue),
        PesterCase(file, "Should be able to be called with optional parameters",
                   #"$v1 = Get-Date | Format-Table *; $v2 = Get-Date | Format-Table -Property Hour; $v3 = Get-Date | Format-Table -GroupBy Hour"#, .noError),
        PesterCase(file, "Format-Table with not existing table with force should throw PipelineStoppedException",
                   #"$obj = [pscustomobject]@{}; try { $obj | Format-Table -View bar -Force -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo -match "PipelineStoppedException" }"#,
                   .lines(["FormatViewNotFound,Microsoft.PowerShell.Commands.FormatTableCommand", "True"])),
        PesterCase(file, "Format-Table with array should work",
                   #"$info = @{}; $info.array = (0..255); ($info | Format-Table | Out-String) -match "array\s+\{0, 1, 2, 3`u{2026}\}""#, .isTrue),
        PesterCase(file, "Format-Table with Negative Count should work",
                   #"$FormatEnumerationLimit = -1; (Format-Table -InputObject @{'test'= 1, 2} | Out-String) -match "test\s+\{1, 2\}""#, .isTrue),
        // PowerShell cuts the list with an ellipsis (U+2026) after $FormatEnumerationLimit items (PSObjectHelper.SmartToString).
        PesterCase(file, "Format-Table with Less Count should work",
                   #"$FormatEnumerationLimit = 1; (Format-Table -InputObject @{'test'= 1, 2} | Out-String) -match "test\s+\{1`u{2026}\}""#, .isTrue),
        PesterCase(file, "Format-Table with More Count should work",
                   #"$FormatEnumerationLimit = 10; (Format-Table -InputObject @{'test'= 1, 2} | Out-String) -match "test\s+\{1, 2\}""#, .isTrue),
        PesterCase(file, "Format-Table with Equal Count should work",
                   #"$FormatEnumerationLimit = 2; (Format-Table -InputObject @{'test'= 1, 2} | Out-String) -match "test\s+\{1, 2\}""#, .isTrue),
        PesterCase(file, "Format-Table with new line should work",
                   #"$info = @{}; $info.name = "1\n2"; ($info | Format-Table | Out-String) -match "name\s+1.+2""#, .isTrue),
        PesterCase(file, "Format-Table with Autosize should work",
                   #"$IPs = @([PSCustomObject]@{'name'='Bob';'size'=1234;'booleanValue'=$true;}, [PSCustomObject]@{'name'='Jim';'size'=5678;'booleanValue'=$false;}); $r = $IPs | Format-Table -AutoSize | Out-String; $r -match "name size booleanValue" -and $r -match "---- ---- ------------" -and $r -match "Bob\s+1234\s+True" -and $r -match "Jim\s+5678\s+False""#,
                   .isTrue),
        PesterCase(file, "Format-Table with 'empty array' should return `$null",
                   #"[string]::IsNullOrEmpty((@{} | Format-Table -Property "foo","bar" | Out-String))"#, .isTrue),
        PesterCase(file, "Format-Table with 'null' should return `$null",
                   #"[string]::IsNullOrEmpty(($null | Format-Table -Property "foo","bar" | Out-String))"#, .isTrue),
        PesterCase(file, "Format-Table with 'single line' string and -Force should output table with requested properties",
                   #"("single line string" | Format-Table -Property "fox","bar" -Force | Out-String).Replace(" ","").Replace([Environment]::NewLine,"")"#, .lines(["foxbar------"])),
        PesterCase(file, "Format-Table with 'multi line' string and -Force should output table with requested properties",
                   #"("line1`nline2" | Format-Table -Property "fox","bar" -Force | Out-String).Replace(" ","").Replace([Environment]::NewLine,"")"#, .lines(["foxbar------"])),
        PesterCase(file, "Format-Table with 'array' string and -Force should output table with requested properties",
                   #"("line1","line2" | Format-Table -Property "fox","bar" -Force | Out-String).Replace(" ","").Replace([Environment]::NewLine,"")"#, .lines(["foxbar------"])),
        PesterCase(file, "Format-Table with Expand Enumerable should work",
                   #"$mo = [PSCustomObject]@{name = "this is name"; sub = @(@("x 0","y 0"), @("x 1","y 1"))}; $r1 = $mo | Format-Table -Expand CoreOnly | Out-String; $r2 = $mo | Format-Table -Expand EnumOnly | Out-String; $r3 = $mo | Format-Table -Expand Both | Out-String; $r1 -match "name\s+sub" -and $r1 -match "this is name"; $r2 -match "name\s+sub" -and $r2 -match "this is name\s+\{x 0 y 0, x 1 y 1\}"; $r3 -match "name\s+sub" -and $r3 -match "this is name\s+\{x 0 y 0, x 1 y 1\}""#,
                   .lines(["True", "True", "True"])),
        PesterCase(file, "Format-Table should not add trailing whitespace to the header",
                   #"("hello" | Format-Table -Property foo -Force | Out-String).Replace([Environment]::NewLine, "")"#, .lines(["foo---"])),
        PesterCase(file, "Format-Table should not add trailing whitespace to rows",
                   #"([pscustomobject]@{a=1;b=2} | Format-Table -HideTableHeaders | Out-String).Replace([Environment]::NewLine, "")"#, .lines(["1 2"])),
        // Context: values wider than the header, implicit autosize
        PesterCase(file, "Should render header/row correctly where values are wider than header w/ implicit autosize: first column",
                   rendered(#"[pscustomobject]@{abc="1234";bcd="123"},[pscustomobject]@{abc="1";bcd="1234"}"#), .lines(["^abc..bcd^---..---^1234.123^1....1234^^"])),
        PesterCase(file, "Should render header/row correctly where values are wider than header w/ implicit autosize: both columns",
                   rendered(#"[pscustomobject]@{abc="1234";bcd="1234"},[pscustomobject]@{abc="1";bcd="1"}"#), .lines(["^abc..bcd^---..---^1234.1234^1....1^^"])),
        PesterCase(file, "Should render header/row correctly where values are wider than header w/ implicit autosize: second column",
                   rendered(#"[pscustomobject]@{abc="123";bcd="1234"},[pscustomobject]@{abc="1";bcd="123"}"#), .lines(["^abc.bcd^---.---^123.1234^1...123^^"])),
        PesterCase(file, "Should render header correctly where header is shorter than column width with justification: left/right",
                   rendered(#"[PSCustomObject]@{a="abc";b=123}"#), .lines(["^a.....b^-.....-^abc.123^^"])),
        PesterCase(file, "Should render header correctly where header is shorter than column width with justification: left/left",
                   rendered(#"[PSCustomObject]@{a="abc";b="abc"}"#), .lines(["^a...b^-...-^abc.abc^^"])),
        PesterCase(file, "Should render header correctly where header is shorter than column width with justification: right/left",
                   rendered(#"[PSCustomObject]@{a=123;b="abc"}"#), .lines(["^..a.b^..-.-^123.abc^^"])),
        PesterCase(file, "Should render header correctly where header is shorter than column width with justification: right/right",
                   rendered(#"[PSCustomObject]@{a=123;b=123}"#), .lines(["^..a...b^..-...-^123.123^^"])),
        PesterCase(file, "Should render rows correctly when wrapped: right",
                   rendered("[pscustomobject]@{A=1;B=2;Name=" + multiline + "}", "-Wrap"), .lines(["^A.B.Name^-.-.----^1.2.This^....Is.some.random^....multiline.content^^"])),
        PesterCase(file, "Should render rows correctly when wrapped: left",
                   rendered("[pscustomobject]@{Name=" + multiline + ";A=1;B=2}", "-Wrap"),
                   .lines(["^Name..................................A.B^----..................................-.-^This..................................1.2^Is.some.random^multiline.content^^"])),
        PesterCase(file, "Should render rows correctly when wrapped: middle",
                   rendered("[pscustomobject]@{A=1;Name=" + multiline + ";B=2}", "-Wrap"),
                   .lines(["^A.Name..................................B^-.----..................................-^1.This..................................2^..Is.some.random^..multiline.content^^"])),
        PesterCase(file, "Should be formatted correctly if width is declared and using center alignment",
                   #"([pscustomobject] @{ one = 1 } | Format-Table @{ l='one'; e='one'; width=10; alignment='center' } | Out-String).Replace("`r","").Replace(" ",".").Replace("`n","^")"#,
                   .lines(["^...one^...---^....1^^"])),
        PesterCase(file, "Should be formatted correctly with double byte wide chars",
                   #"[pscustomobject]@{ "哇" = "62"; "dbda" = "KM"; "消息" = "千" } | Format-Table | Out-String"#,
                   .output("\n哇 dbda 消息\n-- ---- ----\n62 KM   千\n\n\n")),
        // csshell's culture is the invariant one: two decimals, '.' as the separator.
        PesterCase(file, "Table should format floats, doubles, and decimals with number of decimals from current culture",
                   #"$t = [PSCustomObject]@{ double = [double]1234.56789; float = [float]9876.54321; decimal = [decimal]4567.123456789 } | Format-Table | Out-String; $line = foreach ($l in $t.Split("`n")) { if ($l -match '^1234') { $l } }; $line; foreach ($n in $line -split ' ' | Where-Object { $_ }) { $n.Length - $n.IndexOf('.') - 1 }"#,
                   .lines(["1234.57 9876.54 4567.12", "2", "2", "2"])),
        // Context "ExcludeProperty parameter"
        PesterCase(file, "Should exclude specified properties",
                   #"$r = [pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle' } | Format-Table -ExcludeProperty Age | Out-String; $r -match 'Name' -and $r -match 'City' -and $r -notmatch 'Age'"#, .isTrue),
        PesterCase(file, "Should work with wildcard patterns",
                   #"$r = [pscustomobject]@{ Prop1 = 1; Prop2 = 2; Other = 3 } | Format-Table -ExcludeProperty Prop* | Out-String; $r -match 'Other' -and $r -notmatch 'Prop1' -and $r -notmatch 'Prop2'"#, .isTrue),
        PesterCase(file, "Should work without Property parameter (implies -Property *)",
                   #"$r = [pscustomobject]@{ A = 1; B = 2; C = 3 } | Format-Table -ExcludeProperty B | Out-String; $r -match 'A' -and $r -match 'C' -and $r -notmatch 'B'"#, .isTrue),
        PesterCase(file, "Should work with Property parameter",
                   #"$r = [pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle'; Country = 'USA' } | Format-Table -Property Name, Age, City, Country -ExcludeProperty Age | Out-String; $r -match 'Name' -and $r -match 'City' -and $r -match 'Country' -and $r -notmatch 'Age'"#, .isTrue),
        PesterCase(file, "Should handle multiple excluded properties",
                   #"$r = [pscustomobject]@{ A = 1; B = 2; C = 3; D = 4 } | Format-Table -ExcludeProperty B, D | Out-String; $r -match 'A' -and $r -match 'C' -and $r -notmatch 'B' -and $r -notmatch 'D'"#, .isTrue),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Format-Table with Zero Count should work", .outOfScope("marked -Pending upstream (never runs)")),
        PesterGap(file, "Format-Table with Bogus Count should throw Exception", .outOfScope("marked -Pending upstream (never runs)")),
        PesterGap(file, "Format-Table with Var Deleted should throw Exception", .outOfScope("marked -Pending upstream (never runs)")),
        PesterGap(file, "Format-Table with ExposeBug920454 should work", .outOfScope("needs System.Net.IPAddress")),
        PesterGap(file, "Format-Table with complex object for End-To-End should work", .outOfScope("compiles C# with Add-Type")),
        PesterGap(file, "Format-Table should have correct alignment", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should not have trailing whitespace if there is truncation: Left", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should not have trailing whitespace if there is truncation: Right", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render headers that span multiple rows: 1", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render headers that span multiple rows: 2", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render headers that span multiple rows: 3", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render headers that span multiple rows: 4", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render headers that span multiple rows: 5", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 1", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 2", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 3", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 4", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 5", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 6", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 7", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 8", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Format-Table should correctly render rows: 9", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Should not return null when the Console width is equal to 0", .outOfScope("sets the engine test hook SetConsoleWidthToZero")),
        PesterGap(file, "-RepeatHeader should output the header at every screen full", .outOfScope("skipped upstream without a console (Linux CI)")),
        PesterGap(file, "-RepeatHeader should output the header at every screen full for custom table", .outOfScope("skipped upstream without a console (Linux CI)")),
        PesterGap(file, "Works for empty column header label", .outOfScope("loads a format.ps1xml in a [powershell]::Create() runspace")),
        PesterGap(file, "Table header should use TableHeader", .notDone("needs $PSStyle and ANSI output rendering")),
    ]
}

@Suite struct FormatTablePesterTests {
    @Test(arguments: FormatTableCases.all) func follows(_ c: PesterCase) { c.check() }
}
