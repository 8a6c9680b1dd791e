import Testing

/// ImportExportCSV.Delimiter.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility). Upstream runs
/// the delimiter cases for 31 delimiters as one TestCases row; so does each case here.
enum ImportExportCsvDelimiterCases {
    static let file = "ImportExportCSV.Delimiter.Tests.ps1"

    static let delimiters = ##"$delimiters = "/", " ", "@", "#", "$", "\", "&", "(", ")", "{", "}", "|", "<", ">", ";", "'", '"', "~", "!", "%", "^", "*", "_", "+", ":", "?", "-", "=", "[", "]", "."; "##
    static func path(_ name: String) -> String { #"$d = Get-Date; $f = "/tmp/csshell-pester-csvdelimiter-$PID-"# + name + #".csv"; "# }

    static let all: [PesterCase] = [
        PesterCase(file, "Disallow use of delimiter with useCulture parameter",
                   path("useculture") + #"$d | Export-Csv $f; try { Import-Csv -Path $f -UseCulture "," } catch { $_.Exception.Message -like "*','*" }; Remove-Item $f"#,
                   .isTrue),
        PesterCase(file, "Imports the same properties as exported",
                   path("same") + #"$a = [pscustomobject]@{ a = 1; b = 2; c = 3 }; $a | Export-Csv $f; $b = Import-Csv $f; @($b | Get-Member -MemberType NoteProperty).Count; $b.a -eq $a.a; $b.b -eq $a.b; $b.c -eq $a.c; Remove-Item $f"#,
                   .lines(["3", "True", "True", "True"])),
        // csshell's culture is the invariant one (its list separator a comma), which no script changes.
        PesterCase(file, "Delimiter <Delimiter> with CSV import will succeed when culture matches export",
                   path("culture") + #"$d | Export-Csv $f -UseCulture; (Import-Csv $f -UseCulture).Ticks -eq $d.Ticks; Remove-Item $f"#, .isTrue),
        PesterCase(file, "Delimiter <Delimiter> with CSV import will succeed when delimiter is used explicitly",
                   path("explicit") + delimiters + #"$bad = foreach ($del in $delimiters) { $d | Export-Csv $f -Delimiter $del; $i = Import-Csv $f -Delimiter $del 3>$null; if ($i.Ticks -ne $d.Ticks) { $del } }; "fails: $bad"; Remove-Item $f"#,
                   .lines(["fails: "])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Disallow use of null delimiter", .notDone("binding $null to a [char] parameter is an error in PowerShell; csshell's parameter binder takes it")),
        PesterGap(file, "Delimiter <Delimiter> with CSV import will fail correctly when culture does not match",
                  .notDone("needs a settable current culture ([CultureInfo]::CurrentCulture with another ListSeparator)")),
    ]
}

@Suite struct ImportExportCsvDelimiterPesterTests {
    @Test(arguments: ImportExportCsvDelimiterCases.all) func follows(_ c: PesterCase) { c.check() }
}
