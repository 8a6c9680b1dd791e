import Testing
@testable import CsLanguage

// Parser behaviour, checked through the S-expression rendering of AstDump.swift. Expected values
// follow the reference (powershell-language.md §1, about_Parsing, LineContinuance.Tests.ps1).

@Suite struct CommandArgumentTests {
    /// The about_Parsing table (reference §1.1): how each argument is parsed.
    @Test(arguments: [
        ("Write-Output 2+2", "(cmd Write-Output 2+2)"),
        ("Write-Output (2+2)", "(cmd Write-Output (paren (+ 2 2)))"),
        ("Write-Output $a", "(cmd Write-Output $a)"),
        ("Write-Output $a+2", "(cmd Write-Output (xs $a \"+2\"))"),
        ("Write-Output $-", "(cmd Write-Output $-)"),
        ("Write-Output a$a", "(cmd Write-Output (xs \"a\" $a))"),
        ("Write-Output a'$a'", "(cmd Write-Output a$a)"),
        ("Write-Output a\"$a\"", "(cmd Write-Output (xs \"a\" $a))"),
        ("Write-Output a$(2)", "(cmd Write-Output (xs \"a\" (sub 2)))"),
        ("Write-Output !1", "(cmd Write-Output !1)"),
        ("Write-Output (!1)", "(cmd Write-Output (paren (! 1)))"),
        ("Set-Variable AB A,B", "(cmd Set-Variable AB (list A B))"),
    ])
    func aboutParsingTable(source: String, expected: String) {
        #expect(sexpr(source) == expected)
    }

    @Test func commentOnlyAtTokenStart() {
        #expect(sexpr("Write-Output a#b") == "(cmd Write-Output a#b)")
        #expect(sexpr("Write-Output #b") == "(cmd Write-Output)")
    }

    @Test func variableFollowedByText() {
        #expect(sexpr("Write-Output $HOME/x") == "(cmd Write-Output (xs $HOME \"/x\"))")
        // With member access the next character starts a new element.
        #expect(sexpr("Write-Output $HOME.Length-more") == "(cmd Write-Output (. $HOME Length) -more)")
    }

    @Test func numbersStayNumbersAndKeepTheirText() {
        #expect(sexpr("Write-Output 2") == "(cmd Write-Output 2)")
        #expect(sexpr("Write-Output -5 -.5") == "(cmd Write-Output -5 -0.5)")
        let ast = try? Parser.parse(SourceText("Set-Thing -Value 34uy"))
        guard case let .pipeline(p)? = ast?.statements.first, case let .command(c) = p.elements[0],
              case let .argument(.number(value, text, _)) = c.elements[1] else {
            Issue.record("no number argument")
            return
        }
        #expect(value == .typed(34, .byte))
        #expect(text == "34uy")
    }

    @Test func parameters() {
        #expect(sexpr("Get-X -Name value") == "(cmd Get-X -Name value)")
        #expect(sexpr("Get-X -Name:value") == "(cmd Get-X (-Name: value))")
        #expect(sexpr("Get-X -Name: value") == "(cmd Get-X (-Name: value))")
        #expect(sexpr("Get-X -Switch:$false") == "(cmd Get-X (-Switch: $false))")
        #expect(sexpr("Get-X -Switch $false") == "(cmd Get-X -Switch $false)")
        #expect(sexpr("Get-X -?") == "(cmd Get-X -?)")
        #expect(sexpr("Get-X -Name a,b,c") == "(cmd Get-X -Name (list a b c))")
        #expect(sexpr("Get-X -Name a b") == "(cmd Get-X -Name a b)")
        #expect(sexpr("Get-X \u{2013}Name x \u{2014}Other y") == "(cmd Get-X -Name x -Other y)")
    }

    @Test func parameterTokenRecordsTextAndColon() throws {
        let ast = try Parser.parse(SourceText("Get-X \u{2013}Name:5"))
        guard case let .pipeline(p) = ast.statements[0], case let .command(c) = p.elements[0],
              case let .parameter(param) = c.elements[0] else {
            Issue.record("no parameter")
            return
        }
        #expect(param.name == "Name")
        #expect(param.text == "\u{2013}Name:")
        #expect(param.usedColon)
        #expect(param.range == SourceRange(6, 12))
        if case .number(.int(5), _, _)? = param.argument {} else { Issue.record("argument is not 5") }
    }

    @Test func quoteInParameterMakesAnArgument() {
        #expect(sexpr("Get-X -a'b'") == "(cmd Get-X ⟨-ab⟩)")
    }

    @Test func endOfParameters() {
        #expect(sexpr("Write-Output -- -InputObject") == "(cmd Write-Output ⟨-InputObject⟩)")
        #expect(sexpr("Write-Output -- a -- b") == "(cmd Write-Output a ⟨--⟩ b)")
    }

    @Test func loneDashIsAnArgument() {
        #expect(sexpr("Write-Output -") == "(cmd Write-Output ⟨-⟩)")
    }

