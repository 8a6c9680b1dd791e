import Testing

/// OutErrorVariable.Tests.ps1 restated (Language/Scripting): -OutVariable and -ErrorVariable of
/// advanced functions — set or appended (`+name`), filled by `$PSCmdlet.WriteObject`/`WriteError`,
/// nested functions' variables, errors caught inside the function, and the commands of a pipeline
/// each with their own list (a function's list takes what the last command of a pipeline in it writes).
enum OutErrorVariableCases {
    static let file = "OutErrorVariable.Tests.ps1"

    static let outFunctions = #"""
        function get-foo1 { [CmdletBinding()] param() "foo" }
        function get-foo2 { [CmdletBinding()] param() $PSCmdlet.WriteObject("foo") }
        function get-bar { [CmdletBinding()] param() "bar"; get-foo1 -OutVariable script:a }

        """#
    static let errorFunctions = #"""
        function get-foo1 { [CmdletBinding()] param() Write-Error "foo" }
        function get-foo2 { [CmdletBinding()] param() $PSCmdlet.WriteError($script:foo[0]) }
        function get-bar { [CmdletBinding()] param() Write-Error "bar"; get-foo1 -ErrorVariable script:a }

        """#
    static let bothFunctions = #"""
        function get-foo { [CmdletBinding()] param() Write-Output "foo-output"; Write-Error "foo-error" }
        function get-foo3 { [CmdletBinding()] param() "foo-output-0"; Write-Output "foo-output-1"; Write-Error "foo-error" }
        function get-bar2 { [CmdletBinding()] param() "bar-output-0"; Write-Output "bar-output-1"; Write-Error "bar-error"; get-foo3 -OutVariable script:foo_out -ErrorVariable script:foo_err }

