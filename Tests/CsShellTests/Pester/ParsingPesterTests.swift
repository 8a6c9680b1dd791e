import Testing

/// Parsing.Tests.ps1 restated (Language/Parser), the cases that run scripts: `?` and `:` inside command
/// names, and keywords used as function names. The rest of the file checks parse-error ids and offsets
/// through the .NET Parser API; the inventory (notes/pester/Parsing.md) counts those out of scope.
enum ParsingCases {
    static let file = "Parsing.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "default can be used as command name",
                   "Invoke-Expression \"function default { 'default' }\"; $r = . default; $r -ceq 'default'", .isTrue),
        PesterCase(file, "hidden can be used as command name",
                   "Invoke-Expression \"function hidden { 'hidden' }\"; $r = . hidden; $r -ceq 'hidden'", .isTrue),
        PesterCase(file, "in can be used as command name",
                   "Invoke-Expression \"function in { 'in' }\"; $r = . in; $r -ceq 'in'", .isTrue),
        PesterCase(file, "static can be used as command name",
                   "Invoke-Expression \"function static { 'static' }\"; $r = . static; $r -ceq 'static'", .isTrue),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Question-mark and colon can be used as command names", .notDone("a numeral followed by ? is scanned as a number and a ternary expression, not as the command name 2?3:4")),
    ]
}

@Suite struct ParsingPesterTests {
    @Test(arguments: ParsingCases.all) func follows(_ c: PesterCase) { c.check() }
}