    @Test func valuesInArgumentMode() {
        #expect(sexpr("Write-Output $x.Prop $x[0] $x.Method()") == "(cmd Write-Output (. $x Prop) ([] $x 0) (.call $x Method))")
        #expect(sexpr("Write-Output @(1,2) @{a=1} {x} $(1) (1)")
            == "(cmd Write-Output (arr (list 1 2)) (hash (a 1)) (sb (cmd x)) (sub 1) (paren 1))")
        #expect(sexpr("Write-Output 'single' \"double $x\"") == "(cmd Write-Output 'single' (xs\" \"double \" $x))")
    }

    @Test func splatting() {
        #expect(sexpr("Get-X @params") == "(cmd Get-X @params)")
        #expect(sexpr("Get-X @params -Name a") == "(cmd Get-X @params -Name a)")
    }

    @Test func backtickEscapesInBareWords() {
        #expect(sexpr("`&Get-ChildItem") == "(cmd &Get-ChildItem)")
        #expect(sexpr("Write-Output `u{a9}` Acme` Inc") == "(cmd Write-Output ⟨\u{a9} Acme Inc⟩)")
    }

    @Test func commandNames() {
        #expect(sexpr("& 'Get-Thing' -a 1") == "(& Get-Thing -a 1)")
        #expect(sexpr("& \"C:\\Program Files\\x.exe\" /q") == "(& ⟨C:\\\\Program Files\\\\x.exe⟩ /q)")
        #expect(sexpr("& $sb 1 2") == "(& $sb 1 2)")
        #expect(sexpr("& { $args } 1") == "(& (sb $args) 1)")
        #expect(sexpr(". $sb") == "(. $sb)")
        #expect(sexpr(". .\\lib.ps1") == "(. .\\\\lib.ps1)")
        #expect(sexpr(".\\script.ps1 -x") == "(cmd .\\\\script.ps1 -x)")
        #expect(sexpr("& \"$dir\\tool\"") == "(& (xs\" $dir \"\\\\tool\"))")
        #expect(sexpr("% { $_ }") == "(cmd % (sb $_))")
        #expect(sexpr("? { $_ }") == "(cmd ? (sb $_))")
    }

    @Test func commandNameWithVariableIsNotExpanded() throws {
        let ast = try Parser.parse(SourceText("a$b x"))
        guard case let .pipeline(p) = ast.statements[0], case let .command(c) = p.elements[0],
              case let .name(name, _) = c.name else {
            Issue.record("no command name")
            return
        }
        #expect(name == "a$b")
    }

    @Test func theLyncExampleLine() {
        #expect(sexpr("New-CsXmppAllowedPartner -Identity \"p123.example.com\" -PartnerType Federated -TlsNegotiation Optional")
            == "(cmd New-CsXmppAllowedPartner -Identity \"p123.example.com\" -PartnerType Federated -TlsNegotiation Optional)")
        #expect(sexpr("Set-CsXmppAllowedPartner -Identity x -Domains @{Add='a.com';Remove='b.com'}")
            == "(cmd Set-CsXmppAllowedPartner -Identity x -Domains (hash (Add 'a.com') (Remove 'b.com')))")
    }
}

@Suite struct PipelineTests {
    @Test func pipelines() {
        #expect(sexpr("gps | sort Name | select -First 1") == "(pipe (cmd gps) (cmd sort Name) (cmd select -First 1))")
        #expect(sexpr("1..10 | % { $_ * 2 }") == "(pipe (.. 1 10) (cmd % (sb (* $_ 2))))")
        #expect(sexpr("$list | Set-X") == "(pipe $list (cmd Set-X))")
    }

    @Test func statementSeparators() {
        #expect(sexpr("a; b\nc\r\nd") == "(cmd a) (cmd b) (cmd c) (cmd d)")
        #expect(sexpr(";;\n\n a ;") == "(cmd a)")
        #expect(sexpr("") == "")
    }

    @Test func naturalContinuationAfterPipe() {
        #expect(sexpr("'Hello' |\n    ForEach-Object {\"$_ world\"}") == "(pipe 'Hello' (cmd ForEach-Object (sb (xs\" $_ \" world\"))))")
        #expect(sexpr("'Hello' |\r    ForEach-Object {1}") == "(pipe 'Hello' (cmd ForEach-Object (sb 1)))")
        #expect(sexpr("'Hello' |# comment\n    ForEach-Object {1}") == "(pipe 'Hello' (cmd ForEach-Object (sb 1)))")
        #expect(sexpr("'Hello' |\n# comment\n    ForEach-Object {1}") == "(pipe 'Hello' (cmd ForEach-Object (sb 1)))")
        #expect(sexpr("'Hello' |\n\t \u{0B}\u{0C}\u{A0}\u{85}\n    ForEach-Object {1}") == "(pipe 'Hello' (cmd ForEach-Object (sb 1)))")
    }

    @Test func leadingPipeContinuation() {
        #expect(sexpr("'Hello'\n    | ForEach-Object {1}") == "(pipe 'Hello' (cmd ForEach-Object (sb 1)))")
        #expect(sexpr("'Hello'\r    | ForEach-Object {1}") == "(pipe 'Hello' (cmd ForEach-Object (sb 1)))")
        #expect(sexpr("1..10\n    | a\n    | b\n    | c") == "(pipe (.. 1 10) (cmd a) (cmd b) (cmd c))")
        #expect(sexpr("'Hello'\n    # comment\n    | a") == "(pipe 'Hello' (cmd a))")
        #expect(sexpr("1..10\n    # one\n    | a\n    # two\n    | b") == "(pipe (.. 1 10) (cmd a) (cmd b))")
        #expect(sexpr("'Hello'\n    <# block\n comment #> | a") == "(pipe 'Hello' (cmd a))")
        #expect(sexpr("'Hello'\n    |\n    a") == "(pipe 'Hello' (cmd a))")
        #expect(sexpr("'Hello'\n    |\n    # comment\n    a") == "(pipe 'Hello' (cmd a))")
    }

