import Testing

/// ScriptHelp.Tests.ps1 restated (Language/Scripting): comment-based help of functions and scripts
/// through Get-Help — where the help block may stand (before `function` with at most one blank line,
/// at the start or end of the body, at the start of a script unless it documents the script's first
/// function), the sections (.SYNOPSIS … .FUNCTIONALITY), parameter comments, examples split into
/// prompt, code and remarks, and the help object's MAML shape.
enum ScriptHelpCases {
    static let file = "ScriptHelp.Tests.ps1"

    /// The documented function of Describe 'get-help HelpFunc1': line comments before it.
    static let helpFunc1 = #"""
    # .SYNOPSIS
    #
    #    A relatively useless function.
    #
    # .DESCRIPTION
    #
    #    A description
    #
    #        with indented text and a blank line.
    #
    # .NOTES
    #
    #    This function is mostly harmless.
    #
    # .LINK
    #
    #    https://blogs.msdn.com/powershell
    #
    # .LINK
    #
    #    other commands
    #
    # .EXAMPLE
    #
    #    If you need an example, you're hopeless.
    #
    # .INPUTS
    #
    #    Anything you like.
    #
    # .OUTPUTS
    #
    #    Nothing.
    #
    # .COMPONENT
    #
    #    Something
    #
    # .ROLE
    #
    #    CrazyUser
    #
    # .FUNCTIONALITY
    #
    #    Useless
    #
    function helpFunc1 {}

    """#

    static func func1(_ check: String) -> String { helpFunc1 + "$x = Get-Help helpFunc1\n" + check }

    /// A script file written from `text`, Get-Help on it and running it, then removed.
    static func scriptFile(_ text: String, _ check: String) -> String {
        // Cases run in parallel in one process: each has its own file.
        let tag = (text + check).unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) &+ $1.value }
        return "$tmp = \"/tmp/csshell-pester-scripthelp-$PID-\(tag).ps1\"\n@'\n" + text + "\n'@ > $tmp\n" + check + "\nRemove-Item $tmp"
    }

    static let file1 = #"""
        # .SYNOPSIS
        #    Function help, not script help
        function foo
        {
        }

        get-help foo
    """#

    static let file2 = #"""
        # .SYNOPSIS
        #    Script help, not function help


        function foo
        {
        }

        get-help foo
    """#

    static let blockScript = #"""
            <#
            .SYNOPSIS
                This is script help
            #>

            <#
            .SYNOPSIS
                This is function help for helpFunc2
            #>
            function helpFunc2 {}

            get-help helpFunc2
    """#

    static let lineScript = #"""
            #
            # .SYNOPSIS
            #    This is script help
            #

            #
            # .SYNOPSIS
            #    This is function help for helpFunc2
            #
            function helpFunc2 {}

            get-help helpFunc2
    """#

    static let pseudoScript = #"""
            ###########################################
            #
            # Psuedo-Copyright header comment
            #
            ###########################################

            #requires -version 2.0

            #
            # .Synopsis
            #	Changes Admin passwords across all KDE servers.
            #
            [CmdletBinding(DefaultParameterSetName="Live")]
            param(
            [Parameter(
                ParameterSetName="Live",
                Mandatory=$true)]
            $live,
            [Parameter(
                ParameterSetName="Test",
                Mandatory=$true)]
            $test)
    """#

    static func pseudo(_ check: String) -> String { scriptFile(pseudoScript, "$x = Get-Help $tmp\n" + check) }

    static let helpFunc11 = #"""
            function helpFunc11
            {
            # .Synopsis
            #
            #   useless, sorry

                param(

                    # not in help

                    <# abc #><# help #> [parameter()]    [string]
                    $abc,

                    [string]
                    # def help
                    $def,

                    [parameter()]
                    # ghi help
                    $ghi,

                    # jkl help

                    $jkl,

                    <#mno help#>$mno,
                    <#pqr help#>[int]$pqr

                    )
            }

