import CsTestSupport
import Foundation
import Testing
@testable import CsCore
@testable import CsLanguage
@testable import CsShell
@testable import CsXmpp

/// Secret parameters (ParameterMetadata.isSecret; the XMPP module declares DialbackPassphrase): the
/// literal a command line gives one is found by binding names as the binder does, masked in the lines
/// errors quote, and such a line is kept in no history (contract.md: the DialbackPassphrase never
/// appears in clear; the terminal side is Tests/scripts/interactive-history.sh).
struct SecretArgumentTests {
    private let registry = ShellHarness.registry()

    /// The first line of `text` as an error would quote it.
    private func shown(_ text: String) -> String {
        let source = SourceText(text)
        return SecretArguments.masking(source, ast: try? Parser.parse(source), registry: registry).lineText(1)
    }

    @Test func namedAbbreviatedAndColonArgumentsAreMasked() {
        #expect(shown("Set-CsXmppGatewayConfiguration -DialbackPassphrase \"S3cret\" -WhatIf") == "Set-CsXmppGatewayConfiguration -DialbackPassphrase ******** -WhatIf")
        #expect(shown("Set-CsXmppGatewayConfiguration -Dialb S3cret -ConnectionLimit 5") == "Set-CsXmppGatewayConfiguration -Dialb ****** -ConnectionLimit 5")
        #expect(shown("Set-CsXmppGatewayConfiguration -dialbackpassphrase:'S3cret'") == "Set-CsXmppGatewayConfiguration -dialbackpassphrase:********")
        #expect(shown("Set-CsXmppGatewayConfiguration -Force -Dialb (\"S3\" + 'cret')") == "Set-CsXmppGatewayConfiguration -Force -Dialb ***************")
    }

    @Test func nestedCommandsSplattingAndAssignedVariablesAreMasked() {
        #expect(shown("1 | % { Set-CsXmppGatewayConfiguration -DialbackPassphrase x }") == "1 | % { Set-CsXmppGatewayConfiguration -DialbackPassphrase * }")
        #expect(shown("\"$(Set-CsXmppGatewayConfiguration -DialbackPassphrase xy)\"") == "\"$(Set-CsXmppGatewayConfiguration -DialbackPassphrase **)\"")
        #expect(shown("$p = @{ DialbackPassphrase = 'S3cret' }; Set-CsXmppGatewayConfiguration @p") == "$p = @{ DialbackPassphrase = ******** }; Set-CsXmppGatewayConfiguration @p")
        #expect(shown("$pw = 'S3cret'; Set-CsXmppGatewayConfiguration -DialbackPassphrase $pw") == "$pw = ********; Set-CsXmppGatewayConfiguration -DialbackPassphrase $pw")
        #expect(shown("& $cmd -DialbackPassphrase S3cret") == "& $cmd -DialbackPassphrase ******")
    }

    @Test func otherArgumentsAreLeftAlone() {
        for line in [
            "Set-CsXmppGatewayConfiguration -DialbackPassphrase $pw",
            "Set-CsXmppGatewayConfiguration -DialbackPassphrase $cfg.Passphrase -ConnectionLimit 5",
            "Set-CsXmppGatewayConfiguration -ConnectionLimit 5 -EnableLoggingAllMessageBodies $true",
            "New-CsXmppAllowedPartner x.com -Description '-DialbackPassphrase S3cret'",
            "Write-Output -DialbackPassphrase S3cret",
            "$pw = 'kept'; Set-CsXmppGatewayConfiguration -ConnectionLimit 5",
        ] {
            let source = SourceText(line)
            #expect(!SecretArguments.masking(source, ast: try? Parser.parse(source), registry: registry).containsSecret, "\(line)")
        }
    }

    @Test func textThatDoesNotParseIsSearchedWordByWord() {
        #expect(shown("Set-CsXmppGatewayConfiguration -DialbackPassphrase \"S3 cret\" )") == "Set-CsXmppGatewayConfiguration -DialbackPassphrase ********* )")
        #expect(shown("Set-CsXmppGatewayConfiguration -Dialb:S3cret }") == "Set-CsXmppGatewayConfiguration -Dialb:****** }")
    }

    // Through the binary: a binding error, a parse error and a script file's error quote the line with
    // the value masked, and the underline still points at the right column.
    @Test func errorsNeverEchoTheValue() throws {
        let dir = CLI.tempDir()
        let env = ["CSSHELL_STORE": dir + "/store.json"]
        let binding = try CLI.run(["-Command", "Set-CsXmppGatewayConfiguration -DialbackPassphrase \"S3cret\" -Bogus"], env: env)
        #expect(binding.err.contains("""
            At line:1 char:61
            + Set-CsXmppGatewayConfiguration -DialbackPassphrase ******** -Bogus
            +                                                             ~~~~~~
            """))
        let parse = try CLI.run(["-Command", "Set-CsXmppGatewayConfiguration -Dialb 'S3cret' )"], env: env)
        #expect(parse.err.contains("+ Set-CsXmppGatewayConfiguration -Dialb ******** )\n"))
        let script = dir + "/gateway.ps1"
        try "'start'\n$pass = 'S3cret'; Set-CsXmppGatewayConfiguration -DialbackPassphrase $pass; throw \"failed with $($pass.Length) characters\"\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        let file = try CLI.run(["-File", script], env: env)
        #expect(file.err.contains("failed with 6 characters\nAt \(script):2 char:"))
        #expect(file.err.contains("+ $pass = ********; Set-CsXmppGatewayConfiguration -DialbackPassphrase $pass; throw"))
        for r in [binding, parse, file] {
            #expect(!(r.out + r.err).contains("S3cret"))
        }
        // The value itself was stored (and shows masked).
        #expect(try CLI.run(["-Command", "(Get-CsXmppGatewayConfiguration).DialbackPassphrase"], env: env).out == "********\n")
    }
}