    @Test func backtickContinuation() {
        #expect(sexpr("'Hello' + `\n    ' world'") == "(+ 'Hello' ' world')")
        #expect(sexpr("'Hello' + `\r' world'") == "(+ 'Hello' ' world')")
        #expect(sexpr("'Hello' + ` \t\n\n    ' world'") == "(+ 'Hello' ' world')")
        #expect(sexpr("'Hello' + ` # comment\n    ' world'") == "(+ 'Hello' ' world')")
        #expect(sexpr("'Hello' + `\n# comment\n    ' world'") == "(+ 'Hello' ' world')")
        #expect(sexpr("Get-X -A 1 `\n    -B 2") == "(cmd Get-X -A 1 -B 2)")
    }

    @Test func backtickSpaceIsAnEscapedSpaceArgument() {
        // §1.7: the backtick escapes the space; the statement then ends at the newline.
        #expect(sexpr("Get-X -A 1 ` \n-B 2") == "(cmd Get-X -A 1 ⟨ ⟩) (cmd ⟨-B⟩ 2)")
    }

    @Test func naturalContinuationAfterOperatorsCommasAndOpeners() {
        #expect(sexpr("1 +\n2") == "(+ 1 2)")
        #expect(sexpr("$a = 1,\n2") == "(= $a (list 1 2))")
        #expect(sexpr("(\n1\n)") == "(paren 1)")
        #expect(sexpr("@(\n1\n2\n)") == "(arr 1 2)")
        #expect(sexpr("$a[\n0\n]") == "([] $a 0)")
        #expect(sexpr("Get-X a,\n b") == "(cmd Get-X (list a b))")
    }

    @Test func redirections() {
        #expect(sexpr("gps > out.txt") == "(cmd gps (> out.txt))")
        #expect(sexpr("gps >> out.txt") == "(cmd gps (>> out.txt))")
        #expect(sexpr("gps 2> err.txt") == "(cmd gps (2> err.txt))")
        #expect(sexpr("gps 2>> err.txt") == "(cmd gps (2>> err.txt))")
        #expect(sexpr("gps 2>&1 | x") == "(pipe (cmd gps (2>&1)) (cmd x))")
        #expect(sexpr("gps *> all.txt") == "(cmd gps (*> all.txt))")
        #expect(sexpr("gps *>&1") == "(cmd gps (*>&1))")
        #expect(sexpr("gps 3> w.txt 4> v.txt 5> d.txt 6> i.txt") == "(cmd gps (3> w.txt) (4> v.txt) (5> d.txt) (6> i.txt))")
        #expect(sexpr("gps 2>$null") == "(cmd gps (2> $null))")
        #expect(sexpr("gps > \"$dir/out.txt\"") == "(cmd gps (> (xs\" $dir \"/out.txt\")))")
        #expect(sexpr("1 > f.txt") == "(redir 1 (> f.txt))")
        #expect(sexpr("gps -a 1 > f -b 2") == "(cmd gps -a 1 -b 2 (> f))")
    }
}

@Suite struct ExpressionTests {
    @Test(arguments: [
        ("1+2*3", "(+ 1 (* 2 3))"),
        ("1-2-3", "(- (- 1 2) 3)"),
        ("8/4/2", "(/ (/ 8 4) 2)"),
        ("1+2 -eq 3", "(-eq (+ 1 2) 3)"),
        ("$a -and $b -or $c", "(-or (-and $a $b) $c)"),
        ("$a -or $b -and $c", "(-and (-or $a $b) $c)"),
        ("1 -band 2 -eq 2", "(-band 1 (-eq 2 2))"),
        ("$a -eq 1 -and $b -eq 2", "(-and (-eq $a 1) (-eq $b 2))"),
        ("\"{0}\" -f 1 + 2", "(+ (-f \"{0}\" 1) 2)"),
        ("1..3 -f 2", "(-f (.. 1 3) 2)"),
        ("1,2 + 3,4", "(+ (list 1 2) (list 3 4))"),
        ("1,2..3", "(.. (list 1 2) 3)"),
        ("-not $a -eq $b", "(-eq (-not $a) $b)"),
        ("!$a", "(! $a)"),
        ("- $a", "(neg $a)"),
        ("-$a", "(neg $a)"),
        ("+$a", "(+ $a)"),
        ("-5", "-5"),
        ("-bnot 5", "(-bnot 5)"),
        (",1", "(, 1)"),
        (",1,2", "(list (, 1) 2)"),
        ("++$a", "(++ $a)"),
        ("--$a", "(-- $a)"),
        ("$a++", "(post++ $a)"),
        ("$a--", "(post-- $a)"),
        ("-split \"a b\"", "(-split \"a b\")"),
        ("-join $a", "(-join $a)"),
        ("\"a b\" -split \" \"", "(-split \"a b\" \" \")"),
        ("$a -join \",\"", "(-join $a \",\")"),
        ("$a -replace 'x','y'", "(-replace $a (list 'x' 'y'))"),
        ("$x -is [int]", "(-is $x [int])"),
        ("$x -isnot [string]", "(-isnot $x [string])"),
        ("$x -as [int]", "(-as $x [int])"),
        ("'a' -ceq 'A'", "(-ceq 'a' 'A')"),
        ("'a' -ieq 'A'", "(-ieq 'a' 'A')"),
        ("'a' -CLT 'A'", "(-clt 'a' 'A')"),
        ("$a -like 'x*' -xor $b -notmatch 'y'", "(-xor (-like $a 'x*') (-notmatch $b 'y'))"),
        ("$a -in 1,2", "(-in $a (list 1 2))"),
        ("$a -notcontains 3", "(-notcontains $a 3)"),
        ("1 \u{2013}eq 2", "(-eq 1 2)"),
        ("5 % 3", "(% 5 3)"),
        ("$a -bor 1 -bxor 2", "(-bxor (-bor $a 1) 2)"),
    ])
    func precedence(source: String, expected: String) {
        #expect(sexpr(source) == expected)
    }

