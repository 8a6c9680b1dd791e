import Testing

/// OrderedAttributeForHashTables.Tests.ps1 restated (Language/Scripting): cmdlet parameters that take
/// an IDictionary accept `[ordered]@{ }`.
enum OrderedAttributeForHashTablesCases {
    static let file = "OrderedAttributeForHashTables.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "New-Object - Property Parameter Must take IDictionary",
                   "$a = New-Object psobject -Property ([ordered]@{one=1;two=2}); $null -ne $a -and $a.one -eq 1", .isTrue),
        PesterCase(file, "Select-Object cmdlet - Property parameter (Calculated properties) must take IDictionary: $a should not be $null",
                   "$a = [pscustomobject]@{a=1} | Select-Object -Property ([ordered]@{Name='a1'; Expression={$_.a}}); $null -ne $a -and $a.a1 -eq 1", .isTrue),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Select-Xml cmdlet - Namespace parameter must take IDictionary: $a should not be $null", .notDone("Select-Xml is not provided")),
        PesterGap(file, "New-CimInstance cmdlet: Property parameter must take IDictionary", .outOfScope("Windows CIM")),
    ]
}

@Suite struct OrderedAttributeForHashTablesPesterTests {
    @Test(arguments: OrderedAttributeForHashTablesCases.all) func follows(_ c: PesterCase) { c.check() }
}
