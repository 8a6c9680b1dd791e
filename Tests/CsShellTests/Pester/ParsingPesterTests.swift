import Testing

/// Parsing.Tests.ps1 restated (Language/Parser), the cases that run scripts: `?` and `:` inside command
/// names, and keywords used as function names. The rest of the file checks parse-error ids and offsets
/// through the .NET Parser API; the inventory (notes/pester/Parsing.md) counts those out of scope.
enum ParsingCases {
    static let file = "Parsing.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Question-mark and colon can be used as command names",
                   "function a?b:c { 'a?b:c' }; function 2?3:4 { '2?3:4' }; $r = a?b:c; $r -ceq 'a?b:c'; $r = 2?3:4; $r -ceq '2?3:4'", .lines(["True", "True"])),
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
    ]
}

@Suite struct ParsingPesterTests {
    @Test(arguments: ParsingCases.all) func follows(_ c: PesterCase) { c.check() }
}