    @Test func binaryOperatorRangeIsRecorded() throws {
        let ast = try Parser.parse(SourceText("1 -eq 2"))
        guard case let .pipeline(p) = ast.statements[0], case let .expression(.binary(op, _, _, opRange, r), _) = p.elements[0] else {
            Issue.record("no binary expression")
            return
        }
        #expect(op == .comparison(.eq, .default))
        #expect(opRange == SourceRange(2, 5))
        #expect(r == SourceRange(0, 7))
    }

    @Test func postfix() {
        #expect(sexpr("$x.Name") == "(. $x Name)")
        #expect(sexpr("$x.Method(1, 2).Prop[0]") == "([] (. (.call $x Method 1 2) Prop) 0)")
        #expect(sexpr("$x[0][1]") == "([] ([] $x 0) 1)")
        #expect(sexpr("$x[-1]") == "([] $x -1)")
        #expect(sexpr("$x[0..2]") == "([] $x (.. 0 2))")
        #expect(sexpr("$x.$name") == "(. $x $name)")
        #expect(sexpr("$x.'odd name'") == "(. $x odd name)")
        #expect(sexpr("$x.(\"a\" + \"b\")") == "(. $x (paren (+ \"a\" \"b\")))")
        #expect(sexpr("$x.\n  Trim()") == "(.call $x Trim)")
        #expect(sexpr("$x.Split(',')[0]") == "([] (.call $x Split ',') 0)")
        #expect(sexpr("@{h=1}.H") == "(. (hash (h 1)) H)")
        #expect(sexpr("(1,2).Count") == "(. (paren (list 1 2)) Count)")
        #expect(sexpr("'abc'.Length") == "(. 'abc' Length)")
    }

    @Test func methodArgumentsAreNotArrays() {
        #expect(sexpr("$x.M(1,2,3)") == "(.call $x M 1 2 3)")
        #expect(sexpr("$x.M((1,2),3)") == "(.call $x M (paren (list 1 2)) 3)")
        #expect(sexpr("$x.M(\n1,\n2\n)") == "(.call $x M 1 2)")
    }

    @Test func typesAndCasts() {
        #expect(sexpr("[int]$x") == "([int] $x)")
        #expect(sexpr("[int] $x") == "([int] $x)")
        #expect(sexpr("[string]") == "[string]")
        #expect(sexpr("[bool]1") == "([bool] 1)")
        #expect(sexpr("[int][string]$x") == "([int] ([string] $x))")
        #expect(sexpr("[string[]]$a") == "([string[]] $a)")
        #expect(sexpr("[pscustomobject]@{Name='x'}") == "([pscustomobject] (hash (Name 'x')))")
        #expect(sexpr("[ordered]@{a=1;b=2}") == "([ordered] (hash (a 1) (b 2)))")
        #expect(sexpr("[int]::MaxValue") == "(:: [int] MaxValue)")
        #expect(sexpr("[Math]::Max(1, 2)") == "(::call [Math] Max 1 2)")
        #expect(sexpr("[System.Collections.Generic.List[string]]::new()") == "(::call [System.Collections.Generic.List[string]] new)")
        // MethodInvocation.Tests.ps1: a generic method's type arguments stand between its name and `(`.
        #expect(sexpr("[Array]::Empty[string]()") == "(::call [Array] Empty[string])")
        #expect(sexpr("$d.AddOrUpdate[float]($k, 1)") == "(.call $d AddOrUpdate[float] $k 1)")
        #expect(sexpr("[a]::b[System.Collections.Generic.List[string[,]], int]()") == "(::call [a] b[System.Collections.Generic.List[string[,]],int])")
        #expect(sexpr("$x.Items[0]") == "([] (. $x Items) 0)")
        #expect(sexpr("[Dictionary[string, int]]") == "[Dictionary[string, int]]")
        #expect(sexpr("[int], [string]") == "(list [int] [string])")
        #expect(sexpr("[int] -5") == "([int] -5)")
        // An attribute on an expression is accepted and not recorded.
        #expect(sexpr("[ValidateNotNull()]$x = 1") == "(= $x 1)")
        #expect(sexpr("[void]$list.Add(1)") == "([void] (.call $list Add 1))")
    }

