import Testing

/// Import-Csv.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Files go to /tmp (upstream:
/// TestDrive: and three asset files, written here in the same three shapes: no header, a header row,
/// and a W3C extended log with `#` lines and a `#Fields:` header). Upstream lists an object's property
/// names with `.psobject.Properties.Name`; the cases read them, in order, from the object's CSV header.
enum ImportCsvCases {
    static let file = "Import-Csv.Tests.ps1"

    static func path(_ name: String) -> String { #"$f = "/tmp/csshell-pester-importcsv-$PID-"# + name + #".csv"; "# }
    static let cleanup = #"; Remove-Item $f"#
    static let names = #"function names($o) { ($o | ConvertTo-Csv -UseQuotes Never)[0] }; "#

    /// "Import-Csv Double Quote Delimiter": the content and delimiter of each row, and the header expected.
    static let quoteRows: [(name: String, content: String, delimiter: String, header: String)] = [
        ("quote with empty value", #""a1`"`"a3`nv1`"v2`"v3""#, #"'"'"#, "a1,H1,a3"),
        ("quote with value", #""a1`"a2`"a3`nv1`"v2`"v3""#, #"'"'"#, "a1,a2,a3"),
        ("value enclosed in quote", #""a1,a2,a3`nv1,`"v2`",v3""#, "','", "a1,a2,a3"),
    ]

    /// "Import-Csv File Format Tests": the file's content and the extra parameters that name its columns.
    static let formats: [(name: String, content: String, headerParams: String)] = [
        ("TestImportCsv_NoHeader.csv", #""data1,1,A`ndata2,2,B`ndata3,3,C`ndata4,4,D""#, #"-Header "Column1","Column2","Column 3" -Delimiter ','"#),
        ("TestImportCsv_WithHeader.csv", #""Column1,Column2,Column 3`ndata1,1,A`ndata2,2,B`ndata3,3,C`ndata4,4,D""#, "-Delimiter ','"),
        ("TestImportCsv_W3C_ELF.csv", ##""#Software: csshell`n#Version: 1.0`n#Date: 2016-09-16T23:30:07.338Z`n#Fields: Column1,Column2,Column 3`ndata1,1,A`ndata2,2,B`ndata3,3,C`ndata4,4,D""##, "-Delimiter ','"),
    ]

    /// "Import-Csv Double Quote Delimiter" row `i`: the file piped as a string and as an object whose
    /// `property` (LiteralPath or Path) names it; both give the expected header.
    static func quoteCase(_ i: Int, _ property: String) -> String {
        let row = quoteRows[i]
        return names + path("\(property)\(i)") + row.content + " | Out-File $f; $r = $f | Import-Csv -Delimiter " + row.delimiter
            + " 3>$null; names $r[0]; $r = [pscustomobject]@{ \(property) = $f } | Import-Csv -Delimiter " + row.delimiter + " 3>$null; names $r[0]" + cleanup
    }

    /// "Import-Csv File Format Tests" for format `i`: `test` is fields, custom or values.
    static func formatCase(_ i: Int, _ test: String) -> String {
        let format = formats[i]
        switch test {
        case "fields": return names + path("fields\(i)") + format.content + " | Out-File $f; $a = Import-Csv -Path $f " + format.headerParams + "; names $a[0]" + cleanup
        case "custom": return names + path("custom\(i)") + format.content + #" | Out-File $f; $a = Import-Csv -Path $f -Header "test1","test2","test3" -Delimiter ','; names $a[0]"# + cleanup
        default: return path("values\(i)") + format.content + " | Out-File $f; $a = Import-Csv -Path $f " + format.headerParams + #"; $a.Count; $a[0].'Column1'; $a[0].'Column2'; $a[0].'Column 3'"# + cleanup
        }
    }

    /// "Import-Csv with different newlines": the rows separated by `nl` (a PowerShell escape).
    static func newlineCase(_ name: String, _ nl: String) -> String {
        path("newline\(name)") + "\"h1,h2,h3\(nl)11,12,13\(nl)21,22,23\(nl)\"" + #" | Out-File -FilePath $f; $r = Import-Csv -Path $f -Delimiter ','; $r.Count; $r[0].h1; $r[0].h2; $r[0].h3; $r[1].h1; $r[1].h2; $r[1].h3"# + cleanup
    }

    static let all: [PesterCase] = [
        PesterCase(file, "Test import-csv with a delimiter parameter",
                   path("delimiter") + #"[pscustomobject]@{ "First" = "1"; "Second" = "2" } | Export-Csv -Path $f -Delimiter ';'; $r = Import-Csv -Path $f -Delimiter ';'; $r.First; $r.Second"# + cleanup,
                   .lines(["1", "2"])),
        PesterCase(file, "Test import-csv with UseCulture parameter",
                   path("useculture") + #"[pscustomobject]@{ "First" = "1"; "Second" = "2" } | Export-Csv -Path $f -UseCulture; $r = Import-Csv -Path $f -UseCulture; $r.First; $r.Second"# + cleanup,
                   .lines(["1", "2"])),
        // Upstream also pipes the file from Get-ChildItem (bound by its PSPath).
        PesterCase(file, "Should handle quote with empty value and bind to LiteralPath from pipeline", quoteCase(0, "LiteralPath"), .lines(["a1,H1,a3", "a1,H1,a3"])),
        PesterCase(file, "Should handle quote with value and bind to LiteralPath from pipeline", quoteCase(1, "LiteralPath"), .lines(["a1,a2,a3", "a1,a2,a3"])),
        PesterCase(file, "Should handle value enclosed in quote and bind to LiteralPath from pipeline", quoteCase(2, "LiteralPath"), .lines(["a1,a2,a3", "a1,a2,a3"])),
        PesterCase(file, "Should handle quote with empty value and bind to Path from pipeline", quoteCase(0, "Path"), .lines(["a1,H1,a3", "a1,H1,a3"])),
        PesterCase(file, "Should handle quote with value and bind to Path from pipeline", quoteCase(1, "Path"), .lines(["a1,a2,a3", "a1,a2,a3"])),
        PesterCase(file, "Should handle value enclosed in quote and bind to Path from pipeline", quoteCase(2, "Path"), .lines(["a1,a2,a3", "a1,a2,a3"])),
        // Describe "Import-Csv File Format Tests", one Context per file
        PesterCase(file, "TestImportCsv_NoHeader.csv: Should be able to import all fields", formatCase(0, "fields"), .lines(["Column1,Column2,Column 3"])),
        PesterCase(file, "TestImportCsv_NoHeader.csv: Should be able to import all fields with custom header", formatCase(0, "custom"), .lines(["test1,test2,test3"])),
        PesterCase(file, "TestImportCsv_NoHeader.csv: Should be able to import correct values", formatCase(0, "values"), .lines(["4", "data1", "1", "A"])),
        PesterCase(file, "TestImportCsv_WithHeader.csv: Should be able to import all fields", formatCase(1, "fields"), .lines(["Column1,Column2,Column 3"])),
        PesterCase(file, "TestImportCsv_WithHeader.csv: Should be able to import all fields with custom header", formatCase(1, "custom"), .lines(["test1,test2,test3"])),
        PesterCase(file, "TestImportCsv_WithHeader.csv: Should be able to import correct values", formatCase(1, "values"), .lines(["4", "data1", "1", "A"])),
        PesterCase(file, "TestImportCsv_W3C_ELF.csv: Should be able to import all fields", formatCase(2, "fields"), .lines(["Column1,Column2,Column 3"])),
        PesterCase(file, "TestImportCsv_W3C_ELF.csv: Should be able to import all fields with custom header", formatCase(2, "custom"), .lines(["test1,test2,test3"])),
        PesterCase(file, "TestImportCsv_W3C_ELF.csv: Should be able to import correct values", formatCase(2, "values"), .lines(["4", "data1", "1", "A"])),
        // Describe "Import-Csv #Type Tests": upstream exports two processes with -IncludeTypeInformation; the file here has that #TYPE line.
        PesterCase(file, "Test import-csv import Object",
                   path("type") + ##""#TYPE System.Diagnostics.Process`n`"Name`",`"Id`"`n`"init`",`"1`"`n`"bash`",`"2`"" | Out-File $f; $l = Import-Csv -Path $f; $l.Count; $t = $l[0].pstypenames; $t.Count; $t[0]; $t[1]"## + cleanup,
                   .lines(["2", "2", "System.Diagnostics.Process", "CSV:System.Diagnostics.Process"])),
        // Describe "Import-Csv with different newlines"
        PesterCase(file, "Test import-csv with 'CR' newline", newlineCase("CR", "`r"), .lines(["2", "11", "12", "13", "21", "22", "23"])),
        PesterCase(file, "Test import-csv with 'LF' newline", newlineCase("LF", "`n"), .lines(["2", "11", "12", "13", "21", "22", "23"])),
        PesterCase(file, "Test import-csv with 'CRLF' newline", newlineCase("CRLF", "`r`n"), .lines(["2", "11", "12", "13", "21", "22", "23"])),
    ]
}

@Suite struct ImportCsvPesterTests {
    @Test(arguments: ImportCsvCases.all) func follows(_ c: PesterCase) { c.check() }
}
