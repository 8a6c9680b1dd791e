import Testing

/// ConvertTo-Csv.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum ConvertToCsvCases {
    static let file = "ConvertTo-Csv.Tests.ps1"

    /// The DRT Describe's object (two properties, First and Second).
    static let drt = #"$inputObject = [pscustomobject]@{ First = 1; Second = 2 }; "#
    static let objects = #"$testObject = [pscustomobject]@{ FirstColumn = "Hello"; SecondColumn = "World" }; $testNullObject = [pscustomobject]@{ FirstColumn = "Hello"; SecondColumn = $null }; "#
    static let dictionaries = #"$Letters = 'A', 'B', 'C', 'D', 'E', 'F'; $Items = 0..5 | ForEach-Object { [ordered]@{ Number = $_; Letter = $Letters[$_] } }; $CsvString = $Items | ConvertTo-Csv; "#

    static let all: [PesterCase] = [
        // Describe "ConvertTo-Csv DRT Unit Tests"
        PesterCase(file, "Test convertto-csv with psobject pipelined",
                   drt + #"$r = $inputObject | ConvertTo-Csv -IncludeTypeInformation; $r.Count; $r"#,
                   .lines(["3", "#TYPE System.Management.Automation.PSCustomObject", #""First","Second""#, #""1","2""#])),
        PesterCase(file, "Test convertto-csv with NoTypeInformation and psobject pipelined",
                   drt + #"$r = $inputObject | ConvertTo-Csv -NoTypeInformation; $r.Count; $r"#,
                   .lines(["2", #""First","Second""#, #""1","2""#])),
        // csshell's culture is the invariant one: its list separator is a comma.
        PesterCase(file, "Test convertto-csv with a useculture flag",
                   drt + #"$r = $inputObject | ConvertTo-Csv -UseCulture -IncludeTypeInformation; $r.Count; $r"#,
                   .lines(["3", "#TYPE System.Management.Automation.PSCustomObject", #""First","Second""#, #""1","2""#])),
        PesterCase(file, "Test convertto-csv with Delimiter",
                   drt + #"$r = $inputObject | ConvertTo-Csv -Delimiter ";" -IncludeTypeInformation; $r.Count; $r"#,
                   .lines(["3", "#TYPE System.Management.Automation.PSCustomObject", #""First";"Second""#, #""1";"2""#])),
        // Describe "ConvertTo-Csv"
        PesterCase(file, "Should Be able to be called without error", objects + #"$testObject | ConvertTo-Csv | Out-Null"#, .noError),
        PesterCase(file, "Should output an array of objects", objects + #"($testObject | ConvertTo-Csv).GetType().FullName"#, .lines(["System.Object[]"])),
        PesterCase(file, "Should return the type of data in the first element of the output array",
                   objects + #"($testObject | ConvertTo-Csv -IncludeTypeInformation)[0]"#, .lines(["#TYPE System.Management.Automation.PSCustomObject"])),
        PesterCase(file, "Should return the column info in the second element of the output array",
                   objects + #"$r = $testObject | ConvertTo-Csv -IncludeTypeInformation; $r[1] -match '"FirstColumn"' -and $r[1] -match '"SecondColumn"'"#, .isTrue),
        PesterCase(file, "Should return the data as a comma-separated list in the third element of the output array",
                   objects + #"$r = $testObject | ConvertTo-Csv -IncludeTypeInformation; $r[2] -match '"Hello"' -and $r[2] -match '"World"'"#, .isTrue),
        PesterCase(file, "Includes type information when -IncludeTypeInformation is supplied",
                   objects + ##"$r = $testObject | ConvertTo-Csv -IncludeTypeInformation; ($r -split "`n")[0] -ceq "#TYPE System.Management.Automation.PSCustomObject""##, .isTrue),
        PesterCase(file, "Does not include type information by default",
                   objects + #"$r = $testObject | ConvertTo-Csv; -not ($r -match 'PSCustomObject') -and -not ($r -match '#TYPE')"#, .isTrue),
        PesterCase(file, "Does not include type information with -NoTypeInformation",
                   objects + #"$r = $testObject | ConvertTo-Csv -NoTypeInformation; -not ($r -match 'PSCustomObject') -and -not ($r -match '#TYPE')"#, .isTrue),
        PesterCase(file, "Does not include headers with -NoHeader", objects + #"$testObject | ConvertTo-Csv -NoHeader"#, .lines([#""Hello","World""#])),
        PesterCase(file, "Does not support -UseQuotes and -QuoteFields at the same time",
                   objects + #"$testObject | ConvertTo-Csv -UseQuotes Always -QuoteFields "TestFieldName""#,
                   .throwsErrorId("CannotSpecifyQuoteFieldsAndUseQuotes,Microsoft.PowerShell.Commands.ConvertToCsvCommand")),
        // Context "QuoteFields parameter"
        PesterCase(file, "QuoteFields",
                   objects + #"$testObject | ConvertTo-Csv -QuoteFields FiRstCoLumn -Delimiter ','; $testObject | ConvertTo-Csv -QuoteFields FiRstCoLumn, SeCondCoLumn -Delimiter ','"#,
                   .lines([#""FirstColumn",SecondColumn"#, #""Hello",World"#, #""FirstColumn","SecondColumn""#, #""Hello","World""#])),
        // Context "UseQuotes parameter"
        PesterCase(file, "UseQuotes Always",
                   objects + #"$testObject | ConvertTo-Csv -UseQuotes Always -Delimiter ','; $testNullObject | ConvertTo-Csv -UseQuotes Always -Delimiter ','"#,
                   .lines([#""FirstColumn","SecondColumn""#, #""Hello","World""#, #""FirstColumn","SecondColumn""#, #""Hello","#])),
        PesterCase(file, "UseQuotes Always is default",
                   objects + #"$a = $testObject | ConvertTo-Csv -UseQuotes Always -Delimiter ','; $b = $testObject | ConvertTo-Csv -Delimiter ','; ($a -join '|') -ceq ($b -join '|')"#, .isTrue),
        PesterCase(file, "UseQuotes Never",
                   objects + #"$testObject | ConvertTo-Csv -UseQuotes Never -Delimiter ','; $testNullObject | ConvertTo-Csv -UseQuotes Never -Delimiter ','"#,
                   .lines(["FirstColumn,SecondColumn", "Hello,World", "FirstColumn,SecondColumn", "Hello,"])),
        PesterCase(file, "UseQuotes AsNeeded",
                   objects + #"$testObject | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter 'r'; $testNullObject | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter 'r'"#,
                   .lines([#""FirstColumn"rSecondColumn"#, #"Hellor"World""#, #""FirstColumn"rSecondColumn"#, "Hellor"])),
        PesterCase(file, "UseQuotes AsNeeded Escapes Delimiters",
                   #"$o = [pscustomobject]@{ "FirstColumn" = "Hello,"; "Second,Column" = "World" }; $o | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter ','; $o | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter "r""#,
                   .lines([#"FirstColumn,"Second,Column""#, #""Hello,",World"#, #""FirstColumn"rSecond,Column"#, #"Hello,r"World""#])),
        PesterCase(file, "UseQuotes AsNeeded Escapes Newlines",
                   #"$crlf = [pscustomobject]@{ "First`r`nColumn" = "Hello`r`nWorld" }; $lf = [pscustomobject]@{ "First`nColumn" = "Hello`nWorld" }; $r = $crlf | ConvertTo-Csv -UseQuotes AsNeeded; $r[0] -ceq "`"First`r`nColumn`""; $r[1] -ceq "`"Hello`r`nWorld`""; $r = $lf | ConvertTo-Csv -UseQuotes AsNeeded; $r[0] -ceq "`"First`nColumn`""; $r[1] -ceq "`"Hello`nWorld`"""#,
                   .lines(["True", "True", "True", "True"])),
        PesterCase(file, "UseQuotes AsNeeded Escapes Quotes",
                   #"[pscustomobject]@{ "First`"Column" = "`"Hello`" World" } | ConvertTo-Csv -UseQuotes AsNeeded"#,
                   .lines([#""First""Column""#, #""""Hello"" World""#])),
        // Context "Converting IDictionary Objects"
        PesterCase(file, "should treat dictionary entries as properties",
                   dictionaries + #"$ok = $CsvString[0] -cmatch ($Items[0].Keys -join '","'); for ($i = 0; $i -lt $Items.Count; $i++) { $ok = $ok -and ($CsvString[$i + 1] -cmatch ($Items[$i].Values -join '","')) }; $ok"#,
                   .isTrue),
        // Upstream takes the dictionary's own property names from .PSObject.Properties; they are
        // those of OrderedDictionary (Count, IsReadOnly, Keys, Values, IsFixedSize, SyncRoot, IsSynchronized).
        PesterCase(file, "should ignore regular object properties",
                   dictionaries + #"$CsvString[0] -notmatch 'Count|IsReadOnly|Keys|Values|IsFixedSize|SyncRoot|IsSynchronized'"#, .isTrue),
        PesterCase(file, "should properly convert hashtable with null and non-null values",
                   #"[ordered]@{ 'first' = 'value1'; 'second' = $null; 'third' = 'value3' } | ConvertTo-Csv"#,
                   .lines([#""first","second","third""#, #""value1",,"value3""#])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "should account for extended properties added deliberately", .notDone("needs Add-Member (a NoteProperty on a dictionary)")),
    ]
}

@Suite struct ConvertToCsvPesterTests {
    @Test(arguments: ConvertToCsvCases.all) func follows(_ c: PesterCase) { c.check() }
}