    @Test func typeNameRangeIncludesBrackets() throws {
        let ast = try Parser.parse(SourceText("[int]$x"))
        guard case let .pipeline(p) = ast.statements[0], case let .expression(.convert(t, _, r), _) = p.elements[0] else {
            Issue.record("no convert")
            return
        }
        #expect(t.name == "int")
        #expect(t.range == SourceRange(0, 5))
        #expect(r == SourceRange(0, 7))
    }

    @Test func arraysAndSubexpressions() {
        #expect(sexpr("1,2,3") == "(list 1 2 3)")
        #expect(sexpr("@()") == "(arr)")
        #expect(sexpr("@(1)") == "(arr 1)")
        #expect(sexpr("@(gps; 1)") == "(arr (cmd gps) 1)")
        #expect(sexpr("$()") == "(sub)")
        #expect(sexpr("$(gps | select -First 1)") == "(sub (pipe (cmd gps) (cmd select -First 1)))")
        #expect(sexpr("(gps)") == "(paren (cmd gps))")
        #expect(sexpr("($x = 5)") == "(paren (= $x 5))")
        #expect(sexpr("{ param($a) $a }") == "(sb (param $a) $a)")
        #expect(sexpr("{}") == "(sb)")
    }

    @Test func scriptBlockTextAndRange() throws {
        let ast = try Parser.parse(SourceText("$sb = { Get-X -a 1 }"))
        guard case let .assignment(a) = ast.statements[0], case let .pipeline(p) = a.value,
              case let .expression(.scriptBlock(sb), _) = p.elements[0] else {
            Issue.record("no script block")
            return
        }
        #expect(sb.text == " Get-X -a 1 ")
        #expect(sb.range == SourceRange(6, 20))
        #expect(ast.text == "$sb = { Get-X -a 1 }")
        #expect(ast.range == SourceRange(0, 20))
    }

    @Test func variables() {
        #expect(sexpr("$x") == "$x")
        #expect(sexpr("${a b}") == "$a b")
        #expect(sexpr("$env:HOME") == "$env:HOME")
        #expect(sexpr("$script:count") == "$script:count")
        #expect(sexpr("$global:x") == "$global:x")
        #expect(sexpr("$_") == "$_")
        #expect(sexpr("$?") == "$?")
        #expect(sexpr("$$") == "$$")
        #expect(sexpr("$^") == "$^")
        #expect(sexpr("$x::Now") == "(:: $x Now)")
    }
}

@Suite struct StringTests {
    @Test func quoting() {
        #expect(sexpr("'don''t'") == "'don't'")
        #expect(sexpr("'Use a quotation mark (`\") to begin a string.'") == "'Use a quotation mark (`\") to begin a string.'")
        #expect(sexpr("\"say \"\"hi\"\"\"") == "\"say \"hi\"\"")
        #expect(sexpr("\"say `\"hi`\"\"") == "\"say \"hi\"\"")
        #expect(sexpr("\u{2018}a\u{2019}") == "'a'")
        #expect(sexpr("\u{201A}a\u{201B}") == "'a'")
        #expect(sexpr("\u{201C}a\u{201D}") == "\"a\"")
        #expect(sexpr("\u{201E}a\"") == "\"a\"")
    }

    @Test func escapes() {
        #expect(sexpr("\"fo`odbar\"") == "\"foodbar\"")
        #expect(sexpr("\"foo` bar\"") == "\"foo bar\"")
        #expect(sexpr("\"`$x\"") == "\"$x\"")
        #expect(sexpr("\"`\"\"") == "\"\"\"")
        #expect(sexpr("\"a`tb`nc\"") == "\"a\\tb\\nc\"")
        #expect(sexpr("\"`u{41}`u{1F600}\"") == "\"A\u{1F600}\"")
        #expect(sexpr("\"`N\"") == "\"N\"") // escapes are case-sensitive
    }

    @Test func expansion() {
        #expect(sexpr("\"Hello $name\"") == "(xs\" \"Hello \" $name)")
        #expect(sexpr("\"$x.Name\"") == "(xs\" $x \".Name\")")
        #expect(sexpr("\"$($x.Name)\"") == "(xs\" (sub (. $x Name)))")
        #expect(sexpr("\"${name}:\"") == "(xs\" $name \":\")")
        #expect(sexpr("\"$env:HOME/x\"") == "(xs\" $env:HOME \"/x\")")
        #expect(sexpr("\"$script:x\"") == "(xs\" $script:x)")
        #expect(sexpr("\"a $( \"b $(1)\" ) c\"") == "(xs\" \"a \" (sub (xs\" \"b \" (sub 1))) \" c\")")
        #expect(sexpr("\"$(1; 2)\"") == "(xs\" (sub 1 2))")
        #expect(sexpr("\"$($x -join \"\", \"\")\"") == "(xs\" (sub (-join $x \", \")))")
        #expect(sexpr("\"100$\"") == "\"100$\"")
        #expect(sexpr("\"a$ b\"") == "\"a$ b\"")
    }

