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
            """, file: nil)
        completer = TabCompleter(session: session)
    }

    func complete(_ line: String) -> [String] { completer.complete(line: line, cursor: line.count).candidates }
    func start(_ line: String) -> Int { completer.complete(line: line, cursor: line.count).replaceFrom }

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
