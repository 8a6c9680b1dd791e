import Testing

/// BooleanParameterDCR.Tests.ps1 restated (engine/ParameterBinding): [switch] and [bool] parameters of
/// advanced functions take Booleans and numbers.
enum BooleanParameterDCRCases {
    static let file = "BooleanParameterDCR.Tests.ps1"
    static let switchCmdlet = "Function ParserTestSwitchCmdlet { [CmdletBinding()] param([switch]$switchParam) return $switchParam }; "

    static let all: [PesterCase] = [
        PesterCase(file, "Test 1 that passing zero works as the value for a Switch parameter, inputTest:0,expect:False",
                   switchCmdlet + "[bool]$switchTestParam = 0; (ParserTestSwitchCmdlet -switchParam:$switchTestParam) -eq $false", .isTrue),
        PesterCase(file, "Test 2 that passing zero works as the value for a Switch parameter, inputTest:000,expect:False",
                   switchCmdlet + "[bool]$switchTestParam = 000; (ParserTestSwitchCmdlet -switchParam:$switchTestParam) -eq $false", .isTrue),
        PesterCase(file, "Test 3 that passing zero works as the value for a Switch parameter, inputTest:0x00,expect:False",
                   switchCmdlet + "[bool]$switchTestParam = 0x00; (ParserTestSwitchCmdlet -switchParam:$switchTestParam) -eq $false", .isTrue),
        PesterCase(file, "Test 4 that passing zero works as the value for a Switch parameter, inputTest:0.00,expect:False",
                   switchCmdlet + "[bool]$switchTestParam = 0.00; (ParserTestSwitchCmdlet -switchParam:$switchTestParam) -eq $false", .isTrue),
        PesterCase(file, "Test 1 that $true is accepted as a true value for Switch parameters, inputTest:$(1 -eq 1),expect:True",
                   switchCmdlet + "[bool]$switchTestParam = $(1 -eq 1); (ParserTestSwitchCmdlet -switchParam:$switchTestParam) -eq $true", .isTrue),
        PesterCase(file, "Test 2 that $true is accepted as a true value for Switch parameters, inputTest:$true,expect:True",
                   switchCmdlet + "[bool]$switchTestParam = $true; (ParserTestSwitchCmdlet -switchParam:$switchTestParam) -eq $true", .isTrue),
        PesterCase(file, "Test 3 that $true is accepted as a true value for Switch parameters, inputTest:$TRUE,expect:True",
                   switchCmdlet + "[bool]$switchTestParam = $TRUE; (ParserTestSwitchCmdlet -switchParam:$switchTestParam) -eq $true", .isTrue),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Test that a nullable boolean is accepted for a boolean parameter.", .notDone("needs [System.Nullable[System.Int32]] variables")),
    ]
}

@Suite struct BooleanParameterDCRPesterTests {
    @Test(arguments: BooleanParameterDCRCases.all) func follows(_ c: PesterCase) { c.check() }
}