    @Test func hereStrings() {
        #expect(sexpr("@\"\nHello $name\nsecond line\n\"@") == "(xs@\" \"Hello \" $name \"\\nsecond line\")")
        #expect(sexpr("@'\nverbatim $x `n\n'@") == "@'verbatim $x `n'@")
        #expect(sexpr("@\"\n\"@") == "@\"\"@")
        #expect(sexpr("@'\n'quoted' and \"double\"\n'@") == "@''quoted' and \"double\"'@")
        #expect(sexpr("@\"   \nx\n\"@") == "@\"x\"@")
        #expect(sexpr("$a = @'\nline\n'@\n$b") == "(= $a @'line'@) $b")
        #expect(sexpr("@\"\na\n\"@ + 'b'") == "(+ @\"a\"@ 'b')")
    }

    @Test func stringRanges() throws {
        let ast = try Parser.parse(SourceText("x \"a$b\""))
        guard case let .pipeline(p) = ast.statements[0], case let .command(c) = p.elements[0],
              case let .argument(.expandableString(parts, kind, r)) = c.elements[0],
              case let .variable(v) = parts[1] else {
            Issue.record("no expandable string")
            return
        }
        #expect(kind == .doubleQuoted)
        #expect(r == SourceRange(2, 7))
        #expect(v.range == SourceRange(4, 6))
    }
}

@Suite struct HashtableTests {
    @Test func hashtables() {
        #expect(sexpr("@{}") == "(hash)")
        #expect(sexpr("@{ a = 1; b = 2 }") == "(hash (a 1) (b 2))")
        #expect(sexpr("@{\n  a = 1\n  b = 2\n}") == "(hash (a 1) (b 2))")
        #expect(sexpr("@{ 'a b' = 1; \"c\" = 2; 3 = 'x'; $k = 4 }") == "(hash ('a b' 1) (\"c\" 2) (3 'x') ($k 4))")
        #expect(sexpr("@{ a = 1; }") == "(hash (a 1))")
        // Only constant keys are checked for duplicates (SemanticChecks.VisitHashtable).
        #expect(sexpr("@{ $k = 1; $k = 2 }") == "(hash ($k 1) ($k 2))")
        #expect(sexpr("@{ \"$k\" = 1; \"$k\" = 2 }") == "(hash ((xs\" $k) 1) ((xs\" $k) 2))")
        #expect(sexpr("@{ 1 = 1; 1.5 = 2; '01' = 3 }") == "(hash (1 1) (1.5 2) ('01' 3))")
        #expect(sexpr("@{ a = Get-Date; b = if ($x) { 1 } }") == "(hash (a (cmd Get-Date)) (b (if ($x (block 1)))))")
        #expect(sexpr("@{ a = 1, 2 }") == "(hash (a (list 1 2)))")
        #expect(sexpr("@{ if = 1 }") == "(hash (if 1))")
        #expect(sexpr("@{ a = @{ b = 1 } }") == "(hash (a (hash (b 1))))")
    }
}

@Suite struct AssignmentTests {
    @Test func assignments() {
        #expect(sexpr("$x = 5") == "(= $x 5)")
        #expect(sexpr("$x += 1") == "(+= $x 1)")
        #expect(sexpr("$x -= 1") == "(-= $x 1)")
        #expect(sexpr("$x *= 2") == "(*= $x 2)")
        #expect(sexpr("$x /= 2") == "(/= $x 2)")
        #expect(sexpr("$x %= 2") == "(%= $x 2)")
        #expect(sexpr("$x.Name = 'a'") == "(= (. $x Name) 'a')")
        #expect(sexpr("$x[0] = 1") == "(= ([] $x 0) 1)")
        #expect(sexpr("$h['k'] = 1") == "(= ([] $h 'k') 1)")
        #expect(sexpr("[int]$x = '5'") == "(= ([int] $x) '5')")
        #expect(sexpr("$a, $b = 1, 2, 3") == "(= (list $a $b) (list 1 2 3))")
        #expect(sexpr("$a = $b = 1") == "(= $a (= $b 1))")
        #expect(sexpr("$x = Get-X -Name a | Sort") == "(= $x (pipe (cmd Get-X -Name a) (cmd Sort)))")
        #expect(sexpr("$x = if ($a) { 1 } else { 2 }") == "(= $x (if ($a (block 1)) (else (block 2))))")
        #expect(sexpr("$x =\n  5") == "(= $x 5)")
        #expect(sexpr("$env:FOO = 'bar'") == "(= $env:FOO 'bar')")
    }

    @Test func assignmentOperatorRange() throws {
        let ast = try Parser.parse(SourceText("$x += 1"))
        guard case let .assignment(a) = ast.statements[0] else {
            Issue.record("no assignment")
            return
        }
        #expect(a.operatorRange == SourceRange(3, 5))
        #expect(a.range == SourceRange(0, 7))
    }
}

@Suite struct StatementTests {
    @Test func ifStatements() {
        #expect(sexpr("if ($x) { 1 }") == "(if ($x (block 1)))")
        #expect(sexpr("if ($x) { 1 } elseif ($y) { 2 } else { 3 }") == "(if ($x (block 1)) ($y (block 2)) (else (block 3)))")
        #expect(sexpr("if ($x) { 1 }\nelseif ($y) { 2 }\nelse { 3 }") == "(if ($x (block 1)) ($y (block 2)) (else (block 3)))")
        #expect(sexpr("IF ($x) {} ELSE {}") == "(if ($x (block)) (else (block)))")
        #expect(sexpr("if ($x -eq 1 -and (Test-It)) { 'y' }") == "(if ((-and (-eq $x 1) (paren (cmd Test-It))) (block 'y')))")
        #expect(sexpr("if (Get-Item x) { }") == "(if ((cmd Get-Item x) (block)))")
        #expect(sexpr("if ($x = Get-X) { $x }") == "(if ((paren (= $x (cmd Get-X))) (block $x)))")
        #expect(sexpr("if ($x) { 1 }\n2") == "(if ($x (block 1))) 2")
        #expect(sexpr("if ($x)\n{\n1\n}") == "(if ($x (block 1)))")
    }

