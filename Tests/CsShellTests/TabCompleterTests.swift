import CsTestSupport
import Foundation
import Testing
@testable import CsCore
@testable import CsShell
@testable import CsXmpp

/// Completion rules of powershell-language.md §6.1 and issue 5.
struct TabCompleterTests {
    let session: Session
    let completer: TabCompleter

    init() {
        let store = InMemoryXmppStore()
        session = ShellHarness.session(host: StringHostIO(), store: { store })
        _ = ScriptRunner(session: session).run("""
            New-CsXmppAllowedPartner contoso.com -WarningAction Ignore
            New-CsXmppAllowedPartner contoso.org -WarningAction Ignore
            New-CsXmppAllowedPartner fabrikam.com -WarningAction Ignore
            $PartnerList = 1
            $s = 'abc'
            $h = [ordered]@{ Name = 'n'; 'two words' = 2 }
            $p = Get-CsXmppAllowedPartner contoso.com
            $list = 'a', 'b'
            """, file: nil)
        completer = TabCompleter(session: session)
    }

    func complete(_ line: String) -> [String] { completer.complete(line: line, cursor: line.count).candidates }
    func start(_ line: String) -> Int { completer.complete(line: line, cursor: line.count).replaceFrom }

    // Member completion (CompletionCompleters.CompleteMemberHelper): the members of the variable's
    // value sorted by member type (Property before Method) then name, methods with `(`, then a
    // hashtable's keys (quoted when they need it); only the part after the last dot is replaced.
    @Test func membersOfAVariablesValue() {
        let partner = ["AdditionalDomains", "ConnectionLimit", "Description", "Domain", "EnableKeepAlive", "Identity", "PartnerType",
                       "ProxyFqdn", "SaslNegotiation", "SupportDialbackNegotiation", "TlsNegotiation",
                       "Equals(", "GetHashCode(", "GetType(", "ToString("]
        #expect(complete("$p.") == partner)
        #expect(complete("$P.s") == ["SaslNegotiation", "SupportDialbackNegotiation"])
        #expect(start("Write-Output $p.S") == 16)
        #expect(complete("$p.Identity.Len") == ["Length"])
        #expect(complete("$s.")[0] == "Length")
        #expect(complete("$s.toup") == ["ToUpper(", "ToUpperInvariant("])
        #expect(complete("$h.").suffix(2) == ["Name", "'two words'"])
        #expect(complete("$h.Na") == ["Name"])
        #expect(complete("$nothing.").isEmpty)
    }

    // `$_.` in a script block (CompleteMemberByInferredType): the properties, then the methods, of the
    // type the command before the block declares as its output; Where-Object and Sort-Object pass
    // their input on; a variable at the head of the pipeline gives its first element's members.
    @Test func membersOfThePipelineInput() {
        let partner = complete("$p.")
        #expect(complete("Get-CsXmppAllowedPartner | Where-Object { $_.") == partner)
        #expect(complete("Get-CsXmppAllowedPartner | Where-Object { $_.Tls") == ["TlsNegotiation"])
        #expect(complete("Get-CsXmppAllowedPartner -Filter '*.com' | Sort-Object Identity | ForEach-Object { $_.Iden") == ["Identity"])
        #expect(complete("1; Get-CsXmppGatewayConfiguration | % { $PSItem.Dial") == ["DialbackPassphrase"])
        #expect(complete("Get-CsXmppAllowedPartner | ? { $_.Identity -like 'c*' } | % { $_.Pa") == ["PartnerType"])
        #expect(complete("$list | % { $_.Len") == ["Length"])
        #expect(complete("Get-Content x.txt | % { $_.Len") == ["Length"])
        #expect(complete("Get-CsXmppAllowedPartner | % { $_.Identity } | % { $_.").isEmpty)
        #expect(complete("$_.").isEmpty)
        #expect(complete("% { $_.").isEmpty)
    }

