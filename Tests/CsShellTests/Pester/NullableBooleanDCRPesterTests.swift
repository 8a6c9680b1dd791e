import Testing

/// NullableBooleanDCR.Tests.ps1 restated (engine/ParameterBinding): a [bool] parameter, of a simple and
/// of an advanced function, takes Booleans and numbers positionally, with a colon and by name.
enum NullableBooleanDCRCases {
    static let file = "NullableBooleanDCR.Tests.ps1"
    static let functions = "function ParserTestFunction { param([bool]$First) $PSBoundParameters }; function parsertest-bool2 { [CmdletBinding()] param ([Parameter(Position = 0, Mandatory = $true, ValueFromPipeline = $true)] [bool]$First = $false) Process { return $PSBoundParameters } }; "

    static let all: [PesterCase] = [
        PesterCase(file, "Test a boolean parameter accepts positional values, input:$true, expect:True",
                   functions + "(parsertestfunction $true).Values[0] -eq $true -and (parsertest-bool2 $true).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts positional values, input:1, expect:True",
                   functions + "(parsertestfunction 1).Values[0] -eq $true -and (parsertest-bool2 1).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts positional values, input:1.28, expect:True",
                   functions + "(parsertestfunction 1.28).Values[0] -eq $true -and (parsertest-bool2 1.28).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts positional values, input:(-2.32), expect:True",
                   functions + "(parsertestfunction (-2.32)).Values[0] -eq $true -and (parsertest-bool2 (-2.32)).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts positional values, input:$false, expect:False",
                   functions + "(parsertestfunction $false).Values[0] -eq $false -and (parsertest-bool2 $false).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts positional values, input:0, expect:False",
                   functions + "(parsertestfunction 0).Values[0] -eq $false -and (parsertest-bool2 0).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts positional values, input:0.00, expect:False",
                   functions + "(parsertestfunction 0.00).Values[0] -eq $false -and (parsertest-bool2 0.00).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts positional values, input:(1 - 1), expect:False",
                   functions + "(parsertestfunction (1 - 1)).Values[0] -eq $false -and (parsertest-bool2 (1 - 1)).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with a colon, input:$true, expect:True",
                   functions + "(parsertestfunction -First:$true).Values[0] -eq $true -and (parsertest-bool2 -First:$true).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with a colon, input:1, expect:True",
                   functions + "(parsertestfunction -First:1).Values[0] -eq $true -and (parsertest-bool2 -First:1).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with a colon, input:1.28, expect:True",
                   functions + "(parsertestfunction -First:1.28).Values[0] -eq $true -and (parsertest-bool2 -First:1.28).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with a colon, input:(-2.32), expect:True",
                   functions + "(parsertestfunction -First:(-2.32)).Values[0] -eq $true -and (parsertest-bool2 -First:(-2.32)).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with a colon, input:$false, expect:False",
                   functions + "(parsertestfunction -First:$false).Values[0] -eq $false -and (parsertest-bool2 -First:$false).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with a colon, input:0, expect:False",
                   functions + "(parsertestfunction -First:0).Values[0] -eq $false -and (parsertest-bool2 -First:0).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with a colon, input:0.00, expect:False",
                   functions + "(parsertestfunction -First:0.00).Values[0] -eq $false -and (parsertest-bool2 -First:0.00).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with a colon, input:(1 - 1), expect:False",
                   functions + "(parsertestfunction -First:(1 - 1)).Values[0] -eq $false -and (parsertest-bool2 -First:(1 - 1)).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with general format, input:$true, expect:True",
                   functions + "(parsertestfunction -First $true).Values[0] -eq $true -and (parsertest-bool2 -First $true).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with general format, input:1, expect:True",
                   functions + "(parsertestfunction -First 1).Values[0] -eq $true -and (parsertest-bool2 -First 1).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with general format, input:1.28, expect:True",
                   functions + "(parsertestfunction -First 1.28).Values[0] -eq $true -and (parsertest-bool2 -First 1.28).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with general format, input:(-2.32), expect:True",
                   functions + "(parsertestfunction -First (-2.32)).Values[0] -eq $true -and (parsertest-bool2 -First (-2.32)).Values[0] -eq $true", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with general format, input:$false, expect:False",
                   functions + "(parsertestfunction -First $false).Values[0] -eq $false -and (parsertest-bool2 -First $false).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with general format, input:0, expect:False",
                   functions + "(parsertestfunction -First 0).Values[0] -eq $false -and (parsertest-bool2 -First 0).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with general format, input:0.00, expect:False",
                   functions + "(parsertestfunction -First 0.00).Values[0] -eq $false -and (parsertest-bool2 -First 0.00).Values[0] -eq $false", .isTrue),
        PesterCase(file, "Test a boolean parameter accepts values specified with general format, input:(1 - 1), expect:False",
                   functions + "(parsertestfunction -First (1 - 1)).Values[0] -eq $false -and (parsertest-bool2 -First (1 - 1)).Values[0] -eq $false", .isTrue),
    ]
}

@Suite struct NullableBooleanDCRPesterTests {
    @Test(arguments: NullableBooleanDCRCases.all) func follows(_ c: PesterCase) { c.check() }
}
