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

    static let all: [PesterCase] = [
        PesterCase(file, "Test import-csv with a delimiter parameter",
                   path("delimiter") + #"[pscustomobject]@{ "First" = "1"; "Second" = "2" } | Export-Csv -Path $f -Delimiter ';'; $r = Import-Csv -Path $f -Delimiter ';'; $r.First; $r.Second"# + cleanup,
                   .lines(["1", "2"])),
        PesterCase(file, "Test import-csv with UseCulture parameter",
                   path("useculture") + #"[pscustomobject]@{ "First" = "1"; "Second" = "2" } | Export-Csv -Path $f -UseCulture; $r = Import-Csv -Path $f -UseCulture; $r.First; $r.Second"# + cleanup,
                   .lines(["1", "2"])),
    ] + quoteRows.enumerated().flatMap { i, row in [
        // Upstream also pipes the file from Get-ChildItem; csshell's Get-ChildItem object binds the same way (by PSPath).
        PesterCase(file, "Should handle \(row.name) and bind to LiteralPath from pipeline",
                   names + path("literal\(i)") + row.content + #" | Out-File $f; names @($f | Import-Csv -Delimiter "# + row.delimiter + #" 3>$null)[0]; names @([pscustomobject]@{ LiteralPath = $f } | Import-Csv -Delimiter "# + row.delimiter + ")[0] 3>$null" + cleanup,
                   .lines([row.header, row.header])),
        PesterCase(file, "Should handle \(row.name) and bind to Path from pipeline",
                   names + path("path\(i)") + row.content + #" | Out-File $f; names @($f | Import-Csv -Delimiter "# + row.delimiter + #" 3>$null)[0]; names @([pscustomobject]@{ Path = $f } | Import-Csv -Delimiter "# + row.delimiter + ")[0] 3>$null" + cleanup,
                   .lines([row.header, row.header])),
    ] } + formats.enumerated().flatMap { i, format in [
        PesterCase(file, "\(format.name): Should be able to import all fields",
                   names + path("fields\(i)") + format.content + #" | Out-File $f; $a = Import-Csv -Path $f "# + format.headerParams + #"; names $a[0]"# + cleanup,
                   .lines(["Column1,Column2,Column 3"])),
        PesterCase(file, "\(format.name): Should be able to import all fields with custom header",
                   names + path("custom\(i)") + format.content + #" | Out-File $f; $a = Import-Csv -Path $f -Header "test1","test2","test3" -Delimiter ','; names $a[0]"# + cleanup,
                   .lines(["test1,test2,test3"])),
        PesterCase(file, "\(format.name): Should be able to import correct values",
                   path("values\(i)") + format.content + #" | Out-File $f; $a = Import-Csv -Path $f "# + format.headerParams + #"; $a.Count; $a[0].'Column1'; $a[0].'Column2'; $a[0].'Column 3'"# + cleanup,
                   .lines(["4", "data1", "1", "A"])),
    ] } + [
        // Upstream exports two processes with -IncludeTypeInformation; the file here has that #TYPE line.
        PesterCase(file, "Test import-csv import Object",
                   path("type") + ##""#TYPE System.Diagnostics.Process`n`"Name`",`"Id`"`n`"init`",`"1`"`n`"bash`",`"2`"" | Out-File $f; $l = Import-Csv -Path $f; $l.Count; $t = $l[0].pstypenames; $t.Count; $t[0]; $t[1]"## + cleanup,
                   .lines(["2", "2", "System.Diagnostics.Process", "CSV:System.Diagnostics.Process"])),
    ] + [("CR", "`r"), ("LF", "`n"), ("CRLF", "`r`n")].map { name, nl in
        PesterCase(file, "Test import-csv with '\(name)' newline",
                   path("newline\(name)") + #""h1,h2,h3$("# + "\"\(nl)\"" + #")11,12,13$("# + "\"\(nl)\"" + #")21,22,23$("# + "\"\(nl)\"" + #")" | Out-File -FilePath $f; $r = Import-Csv -Path $f -Delimiter ','; $r.Count; $r[0].h1; $r[0].h2; $r[0].h3; $r[1].h1; $r[1].h2; $r[1].h3"# + cleanup,
                   .lines(["2", "11", "12", "13", "21", "22", "23"]))
    }
}

@Suite struct ImportCsvPesterTests {
    @Test(arguments: ImportCsvCases.all) func follows(_ c: PesterCase) { c.check() }
}