    @Test func commandNamesInCanonicalCase() {
        #expect(complete("get-csxmppall") == ["Get-CsXmppAllowedPartner"])
        #expect(complete("new-csx") == ["New-CsXmppAllowedPartner"])
        #expect(complete("Get-CsXmppAllowedPartner | where-o") == ["Where-Object"])
        #expect(complete("sel") == ["select", "Select-Object"])
        #expect(complete("n-cxap") == ["New-CsXmppAllowedPartner"])
    }

    @Test func parameterNamesInDeclarationOrderThenCommon() {
        let all = complete("New-CsXmppAllowedPartner -")
        #expect(all.prefix(4) == ["-Identity", "-Domain", "-InMemory", "-AdditionalDomains"])
        #expect(all.suffix(2) == ["-WhatIf", "-Confirm"])
        #expect(all.firstIndex(of: "-Verbose")! > all.firstIndex(of: "-TlsNegotiation")!)
        #expect(complete("New-CsXmppAllowedPartner -Tls") == ["-TlsNegotiation"])
        #expect(complete("new-csxmppallowedpartner -sasl") == ["-SaslNegotiation"])
    }

    @Test func boundParametersAndOtherSetsAreLeftOut() {
        let after = complete("New-CsXmppAllowedPartner -Identity a.com -")
        #expect(!after.contains("-Identity"))
        #expect(!after.contains("-Domain"))
        #expect(after.contains("-PartnerType"))
        #expect(!complete("Set-CsXmppAllowedPartner -Instance $x -").contains("-Identity"))
    }

    @Test func enumValuesSortedAlphabetically() {
        #expect(complete("New-CsXmppAllowedPartner -PartnerType ") == ["Federated", "PublicUnverified", "PublicVerified"])
        #expect(complete("New-CsXmppAllowedPartner -PartnerType pub") == ["PublicUnverified", "PublicVerified"])
        #expect(complete("New-CsXmppAllowedPartner -TlsNegotiation:opt") == ["Optional"])
        #expect(complete("New-CsXmppAllowedPartner -TlsNegotiation: n") == ["NotSupported"])
        #expect(complete("New-CsXmppAllowedPartner -SaslNegotiation 'r") == ["'Required'"])
        #expect(complete("Get-Thing | Write-Host x -ForegroundColor Blu") == ["Blue"])
    }

    @Test func identitiesFromTheStore() {
        #expect(complete("Get-CsXmppAllowedPartner -Identity con") == ["contoso.com", "contoso.org"])
        #expect(complete("Remove-CsXmppAllowedPartner fab") == ["fabrikam.com"])
        #expect(complete("Set-CsXmppAllowedPartner c") == ["contoso.com", "contoso.org"])
        #expect(start("Get-CsXmppAllowedPartner -Identity con") == 35)
    }

    /// A parameter's own completer: Test-CsXmppFederation -RemoteProfile offers the presets' names; one
    /// with spaces comes in single quotes, or in the quote the user opened (PowerShell's completion).
    @Test func completerValuesWithSpacesAreQuoted() {
        #expect(complete("Test-CsXmppFederation fabrikam.com -RemoteProfile pro") == ["'Prosody 0.12 default'", "'Prosody 0.12 Debian 12 default'"])
        #expect(complete("Test-CsXmppFederation -RemoteProfile \"leg") == ["\"legacy dialback-only server\""])
        #expect(complete("Test-CsXmppFederation -RemoteProfile 'ej") == ["'ejabberd 23.01 default'"])
        #expect(complete("Test-CsXmppFederation -Identity fab") == ["fabrikam.com"])
    }

    @Test func variableNames() {
        #expect(complete("$Partner") == ["$PartnerList"])
        #expect(complete("Write-Output $errorac") == ["$ErrorActionPreference"])
    }

    @Test func paths() throws {
        let dir = CLI.tempDir()
        _ = FileManager.default.createFile(atPath: dir + "/partners.csv", contents: Data())
        _ = FileManager.default.createFile(atPath: dir + "/partners.ps1", contents: Data())
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        #expect(complete("Get-Content \(dir)/part") == ["\(dir)/partners.csv", "\(dir)/partners.ps1"])
        #expect(complete("'x' > \(dir)/s") == ["\(dir)/sub/"])
    }
}
