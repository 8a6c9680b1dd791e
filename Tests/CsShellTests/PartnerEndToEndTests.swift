import Foundation
import PGTestSupport
import Testing
@testable import CsShell
@testable import CsXmpp

/// The partner cmdlets through the real csshell binary and a real store (issue 3's "Done means"), on
/// every backend: a JSON file, and a database on the PostgreSQL server scripts/test starts.
@Suite(.serialized) struct PartnerEndToEndTests {
    /// The cmdlets of the XMPP module, whose examples the test runs on every backend.
    static let xmppCmdlets = Set(XmppModule.cmdlets.map { $0.metadata.name })

    /// Every Lync example of the XMPP module (partners, gateway, the configuration's export and
    /// import) runs verbatim with its documented effect, on each backend, against a fresh store.
    @Test(arguments: EndToEndBackend.allCases)
    func lyncExamplesRunVerbatimWithTheirDocumentedEffect(_ backend: EndToEndBackend) throws {
        let lync = HelpExamples.all.filter { Self.xmppCmdlets.contains($0.cmdlet) }
        #expect(lync.count >= 23)
        for (_, example) in lync {
            let check = try #require(HelpExamples.checks[example.code])
            let store = try backend.makeStore()
            try HelpExamples.writeFiles(into: store.folder)   // the files the examples read and write
            if let setup = check.setup { #expect(try store.run(setup).status == 0, "setup of \(example.code)") }
            let r = try store.run(example.code)
            if let prefix = check.stderrPrefix { #expect(r.err.hasPrefix(prefix), "\(example.code): \(r.err)") }
            else { #expect(r.err == "" && r.status == 0, "\(example.code): \(r.err)") }
            if let output = check.output { #expect(r.lines == output, "\(example.code)") }
            for line in check.outputContains { #expect(r.lines.contains(line), "\(example.code): output lacks \(line)") }
            if let verify = check.verify {
                #expect(try store.run(verify).lines == check.expected, "\(example.code)")
            }
        }
    }

    @Test(arguments: EndToEndBackend.allCases)
    func changesPersistAcrossProcesses(_ backend: EndToEndBackend) throws {
        let store = try backend.makeStore()
        #expect(try store.run("New-CsXmppAllowedPartner -Identity Contoso.COM. -Description 'Ken Myer' -WarningAction SilentlyContinue").status == 0)
        let r = try store.run("$p = Get-CsXmppAllowedPartner contoso.com; $p.Identity; $p.Description")
        #expect(r.lines == ["contoso.com", "Ken Myer"])
    }

    @Test(arguments: EndToEndBackend.allCases)
    func readsNeverCreateTheStore(_ backend: EndToEndBackend) throws {
        let store = try backend.makeStore()
        let r = try store.run("Get-CsXmppAllowedPartner; Get-CsXmppAllowedPartner -Filter '*.org'; Get-CsXmppGatewayConfiguration | Out-Null; Test-CsXmppAllowedPartner -TlsNegotiation Required -SaslNegotiation Required -SupportDialbackNegotiation $false | Out-Null")
        #expect(r.status == 0, "\(r.err)")
        #expect(try !store.exists())
    }

    @Test(arguments: EndToEndBackend.allCases)
    func whatIfLeavesTheStoreByteIdentical(_ backend: EndToEndBackend) throws {
        let store = try backend.makeStore()
        _ = try store.run("New-CsXmppAllowedPartner -Identity contoso.com -WarningAction SilentlyContinue; Export-CsConfiguration -FileName backup.json")
        let before = try store.snapshot()
        let r = try store.run("""
            New-CsXmppAllowedPartner -Identity fabrikam.com -WhatIf
            Set-CsXmppAllowedPartner -Identity contoso.com -Description x -WhatIf
            Remove-CsXmppAllowedPartner -Identity contoso.com -WhatIf
            Set-CsXmppGatewayConfiguration -ConnectionLimit 5 -WhatIf
            Import-CsConfiguration -FileName backup.json -WhatIf
            """)
        #expect(r.lines == [
            "What if: Performing the operation \"New-CsXmppAllowedPartner\" on target \"fabrikam.com\".",
            "What if: Performing the operation \"Set-CsXmppAllowedPartner\" on target \"contoso.com\".",
            "What if: Performing the operation \"Remove-CsXmppAllowedPartner\" on target \"contoso.com\".",
            "What if: Performing the operation \"Set-CsXmppGatewayConfiguration\" on target \"Global\".",
            "What if: Performing the operation \"Import-CsConfiguration\" on target \"\(store.displayName) (replace its contents with 1 XMPP allowed partner and the XMPP gateway settings from '\(store.folder)/backup.json')\".",
        ])
        #expect(try store.snapshot() == before)
    }

    @Test(arguments: EndToEndBackend.allCases)
    func corruptStoreIsReportedAndLeftByteIdentical(_ backend: EndToEndBackend) throws {
        let store = try backend.makeStore()
        try store.corrupt()
        let before = try store.snapshot()
        let r = try store.run("New-CsXmppAllowedPartner -Identity contoso.com; 'next'; Get-CsXmppAllowedPartner")
        #expect(r.status == 1)
        #expect(r.err.contains(store.displayName), "\(r.err)")
        #expect(r.lines == ["next"])
        #expect(try store.snapshot() == before)
        // Commands that do not use the store still work.
        #expect(try store.run("'ok'").lines == ["ok"])
    }

    /// Import-CsConfiguration checks the whole document first: one that does not validate changes
    /// nothing, and the error names the first bad entry.
    @Test(arguments: EndToEndBackend.allCases)
    func anInvalidDocumentImportsNothing(_ backend: EndToEndBackend) throws {
        let store = try backend.makeStore()
        #expect(try store.run("New-CsXmppAllowedPartner -Identity kept.example.com -SaslNegotiation Optional; Export-CsConfiguration good.json").status == 0)
        let good = try String(contentsOfFile: store.folder + "/good.json", encoding: .utf8)
        let bad = good.replacingOccurrences(of: "\"partners\": [", with: """
            "partners": [
                { "Identity": "first.example.com" },
                { "Identity": "second.example.com", "AdditionalDomains": ["first.example.com"] },
                { "Identity": "not a domain" },
            """)
        try bad.write(toFile: store.folder + "/bad.json", atomically: true, encoding: .utf8)
        try "{ \"format\": \"csshell-xmpp-store\", \"version\": 9, \"partners\": [] }".write(toFile: store.folder + "/newer.json", atomically: true, encoding: .utf8)
        try "{ \"partners\": [ nonsense".write(toFile: store.folder + "/garbage.json", atomically: true, encoding: .utf8)
        let before = try store.snapshot()
        let r = try store.run("Import-CsConfiguration bad.json; Import-CsConfiguration newer.json; Import-CsConfiguration garbage.json; Import-CsConfiguration missing.json; 'next'")
        #expect(r.status == 1)
        #expect(r.lines == ["next"])
        let errors = r.err.split(separator: "\n").filter { $0.hasPrefix("Import-CsConfiguration : ") }
        #expect(errors == [
            "Import-CsConfiguration : The file '\(store.folder)/bad.json' is not a valid csshell store: partner 2 ('second.example.com'): the domain 'first.example.com' also belongs to 'first.example.com' (line 18, column 5). Nothing was imported.",
            "Import-CsConfiguration : The file '\(store.folder)/newer.json' has version 9, but this csshell reads only version 1 or older. Nothing was imported.",
            "Import-CsConfiguration : The file '\(store.folder)/garbage.json' is not valid JSON (line 1, column 17: expected a value but found 'n'). Nothing was imported.",
            "Import-CsConfiguration : Cannot find path '\(store.folder)/missing.json' because it does not exist.",
        ], "\(r.err)")
        #expect(try store.snapshot() == before)
    }

    /// The migration recipe: export from one backend, import into the other, and back; the export
    /// after the trip is byte-identical, partners (order, domains, settings), gateway and passphrase.
    @Test(arguments: EndToEndBackend.allCases)
    func exportImportMovesEverythingToTheOtherBackend(_ backend: EndToEndBackend) throws {
        let source = try backend.makeStore()
        let other = try EndToEndBackend.allCases.first { $0 != backend }!.makeStore()
        let setup = try source.run("""
            New-CsXmppAllowedPartner -Identity zeta.example.com -AdditionalDomains a.zeta.example.com, b.zeta.example.com -SaslNegotiation Optional -Description 'Ken "K" Myer \\ ünïcode'
            New-CsXmppAllowedPartner -Identity alpha.example.org -PartnerType Federated -TlsNegotiation Optional -SaslNegotiation NotSupported -ProxyFqdn proxy.alpha.example.org -ConnectionLimit 7 -EnableKeepAlive $false
            New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true
            Set-CsXmppGatewayConfiguration -DialbackPassphrase 'dial back' -PartnerConnectionLimit 9 -EnableLoggingAllMessageBodies $true
            Export-CsConfiguration -FileName first.json
            """)
        #expect(setup.status == 0, "\(setup.err)")
        let first = try Data(contentsOf: URL(fileURLWithPath: source.folder + "/first.json"))
        try first.write(to: URL(fileURLWithPath: other.folder + "/first.json"))
        let moved = try other.run("Import-CsConfiguration -FileName first.json; Export-CsConfiguration -FileName second.json; (Get-CsXmppAllowedPartner).Identity; (Get-CsXmppAllowedPartner -Filter '*.org').Identity; (Get-CsXmppGatewayConfiguration).DialbackPassphrase")
        #expect(moved.status == 0, "\(moved.err)")
        #expect(moved.lines == ["zeta.example.com", "alpha.example.org", "gmail.com", "alpha.example.org", "********"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: other.folder + "/second.json")) == first, "the export after the trip")
        // And back into a store that already holds something else: replaced, not merged.
        try first.write(to: URL(fileURLWithPath: source.folder + "/second.json"))
        let back = try source.run("New-CsXmppAllowedPartner extra.example.com -SaslNegotiation Optional; Import-CsConfiguration second.json; Export-CsConfiguration third.json")
        #expect(back.status == 0, "\(back.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: source.folder + "/third.json")) == first)
        // The export is a store csshell can open.
        let opened = try CLI.run(["-Store", source.folder + "/first.json", "-Command", "(Get-CsXmppAllowedPartner).Count"])
        #expect(opened.lines == ["3"])
    }

    func run(_ script: String, _ storePath: String) throws -> ShellRun {
        try CLI.run(["-Command", script], env: ["CSSHELL_STORE": storePath])
    }

    @Test func storeFolderMustExistForExplicitPaths() throws {
        let path = CLI.tempDir() + "/missing/dir/store.json"
        let r = try run("New-CsXmppAllowedPartner -Identity contoso.com", path)
        #expect(r.status == 1)
        #expect(r.err.contains("missing/dir"))
        let viaOption = try CLI.run(["-Store", path, "-Command", "New-CsXmppAllowedPartner -Identity contoso.com"])
        #expect(viaOption.status == 1)
    }

    @Test func defaultLocationFolderIsCreatedWithMode0700() throws {
        let home = CLI.tempDir()
        let r = try CLI.run(["-c", "New-CsXmppAllowedPartner -Identity contoso.com -WarningAction Ignore"], env: ["HOME": home, "XDG_DATA_HOME": "", "CSSHELL_STORE": ""])
        #expect(r.status == 0, "\(r.err)")
        let folder = home + "/.local/share/csshell"
        let attrs = try FileManager.default.attributesOfItem(atPath: folder)
        #expect((attrs[.posixPermissions] as? Int) == 0o700)
        let file = try FileManager.default.attributesOfItem(atPath: folder + "/store.json")
        #expect((file[.posixPermissions] as? Int) == 0o600)
    }
}
