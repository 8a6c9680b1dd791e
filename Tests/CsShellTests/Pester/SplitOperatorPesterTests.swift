import Testing

/// SplitOperator.Tests.ps1 restated (Language/Operators): binary `-split` with a pattern or a
/// predicate, a substring limit (negative: counted from the right) and options; unary `-split`.
enum SplitOperatorCases {
    static let file = "SplitOperator.Tests.ps1"
    /// Each result element on its own line, after the count.
    static func parts(_ expr: String) -> String { "$res = \(expr); $res.Count; $res" }
    static let lf = "\"a12a`nb34b`nc56c`nd78d\""
    static let lf2 = "\"a12a`n%b34b`nc56c`nd78d\""
    static let crlf = "\"a12a`r`nb34b`r`nc56c`r`nd78d\""
    static let crlf2 = "\"a12a`r`n%b34b`r`nc56c`r`nd78d\""
    static let all: [PesterCase] = [
        PesterCase(file, "Binary split operator can split array of value", parts("\"a b\", \"c d\" -split \" \""), .lines(["4", "a", "b", "c", "d"])),
        PesterCase(file, "Binary split operator can split a string", parts("\"a b c d\" -split \" \""), .lines(["4", "a", "b", "c", "d"])),
        PesterCase(file, "Binary split operator can works with max substring limit", """
            \(parts("\"a b c d\" -split \" \", 2")); \(parts("\"a b c d\" -split \" \", 0")); \(parts("\"a b c d\" -split \" \", -2"))
            """, .lines(["2", "a", "b c d", "4", "a", "b", "c", "d", "2", "a b c", "d"])),
        PesterCase(file, "Binary split operator can work with different delimeter than split string", """
            \(parts("\"a b c d\" -split \" \",8")); \(parts("\"a b c d\" -split \" \",-8")); ( " " -split " ",-2).Count
            """, .lines(["4", "a", "b", "c", "d", "4", "a", "b", "c", "d", "2"])),
        PesterCase(file, "Binary split operator with predicate can work with negative numbers", """
            \(parts("\"a b c d\" -split {$_ -like ' '},-2")); \(parts("\"a b c d\" -split {$_ -like ' '},-4")); \(parts("\"a b c d\" -split {$_ -like ' '},-8"))
            """, .lines(["2", "a b c", "d", "4", "a", "b", "c", "d", "4", "a", "b", "c", "d"])),
        PesterCase(file, "Binary split operator can work with regex expression", """
            \(parts("\"a2b3c4d\" -split '\\d+',2")); \(parts("\"a2b3c4d\" -split '\\d+',-2"))
            """, .lines(["2", "a", "b3c4d", "2", "a2b3c", "d"])),
        PesterCase(file, "Binary split operator can works with freeform delimiter", parts("\"a::b::c::d\" -split \"::\""), .lines(["4", "a", "b", "c", "d"])),
        PesterCase(file, "Binary split operator can preserve delimiter", """
            \(parts("\"a1:b1:c1:d\" -split \"(1:)\"")); \(parts("\"a1:b1:c1:d\" -split \"1(:)\""))
            """, .lines(["7", "a", "1:", "b", "1:", "c", "1:", "d", "7", "a", ":", "b", ":", "c", ":", "d"])),
        PesterCase(file, "Binary split operator can be case-insensitive and case-sensitive", """
            \(parts("\"abcBd\" -split \"B\"")); \(parts("\"abcBd\" -isplit \"B\"")); \(parts("\"abcBd\" -csplit \"B\"")); \(parts("\"abcBd\" -csplit \"B\", 0 , 'IgnoreCase'"))
            """, .lines(["3", "a", "c", "d", "3", "a", "c", "d", "2", "abc", "d", "3", "a", "c", "d"])),
        PesterCase(file, "Binary split operator can works with script block",
                   parts("\"a::b::c::d\" -split {$_ -eq \"b\" -or $_ -eq \"C\"}"), .lines(["3", "a::", "::", "::d"])),
        PesterCase(file, "Binary split operator has no Singleline and no Multiline by default (new line = '`n')",
                   "(\(lf) -split '^b').Count; (\(lf) -split 'b.+c').Count", .lines(["1", "1"])),
        PesterCase(file, "Binary split operator has no Singleline and no Multiline by default (new line = '`r`n')",
                   "(\(crlf) -split '^b').Count; (\(crlf) -split 'b.+c').Count", .lines(["1", "1"])),
        PesterCase(file, "Binary split operator works with Singleline (new line = '`n')", """
            $res = \(lf) -split 'b.+c', 0, 'Singleline'; $res.Count; $res[0] -eq "a12a`n" -and $res[1] -eq "`nd78d"
            $res = \(lf2) -split 'b.+c', 0, 'Singleline'; $res.Count; $res[0] -eq "a12a`n%" -and $res[1] -eq "`nd78d"
            """, .lines(["2", "True", "2", "True"])),
        PesterCase(file, "Binary split operator works with Singleline (new line = '`r`n')", """
            $res = \(crlf) -split 'b.+c', 0, 'Singleline'; $res.Count; $res[0] -eq "a12a`r`n" -and $res[1] -eq "`r`nd78d"
            $res = \(crlf2) -split 'b.+c', 0, 'Singleline'; $res.Count; $res[0] -eq "a12a`r`n%" -and $res[1] -eq "`r`nd78d"
            """, .lines(["2", "True", "2", "True"])),
        PesterCase(file, "Binary split operator works with Multiline (new line = '`n')",
                   "$res = \(lf) -split '^b', 0, 'Multiline'; $res.Count; $res[0] -eq \"a12a`n\" -and $res[1] -eq \"34b`nc56c`nd78d\"",
                   .lines(["2", "True"])),
        PesterCase(file, "Binary split operator works with Multiline (new line = '`r`n')",
                   "$res = \(crlf) -split '^b', 0, 'Multiline'; $res.Count; $res[0] -eq \"a12a`r`n\" -and $res[1] -eq \"34b`r`nc56c`r`nd78d\"",
                   .lines(["2", "True"])),
        PesterCase(file, "Binary split operator works with Singleline,Multiline (new line = '`n')", """
            $res = \(lf) -split 'b.+c', 0, 'Singleline,Multiline'; $res.Count; $res[0] -eq "a12a`n" -and $res[1] -eq "`nd78d"
            $res = \(lf2) -split 'b.+c', 0, 'Singleline,Multiline'; $res.Count; $res[0] -eq "a12a`n%" -and $res[1] -eq "`nd78d"
            $res = \(lf) -split '^b.+c', 0, 'Singleline,Multiline'; $res.Count; $res[0] -eq "a12a`n" -and $res[1] -eq "`nd78d"
            (\(lf2) -split '^b.+c', 0, 'Singleline,Multiline').Count
            """, .lines(["2", "True", "2", "True", "2", "True", "1"])),
        PesterCase(file, "Binary split operator works with Singleline,Multiline (new line = '`r`n')", """
            $res = \(crlf) -split 'b.+c', 0, 'Singleline,Multiline'; $res.Count; $res[0] -eq "a12a`r`n" -and $res[1] -eq "`r`nd78d"
            $res = \(crlf2) -split 'b.+c', 0, 'Singleline,Multiline'; $res.Count; $res[0] -eq "a12a`r`n%" -and $res[1] -eq "`r`nd78d"
            $res = \(crlf) -split '^b.+c', 0, 'Singleline,Multiline'; $res.Count; $res[0] -eq "a12a`r`n" -and $res[1] -eq "`r`nd78d"
            (\(crlf2) -split '^b.+c', 0, 'Singleline,Multiline').Count
            """, .lines(["2", "True", "2", "True", "2", "True", "1"])),
        PesterCase(file, "Binary split operator works with IgnorePatternWhitespace", """
            \(parts("\"a: b:c\" -split ': '")); $res = "a: b:c" -split ': ',0,'IgnorePatternWhitespace'; $res.Count; $res[0] -eq 'a' -and $res[1] -eq ' b' -and $res[2] -eq 'c'
            """, .lines(["2", "a", "b:c", "3", "True"])),
        PesterCase(file, "Binary split operator works with ExplicitCapture", """
            \(parts("\"a:b\" -split \"(:)\"")); \(parts("\"a:b\" -split \"(:)\", 0, 'ExplicitCapture'"))
            """, .lines(["3", "a", ":", "b", "2", "a", "b"])),
        PesterCase(file, "Binary split operator works with SimpleMatch", parts("\"abc\" -split \"B\", 0, 'SimpleMatch,IgnoreCase'"), .lines(["2", "a", "c"])),
        PesterCase(file, "Binary split operator works with RegexMatch", parts("\"abc\" -split \"B\", 0, 'RegexMatch,Singleline'"), .lines(["2", "a", "c"])),
        PesterCase(file, "Binary split operator doesn't works with RegexMatch,SimpleMatch",
                   "\"abc\" -split \"B\", 0, 'RegexMatch,SimpleMatch'", .throwsErrorId("InvalidSplitOptionCombination")),
        PesterCase(file, "Unary split operator has higher precedence than a comma",
                   "$res = -split \"a b\", \"c d\"; $res.Count; $res[0][0]; $res[0][1]; $res[1]", .lines(["2", "a", "b", "c d"])),
        PesterCase(file, "Unary split operator can split array of values", parts("-split (\"a b\", \"c d\")"), .lines(["4", "a", "b", "c", "d"])),
        PesterCase(file, "Unary split operator can split a string", parts("-split \"a b c d\""), .lines(["4", "a", "b", "c", "d"])),
    ]
}

@Suite struct SplitOperatorPesterTests {
    @Test(arguments: SplitOperatorCases.all) func follows(_ c: PesterCase) { c.check() }
}