        """#

    static let all: [PesterCase] = [
        PesterCase(file, "Test: Updating OutVariable Case 1: pipe string",
                   outFunctions + "get-foo1 -OutVariable a > $null\nGet-Variable -ValueOnly a", .lines(["foo"])),
        PesterCase(file, "Test: Updating OutVariable Case 2: $PSCmdlet.writeobject",
                   outFunctions + "get-foo2 -OutVariable a > $null\n$a.Count\nGet-Variable -ValueOnly a", .lines(["1", "foo"])),
        PesterCase(file, "Test: Appending OutVariable Case 1: pipe string",
                   outFunctions + "Set-Variable -Name a -Value ('a', 'b')\nget-foo1 -OutVariable +a > $null\nGet-Variable -ValueOnly a", .lines(["a", "b", "foo"])),
        PesterCase(file, "Test: Appending OutVariable Case 2: $PSCmdlet.writeobject",
                   outFunctions + "Set-Variable -Name a -Value ('a', 'b')\nget-foo2 -OutVariable +a > $null\n$a.Count\nGet-Variable -ValueOnly a", .lines(["3", "a", "b", "foo"])),
        PesterCase(file, "Nested OutVariable",
                   outFunctions + "get-bar -OutVariable b > $null\n$script:a\n'--'\n$b", .lines(["foo", "--", "bar", "foo"])),
        PesterCase(file, "Updating ErrorVariable Case 1: write-error",
                   errorFunctions + "get-foo1 -ErrorVariable a 2> $null\n(Get-Variable -ValueOnly a) | ForEach-Object { $_.ToString() }", .lines(["foo"])),
        PesterCase(file, "Updating ErrorVariable Case 2: $PSCmdlet.WriteError",
                   errorFunctions + "get-foo1 -ErrorVariable a 2> $null\n(Get-Variable -ValueOnly a) | ForEach-Object { $_.ToString() }", .lines(["foo"])),
        PesterCase(file, "Appending ErrorVariable Case 1: pipe string",
                   errorFunctions + "Set-Variable -Name a -Value @('a', 'b')\nget-foo1 -ErrorVariable +a 2> $null\n(Get-Variable -ValueOnly a) | ForEach-Object { $_.ToString() }",
                   .lines(["a", "b", "foo"])),
        PesterCase(file, "Appending ErrorVariable Case 2: $PSCmdlet.writeerror",
                   errorFunctions + "Write-Error \"foo\" -ErrorVariable script:foo 2> $null\n$a = 'a', 'b'\nget-foo2 -ErrorVariable +a 2> $null\n$a.Count\n$a | ForEach-Object { $_.ToString() }",
                   .lines(["3", "a", "b", "foo"])),
        PesterCase(file, "Nested ErrorVariable",
                   errorFunctions + "get-bar -ErrorVariable b 2> $null\n\"$script:a\"\n'--'\n$b | ForEach-Object { \"$_\" }", .lines(["foo", "--", "bar", "foo"])),
        PesterCase(file, "Nested ErrorVariable with redirection",
                   errorFunctions + "get-bar -ErrorVariable b 2>&1 > $null\n\"$script:a\"\n'--'\n$b | ForEach-Object { \"$_\" }", .lines(["foo", "--", "bar", "foo"])),
        PesterCase(file, "Update OutVariable and ErrorVariable (one function)",
                   bothFunctions + "get-foo3 -OutVariable out -ErrorVariable err 2> $null > $null\n$out\n'--'\n\"$err\"",
                   .lines(["foo-output-0", "foo-output-1", "--", "foo-error"])),
        PesterCase(file, "Update OutVariable and ErrorVariable (nested functions)",
                   bothFunctions + "get-bar2 -OutVariable script:bar_out -ErrorVariable script:bar_err 2> $null > $null\n($foo_out -join ',') + ' | ' + $foo_err + ' | ' + ($bar_out -join ',') + ' | ' + ($bar_err -join ',')",
                   .lines(["foo-output-0,foo-output-1 | foo-error | bar-output-0,bar-output-1,foo-output-0,foo-output-1 | bar-error,foo-error"])),
        PesterCase(file, "Verify that exceptions are added to the ErrorVariable", #"""
            function get-foo4 { [CmdletBinding()] param() Write-Error "foo-error"; try { throw "foo-exception" } catch {} }
            get-foo4 -ErrorVariable err 2> $null
            $err | ForEach-Object { "$_" }
            """#, .lines(["foo-error", "foo-exception"])),
        PesterCase(file, "Error variable in multi-command pipeline", #"""
            function get-foo5 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $foo) process { Write-Output $foo; Write-Error $foo } }
            (get-foo5 "foo-message" -ErrorVariable foo_err1 -ov foo_out1 | get-foo5 -ErrorVariable foo_err2 -ov foo_out2 | get-foo5 -ErrorVariable foo_err3 -ov foo_out3) 2>&1 > $null
            @($foo_out1, $foo_out2, $foo_out3, $foo_err1, $foo_err2, $foo_err3) | ForEach-Object { "$($_.Count) $_" }
            """#, .lines(Array(repeating: "1 foo-message", count: 6))),
        PesterCase(file, "Multi-command pipeline with nested commands", bothFunctions + #"""
            function get-bar3 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $i) Write-Error 'bar-error'; Write-Output 'bar-output'; get-foo }
            (get-foo -ErrorVariable foo_err | get-bar3 -ErrorVariable bar_err) 2>&1 > $null
            "$foo_err"
            $bar_err | ForEach-Object { "$_" }
            """#, .lines(["foo-error", "bar-error", "foo-error"])),
        PesterCase(file, "multi-command pipeline with nested commands", #"""
            function get-foo6 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $i) Write-Error "foo-error"; Write-Output $i }
            function get-bar4 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $i) Write-Error "bar-error"; get-foo6 "foo-output" -ErrorVariable script:foo_err1 | get-foo6 -ErrorVariable script:foo_err2 }
            get-bar4 -ErrorVariable script:bar_err 2>&1 > $null
            "$script:foo_err1"
            "$script:foo_err2"
            $script:bar_err | ForEach-Object { "$_" }
            """#, .lines(["foo-error", "foo-error", "bar-error", "foo-error"])),
        PesterCase(file, "Nested output variables", #"""
            function get-foo7 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $output) $output; Write-Error "foo-error" }
            function get-bar5 {
                [CmdletBinding()] param()
                "bar-output"
                Write-Error "bar-error"
                get-foo7 "foo-output" -ErrorVariable script:foo_err1 -ov script:foo_out1 | get-foo7 -ErrorVariable script:foo_err2 -ov script:foo_out2
                get-foo7 "foo-output" -ErrorVariable script:foo_err3 -ov script:foo_out3 | get-foo7 -ErrorVariable script:foo_err4 -ov script:foo_out4
            }
            get-bar5 -ErrorVariable script:bar_err -ov script:bar_out 2>&1 > $null
            @($foo_out1, $foo_err1, $foo_out2, $foo_err2, $foo_out3, $foo_err3, $foo_out4, $foo_err4) | ForEach-Object { "$($_.Count) $_" }
            $script:bar_out -join ','
            $script:bar_err -join ','
            """#, .lines(["1 foo-output", "1 foo-error", "1 foo-output", "1 foo-error", "1 foo-output", "1 foo-error", "1 foo-output", "1 foo-error",
                          "bar-output,foo-output,foo-output", "bar-error,foo-error,foo-error"])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "$foo_err should be \"foo-error\"", .notDone("the setup pipes into Get-Item, which csshell does not have")),
        PesterGap(file, "$get_item_err.count and $get_item_err[0].exception", .notDone("Get-Item and its ItemNotFoundException: csshell has no Get-Item")),
    ]
}

@Suite struct OutErrorVariablePesterTests {
    @Test(arguments: OutErrorVariableCases.all) func follows(_ c: PesterCase) { c.check() }
}
