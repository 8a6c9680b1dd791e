import Foundation
import Testing
@testable import CsShell

/// The partner cmdlets through the real csshell binary and a real store file (issue 3's "Done means").
@Suite(.serialized) struct PartnerEndToEndTests {
    func store() -> String { CLI.tempDir() + "/store.json" }

    func run(_ script: String, _ storePath: String) throws -> ShellRun {
        try CLI.run(["-Command", script], env: ["CSSHELL_STORE": storePath])
    }

    @Test func lyncExamplesRunVerbatimWithTheirDocumentedEffect() throws {
        let lync = HelpExamples.all.filter { $0.cmdlet.contains("CsXmpp") }
        #expect(lync.count >= 19)
        for (_, example) in lync {
            let check = try #require(HelpExamples.checks[example.code])
            let path = store()
            if let setup = check.setup { #expect(try run(setup, path).status == 0) }
            let r = try run(example.code, path)
            if let prefix = check.stderrPrefix { #expect(r.err.hasPrefix(prefix), "\(example.code): \(r.err)") }
            else { #expect(r.err == "" && r.status == 0, "\(example.code): \(r.err)") }
            if let verify = check.verify {
                #expect(try run(verify, path).lines == check.expected, "\(example.code)")
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

    @Test func twoProcessesAdding200EachEndWith400() throws {
        let path = store()
        func script(_ tag: String) -> String {
            (0..<200).map { "New-CsXmppAllowedPartner -Identity \(tag)\($0).example.com -TlsNegotiation Required -SaslNegotiation Optional" }.joined(separator: "\n")
        }
        let dir = (path as NSString).deletingLastPathComponent
        try script("a").write(toFile: dir + "/a.ps1", atomically: true, encoding: .utf8)
        try script("b").write(toFile: dir + "/b.ps1", atomically: true, encoding: .utf8)
        let procs = ["a", "b"].map { tag -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLI.binary)
            p.arguments = ["-File", dir + "/\(tag).ps1"]
            p.environment = ["CSSHELL_STORE": path, "HOME": dir]
            try? p.run()
            return p
        }
        for p in procs { p.waitUntilExit(); #expect(p.terminationStatus == 0) }
        #expect(try run("@(Get-CsXmppAllowedPartner).Count", path).lines == ["400"])
    }

    @Test func sigkillMidBatchLeavesALoadableStore() throws {
        let path = store()
        let dir = (path as NSString).deletingLastPathComponent
        let script = (0..<3000).map { "New-CsXmppAllowedPartner -Identity k\($0).example.com -SaslNegotiation Optional" }.joined(separator: "\n")
        try script.write(toFile: dir + "/batch.ps1", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["-File", dir + "/batch.ps1"]
        p.environment = ["CSSHELL_STORE": path, "HOME": dir]
        try p.run()
        // Wait until some partners are in, then kill.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let j = FileManager.default.contents(atPath: path + ".journal"), j.count > 20_000 { break }
            usleep(2000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let r = try run("$all = @(Get-CsXmppAllowedPartner); $all.Count -gt 0; ($all | Where-Object { $_.Identity -notlike 'k*.example.com' }).Count", path)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.lines == ["True", "0"])
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
