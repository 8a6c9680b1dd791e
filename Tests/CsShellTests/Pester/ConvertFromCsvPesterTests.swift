import Testing

/// ConvertFrom-Csv.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream reads an asset
/// file of two people (Name first); the cases write a file of that shape under /tmp.
enum ConvertFromCsvCases {
    static let file = "ConvertFrom-Csv.Tests.ps1"

    static func setup(_ name: String) -> String {
        #"$testObject = "a", "1"; $testcsv = "/tmp/csshell-pester-convertfromcsv-$PID-"# + name + #".csv"; "# +
            #""Name,Planet,Heads`nZaphod BeebleBrox,Betelgeuse,2`nArthur Dent,Earth,1" | Out-File $testcsv; $testName = "Zaphod BeebleBrox"; "#
    }
    static let cleanup = #"; Remove-Item $testcsv"#

    static let all: [PesterCase] = [
        PesterCase(file, "Should be able to be called", #"$testObject = "a", "1"; ConvertFrom-Csv -InputObject $testObject | Out-Null"#, .noError),
        PesterCase(file, "Should be able to pipe", #"$testObject = "a", "1"; $testObject | ConvertFrom-Csv | Out-Null"#, .noError),
        PesterCase(file, "Should have expected results when using piped inputs",
                   setup("piped") + #"$r = Get-Content $testcsv | ConvertFrom-Csv; (, $r) -is [array]; $r[0] -is [pscustomobject]; $r[0].Name -eq $testName"# + cleanup,
                   .lines(["True", "True", "True"])),
        PesterCase(file, "Should be able to set a delimiter", setup("setdelimiter") + #"$testcsv | ConvertFrom-Csv -Delimiter ";" | Out-Null"# + cleanup, .noError),
        PesterCase(file, "Should actually delimit the output",
                   setup("delimit") + #"$c = Get-Content $testcsv; $r = $c | ConvertFrom-Csv -Delimiter ";"; (, $r) -is [array]; $r[0] -is [pscustomobject]; $r.Length -eq ($c.Length - 1)"# + cleanup,
                   .lines(["True", "True", "True"])),
        PesterCase(file, "Should be able to have multiple columns",
                   "$testColumns = @\"\na,b,c\n1,2,3\n\"@\n" + #"$d = $testColumns | ConvertFrom-Csv; @($d | Get-Member | Where-Object { $_.MemberType -eq "NoteProperty" }).Length"#,
                   .lines(["3"])),
        // Upstream reads the names from .PSObject.TypeNames; pstypenames is the same collection.
        PesterCase(file, "Should Contain the Imported Type data",
                   "$testTypeData = @\"\n#TYPE My.Custom.Object\na,b,c\n1,2,3\n\"@\n" + #"$d = $testTypeData | ConvertFrom-Csv; $d.pstypenames.Count; $d.pstypenames[0]; $d.pstypenames[1]"#,
                   .lines(["2", "My.Custom.Object", "CSV:My.Custom.Object"])),
        // Describe "ConvertFrom-Csv DRT Unit Tests"
        PesterCase(file, "Test ConvertFrom-Csv with pipelined InputObject and Header",
                   #"$r = [pscustomobject]@{ First = 1; Second = 2 } | ConvertTo-Csv | ConvertFrom-Csv -Header "Header1","Header2"; $r[0].Header1; $r[0].Header2; $r[1].Header1; $r[1].Header2"#,
                   .lines(["First", "Second", "1", "2"])),
    ]
}

@Suite struct ConvertFromCsvPesterTests {
    @Test(arguments: ConvertFromCsvCases.all) func follows(_ c: PesterCase) { c.check() }
}
