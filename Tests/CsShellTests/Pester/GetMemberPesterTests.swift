import Testing

/// Get-Member.Tests.ps1 restated (Modules/Microsoft.PowerShell.Utility).
enum GetMemberCases {
    static let file = "Get-Member.Tests.ps1"

    static let values = #"""
        $a = 1; $b = 1.3; $c = $false; $d = @(1, 3); $e = "anoeduntodeu"; $f = 'asntoheusth'

        """#

    static let all: [PesterCase] = [
        PesterCase(file, "Should be able to be called on string objects, ints, arrays, etc",
                   values + #"foreach ($v in $a, $b, $c, $d, $e, $f) { @(Get-Member -InputObject $v).Count -gt 0 }"#,
                   .lines(["True", "True", "True", "True", "True", "True"])),
        PesterCase(file, "Should be able to extract a field from string objects, ints, arrays, etc",
                   values + #"$a -is [int]; $b -is [double]; $c -is [bool]; (, $d) -is [object[]]; $e -is [string]; $f -is [string]; $a.GetType().Name; $d.GetType().Name"#,
                   .lines(["True", "True", "True", "True", "True", "True", "Int32", "Object[]"])),
        // Upstream adds a NoteProperty to `New-Object psobject` with Add-Member; a [pscustomobject] literal has one.
        PesterCase(file, "Should be able to be called on a newly created PSObject",
                   #"$o = [pscustomobject]@{ proppy = "superVal" }; $m = Get-Member -InputObject $o -Name proppy; $m.MemberType; $m.Definition"#,
                   .lines(["NoteProperty", "string proppy=superVal"])),
        PesterCase(file, "Should work with incomplete parameter '-i'", #"$a = 1; Get-Member -i $a | Out-Null"#, .noError),
        PesterCase(file, "Fail to get member without any input", #"Get-Member -MemberType All -ErrorAction Stop"#,
                   .throwsErrorId("NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand")),
        // Upstream makes the Int32 with New-Object -TypeName System.Int32.
        PesterCase(file, "Get the static properties and methods of the object",
                   #"$r = [int]0 | Get-Member -Static; foreach ($m in "MaxValue", "MinValue", "Parse", "TryParse") { $r.Name -ccontains $m }"#,
                   .lines(["True", "True", "True", "True"])),
        PesterCase(file, "Get the static properties and methods of int instance",
                   #"$r = 1 | Get-Member -Static; foreach ($m in "MaxValue", "MinValue", "Parse", "TryParse") { $r.Name -ccontains $m }"#,
                   .lines(["True", "True", "True", "True"])),
        PesterCase(file, "Get the static properties and methods of int instance Wrapped",
                   #"$r = [pscustomobject]1 | Get-Member -Static; foreach ($m in "MaxValue", "MinValue", "Parse", "TryParse") { $r.Name -ccontains $m }"#,
                   .lines(["True", "True", "True", "True"])),
        PesterCase(file, "Get hidden members",
                   #"$r = 'abc' | Get-Member -Force; foreach ($m in "psbase", "psextended", "psadapted", "pstypenames", "psobject") { $r.Name -ccontains $m }"#,
                   .lines(["True", "True", "True", "True", "True"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Should be able to be called on IntPtr", .notDone("needs the .NET type System.IntPtr as a value ([System.IntPtr] | Get-Member -Static)")),
        PesterGap(file, "Get the expected Properties of \"Employee\" object", .notDone("needs a compiled .NET class (Add-Type) and Update-TypeData")),
        PesterGap(file, "Get the Public Methods of \"Employee\" object", .notDone("needs a compiled .NET class (Add-Type) and Update-TypeData")),
        PesterGap(file, "Get property sets defined in private members", .notDone("needs a compiled .NET class (Add-Type) and Update-TypeData property sets")),
        PesterGap(file, "works with View Parameter", .outOfScope(".NET-only type/API ([xml])")),
        PesterGap(file, "Get Set Property Accessors On PsBase", .notDone("needs the psbase member set of the PSObject adapter")),
    ]
}

@Suite struct GetMemberPesterTests {
    @Test(arguments: GetMemberCases.all) func follows(_ c: PesterCase) { c.check() }
}