    @Test func loops() {
        #expect(sexpr("foreach ($i in 1..3) { $i }") == "(foreach $i (.. 1 3) (block $i))")
        #expect(sexpr("foreach ($p in Get-X) { $p }") == "(foreach $p (cmd Get-X) (block $p))")
        #expect(sexpr("ForEach ($i in $list) {}") == "(foreach $i $list (block))")
        #expect(sexpr("for ($i = 0; $i -lt 10; $i++) { $i }") == "(for (= $i 0) (-lt $i 10) (post++ $i) (block $i))")
        #expect(sexpr("for (;;) { break }") == "(for _ _ _ (block (break)))")
        #expect(sexpr("while ($true) { continue }") == "(while $true (block (continue)))")
        #expect(sexpr("do { $i++ } while ($i -lt 5)") == "(do-while (block (post++ $i)) (-lt $i 5))")
        #expect(sexpr("do { $i++ }\nuntil ($i -ge 5)") == "(do-until (block (post++ $i)) (-ge $i 5))")
    }

    @Test func labels() {
        #expect(sexpr(":outer foreach ($a in $b) { }") == "(foreach :outer $a $b (block))")
        #expect(sexpr(":l while ($x) { }") == "(while :l $x (block))")
        #expect(sexpr(":l for (;;) { }") == "(for :l _ _ _ (block))")
        #expect(sexpr(":l do { } while ($x)") == "(do-while :l (block) $x)")
    }

    @Test func tryCatchFinally() {
        #expect(sexpr("try { 1 } catch { 2 }") == "(try (block 1) (catch (block 2)))")
        #expect(sexpr("try { 1 } finally { 2 }") == "(try (block 1) (finally (block 2)))")
        #expect(sexpr("try { 1 } catch [System.IO.IOException], [System.Exception] { 2 } catch { 3 } finally { 4 }")
            == "(try (block 1) (catch [System.IO.IOException] [System.Exception] (block 2)) (catch (block 3)) (finally (block 4)))")
        #expect(sexpr("try {\n 1\n}\ncatch {\n 2\n}\nfinally {\n 3\n}") == "(try (block 1) (catch (block 2)) (finally (block 3)))")
    }

    @Test func flowStatements() {
        #expect(sexpr("throw") == "(throw)")
        #expect(sexpr("throw \"boom\"") == "(throw \"boom\")")
        #expect(sexpr("exit") == "(exit)")
        #expect(sexpr("exit 123") == "(exit 123)")
        #expect(sexpr("return") == "(return)")
        #expect(sexpr("return $x | Sort") == "(return (pipe $x (cmd Sort)))")
        #expect(sexpr("return Get-X") == "(return (cmd Get-X))")
        #expect(sexpr("if ($x) { return }") == "(if ($x (block (return))))")
        #expect(sexpr("break; continue") == "(break) (continue)")
    }

    @Test func functions() {
        #expect(sexpr("function Get-Foo { 'foo' }") == "(function Get-Foo (sb 'foo'))")
        #expect(sexpr("function f($a, [int]$b = 2) { $a + $b }") == "(function f (param $a) (param $b [int] = 2) (sb (+ $a $b)))")
        #expect(sexpr("function f() {}") == "(function f (sb))")
        #expect(sexpr("function f\n{\n1\n}") == "(function f (sb 1))")
        #expect(sexpr("filter Only-Even { if ($_ % 2 -eq 0) { $_ } }") == "(filter Only-Even (sb (if ((-eq (% $_ 2) 0) (block $_)))))")
        #expect(sexpr("function global:f { }") == "(function global:f (sb))")
    }

    @Test func paramBlocks() {
        #expect(sexpr("param($a, $b)\n$a") == "(param $a) (param $b) $a")
        #expect(sexpr("param(\n  [Parameter(Mandatory=$true, Position=0)]\n  [string]$Name,\n  [switch]$Force,\n  [int[]]$Ids = @(1, 2)\n)")
            == "(param $Name [string] [Parameter(Mandatory=$true, Position=0)]) (param $Force [switch]) (param $Ids [int[]] = (arr (list 1 2)))")
        #expect(sexpr("[CmdletBinding()]\nparam([Parameter(Mandatory)][ValidateSet('a','b')]$x)") == "(param $x [Parameter(Mandatory)] [ValidateSet('a','b')])")
        #expect(sexpr("function f { param([string]$s = 'x') $s }") == "(function f (sb (param $s [string] = 'x') $s))")
        #expect(sexpr("# comment\n\nparam($a)") == "(param $a)")
        #expect(sexpr("{ param($x) }") == "(sb (param $x))")
        let cmdlet = try? Parser.parse(SourceText("[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'a')]\n[OutputType([int])]\nparam()"))
        #expect(cmdlet?.attributes.map(\.name) == ["CmdletBinding", "OutputType"])
        #expect(cmdlet?.attributes[0].namedArguments.map(\.name) == ["SupportsShouldProcess", "DefaultParameterSetName"])
        #expect(cmdlet?.attributes[1].positionalArguments.count == 1)
    }

    @Test func parameterAttributesAsWritten() throws {
        let ast = try Parser.parse(SourceText("param([Parameter(Mandatory)] [string] $Name = 'n')"))
        let p = ast.parameters[0]
        #expect(p.name == "Name")
        #expect(p.typeName == "string")
        #expect(p.attributes.map(\.text) == ["Parameter(Mandatory)", "string"])
        #expect(p.attributes[0].namedArguments.map(\.name) == ["Mandatory"] && p.attributes[0].namedArguments[0].value == nil)
        #expect(p.attributes[0].hasArguments && !p.attributes[1].hasArguments)
        #expect(p.range == SourceRange(6, 49))
        if case .string("n", .singleQuoted, _)? = p.defaultValue {} else { Issue.record("default value") }
    }

    @Test func keywordsAreCaseInsensitiveAndOnlyAtStatementStart() {
        #expect(sexpr("FOREACH ($a in $b) {}") == "(foreach $a $b (block))")
        #expect(sexpr("Write-Output if else foreach") == "(cmd Write-Output if else foreach)")
        #expect(sexpr("gps | foreach { $_ }") == "(pipe (cmd gps) (cmd foreach (sb $_)))")
        #expect(sexpr("foreach-object { $_ }") == "(cmd foreach-object (sb $_))")
        #expect(sexpr("else { }") == "(cmd else (sb))")
    }

    @Test func statementRanges() throws {
        let ast = try Parser.parse(SourceText("if ($x) { 1 }\nforeach ($a in $b) { }"))
        #expect(ast.statements[0].range == SourceRange(0, 13))
        #expect(ast.statements[1].range == SourceRange(14, 36))
    }
}

