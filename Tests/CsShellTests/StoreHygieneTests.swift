import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

/// Hand-edited, interrupted and oddly located stores, and hostile or sloppy input, through the binary
/// (the hardening issue's store and input items).
@Suite struct StoreHygieneTests {
    func run(_ store: String, _ script: String) throws -> ShellRun {
        try CLI.run(["-Store", store, "-Command", script])
    }

    /// A store document with every member a hand edit might add.
    static let handEdited = """
    {
      "format": "csshell-xmpp-store",
      "version": 1,
      "journalEpoch": null,
      "comment": "kept by the admins' own tools",
      "gatewayConfiguration": {
        "Identity": "Global",
        "ConnectionLimit": 1000,
        "DialbackPassphrase": null,
        "EnableLoggingAllMessageBodies": false,
        "KeepAliveInterval": 300,
        "PartnerConnectionLimit": 20,
        "StreamEstablishmentTimeout": 60,
        "StreamInactivityTimeout": 600,
        "SubscriptionRefreshInterval": 28800,
        "Site": {"name": "hq", "racks": [1, 2]}
      },
      "partners": [
        {
          "Identity": "contoso.com",
          "AdditionalDomains": [],
          "ConnectionLimit": 20,
          "Description": null,
          "Domain": "contoso.com",
          "EnableKeepAlive": true,
          "PartnerType": "Federated",
          "ProxyFqdn": null,
          "SaslNegotiation": "Optional",
          "SupportDialbackNegotiation": true,
          "TlsNegotiation": "Required",
          "Owner": "alice@contoso.com"
        }
      ]
    }

    """

    // Item 12: the next shell that opens the store, even to read, folds what a killed one left.
    @Test func aKilledBatchIsFoldedByTheNextShellThatOnlyReads() throws {
        let dir = CLI.tempDir()
        let store = dir + "/store.json"
        let script = "foreach ($i in 1..20000) { New-CsXmppAllowedPartner \"k$i.example.com\" -TlsNegotiation Required -SaslNegotiation Optional; if ($i % 200 -eq 0) { Write-Warning \"at $i\" } }"
        let (seen, killed) = try Faults.runAndKill(["-Store", store, "-Command", script], env: [:], afterLines: 2,
                                                   prefix: "WARNING: at", jitter: 1000)
        #expect(seen >= 2 && killed)
        let count = try run(store, "(Get-CsXmppAllowedPartner | Measure-Object).Count")
        let n = Int(count.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect(n >= 400 && count.status == 0, "\(count.err)")
        // The document alone (as another tool reads it, without the journal) holds all of them.
        let copy = CLI.tempDir() + "/copy.json"
        try FileManager.default.copyItem(atPath: store, toPath: copy)
        #expect(try Faults.identities(copy).count == n)
    }

    // Item 13: a UTF-8 byte-order mark is accepted.
    @Test func aStoreWithAByteOrderMarkIsRead() throws {
        let store = CLI.tempDir() + "/store.json"
        try Data([0xEF, 0xBB, 0xBF] + Array(Self.handEdited.utf8)).write(to: URL(fileURLWithPath: store))
        let r = try run(store, "(Get-CsXmppAllowedPartner contoso.com).PartnerType")
        #expect(r.out == "Federated\n" && r.status == 0, "\(r.err)")
    }

    // Item 13: a key given twice is refused with the key and where it is, and the store is left alone.
    @Test func aDuplicateKeyIsRefusedWithItsPosition() throws {
        let store = CLI.tempDir() + "/store.json"
        let text = Self.handEdited.replacingOccurrences(of: "\"Description\": null,", with: "\"Description\": null,\n      \"Description\": \"second\",")
        try text.write(toFile: store, atomically: true, encoding: .utf8)
        let r = try run(store, "Get-CsXmppAllowedPartner")
        #expect(r.status == 1)
        #expect(r.err.contains("'Description'") && r.err.contains("twice") && r.err.contains("line 24, column 7"), "\(r.err)")
        #expect(try String(contentsOfFile: store, encoding: .utf8) == text)
    }

    // Item 13: members csshell does not know survive its rewrite of the document.
    @Test func unknownMembersSurviveAChange() throws {
        let store = CLI.tempDir() + "/store.json"
        try Self.handEdited.write(toFile: store, atomically: true, encoding: .utf8)
        let r = try run(store, "Set-CsXmppAllowedPartner contoso.com -Description 'edited'; New-CsXmppAllowedPartner fabrikam.com -WarningAction Ignore")
        #expect(r.status == 0, "\(r.err)")
        let after = try String(contentsOfFile: store, encoding: .utf8)
        #expect(after.contains("\"Description\": \"edited\""))
        #expect(after.contains("\"Owner\": \"alice@contoso.com\""))
        #expect(after.contains("\"comment\": \"kept by the admins' own tools\""))
        #expect(after.contains("\"Site\": {\"name\": \"hq\", \"racks\": [1, 2]}"))
        #expect(try Faults.identities(store) == ["contoso.com", "fabrikam.com"])
    }

    // Item 14: control characters are refused in partner fields, named as code points.
    @Test func controlCharactersAreRefusedAndNeverPrintedRaw() throws {
        let store = CLI.tempDir() + "/store.json"
        let r = try run(store, "New-CsXmppAllowedPartner contoso.com -Description \"red`e[31mtext`a\"")
        #expect(r.status == 1)
        #expect(r.err.contains("U+001B"), "\(r.err)")
        #expect(!r.err.utf8.contains(0x1B) && !r.err.utf8.contains(0x07))
        #expect(!FileManager.default.fileExists(atPath: store))
        // An error that repeats the user's text shows control characters as code points too.
        let g = try run(store, "Get-CsXmppAllowedPartner \"x`e]0;owned`a.com\"")
        #expect(g.status == 1 && !g.err.utf8.contains(0x1B) && !g.err.utf8.contains(0x07), "\(g.err)")
    }

    // Item 15: a symbolic link as the store is written through, never replaced.
    @Test func aBrokenLinkAsTheStoreIsWrittenThrough() throws {
        let dir = CLI.tempDir()
        let link = dir + "/link.json", target = dir + "/target.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")
        let r = try run(link, "New-CsXmppAllowedPartner contoso.com -WarningAction Ignore")
        #expect(r.status == 0, "\(r.err)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "target.json", "the link stays a link")
        #expect(try Faults.identities(target) == ["contoso.com"])
        #expect(try run(target, "(Get-CsXmppAllowedPartner).Identity").out == "contoso.com\n")
    }

    // Item 15: spaces around a domain (cells of a spreadsheet) are trimmed.
    @Test func domainsAreTrimmed() throws {
        let store = CLI.tempDir() + "/store.json"
        let r = try run(store, "New-CsXmppAllowedPartner ' contoso.com ' -AdditionalDomains ' na.contoso.com', 'eu.contoso.com  ' -WarningAction Ignore; (Get-CsXmppAllowedPartner contoso.com).AdditionalDomains")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "na.contoso.com\neu.contoso.com\n")
        #expect(try Faults.identities(store) == ["contoso.com"])
    }

    // Item 15: a non-ASCII domain is refused with its ASCII (punycode) form, RFC 3492's example form.
    @Test func aNonAsciiDomainNamesItsPunycodeForm() throws {
        let store = CLI.tempDir() + "/store.json"
        let r = try run(store, "New-CsXmppAllowedPartner bücher.de")
        #expect(r.status == 1)
        #expect(r.err.contains("xn--bcher-kva.de"), "\(r.err)")
    }
}
