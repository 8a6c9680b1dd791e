import Testing

/// MyInvocation.Tests.ps1 restated (Language/Scripting): `$MyInvocation` in functions, filters and
/// script blocks: the line and the statement that called them, the script file they were called from.
enum MyInvocationCases {
    static let file = "MyInvocation.Tests.ps1"

    /// Runs `body` from a script file named myinvocation.tests.ps1.
    static func fromFile(_ tag: String, _ body: String) -> String {
        "$d = \"/tmp/cs-pester-myinv-\(tag)-$PID\"; New-Item $d -ItemType Directory -Force | Out-Null; '\(body)' | Out-File \"$d/MyInvocation.Tests.ps1\"; $a = & \"$d/MyInvocation.Tests.ps1\"; Remove-Item $d -Recurse; $a.ToLower().IndexOf('myinvocation.tests.ps1') -gt -1"
    }

    static let all: [PesterCase] = [
        PesterCase(file, "MyInvocation works in Function",
                   "function myfunc { $MyInvocation.Line.IndexOf('myfunc') -gt -1 }\n. myfunc\n& myfunc", .lines(["True", "True"])),
        PesterCase(file, "MyInvocation works in Filter",
                   "filter myfilter { $MyInvocation.Line.IndexOf('myfilter') -gt -1 }\n. myfilter\n& myfilter", .lines(["True", "True"])),
        PesterCase(file, "MyInvocation.Statement works in & Script block",
                   "$a = & {\n    $MyInvocation.Statement\n}\n$a.IndexOf(\"& {`n    `$MyInvocation.Statement`n}\") -gt -1", .isTrue),
        PesterCase(file, "MyInvocation.Statement works in dot sourced Script block",
                   "$a = . {\n    $MyInvocation.Statement\n}\n$a.IndexOf(\". {`n    `$MyInvocation.Statement`n}\") -gt -1", .isTrue),
        PesterCase(file, "MyInvocation works in dot sourced Script block",
                   "$a = . {$MyInvocation.Line}\n$a.IndexOf('$a = . {$MyInvocation.Line}') -gt -1", .isTrue),
        PesterCase(file, "MyInvocation works in & Script block2",
                   "$a = & {$MyInvocation.Line}\n$a.IndexOf('$a = & {$MyInvocation.Line}') -gt -1", .isTrue),
        PesterCase(file, "MyInvocation works when run Script file", fromFile("amp", "& {$MyInvocation.ScriptName}"), .isTrue),
        PesterCase(file, "MyInvocation works when dot source Script file", fromFile("dot", ". {$MyInvocation.ScriptName}"), .isTrue),
    ]
}

@Suite struct MyInvocationPesterTests {
    @Test(arguments: MyInvocationCases.all) func follows(_ c: PesterCase) { c.check() }
}