/// switch, begin/process/end blocks and loop labels on break/continue.
struct ControlFlowExtensionTests {
    func dump(_ s: String) -> String { (try? Dump.script(Parser.parse(SourceText(s)))) ?? "<error>" }

    @Test func switchStatements() {
        #expect(dump("switch ($x) { 1 { 'a' } b { 'b' } default { 'd' } }") == "(switch $x (1 (block 'a')) (b (block 'b')) (default (block 'd')))")
        #expect(dump("switch -Wildcard -CaseSensitive ($x) { '*.org' { } }") == "(switch -wildcard -casesensitive $x ('*.org' (block)))")
        // Flags are matched as PowerShell's IsSpecificParameter does: any case-insensitive prefix, tested
        // in the order regex, wildcard, exact, casesensitive, parallel, file.
        #expect(dump("switch -R -c ($x) { a {} }") == "(switch -regex -casesensitive $x (a (block)))")
        #expect(dump("switch -WILD -CaseSens ($x) { a {} }") == "(switch -wildcard -casesensitive $x (a (block)))")
        #expect(dump("switch -regex -e ($x) { a {} }") == "(switch $x (a (block)))")
        #expect(dump("switch -wildcard -regex ($x) { a {} }") == "(switch -regex $x (a (block)))")
        #expect(dump("switch -f log.txt { a {} }") == "(switch (-file log.txt) (a (block)))")
        #expect(dump("switch\n($x) { 'default' {} Default {} }") == "(switch $x ('default' (block)) (default (block)))")
        #expect(dump("switch -regex ($x)\n{\n  '^a' { 1 }\n  { $_ -gt 2 } { 2 }\n}") == "(switch -regex $x ('^a' (block 1)) ((sb (-gt $_ 2)) (block 2)))")
    }

    @Test func namedBlocks() {
        #expect(dump("function f { begin { 1 } process { 2 } end { 3 } }") == "(function f (sb (begin (block 1)) (process (block 2)) (end (block 3))))")
        #expect(dump("& { param($a) process { $_ } }") == "(& (sb (param $a) (process (block $_))))")
        #expect(dump("function f { begin <# c #> { 1 } end # c\n { 2 } }") == "(function f (sb (begin (block 1)) (end (block 2))))")
        // PowerShell 7.3's clean block; `clean` is a command name anywhere else.
        #expect(dump("function f { end { 1 } clean { 2 } }") == "(function f (sb (end (block 1)) (clean (block 2))))")
        #expect(dump("clean") == "(cmd clean)")
        #expect(dump("function f { dynamicparam { } end { } }") == "(function f (sb (end (block)) (dynamicparam (block))))")
    }

    @Test func labelsAfterBreakAndContinue() throws {
        let ast = try Parser.parse(SourceText(":outer foreach ($a in $b) { break outer }"))
        guard case let .foreachStatement(f) = ast.statements[0], case let .breakStatement(label, r) = f.body.statements[0] else {
            Issue.record("unexpected tree")
            return
        }
        #expect(label == "outer")
        #expect(r == SourceRange(28, 39))
        // The label is the next token, whatever blank or comment stands before it.
        #expect(dump("while ($true) { break\touter }") == "(while $true (block (break outer)))")
        #expect(dump("while ($true) { continue <# next #> outer }") == "(while $true (block (continue outer)))")
        #expect(dump("while ($true) { break }") == "(while $true (block (break)))")
    }
}
