import Testing

/// Splatting.Tests.ps1 restated (engine/ParameterBinding): a hashtable splatted into a cmdlet or a
/// simple function; an explicit parameter (by name, alias or unique prefix) supersedes the splatted
/// entry for the same parameter; entries the function does not declare go to `$args`. Get-Verb is
/// not a csshell cmdlet: the cmdlet half uses Write-Output and its -InputObject the same way; the
/// ScriptBlock.GetPowerShell() and GetSteppablePipeline() halves are .NET hosting APIs.
enum SplattingCases {
    static let file = "Splatting.Tests.ps1"
    static let simpleTest = "function SimpleTest { param([Alias('Key')] $Name, $Path) \"Key: $Name; Path: $Path; Args: $args\" }; "

    static let all: [PesterCase] = [
        PesterCase(file, "works on cmdlet",
                   "$hash = @{ InputObject = 'Get'; OutVariable = 'zoo' }; Write-Output @hash > $null; $zoo.Count -eq 1 -and $zoo[0] -ceq 'Get'", .isTrue),
        PesterCase(file, "works on simple function",
                   simpleTest + "$hash = @{ Name = 'Hello'; Blah = 'World' }; SimpleTest @hash; $hash = @{ Name = 'Hello'; Path = 'World' }; SimpleTest @hash; $hash = @{ Name = 'Hello' }; SimpleTest @hash -Path 'Yeah'; SimpleTest -Path 'Yeah' @hash; $hash = @{ Key = 'Hello' }; SimpleTest @hash",
                   .lines(["Key: Hello; Path: ; Args: -Blah: World", "Key: Hello; Path: World; Args: ", "Key: Hello; Path: Yeah; Args: ",
                           "Key: Hello; Path: Yeah; Args: ", "Key: Hello; Path: ; Args: "])),
        PesterCase(file, "works with the same parameter name",
                   simpleTest + "$hash = @{ InputObject = 'Get'; OutVariable = 'zoo' }; Write-Output @hash -InputObject 'Send' > $null; $zoo; $zoo = $null; Write-Output -InputObject 'Send' @hash > $null; $zoo; $hash = @{ Name = 'Hello'; Path = 'World' }; SimpleTest @hash -Path 'Yeah'; SimpleTest -Path 'Yeah' @hash; $hash = @{ Name = 'Hello'; Blah = 'World' }; SimpleTest @hash -Name 'Yeah'",
                   .lines(["Send", "Send", "Key: Hello; Path: Yeah; Args: ", "Key: Hello; Path: Yeah; Args: ", "Key: Yeah; Path: ; Args: -Blah: World"])),
        PesterCase(file, "works with the same alias name",
                   simpleTest + "$hash = @{ InputObject = 'Get'; ov = 'zoo' }; Write-Output @hash -InputObject 'Send' -ov 'bar' > $null; $null -eq $zoo; $bar; $hash = @{ key = 'Hello'; Path = 'World' }; SimpleTest @hash -Key 'Yeah'",
                   .lines(["True", "Send", "Key: Yeah; Path: World; Args: "])),
        PesterCase(file, "works with parameter name and alias name mixed",
                   simpleTest + "$hash = @{ InputObject = 'Get'; OutVariable = 'zoo' }; Write-Output @hash -InputObject 'Send' -ov 'bar' > $null; $null -eq $zoo; $bar; $hash = @{ Name = 'Hello'; Path = 'World' }; SimpleTest @hash -Key 'Yeah'",
                   .lines(["True", "Send", "Key: Yeah; Path: World; Args: "])),
        PesterCase(file, "works with unambiguous prefix and parameter name mixed - prefix explicitly specified",
                   simpleTest + "$hash = @{ InputObject = 'Get'; OutVariable = 'zoo' }; Write-Output @hash -InputObject 'Send' -outv 'bar' > $null; $null -eq $zoo; $bar; $hash = @{ Name = 'Hello'; Path = 'World' }; SimpleTest @hash -n 'Yeah'",
                   .lines(["True", "Send", "Key: Yeah; Path: World; Args: "])),
        PesterCase(file, "works with unambiguous prefix and parameter name mixed - prefix in splatting hashtable",
                   simpleTest + "$hash = @{ InputObject = 'Get'; outv = 'zoo' }; Write-Output @hash -InputObject 'Send' -OutVariable 'bar' > $null; $null -eq $zoo; $bar; $hash = @{ n = 'Hello'; Path = 'World' }; SimpleTest @hash -Name 'Yeah'",
                   .lines(["True", "Send", "Key: Yeah; Path: World; Args: "])),
        PesterCase(file, "works with unambiguous prefix and alias name mixed - prefix explicitly specified",
                   simpleTest + "$hash = @{ InputObject = 'Get'; ov = 'zoo' }; Write-Output @hash -InputObject 'Send' -outv 'bar' > $null; $null -eq $zoo; $bar; $hash = @{ key = 'Hello'; Path = 'World' }; SimpleTest @hash -n 'Yeah'",
                   .lines(["True", "Send", "Key: Yeah; Path: World; Args: "])),
        PesterCase(file, "works with unambiguous prefix and alias name mixed - prefix in splatting hashtable",
                   simpleTest + "$hash = @{ InputObject = 'Get'; outv = 'zoo' }; Write-Output @hash -InputObject 'Send' -ov 'bar' > $null; $null -eq $zoo; $bar; $hash = @{ n = 'Hello'; Path = 'World' }; SimpleTest @hash -key 'Yeah'",
                   .lines(["True", "Send", "Key: Yeah; Path: World; Args: "])),
    ]

    static let gaps: [PesterGap] = [
        PesterGap(file, "works on ScriptBlock.GetPowerShell", .outOfScope("ScriptBlock.GetPowerShell(): the .NET hosting API is all the case tests")),
        PesterGap(file, "works on steppable pipeline", .outOfScope("ScriptBlock.GetSteppablePipeline(): the .NET API is all the case tests")),
    ]
}

@Suite struct SplattingPesterTests {
    @Test(arguments: SplattingCases.all) func follows(_ c: PesterCase) { c.check() }
}
