import Testing

/// New-Object.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility): PSObject, -Property, the
/// known .NET types with -ArgumentList, and the errors of an unknown type and of a failing constructor.
enum NewObjectCases {
    static let file = "New-Object.Tests.ps1"
    static let all: [PesterCase] = [
        // Upstream's Linux branch: there is no -ComObject parameter off Windows.
        PesterCase(file, "Support 'ComObject' parameter on platforms", "New-Object -ComObject 'Shell.Application'",
                   .throwsErrorId("NamedParameterNotFound,Microsoft.PowerShell.Commands.NewObjectCommand")),
        PesterCase(file, "should create an object with 4 fields",
                   "$val = (New-Object psobject).GetType(); $val.IsPublic -eq $true -and $val.IsSerializable -eq $false -and $val.Name -eq 'PSCustomObject' -and $val.BaseType -eq 'System.Object'",
                   .isTrue),
        PesterCase(file, "should create an object with using Property switch",
                   "$o = New-Object psobject -Property @{ FirstVal = 'test1'; SecondVal = 'test2' }; $o.FirstVal -eq 'test1' -and $o.SecondVal -eq 'test2'", .isTrue),
        PesterCase(file, "should create a .Net object with using ArgumentList switch",
                   "$o = New-Object -TypeName System.Version -ArgumentList '1.2.3.4'; $o.GetType() -eq [System.Version] -and $o -ceq '1.2.3.4'", .isTrue),
        PesterCase(file, "New-Object with int array should work", "$result = New-Object -TypeName int[] -Arg 10; $result.Count", .lines(["10"])),
        PesterCase(file, "New-Object with char should work",
                   "$result = New-Object -TypeName char; $result.Count -eq 1 -and ([char]$result) -eq [char]0", .isTrue),
        PesterCase(file, "New-Object with invalid type should throw Exception",
                   "try { New-Object -TypeName LiarType -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo -match 'PSArgumentException' }",
                   .lines(["TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand", "True"])),
        PesterCase(file, "New-Object with invalid argument should throw Exception",
                   "try { New-Object -TypeName System.Management.Automation.PSVariable -ArgumentList 'A', 1, None, 'asd' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo -match 'MethodException' }",
                   .lines(["ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand", "True"])),
        PesterCase(file, "New-Object with TypeName and Property parameter should work",
                   "(New-Object -TypeName PSObject -Property @{ foo = 123 }).foo", .lines(["123"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "New-Object with default Coordinates should work", .outOfScope("System.Management.Automation.Host.Coordinates: host API")),
        PesterGap(file, "New-Object with specified Coordinates should work", .outOfScope("System.Management.Automation.Host.Coordinates: host API")),
        PesterGap(file, "New-Object with Employ should work", .outOfScope("Add-Type compiles C#")),
        PesterGap(file, "New-Object with abstract class should throw Exception", .outOfScope("Add-Type compiles C#")),
        PesterGap(file, "New-Object with bad argument for class constructor should throw Exception", .outOfScope("Add-Type compiles C#")),
        PesterGap(file, "New-Object with not init class constructor should throw Exception", .outOfScope("pending upstream; Add-Type compiles C#")),
        PesterGap(file, "New-Object with Private Nested class should throw Exception", .outOfScope("Add-Type compiles C#")),
        PesterGap(file, "Should be able to create Microsoft.Update.AutoUpdate with property Settings", .outOfScope("Windows COM")),
        PesterGap(file, "Should be able to create Microsoft.Update.SystemInfo with property RebootRequired", .outOfScope("Windows COM")),
        PesterGap(file, "Should fail with correct error when creating a COM object that dose not exist", .outOfScope("Windows COM")),
    ]
}

@Suite struct NewObjectPesterTests {
    @Test(arguments: NewObjectCases.all) func follows(_ c: PesterCase) { c.check() }
}

/// Invoke-Expression.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum InvokeExpressionCases {
    static let file = "Invoke-Expression.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Should return the echoed text", "(Invoke-Expression -Command 'echo pestertest1') -ceq 'pestertest1'", .isTrue),
        // Upstream writes the script into its assets folder; a temporary file serves the same.
        PesterCase(file, "Should return the echoed text from a script",
                   "$testfile = Join-Path ([IO.Path]::GetTempPath()) \"iex-$PID-echoscript.ps1\"; 'echo pestertestscript' | Out-File -FilePath $testfile; $r = Invoke-Expression \"& '$testfile'\"; Remove-Item $testfile; $r -ceq 'pestertestscript'",
                   .isTrue),
        PesterCase(file, "Invoke-Expression should work", "$result = Invoke-Expression -Command 2+2; $result", .lines(["4"])),
    ]
}

@Suite struct InvokeExpressionPesterTests {
    @Test(arguments: InvokeExpressionCases.all) func follows(_ c: PesterCase) { c.check() }
}