    """#

    static let helpFunc12 = #"""
            function helpFunc12 {
                Param ([Parameter(Mandatory=$true)][String]$Name,
                       [string]$Extension = "txt",
                       $NoType,
                       [switch]$ASwitch,
                       [System.Management.Automation.CommandTypes]$AnEnum)
                $name = $name + "." + $extension
                $name

            <#
            .SYNOPSIS
            Adds a file name extension to a supplied name.

            .EXAMPLE

                PS>helpFunc12 -Name foo

                Adds .txt to foo

            .EXAMPLE

                C:\PS>helpFunc12 bar txt

                Adds .txt to bar
             #>
            }
            $x = Get-Help helpFunc12

    """#

    static func func12(_ check: String) -> String { helpFunc12 + check }

    static let helpFunc13 = #"""
            function helpFunc13
            {
            <#
                .Synopsis

                empty synopsis
            #>
                param(
                    [SupportsWildcards()]
                    $p1,
                    $p2 = 42,
                    [PSDefaultValue(Help="parameter is mandatory")]
                    $p3 = $(throw "parameter p3 is not specified")
                )
            }
            $x = Get-Help helpFunc13

    """#

    static let multiExample = #"""
            function foo {
                <#
                  .EXAMPLE
                  $a = Get-Service
                  $a | group Status

                  .EXAMPLE
                  PS> $a = Get-Service
                  PS> $a | group Status

                  Explanation.

                  .EXAMPLE

                  PS> Get-Service
                  Output

                  .EXAMPLE
                  PS> Get-Service
                  Output

                  Explanation.
                  Second line.

                  .EXAMPLE
                  PS> Get-Service
                  Output

                  Explanation.

                  Next section.
                #>
                  param()
            }
            $x = Get-Help foo

    """#

    static func examples(_ check: String) -> String { multiExample + check }

    static let all: [PesterCase] = [
        // Describe 'get-help HelpFunc1': TestHelpError's three Its, on help filtered out by -Component.
        PesterCase(file, "Help result should be $null",
                   helpFunc1 + "$x = Get-Help helpFunc1 -Component blah -ErrorAction SilentlyContinue -ErrorVariable e\n$null -eq $x", .isTrue),
        PesterCase(file, "$e.Count",
                   helpFunc1 + "$x = Get-Help helpFunc1 -Component blah -ErrorAction SilentlyContinue -ErrorVariable e\n$e.Count -gt 0", .isTrue),
        PesterCase(file, "FullyQualifiedErrorId",
                   helpFunc1 + "$x = Get-Help helpFunc1 -Component blah -ErrorAction SilentlyContinue -ErrorVariable e\n$e[0].FullyQualifiedErrorId -ceq 'HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand'",
                   .isTrue),
        // TestHelpFunc1's Its.
        PesterCase(file, "$x should not be $null", func1("$null -ne $x"), .isTrue),
        PesterCase(file, "$x.Synopsis", func1("$x.Synopsis -ceq 'A relatively useless function.'"), .isTrue),
        PesterCase(file, "$x.Description", func1("$x.Description[0].Text -ceq \"A description`n`n    with indented text and a blank line.\""), .isTrue),
        PesterCase(file, "$x.alertSet.alert", func1("$x.alertSet.alert[0].Text -ceq 'This function is mostly harmless.'"), .isTrue),
        PesterCase(file, "$x.relatedLinks.navigationLink[0].uri", func1("$x.relatedLinks.navigationLink[0].uri -ceq 'https://blogs.msdn.com/powershell'"), .isTrue),
        PesterCase(file, "$x.relatedLinks.navigationLink[1].linkText", func1("$x.relatedLinks.navigationLink[1].linkText -ceq 'other commands'"), .isTrue),
        PesterCase(file, "$x.examples.example.code", func1("$x.examples.example.code -ceq \"If you need an example, you're hopeless.\""), .isTrue),
        PesterCase(file, "$x.inputTypes.inputType.type.name", func1("$x.inputTypes.inputType.type.name -ceq 'Anything you like.'"), .isTrue),
        PesterCase(file, "$x.returnValues.returnValue.type.name", func1("$x.returnValues.returnValue.type.name -ceq 'Nothing.'"), .isTrue),
        PesterCase(file, "$x.Component", func1("$x.Component -ceq 'Something'"), .isTrue),
        PesterCase(file, "$x.Role", func1("$x.Role -ceq 'CrazyUser'"), .isTrue),
        PesterCase(file, "$x.Functionality", func1("$x.Functionality -ceq 'Useless'"), .isTrue),
        PesterCase(file, "get-help helpFunc1 -component Something: $e should be empty", func1(
              "$y = Get-Help helpFunc1 -Component Something -ErrorVariable e; $e.Count -eq 0 -and $null -ne $y"), .isTrue),
        PesterCase(file, "get-help helpFunc1 -role CrazyUser: $e should be empty", func1(
              "$y = Get-Help helpFunc1 -Role CrazyUser -ErrorVariable e; $e.Count -eq 0 -and $null -ne $y"), .isTrue),
        PesterCase(file, "get-help helpFunc1 -functionality Useless: $e should be empty", func1(
              "$y = Get-Help helpFunc1 -Functionality Useless -ErrorVariable e; $e.Count -eq 0 -and $null -ne $y"), .isTrue),

        // Describe 'get-help file'.
        PesterCase(file, "get-help file1: $x should not be $null", scriptFile(file1, "$x = Get-Help $tmp; $r = $null -ne $x\n$r"), .isTrue),
        PesterCase(file, "get-help file1: $x.Synopsis", scriptFile(file1, "$x = & $tmp; $r = $x.Synopsis -ceq 'Function help, not script help'\n$r"), .isTrue),
        PesterCase(file, "get-help file2: $x.Synopsis", scriptFile(file2, "$x = Get-Help $tmp; $r = $x.Synopsis -ceq 'Script help, not function help'\n$r"), .isTrue),
        PesterCase(file, "get-help file2: $x should not be $null", scriptFile(file2, "$x = & $tmp; $r = $null -ne $x\n$r"), .isTrue),

        // Describe 'get-help other tests'.
        PesterCase(file, "get-help missingHelp: $x should not be $null", #"""
                <#
                .SYNOPSIS
                This help block doesn't belong to any function because it is more than 1 line away from the function.
                #>


