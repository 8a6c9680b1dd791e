import Foundation
import Testing
@testable import CsShell
@testable import CsXmpp

/// The partner cmdlets through the real csshell binary and a real store file (issue 3's "Done means").
@Suite(.serialized) struct PartnerEndToEndTests {
    func store() -> String { CLI.tempDir() + "/store.json" }

    func run(_ script: String, _ storePath: String, cwd: String? = nil) throws -> ShellRun {
        try CLI.run(["-Command", script], env: ["CSSHELL_STORE": storePath], cwd: cwd)
    }

    @Test func lyncExamplesRunVerbatimWithTheirDocumentedEffect() throws {
        let lync = HelpExamples.all.filter { $0.cmdlet.contains("CsXmpp") }
        #expect(lync.count >= 19)
        for (_, example) in lync {
            let check = try #require(HelpExamples.checks[example.code])
            let path = store()
            if let setup = check.setup { #expect(try run(setup, path).status == 0) }
            let dir = try HelpExamples.folder()   // the files the examples read and write
            let r = try run(example.code, path, cwd: dir)
            if let prefix = check.stderrPrefix { #expect(r.err.hasPrefix(prefix), "\(example.code): \(r.err)") }
            else { #expect(r.err == "" && r.status == 0, "\(example.code): \(r.err)") }
            if let verify = check.verify {
                #expect(try run(verify, path, cwd: dir).lines == check.expected, "\(example.code)")
            }
        }
    }

    @Test func changesPersistAcrossProcesses() throws {
        let path = store()
        #expect(try run("New-CsXmppAllowedPartner -Identity Contoso.COM. -Description 'Ken Myer' -WarningAction SilentlyContinue", path).status == 0)
        let r = try run("$p = Get-CsXmppAllowedPartner contoso.com; $p.Identity; $p.Description", path)
        #expect(r.lines == ["contoso.com", "Ken Myer"])
    }

    @Test func readsNeverCreateTheStore() throws {
        let path = store()
        let r = try run("Get-CsXmppAllowedPartner; Get-CsXmppGatewayConfiguration | Out-Null", path)
        #expect(r.status == 0)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func whatIfLeavesTheStoreByteIdentical() throws {
        let path = store()
        _ = try run("New-CsXmppAllowedPartner -Identity contoso.com -WarningAction SilentlyContinue", path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let journalBefore = FileManager.default.contents(atPath: path + ".journal")
        let r = try run("""
            New-CsXmppAllowedPartner -Identity fabrikam.com -WhatIf
            Set-CsXmppAllowedPartner -Identity contoso.com -Description x -WhatIf
            Remove-CsXmppAllowedPartner -Identity contoso.com -WhatIf
            """, path)
        #expect(r.lines == [
            "What if: Performing the operation \"New-CsXmppAllowedPartner\" on target \"fabrikam.com\".",
            "What if: Performing the operation \"Set-CsXmppAllowedPartner\" on target \"contoso.com\".",
            "What if: Performing the operation \"Remove-CsXmppAllowedPartner\" on target \"contoso.com\".",
        ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(FileManager.default.contents(atPath: path + ".journal") == journalBefore)
    }

    @Test func corruptStoreIsReportedAndLeftByteIdentical() throws {
        let path = store()
        let garbage = Data("{ \"partners\": [ this is not json".utf8)
        try garbage.write(to: URL(fileURLWithPath: path))
        let r = try run("New-CsXmppAllowedPartner -Identity contoso.com; 'next'", path)
        #expect(r.status == 1)
        #expect(r.err.contains(path))
        #expect(r.lines == ["next"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
        // Commands that do not use the store still work.
        #expect(try run("'ok'", path).lines == ["ok"])
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
