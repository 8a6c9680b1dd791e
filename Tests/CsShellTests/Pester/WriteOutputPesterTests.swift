import Testing

/// Write-Output.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum WriteOutputCases {
    static let file = "Write-Output.Tests.ps1"

    static let all: [PesterCase] = [
        // Describe "Write-Output DRT Unit Tests"
        PesterCase(file, "Simple Write Object Test",
                   #"$w = 1, 2.2, @("John", "Smith", 10), "abc"; $r = Write-Output $w; $r.Length; $r[0] -eq 1; $r[1] -eq 2.2; ($r[2] -join ',') -eq 'John,Smith,10'; $r[2] -is [array]; $r[3] -eq 'abc'; $r[3] -is [string]"#,
                   .lines(["4", "True", "True", "True", "True", "True", "True"])),
        PesterCase(file, "Works with NoEnumerate switch",
                   #"$w = 1, 2.2, @("John", "Smith", 10), "abc"; [string]$s = Write-Output $w -NoEnumerate 6>&1; $s"#, .lines(["1 2.2 System.Object[] abc"])),
        // Describe "Write-Output": Input Tests
        PesterCase(file, "Should allow piped input", "'a test string' | Write-Output | Out-Null", .noError),
        PesterCase(file, "Should write output to the output stream when using piped input",
                   #"$s = 'a test string'; ($s | Write-Output) -ceq $s"#, .isTrue),
        PesterCase(file, "Should use inputobject switch", #"Write-Output -InputObject 'a test string' | Out-Null"#, .noError),
        PesterCase(file, "Should write output to the output stream when using inputobject switch",
                   #"$s = 'a test string'; (Write-Output -InputObject $s) -ceq $s"#, .isTrue),
        PesterCase(file, "Should be able to write to a variable",
                   #"$s = 'a test string'; Write-Output -InputObject $s -OutVariable var | Out-Null; $var.Count; $var[0] -ceq $s"#, .lines(["1", "True"])),
        // Pipeline Command Tests
        PesterCase(file, "Should send object to the next command in the pipeline", #"Write-Output -InputObject (1 + 1) | ForEach-Object { $_ * 10 }"#, .lines(["20"])),
        PesterCase(file, "Should have the same result between inputobject switch and piped input",
                   #"Write-Output -InputObject (1 + 1); 1 + 1 | Write-Output"#, .lines(["2", "2"])),
        // Enumerate Objects
        PesterCase(file, "Should see individual objects when not using the NoEnumerate switch",
                   #"$e = 'one', 'two', 'three'; $(Write-Output $e | Measure-Object).Count"#, .lines(["3"])),
        PesterCase(file, "Should be able to treat a collection as a single object using the NoEnumerate switch",
                   #"$e = 'one', 'two', 'three'; $(Write-Output $e -NoEnumerate | Measure-Object).Count"#, .lines(["1"])),
        PesterCase(file, "Preserves the input collection type and contents with -NoEnumerate",
                   #"$List = [System.Collections.Generic.List[string]]::new( [string[]]@("test", "one", "two") ); $o = Write-Output $List -NoEnumerate; $o.GetType() -eq [System.Collections.Generic.List[string]]; $o[0] -ceq "test"; $o[1] -ceq "one"; $o[2] -ceq "two""#,
                   .lines(["True", "True", "True", "True"])),
    ]

    static let gaps: [PesterGap] = [
    ]
}

@Suite struct WriteOutputPesterTests {
    @Test(arguments: WriteOutputCases.all) func follows(_ c: PesterCase) { c.check() }
}