                function missingHelp { param($abc) }
                $null -ne (Get-Help missingHelp)
        """#, .isTrue),
        PesterCase(file, "get-help missingHelp: $x.Synopsis", #"""
                <#
                .SYNOPSIS
                This help block doesn't belong to any function because it is more than 1 line away from the function.
                #>


                function missingHelp { param($abc) }
                (Get-Help missingHelp).Synopsis.Trim() -ceq 'missingHelp [[-abc] <Object>]'
        """#, .isTrue),
        PesterCase(file, "get-help helpFunc2: $x should not be $null", #"""
            <#
            .SYNOPSIS
                This help block goes on helpFunc2
            #>

            function helpFunc2 { param($abc) }
            $null -ne (Get-Help helpFunc2)
        """#, .isTrue),
        PesterCase(file, "get-help helpFunc2: $x.Synopsis", #"""
            <#
            .SYNOPSIS
                This help block goes on helpFunc2
            #>

            function helpFunc2 { param($abc) }
            (Get-Help helpFunc2).Synopsis.Trim() -ceq 'This help block goes on helpFunc2'
        """#, .isTrue),
        PesterCase(file, "get-help file and get-help helpFunc2 (block comments): script help", scriptFile(blockScript,
                   "$r = (Get-Help $tmp).Synopsis -ceq 'This is script help'\n$r"), .isTrue),
        PesterCase(file, "get-help file and get-help helpFunc2 (block comments): function help", scriptFile(blockScript,
                   "$r = (& $tmp).Synopsis -ceq 'This is function help for helpFunc2'\n$r"), .isTrue),
        PesterCase(file, "get-help file and get-help helpFunc2 (line comments): script help", scriptFile(lineScript,
                   "$r = (Get-Help $tmp).Synopsis -ceq 'This is script help'\n$r"), .isTrue),
        PesterCase(file, "get-help file and get-help helpFunc2 (line comments): function help", scriptFile(lineScript,
                   "$r = (& $tmp).Synopsis -ceq 'This is function help for helpFunc2'\n$r"), .isTrue),
        PesterCase(file, "get-help psuedo file: $x.Synopsis", pseudo("$r = $x.Synopsis -ceq 'Changes Admin passwords across all KDE servers.'\n$r"), .isTrue),
        PesterCase(file, "get-help psuedo file: $x.parameters.parameter[0].required", pseudo("$r = [bool]$x.parameters.parameter[0].required\n$r"), .isTrue),
        PesterCase(file, "get-help psuedo file: $x.syntax.syntaxItem[0].parameter.required", pseudo("$r = [bool]$x.syntax.syntaxItem[0].parameter.required\n$r"), .isTrue),
        PesterCase(file, "get-help psuedo file: $x.syntax.syntaxItem[0].parameter.parameterValue.required", pseudo(
               "$r = [bool]$x.syntax.syntaxItem[0].parameter.parameterValue.required\n$r"), .isTrue),
        PesterCase(file, "Common parameters should not be appear in the syntax", pseudo("$r = -not ($x.Syntax -like '*verbose*')\n$r"), .isTrue),
        PesterCase(file, "Common parameters should not be in syntax maml", pseudo("$r = @($x.syntax.syntaxItem[0].parameter).Count -eq 1\n$r"), .isTrue),
        PesterCase(file, "Common parameters should also not appear in parameters maml", pseudo("$r = $x.parameters.parameter.Count -eq 2\n$r"), .isTrue),
        PesterCase(file, "helpFunc3 -?", #"""
                function helpFunc3()
                {
                #
                #
                #.Synopsis
                #
                #   A synopsis of helpFunc3.
                #
                #
                }

