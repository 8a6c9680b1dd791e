import Testing

/// NullConditional.Tests.ps1 restated (Language/Operators): `??`, `??=`, `?.` and `?[]`.
enum NullConditionalCases {
    static let file = "NullConditional.Tests.ps1"
    /// The objects the `?.` and `?[]` cases read (upstream builds them in BeforeAll).
    static let setup = """
        $psObj = [psobject]::new()
        $psObj | Add-Member -Name 'name' -Value 'value' -MemberType NoteProperty
        $psObj | Add-Member -Name 'nested' -Value @{ name = 'valuenested' } -MemberType NoteProperty
        $psobj2 = [psobject]::new()
        $psobj2 | Add-Member -Name 'GetHello' -Value { 'hello' } -MemberType ScriptMethod
        $psObj | Add-Member -Name 'nestedMethod' -Value $psobj2 -MemberType NoteProperty
        $array = 1..3
        $hash = @{ a = 1; b = 2 }
        $dateArray = @((Get-Date '11/1/2019'), (Get-Date '11/2/2019'), (Get-Date '11/3/2019'))

        """
    static let all: [PesterCase] = [
        // ??=
        PesterCase(file, "Variable doesnot exist",
                   setup + "$variableDoesNotExist ??= 1; $a = $variableDoesNotExist; $variableDoesNotExist ??= 2; $a -eq 1 -and $variableDoesNotExist -eq 1", .isTrue),
        PesterCase(file, "Variable exists and is null",
                   setup + "$v = $null; $v ??= 2; $v -eq 2", .isTrue),
        PesterCase(file, "Validate types - string can be set",
                   setup + "$x = $null; $x ??= 'hello'; $x -ceq 'hello'", .isTrue),
        PesterCase(file, "Validate types - dotnetType can be set",
                   setup + "$g = [guid]::NewGuid(); $x = $null; $x ??= $g; $x -eq $g", .isTrue),
        PesterCase(file, "Validate types - byte can be set",
                   setup + "$x = $null; $x ??= [byte]0x94; $x -eq 148 -and $x -is [byte]", .isTrue),
        PesterCase(file, "Validate types - intArray can be set",
                   setup + "$x = $null; $x ??= 1..2; ($x -join ',') -eq '1,2'", .isTrue),
        PesterCase(file, "Validate types - stringArray can be set",
                   setup + "$x = $null; $x ??= 'a'..'c'; ($x -join ',') -eq 'a,b,c'", .isTrue),
        PesterCase(file, "Validate types - emptyArray can be set",
                   setup + "$x = $null; $x ??= @(1, 2, 3); ($x -join ',') -eq '1,2,3'", .isTrue),
        PesterCase(file, "Validate hashtable can be set",
                   setup + "$x = $null; $x ??= @{ 1 = '1' }; @($x.Keys).Count -eq 1 -and @($x.Keys)[0] -eq 1", .isTrue),
        PesterCase(file, "Validate lhs is returned",
                   setup + "$x = 100; $x ??= 200; $x -eq 100", .isTrue),
        // Upstream's right-hand side is Get-Alias; any command in parentheses is the behaviour.
        PesterCase(file, "Rhs is a cmdlet",
                   setup + "$x = $null; $x ??= (Get-Command -Name 'Where-Object'); $x.Name -ceq 'Where-Object'", .isTrue),
        PesterCase(file, "Lhs is empty string",
                   setup + "$x = ''; $x ??= 20; $x -ceq ''", .isTrue),
        PesterCase(file, "Variable is non-null",
                   setup + "$num = 10; $num ??= 20; $num -eq 10", .isTrue),
        PesterCase(file, "Lhs is $?",
                   setup + "$???=$false; $?", .isTrue),
        // ??
        PesterCase(file, "Variable does not exist",
                   setup + "($variableDoesNotExist ?? 100) -eq 100", .isTrue),
        PesterCase(file, "Variable exists but is null",
                   setup + "$x = $null; ($x ?? 100) -eq 100", .isTrue),
        PesterCase(file, "Lhs is not null",
                   setup + "$x = 100; ($x ?? 200) -eq 100", .isTrue),
        PesterCase(file, "Lhs is a non-null constant",
                   setup + "(1 ?? 2) -eq 1", .isTrue),
        PesterCase(file, "Lhs is `$null",
                   setup + "($null ?? 'string value') -ceq 'string value'", .isTrue),
        PesterCase(file, "Check precedence of ?? expression resolution",
                   setup + """
                     $x = $null
                     ($x ?? $null ?? 100) -eq 100 -and ($null ?? $null ?? 100) -eq 100 -and ($null -eq ($null ?? $null ?? $null)) -and
                     ($x ?? 200 ?? $null) -eq 200 -and ($x ?? 200 ?? 300) -eq 200 -and (100 ?? $x ?? 200) -eq 100 -and
                     ($null ?? 100 ?? $null ?? 200) -eq 100
                     """, .isTrue),
        PesterCase(file, "Rhs is a cmdlet (??)",
                   setup + "$x = $null; $result = $x ?? (Get-Command -Name 'Where-Object'); $result.Name -ceq 'Where-Object'", .isTrue),
        PesterCase(file, "Rhs is a get variable expression",
                   setup + "$x = $null; $y = 2; ($x ?? $y) -eq 2", .isTrue),
        PesterCase(file, "Lhs is $? (??)",
                   setup + "$???$false", .isTrue),
        PesterCase(file, "Should only evaluate LHS once when it IS null",
                   setup + "$testState = [pscustomobject]@{ Value = 0 }; ((& { [void]$testState.Value++ }) ?? 'Nothing') -ceq 'Nothing' -and $testState.Value -eq 1", .isTrue),
        PesterCase(file, "Should only evaluate LHS once when it is NOT null",
                   setup + "$testState = [pscustomobject]@{ Value = 0 }; ((& { 'Test'; [void]$testState.Value++ }) ?? 'Nothing') -ceq 'Test' -and $testState.Value -eq 1", .isTrue),
        PesterCase(file, "?? precedence over -and",
                   setup + "$true -and $null ?? $true", .isTrue),
        PesterCase(file, "?? precedence over -band",
                   setup + "(1 -band $null ?? 1) -eq 1", .isTrue),
        PesterCase(file, "?? precedence over -eq",
                   setup + "('x' -eq $null ?? 'x') -and -not ($null -eq $null ?? 'x')", .isTrue),
        PesterCase(file, "?? precedence over -as",
                   setup + "$null -eq ('abc' -as [datetime] ?? 1)", .isTrue),
        PesterCase(file, "?? precedence over -replace",
                   setup + "('x' -replace 'x',$null ?? 1) -ceq ''", .isTrue),
        PesterCase(file, "+ precedence over ??",
                   setup + "(2 + $null ?? 3) -eq 2", .isTrue),
        PesterCase(file, "* precedence over ??",
                   setup + "(2 * $null ?? 3) -eq 0", .isTrue),
        PesterCase(file, "-f precedence over ??",
                   setup + "(\"{0}\" -f $null ?? 'b') -ceq ''", .isTrue),
        PesterCase(file, ".. precedence ove ??",
                   setup + "(1..$null ?? 2) -join ',' -eq '1,0'", .isTrue),
        PesterCase(file, "?? and ??= used together",
                   setup + "$x = $null; $x ??= 100 ?? 200; $x -eq 100", .isTrue),
        PesterCase(file, "?? and ??= chaining",
                   setup + "function GetNull { return $null }; function GetHello { return 'Hello' }; $x = $null; $x ??= $x ?? (GetNull) ?? (GetHello); $x -ceq 'Hello'", .isTrue),
        PesterCase(file, "First two are null",
                   setup + "$z ??= $null ?? 100; $z -eq 100", .isTrue),
        // ?.
        PesterCase(file, "Can get null when variable is null",
                   setup + "$null -eq ${nonExistent}?.name -and $null -eq ${nonExistent}?.MyMethod() -and $null -eq (Get-Command -Name doesnotexist -ErrorAction SilentlyContinue)?.Name", .isTrue),
        PesterCase(file, "Use ?. on a dynamic method name",
                   setup + "$methodName = 'ToLongDateString'; (Get-Date '11/11/2019')?.$methodName() -ceq 'Monday, November 11, 2019' -and $null -eq ${doesNotExist}?.$methodName()", .isTrue),
        PesterCase(file, "Use ?. on a dynamic method name that does not exist",
                   "$methodName = 'DoesNotExist'; (Get-Date '11/11/2019')?.$methodName()", .throwsErrorId("MethodNotFound")),
        PesterCase(file, "Use ?. on a dynamic method name that does not exist ($null)",
                   "$methodName = $null; (Get-Date '11/11/2019')?.$methodName()", .throwsErrorId("MethodNotFound")),
        // Upstream reads Get-Process's SessionId through its alias SI; a date's Year is the same access.
        PesterCase(file, "Use ?. on a dynamic property name",
                   setup + "$propName = 'Year'; (Get-Date '11/11/2019')?.$propName -eq 2019 -and $null -eq ${doesNotExist}?.$propName()", .isTrue),
        // ?[]
        PesterCase(file, "Can index can call properties",
                   setup + "${array}?[0] -eq 1 -and (${array}?[0,1] -join ',') -eq '1,2' -and (${array}?[0..2] -join ',') -eq '1,2,3' -and ${array}?[-2] -eq 2 -and ${hash}?['a'] -eq 1", .isTrue),
        PesterCase(file, "Indexing in null items should be null",
                   setup + "$null -eq ${doesnotExist}?[0] -and $null -eq ${doesnotExist}?[0,1] -and $null -eq ${doesnotExist}?[0..2] -and $null -eq ${doesnotExist}?[-2] -and $null -eq ${doesnotExist}?['a']", .isTrue),
        PesterCase(file, "Can call methods on indexed items",
                   setup + "${dateArray}?[0]?.ToLongDateString() -ceq 'Friday, November 1, 2019'", .isTrue),
        PesterCase(file, "Calling a method on nonexistent item give null",
                   setup + "$null -eq ${dateArray}?[1234]?.ToLongDateString() -and $null -eq ${doesNotExist}?[0]?.MyGetMethod()", .isTrue),
        PesterCase(file, "Use ?. operator multiple times in statement",
                   setup + "$null -eq ${psObj}?.name?.nonExistent -and $null -eq ${psObj}?.nonExistent?.nonExistent -and $null -eq ${nonExistent}?.nonExistent?.nonExistent -and ${psObj}?.nested?.name -ceq 'valuenested' -and ${psObj}?.nestedMethod?.GetHello() -ceq 'hello'",
                   .isTrue),
        PesterCase(file, "Should throw error when method does not exist", setup + "${psObj}?.nestedMethod?.NonExistent()", .throwsErrorId("MethodNotFound")),
    ]
    static let gaps: [PesterGap] = [
        PesterGap(file, "Lhs is DBNull (??=)", .outOfScope("[System.DBNull] is a .NET type csshell does not model")),
        PesterGap(file, "Lhs is AutomationNull (??=)", .outOfScope("[System.Management.Automation.Internal.AutomationNull] is an engine type")),
        PesterGap(file, "Lhs is NullString (??=)", .outOfScope("[NullString] is a .NET type csshell does not model")),
        PesterGap(file, "Error case", .outOfScope("reads the error through the .NET Parser API")),
        PesterGap(file, "Lhs is DBNull (??)", .outOfScope("[System.DBNull] is a .NET type csshell does not model")),
        PesterGap(file, "Lhs is AutomationNull (??)", .outOfScope("[System.Management.Automation.Internal.AutomationNull] is an engine type")),
        PesterGap(file, "Lhs is NullString (??)", .outOfScope("[NullString] is a .NET type csshell does not model")),
        PesterGap(file, "Lhs is a constant", .outOfScope("[System.DBNull] is a .NET type csshell does not model")),
        PesterGap(file, "Can get member value of a non-null variable",
                  .notDone("one of its assertions reads a directory through Get-Item, which csshell does not have")),
    ]
}

@Suite struct NullConditionalPesterTests {
    @Test(arguments: NullConditionalCases.all) func follows(_ c: PesterCase) { c.check() }
}
