import Testing

/// HashtableToPSCustomObjectConversion.Tests.ps1 restated (Language/Scripting): `[pscustomobject]` on
/// hashtables (key order, `PSTypeName`), New-Object with -Property, failing conversions.
enum HashtableToPSCustomObjectConversionCases {
    static let file = "HashtableToPSCustomObjectConversion.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Type Validation: New-Object cmdlet should accept empty hashtable or $null as Property argument",
                   "$a = New-Object psobject -Property $null; $a -is [psobject]", .isTrue),
        PesterCase(file, "Type Validation: Hashtable conversion to PSCustomObject succeeds (Insertion Order is not retained)",
                   "$a = [pscustomobject][hashtable]@{one=1;two=2}; $a -is [psobject]", .isTrue),
        PesterCase(file, "Type Validation: Hashtable(Stored in a variable) conversion to PSCustomObject succeeds (Insertion Order is not retained)",
                   "$ht = @{one=1;two=2}; $a = [pscustomobject]$ht; $a -is [psobject]", .isTrue),
        PesterCase(file, "Type Validation: New-Object cmdlet should accept `$null as Property argument for pscustomobject",
                   "$a = New-Object pscustomobject -Property $null; $a -is [psobject]", .isTrue),
        PesterCase(file, "Type Validation: New-Object cmdlet should accept empty hashtable as property argument for pscustomobject",
                   "$ht = @{}; $a = New-Object pscustomobject -Property $ht; $a -is [psobject]", .isTrue),
        PesterCase(file, "Hashtable conversion to PSCustomObject retains insertion order of hashtable keys when passed a hashliteral",
                   "$x = [pscustomobject]@{one=1;two=2}; $x -is [psobject] -and @($x.psobject.Properties)[0].Name -ceq 'one'", .isTrue),
        PesterCase(file, "Conversion of Ordered hashtable to PSCustomObject should succeed",
                   "$x = [pscustomobject][ordered]@{one=1;two=2}; $x -is [psobject] -and @($x.psobject.Properties)[0].Name -ceq 'one'", .isTrue),
        PesterCase(file, "Add a new type name to PSTypeNames property",
                   "$obj = [PSCustomObject] @{pstypename = 'Mytype'}; $obj.PSTypeNames[0] -ceq 'Mytype'", .isTrue),
        PesterCase(file, "Add an existing type name to PSTypeNames property",
                   "$obj = [PSCustomObject] @{pstypename = 'System.Object'}; $obj.PSTypeNames.Count -eq 3 -and $obj.PSTypeNames[0] -ceq 'System.Object'", .isTrue),
        PesterCase(file, "new-object should fail to create object for System.Management.Automation.PSCustomObject (throws)",
                   "$ht = @{one=1;two=2}; $obj = New-Object System.Management.Automation.PSCustomObject -Property $ht",
                   .throwsErrorId("CannotFindAppropriateCtor,Microsoft.PowerShell.Commands.NewObjectCommand")),
        PesterCase(file, "Creating an object of an existing type from hashtable should call the constructor taking a hashtable if such a constructor exists in the type",
                   #"""
class SampleClass5 { [int]$a; [int]$b; SampleClass5([int]$x) { $this.a = $x }; SampleClass5([hashtable]$h) { $this.a = 100; $this.b = 100 } }
$x = [SampleClass5]@{a = 10; b = 5}
$x.a
"""#, .lines(["100"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Conversion from PSCustomObject to hashtable should fail",
                  .notDone("the failed conversion's error has no inner exception whose error record is InvalidCastConstructorException")),
        PesterGap(file, "Only settable properties are called out in the error message", .notDone("Add-Type is not provided (it compiles C#)")),
        PesterGap(file, "Creating an object of an existing type from hashtable should throw error when setting non-existent properties",
                  .outOfScope("System.Management.Automation.Host.Coordinates")),
        PesterGap(file, "Creating an object of an existing type from hashtable should throw error when setting incompatible values for properties",
                  .outOfScope("System.Management.Automation.Host.Coordinates")),
        PesterGap(file, "New-Object cmdlet should throw terminating errors when user specifies a non-existent property or tries to assign incompatible values",
                  .outOfScope("System.Management.Automation.Host.Coordinates")),
        PesterGap(file, "Creating an object of an existing type from hashtable should succeed", .outOfScope("System.Management.Automation.Host.Coordinates")),
        PesterGap(file, "Shows no property when there is no settable property", .outOfScope(".NET reflection on ExtendedTypeSystem resources")),
    ]
}

@Suite struct HashtableToPSCustomObjectConversionPesterTests {
    @Test(arguments: HashtableToPSCustomObjectConversionCases.all) func follows(_ c: PesterCase) { c.check() }
}