                $x = helpFunc3 -?
                $x.Synopsis -ceq 'A synopsis of helpFunc3.'
        """#, .isTrue),
        PesterCase(file, "get-help helpFunc4", #"""
                <#
                .Description
                  description

                .Synopsis

                .Component
                  component
                #>
                function helpFunc4()
                {
                }

                $x = Get-Help helpFunc4
                $x.Synopsis -ceq ''
        """#, .isTrue),
        PesterCase(file, "get-help helpFunc7: $x.Name", #"""
                function helpFunc7
                {
                    # .FORWARDHELPTARGETNAME Get-Help
                    # .FORWARDHELPCATEGORY Cmdlet
                }
                (Get-Help helpFunc7).Name -ceq 'Get-Help'
        """#, .isTrue),
        PesterCase(file, "get-help helpFunc7: $x.Category", #"""
                function helpFunc7
                {
                    # .FORWARDHELPTARGETNAME Get-Help
                    # .FORWARDHELPCATEGORY Cmdlet
                }
                (Get-Help helpFunc7).Category -ceq 'Cmdlet'
        """#, .isTrue),
        // Upstream's `help` is a function forwarding to Get-Help; csshell's is an alias of it.
        PesterCase(file, "get-help help: $x.Name", "(Get-Help help).Name -ceq 'Get-Help'", .isTrue),
        PesterCase(file, "get-help help: $x.Category", "(Get-Help help).Category -ceq 'Cmdlet'", .isTrue),
        PesterCase(file, "get-help helpFunc8: $x should not be $null", #"""
                function func8
                {
                    # .SYNOPSIS
                    #    Help on helpFunc8, not func8
                    function helpFunc8
                    {
                    }
                    Get-Help helpFunc8
                }
                $null -ne (Get-Help func8)
        """#, .isTrue),
        PesterCase(file, "get-help helpFunc8: $x.Synopsis", #"""
                function func8
                {
                    # .SYNOPSIS
                    #    Help on helpFunc8, not func8
                    function helpFunc8
                    {
                    }
                    Get-Help helpFunc8
                }
                (func8).Synopsis -ceq 'Help on helpFunc8, not func8'
        """#, .isTrue),
        PesterCase(file, "help is on the outer functon", #"""
                function helpFunc9
                {
                    # .SYNOPSIS
                    #    Help on helpFunc9, not func9
                    param($x)

                    function func9
                    {
                    }
                    Get-Help func9
                }
                (Get-Help helpFunc9).Synopsis -ceq 'Help on helpFunc9, not func9'
        """#, .isTrue),
        PesterCase(file, "get-help helpFunc9: $x should not be $null", #"""
                function helpFunc9
                {
                    # .SYNOPSIS
                    #    Help on helpFunc9, not func9
                    param($x)

                    function func9
                    {
                    }
                    Get-Help func9
                }
                $null -ne (helpFunc9)
        """#, .isTrue),
        PesterCase(file, "get-help helpFunc10", #"""
                #######################################################
                # .SYNOPSIS
                #    Help on helpFunc10
                #######################################################
                function helpFunc10
                {
                }

