import Testing

/// ForEach-Object.Tests.ps1 restated (Modules/Microsoft.PowerShell.Core); -Parallel is another file.
enum ForEachObjectCases {
    static let file = "ForEach-Object.Tests.ps1"

    static let all: [PesterCase] = [
        // The block runs in the scope of its caller (here a script block's scope), not in one of its own
        // and not in the global scope: the variable is seen inside `& { }` and not after it.
        PesterCase(file, "Foreach-Object should execute script block in caller scope",
                   #"& { $null = 1..2 | ForEach-Object { $bar = 100 }; "in:$bar" }; "out:$bar""#, .lines(["in:100", "out:"])),
        PesterCase(file, "Foreach-Object should execute script block in caller scope regardless of the invocation operator in use",
                   #"& { $null = 1..2 | . ForEach-Object { $bar = "bar" }; $null = 1..2 | & ForEach-Object { $foo = "foo" }; "in:$bar,$foo" }; "out:$bar,$foo""#,
                   .lines(["in:bar,foo", "out:,"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "Foreach-Object should execute script block in the module scope if specified", .outOfScope("modules")),
        PesterGap(file, "ForEach-Object should execute script block in the session state that the script block is associated with", .notDone("needs modules with their own session state (a script block returned by a module function)")),
        PesterGap(file, "ForEach-Object scriptblock should get the 'InvocationInfo' from the caller scope", .notDone("needs $MyInvocation")),
    ]
}

@Suite struct ForEachObjectPesterTests {
    @Test(arguments: ForEachObjectCases.all) func follows(_ c: PesterCase) { c.check() }
}
