import Testing

/// ReplaceOperator.Tests.ps1 restated (Language/Operators): `-replace` with regular expressions, case,
/// collections, substitution groups and script blocks, culture-invariant stringification.
enum ReplaceOperatorCases {
    static let file = "ReplaceOperator.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Replace operator can replace string values using regular expressions",
                   "('Get-Process' -replace 'Get', 'Stop') -ceq 'Stop-Process' -and ('image.gif' -replace '\\.gif$', '.jpg') -ceq 'image.jpg'", .isTrue),
        PesterCase(file, "Replace operator can be case-insensitive and case-sensitive",
                   "('book' -replace 'B', 'C'); ('book' -ireplace 'B', 'C'); ('book' -creplace 'B', 'C')", .lines(["Cook", "Cook", "book"])),
        PesterCase(file, "Replace operator can take 2 arguments, a mandatory pattern, and an optional substitution",
                   "('PowerPoint' -replace 'Point', 'Shell'); ('PowerPoint' -replace 'Point')", .lines(["PowerShell", "Power"])),
        PesterCase(file, "Replace operator can take an enumerable as first argument, a mandatory pattern, and an optional substitution",
                   "$res = 'PowerPoint1', 'PowerPoint2' -replace 'Point', 'Shell'; $res.Count; $res; $res = 'PowerPoint1', 'PowerPoint2' -replace 'Point'; $res.Count; $res",
                   .lines(["2", "PowerShell1", "PowerShell2", "2", "Power1", "Power2"])),
        PesterCase(file, "Replace operator supports numbered substitution groups using ```$n",
                   "'domain.example' -replace '.*\\.(\\w+)$', \"Tld of '`$0' is - '`$1'\"", .lines(["Tld of 'domain.example' is - 'example'"])),
        PesterCase(file, "Replace operator supports named substitution groups using ```${name}",
                   "'domain.example' -replace '.*\\.(?<tld>\\w+)$', \"`${tld}\"", .lines(["example"])),
        PesterCase(file, "Replace operator can take a ScriptBlock in place of a substitution string",
                   "'ID ABC123' -replace '\\b[A-C]+', { return 'X' * $_.Value.Length }", .lines(["ID XXX123"])),
        PesterCase(file, "Replace operator can take a MatchEvaluator in place of a substitution string",
                   "$matchEvaluator = { return 'X' * $args[0].Value.Length } -as [System.Text.RegularExpressions.MatchEvaluator]; 'ID ABC123' -replace '\\b[A-C]+', $matchEvaluator",
                   .lines(["ID XXX123"])),
        PesterCase(file, "-split: LHS stringification is not culture-sensitive", "1.2 -split ','", .lines(["1.2"])),
        PesterCase(file, "-replace: LHS stringification is not culture-sensitive", "1.2 -replace ','", .lines(["1.2"])),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Replace operator can convert an substitution object to string", .outOfScope("System.Diagnostics.Process (Get-Process)")),
        PesterGap(file, "Replace operator can take a static PSMethod in place of a substitution string", .notDone("a static method as a value (a PSMethod) is not supported as a -replace substitution")),
    ]
}

@Suite struct ReplaceOperatorPesterTests {
    @Test(arguments: ReplaceOperatorCases.all) func follows(_ c: PesterCase) { c.check() }
}

/// Trap.Tests.ps1 restated (Language/Scripting): trap with continue and break in nested dot-sourced blocks.
enum TrapCases {
    static let file = "Trap.Tests.ps1"
    static let all: [PesterCase] = [
        PesterCase(file, "Line after exception should NOT be continued when it's from a nested script block",
                   "$a = . { trap { 'trapped'; continue }; . { 'hello'; throw 'exception'; 'world' } }; $a.Length; $a -join ','", .lines(["2", "hello,trapped"])),
        PesterCase(file, "Line after exception should NOT be continued and both inner and outter traps should be triggered",
                   "$a = . { trap { 'outer trap'; continue }; . { trap { 'inner trap'; break }; 'hello'; throw 'exception'; 'world' } }; $a.Length; $a -join ','",
                   .lines(["3", "hello,inner trap,outer trap"])),
        PesterCase(file, "Line after exception should be invoked after continue",
                   "$a = . { trap { 'outer trap'; continue } 'hello'; throw 'exception'; 'world' }; $a.Length; $a -join ','", .lines(["3", "hello,outer trap,world"])),
        PesterCase(file, "Line after exception should NOT be invoked and inner trap should not be triggered",
                   "$a = . { trap { 'outer trap'; continue }; . { trap [system.Argumentexception] { 'inner trap'; continue }; 'hello'; throw 'exception'; 'world' } }; $a.Length; $a -join ','",
                   .lines(["2", "hello,outer trap"])),
    ]
}

@Suite struct TrapPesterTests {
    @Test(arguments: TrapCases.all) func follows(_ c: PesterCase) { c.check() }
}