                (Get-Help helpFunc10).Synopsis -ceq 'Help on helpFunc10'
        """#, .isTrue),
        // One It per parameter upstream (generated in a loop); every parameter's description checked.
        PesterCase(file, "('$_.description ({0})",
                   helpFunc11 + "$x = Get-Help helpFunc11 -det\n@($x.Parameters.parameter | Where-Object { $_.description[0].text -match \"^$($_.Name)\\s+help\" }).Count -eq 6",
                   .isTrue),
        PesterCase(file, "$x.syntax", func12(#"($x.syntax | Out-String -Width 250) -match "helpFunc12 \[-Name] <String> \[\[-Extension] <String>] \[\[-NoType] <Object>] \[-ASwitch] \[\[-AnEnum] \{Alias.*All}] \[<CommonParameters>]""#), .isTrue),
        PesterCase(file, "$x.syntax.syntaxItem.parameter[3].position", func12("$x.syntax.syntaxItem.parameter[3].position -ceq 'named'"), .isTrue),
        PesterCase(file, "$x.syntax.syntaxItem.parameter[3].parameterValue", func12("[string]::IsNullOrEmpty($x.syntax.syntaxItem.parameter[3].parameterValue)"), .isTrue),
        PesterCase(file, "$x.parameters.parameter[3].parameterValue", func12("-not [string]::IsNullOrEmpty($x.parameters.parameter[3].parameterValue)"), .isTrue),
        PesterCase(file, "$x.syntax.syntaxItem.parameter[4].parameterValueGroup", func12("$null -ne $x.syntax.syntaxItem.parameter[4].parameterValueGroup"), .isTrue),
        PesterCase(file, "$x.parameters.parameter[4].parameterValueGroup", func12("$null -ne $x.parameters.parameter[4].parameterValueGroup"), .isTrue),
        PesterCase(file, "helpFunc12: $x.examples.example[0].introduction[0].text", func12("$x.examples.example[0].introduction[0].text -ceq 'PS>'"), .isTrue),
        PesterCase(file, "helpFunc12: $x.examples.example[0].code", func12("$x.examples.example[0].code -ceq 'helpFunc12 -Name foo'"), .isTrue),
        PesterCase(file, "helpFunc12: $x.examples.example[0].remarks[0].text", func12("$x.examples.example[0].remarks[0].text -ceq 'Adds .txt to foo'"), .isTrue),
        PesterCase(file, "helpFunc12: $x.examples.example[0].remarks.length", func12("$x.examples.example[0].remarks.length -eq 5"), .isTrue),
        PesterCase(file, "helpFunc12: $x.examples.example[1].introduction[0].text", func12(#"$x.examples.example[1].introduction[0].text -ceq 'C:\PS>'"#), .isTrue),
        PesterCase(file, "helpFunc12: $x.examples.example[1].code", func12("$x.examples.example[1].code -ceq 'helpFunc12 bar txt'"), .isTrue),
        PesterCase(file, "helpFunc12: $x.examples.example[1].remarks[0].text", func12("$x.examples.example[1].remarks[0].text -ceq 'Adds .txt to bar'"), .isTrue),
        PesterCase(file, "helpFunc12: $x.examples.example[1].remarks.length", func12("$x.examples.example[1].remarks.length -eq 5"), .isTrue),
        PesterCase(file, "helpFunc13: $x.Parameters.parameter[0].globbing", helpFunc13 + "$x.Parameters.parameter[0].globbing -ceq 'true'", .isTrue),
        PesterCase(file, "helpFunc13: $x.Parameters.parameter[1].defaultValue", helpFunc13 + "$x.Parameters.parameter[1].defaultValue -ceq '42'", .isTrue),
        PesterCase(file, "helpFunc13: $x.Parameters.parameter[2].defaultValue",
                   helpFunc13 + "$x.Parameters.parameter[2].defaultValue -ceq 'parameter is mandatory'", .isTrue),
        PesterCase(file, "helpFunc14: $x.Parameters.parameter[0].globbing",
                   "function helpFunc14 { param([SupportsWildcards()] $p1) }\n(Get-Help helpFunc14).Parameters.parameter[0].globbing -ceq 'true'", .isTrue),
        PesterCase(file, "helpFunc15: $x.Parameters.parameter[0].globbing",
                   "function helpFunc15 { param($p1) }\n(Get-Help helpFunc15).Parameters.parameter[0].globbing -ceq 'false'", .isTrue),
        PesterCase(file, "prompt should be exactly \"PS > \" with trailing space", #"""
                function foo {
                    <#
                      .EXAMPLE
                      foo bar
                    #>
                      param()
                }
                (Get-Help foo -Examples).examples.example.introduction.Text -ceq 'PS > '
        """#, .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[0].introduction[0].text", examples("$x.examples.example[0].introduction[0].text -ceq 'PS > '"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[0].code", examples("$x.examples.example[0].code -ceq \"`$a = Get-Service`n`$a | group Status\""), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[0].remarks[0].text", examples("[string]::IsNullOrEmpty($x.examples.example[0].remarks[0].text)"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[0].remarks.length", examples("$x.examples.example[0].remarks.length -eq 5"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[1].introduction[0].text", examples("$x.examples.example[1].introduction[0].text -ceq 'PS>'"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[1].code", examples("$x.examples.example[1].code -ceq \"`$a = Get-Service`nPS> `$a | group Status\""), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[1].remarks[0].text", examples("$x.examples.example[1].remarks[0].text -ceq 'Explanation.'"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[1].remarks.length", examples("$x.examples.example[1].remarks.length -eq 5"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[2].introduction[0].text", examples("$x.examples.example[2].introduction[0].text -ceq 'PS>'"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[2].code", examples("$x.examples.example[2].code -ceq \"Get-Service`nOutput\""), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[2].remarks[0].text", examples("[string]::IsNullOrEmpty($x.examples.example[2].remarks[0].text)"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[2].remarks.length", examples("$x.examples.example[2].remarks.length -eq 5"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[3].introduction[0].text", examples("$x.examples.example[3].introduction[0].text -ceq 'PS>'"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[3].code", examples("$x.examples.example[3].code -ceq \"Get-Service`nOutput\""), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[3].remarks[0].text", examples("$x.examples.example[3].remarks[0].text -ceq \"Explanation.`nSecond line.\""), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[3].remarks.length", examples("$x.examples.example[3].remarks.length -eq 5"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[4].introduction[0].text", examples("$x.examples.example[4].introduction[0].text -ceq 'PS>'"), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[4].code", examples("$x.examples.example[4].code -ceq \"Get-Service`nOutput\""), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[4].remarks[0].text", examples("$x.examples.example[4].remarks[0].text -ceq \"Explanation.`n`nNext section.\""), .isTrue),
        PesterCase(file, "multi-line: $x.examples.example[4].remarks.length", examples("$x.examples.example[4].remarks.length -eq 5"), .isTrue),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "get-help helpFunc5: $x should not be $null", .notDone("`.EXTERNALHELP` MAML help files are not read")),
        PesterGap(file, "get-help helpFunc5: $x.Synopsis", .notDone("`.EXTERNALHELP` MAML help files are not read")),
        PesterGap(file, "get-help helpFunc6 script help xml: $x should not be $null", .notDone("`.EXTERNALHELP` MAML help files are not read")),
        PesterGap(file, "get-help helpFunc6 script help xml: $x.Synopsis", .notDone("`.EXTERNALHELP` MAML help files are not read")),
        PesterGap(file, "get-help helpFunc6 script help xml (newbase): $x should not be $null", .notDone("`.EXTERNALHELP` MAML help files are not read")),
        PesterGap(file, "get-help helpFunc6 script help xml (newbase): $x.Synopsis", .notDone("`.EXTERNALHELP` MAML help files are not read")),
    ]
}

@Suite struct ScriptHelpPesterTests {
    @Test(arguments: ScriptHelpCases.all) func follows(_ c: PesterCase) { c.check() }
}
