import Testing

/// Language/Parser/ParameterBinding.Tests.ps1 restated: a number literal given as an argument to a
/// [string] parameter keeps the text it was written with, for simple and advanced functions.
enum ParserParameterBindingCases {
    static let file = "Language/Parser/ParameterBinding.Tests.ps1"
    static let simple = "function Test-SimpleStringValue([string] $Value) { $Value }; "
    static let advanced = "function Test-AdvancedStringValue { [CmdletBinding()] param([string] $Value) $Value }; "

    static let all: [PesterCase] = [
        PesterCase(file, "should correctly convert 34uy back to string in simple functions", simple + "(Test-SimpleStringValue -Value 34uy) -ceq '34uy'", .isTrue),
        PesterCase(file, "should correctly convert 48y back to string in simple functions", simple + "(Test-SimpleStringValue -Value 48y) -ceq '48y'", .isTrue),
        PesterCase(file, "should correctly convert 8s back to string in simple functions", simple + "(Test-SimpleStringValue -Value 8s) -ceq '8s'", .isTrue),
        PesterCase(file, "should correctly convert 49us back to string in simple functions", simple + "(Test-SimpleStringValue -Value 49us) -ceq '49us'", .isTrue),
        PesterCase(file, "should correctly convert 26 back to string in simple functions", simple + "(Test-SimpleStringValue -Value 26) -ceq '26'", .isTrue),
        PesterCase(file, "should correctly convert 28u back to string in simple functions", simple + "(Test-SimpleStringValue -Value 28u) -ceq '28u'", .isTrue),
        PesterCase(file, "should correctly convert 24l back to string in simple functions", simple + "(Test-SimpleStringValue -Value 24l) -ceq '24l'", .isTrue),
        PesterCase(file, "should correctly convert 32ul back to string in simple functions", simple + "(Test-SimpleStringValue -Value 32ul) -ceq '32ul'", .isTrue),
        PesterCase(file, "should correctly convert 20d back to string in simple functions", simple + "(Test-SimpleStringValue -Value 20d) -ceq '20d'", .isTrue),
        PesterCase(file, "should correctly convert 6n back to string in simple functions", simple + "(Test-SimpleStringValue -Value 6n) -ceq '6n'", .isTrue),
        PesterCase(file, "should correctly convert 34uy back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 34uy) -ceq '34uy'", .isTrue),
        PesterCase(file, "should correctly convert 48y back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 48y) -ceq '48y'", .isTrue),
        PesterCase(file, "should correctly convert 8s back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 8s) -ceq '8s'", .isTrue),
        PesterCase(file, "should correctly convert 49us back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 49us) -ceq '49us'", .isTrue),
        PesterCase(file, "should correctly convert 26 back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 26) -ceq '26'", .isTrue),
        PesterCase(file, "should correctly convert 28u back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 28u) -ceq '28u'", .isTrue),
        PesterCase(file, "should correctly convert 24l back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 24l) -ceq '24l'", .isTrue),
        PesterCase(file, "should correctly convert 32ul back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 32ul) -ceq '32ul'", .isTrue),
        PesterCase(file, "should correctly convert 20d back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 20d) -ceq '20d'", .isTrue),
        PesterCase(file, "should correctly convert 6n back to string in advanced functions", advanced + "(Test-AdvancedStringValue -Value 6n) -ceq '6n'", .isTrue),
    ]

    static let addType = "the ArgumentTransformationAttribute and the cmdlets are C# compiled with Add-Type"
    static let gaps: [PesterGap] = [
        PesterGap(file, "There was no error importing the in-memory module", .outOfScope(addType)),
        PesterGap(file, "Script function takes object", .outOfScope(addType)),
        PesterGap(file, "Script function takes uint64", .outOfScope(addType)),
        PesterGap(file, "csharp cmdlet takes object", .outOfScope(addType)),
        PesterGap(file, "csharp cmdlet takes uint64", .outOfScope(addType)),
        PesterGap(file, "script function takes object when parameter is null", .outOfScope(addType)),
        PesterGap(file, "script function takes unit64 when parameter is null", .outOfScope(addType)),
        PesterGap(file, "script csharp cmdlet takes object when parameter is null", .outOfScope(addType)),
        PesterGap(file, "script csharp cmdlet takes uint64 when parameter is null", .outOfScope(addType)),
        PesterGap(file, "Custom type conversion in parameter binding is allowed in FullLanguage", .outOfScope("[powershell]::Create(), language modes and a C# module")),
        PesterGap(file, "Some custom type conversion in parameter binding is allowed for trusted cmdlets in ConstrainedLanguage", .outOfScope("[powershell]::Create(), language modes and a C# module")),
        PesterGap(file, "Custom type conversion in parameter binding is NOT allowed for untrusted cmdlets in ConstrainedLanguage", .outOfScope("[powershell]::Create(), language modes and a C# module")),
    ]
}

@Suite struct ParserParameterBindingPesterTests {
    @Test(arguments: ParserParameterBindingCases.all) func follows(_ c: PesterCase) { c.check() }
}
