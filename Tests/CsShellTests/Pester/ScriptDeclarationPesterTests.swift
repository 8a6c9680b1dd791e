import Testing

/// AutomaticVariables.Tests.ps1 restated (Language/Parser): `$input` in the blocks of an advanced
/// function or script block (an ArrayList in begin and process, an array in end).
enum AutomaticVariablesCases {
    static let file = "AutomaticVariables.Tests.ps1"

    static let all: [PesterCase] = [
        PesterCase(file, "Empty $input really is empty", #"""
            & { @($input).Count }
            & { [cmdletbinding()] param() begin { @($input).Count } }
            & { [cmdletbinding()] param() process { @($input).Count } }
            & { [cmdletbinding()] param() end { @($input).Count } }
            """#, .lines(["0", "0", "0", "0"])),
        PesterCase(file, "$input Type should be arraylist and object array", #"""
            function from_begin { [cmdletbinding()]param() begin { Write-Output -NoEnumerate $input } }
            function from_process { [cmdletbinding()]param() process { Write-Output -NoEnumerate $input } }
            function from_end { [cmdletbinding()]param() end { Write-Output -NoEnumerate $input } }
            (from_begin) -is [System.Collections.ArrayList]
            (from_process) -is [System.Collections.ArrayList]
            (from_end) -is [System.Object[]]
            """#, .lines(["True", "True", "True"])),
    ]

    static let gaps: [PesterGap] = [
    ]
}

/// CmdletDeclaration.Tests.ps1 restated (Language/Scripting): `[CmdletBinding(...)]` and
/// `[Parameter(...)]` declarations in functions, nested functions and script blocks parse without
/// error. Upstream tokenizes each with PSParser; here each is parsed as the body of a script block
/// that is not run.
enum CmdletDeclarationCases {
    static let file = "CmdletDeclaration.Tests.ps1"

    static func parses(_ script: String) -> String { "$null = {\(script) }\n'parsed'" }

    static let all: [PesterCase] = [
        PesterCase(file, "Verify non-cmdlet formatted names are allowed", parses(" function foo { [CmdletBinding()] param() $a }"), .lines(["parsed"])),
        PesterCase(file, "Valid cmdlet names case 1", parses(" function foo { [CmdletBinding()] param() $a }"), .lines(["parsed"])),
        PesterCase(file, "Valid cmdlet names case 2", parses(" function get-foo { [CmdletBinding()] param() $a }"), .lines(["parsed"])),
        PesterCase(file, "Valid cmdlet names case 3", parses(" { [CmdletBinding()] param() $a }"), .lines(["parsed"])),
        PesterCase(file, "Using parameter annotation in script cmdlets", parses(" function get-foo { param([Parameter(mandatory=$true)]$a) $a }"), .lines(["parsed"])),
        PesterCase(file, "Cmdlet declaration parameter: should process",
                   parses(" function get-foo { [CmdletBinding(SupportsShouldProcess=$true)] param([Parameter(mandatory=$true)]$a) $a }"), .lines(["parsed"])),
        PesterCase(file, "Cmdlet declaration parameter: confirm impact",
                   parses(" function get-foo { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact=\"low\")] param([Parameter(mandatory=$true)]$a) $a }"),
                   .lines(["parsed"])),
        PesterCase(file, "Cmdlet declaration parameter: defaultparametersetname",
                   parses(" function get-foo { [CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact=\"low\", defaultparametersetname=\"set1\")] param([Parameter(mandatory=$true)]$a) $a }"),
                   .lines(["parsed"])),
        PesterCase(file, "cmdlet declaration within as cmdlet",
                   parses(" function get-foo { [CmdletBinding()] param() function get-bar { param([Parameter(mandatory=$true)]$a) $a } }"), .lines(["parsed"])),
        PesterCase(file, "cmdlet declaration within scriptblock", parses(" { param([Parameter(mandatory=$true)]$a) $a }"), .lines(["parsed"])),
        PesterCase(file, "cmdlet declaration within scriptblock 2", parses(" { param([Parameter(mandatory=$true)]$a) $a }"), .lines(["parsed"])),
        PesterCase(file, "cmdlet declaration within scriptblock 3",
                   parses(" { [CmdletBinding(SupportsShouldProcess=$true)] param([Parameter(mandatory=$true)]$a) $a }"), .lines(["parsed"])),
    ]
}

/// Dynamicparameters.Tests.ps1 (Language/Scripting): a `dynamicparam` block builds its parameters
/// with .NET classes (RuntimeDefinedParameterDictionary, ParameterAttribute, Collection`1), and one
/// case with a PowerShell class; csshell runs a dynamicparam block but has none of those types.
enum DynamicparametersCases {
    static let file = "Dynamicparameters.Tests.ps1"
    static let reason = "dynamicparam needs RuntimeDefinedParameterDictionary, ParameterAttribute and Collection`1, which csshell does not have"

    static let gaps: [PesterGap] = [
        PesterGap(file, "The dynamic parameter is enabled and bound", .notDone(reason)),
        PesterGap(file, "When the dynamic parameter is not available, and raises an error when specified", .notDone(reason)),
        PesterGap(file, "No dynamic parameter shouldn't cause an errr ", .notDone(reason)),
        PesterGap(file, "Not specifying dynamic parameter shouldn't cause an error", .notDone(reason)),
        PesterGap(file, "Parameter is defined in Class", .notDone(reason + " (nor PowerShell classes)")),
    ]
}

@Suite struct ScriptDeclarationPesterTests {
    @Test(arguments: AutomaticVariablesCases.all) func automaticVariables(_ c: PesterCase) { c.check() }
    @Test(arguments: CmdletDeclarationCases.all) func cmdletDeclaration(_ c: PesterCase) { c.check() }
}
