import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

/// Export- and Import-CsXmppFederationConfiguration as cmdlets: parameters, files, -WhatIf,
/// -NoClobber, error paths. (Out-File's and Export-Csv's PowerShell behaviour for -NoClobber follows
/// PowerShell's Out-File.Tests.ps1 "should not overwrite when NoClobber is specified".)
@Suite struct FederationConfigurationCmdletTests {
    func server(_ s: String) -> PSValue { .enumValue(XmppServerKind.psType.member(named: s)!) }
    func locals(_ d: String...) -> PSValue { .array(d.map { .string($0) }) }

    func runtime(with partners: [XmppAllowedPartner], gateway: XmppGatewaySettings? = nil) throws -> FakeRuntime {
        FakeRuntime(store: InMemoryXmppStore(partners: partners, gateway: gateway ?? XmppGatewaySettings()))
    }

    @Test func withoutPathTheTextIsOneStringAndTheWarningsAreWritten() throws {
        let rt = try runtime(with: ServerFixtures.lyncPartners)
        try invoke(ExportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Prosody")), ("LocalDomain", locals("example.com"))])
        #expect(rt.objects.count == 1)
        let text = try #require(rt.objects.first?.stringValue)
        #expect(text == ProsodyConfigWriter.text(try ServerFixtures.policy(.prosody, ServerFixtures.lyncPartners)))
        #expect(rt.warnings.contains { $0.hasPrefix("PartnerType PublicVerified of contoso.com:") })
        #expect(rt.errors.isEmpty && rt.shouldProcessCalls.isEmpty)
    }

    @Test func withPathTheFileIsWrittenWholeWithMode0644AndNothingIsOutput() throws {
        let rt = try runtime(with: ServerFixtures.lyncPartners)
        let dir = temporaryFolder()
        let path = dir + "/federation.yml"
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        try invoke(ExportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Ejabberd")), ("LocalDomain", locals("example.com")), ("Path", s(path))])
        #expect(rt.objects.isEmpty && rt.errors.isEmpty)
        #expect(fileMode(path) == 0o644)
        #expect(String(data: fileBytes(path)!, encoding: .utf8) == (try EjabberdConfigWriter.text(try ServerFixtures.policy(.ejabberd, ServerFixtures.lyncPartners))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["federation.yml"], "no temporary file is left")
        #expect(rt.shouldProcessCalls.map(\.action) == ["Export-CsXmppFederationConfiguration"])
    }

    @Test func noClobberAndWhatIfLeaveAnExistingFileAlone() throws {
        let dir = temporaryFolder()
        let path = dir + "/f.cfg.lua"
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        let rt = try runtime(with: [])
        do {
            try invoke(ExportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Prosody")), ("LocalDomain", locals("example.com")),
                                                                             ("Path", s(path)), ("NoClobber", .bool(true))])
            Issue.record("no error")
        } catch let e as ErrorRecord {
            #expect(e.errorId == "NoClobber" && e.message == "File \(path) already exists and NoClobber was specified.")
        }
        rt.whatIf = true
        try invoke(ExportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Prosody")), ("LocalDomain", locals("example.com")), ("Path", s(dir + "/new.cfg.lua"))])
        #expect(!fileExists(dir + "/new.cfg.lua"))
        #expect(String(data: fileBytes(path)!, encoding: .utf8) == "old")
    }

    @Test func unwritablePathsAreFileErrors() throws {
        let rt = try runtime(with: [])
        let dir = temporaryFolder()
        for (path, message) in [(dir + "/missing/f.yml", "Could not find a part of the path '\(dir)/missing/f.yml'."),
                                (dir, "Access to the path '\(dir)' is denied.")] {
            do {
                try invoke(ExportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Ejabberd")), ("LocalDomain", locals("example.com")), ("Path", s(path))])
                Issue.record("no error for \(path)")
            } catch let e as ErrorRecord {
                #expect(e.message == message && e.errorId == "FileOpenFailure")
            }
        }
    }

    @Test func aBadLocalDomainIsATerminatingErrorAndNothingIsWritten() throws {
        let rt = try runtime(with: [ServerFixtures.partner("partner.example")])
        let path = temporaryFolder() + "/f.yml"
        for d in ["not a name", "partner.example"] {
            do {
                try invoke(ExportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Ejabberd")), ("LocalDomain", locals(d)), ("Path", s(path))])
                Issue.record("accepted \(d)")
            } catch let e as ErrorRecord {
                #expect(e.message.contains("'\(d)'"))
            }
        }
        #expect(!fileExists(path))
    }

    // MARK: Import

    @Test func importCreatesPartnersWithNewsDefaultsAndTheGatewayTimeouts() throws {
        let path = ServerFixtures.file("p.yml", try EjabberdConfigWriter.text(try ServerFixtures.policy(.ejabberd, ServerFixtures.lyncPartners)))
        var g = XmppGatewaySettings()
        g.partnerConnectionLimit = 7
        g.streamInactivityTimeout = 1
        let rt = try runtime(with: [], gateway: g)
        try invoke(ImportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Ejabberd")), ("Path", s(path))])
        #expect(rt.errors.isEmpty)
        let ps = try rt.xmppStore.partners()
        #expect(ps.map(\.identity) == ["contoso.com", "fabrikam.com", "gmail.com"])
        #expect(ps.allSatisfy { $0.connectionLimit == 7 })
        #expect(ps[0].additionalDomains == ["na.contoso.com"])
        #expect((ps[0].tlsNegotiation, ps[0].saslNegotiation, ps[0].supportDialbackNegotiation) == (.required, .required, false))
        #expect((ps[1].tlsNegotiation, ps[1].saslNegotiation, ps[1].supportDialbackNegotiation) == (.required, .required, false))
        #expect((ps[2].tlsNegotiation, ps[2].saslNegotiation, ps[2].supportDialbackNegotiation) == (.required, .optional, true))
        #expect(try rt.xmppStore.gatewaySettings().streamInactivityTimeout == 600)
        #expect(rt.shouldProcessCalls.map(\.action) == ["New-CsXmppAllowedPartner", "New-CsXmppAllowedPartner", "New-CsXmppAllowedPartner", "Set-CsXmppGatewayConfiguration"])
    }

    @Test func importUpdatesKeepWhatTheServerDoesNotSay() throws {
        var existing = ServerFixtures.partner("partner.example", dialback: false, additional: ["im.partner.example"])
        existing.partnerType = .federated
        existing.description = "kept"
        existing.connectionLimit = 3
        let rt = try runtime(with: [existing])
        let path = ServerFixtures.file("p.cfg.lua", ProsodyConfigWriter.text(try ServerFixtures.policy(.prosody,
            [ServerFixtures.partner("partner.example", tls: .optional, sasl: .optional, additional: ["im.partner.example"])])))
        try invoke(ImportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Prosody")), ("Path", s(path))])
        let p = try #require(try rt.xmppStore.partner(identity: "partner.example"))
        #expect(p.partnerType == .federated && p.description == "kept" && p.connectionLimit == 3)
        #expect(p.additionalDomains == ["im.partner.example"], "Prosody's flat list leaves the partner's own domains")
        #expect((p.tlsNegotiation, p.saslNegotiation, p.supportDialbackNegotiation) == (.optional, .optional, true))
        #expect(try rt.xmppStore.partners().count == 1, "the additional domain is not made a partner of its own")
        #expect(rt.warnings == ["partner.example: " + Ref.wTls], "New's and Set's matrix warning for row 9")
    }

    @Test func whatIfChangesNothingAndShowsEachPartner() throws {
        let path = ServerFixtures.file("p.yml", try EjabberdConfigWriter.text(try ServerFixtures.policy(.ejabberd, ServerFixtures.lyncPartners)))
        var g = XmppGatewaySettings()
        g.streamInactivityTimeout = 5
        let rt = try runtime(with: [], gateway: g)
        rt.whatIf = true
        try invoke(ImportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Ejabberd")), ("Path", s(path))])
        #expect(try rt.xmppStore.gatewaySettings().streamInactivityTimeout == 5)
        #expect(try rt.xmppStore.partners().isEmpty)
        #expect(rt.shouldProcessCalls.map(\.target) == ["contoso.com", "fabrikam.com", "gmail.com", "Global"])
    }

    /// One non-terminating error per entry that does not validate; the others are imported.
    @Test func entriesThatDoNotValidateAreErrorsEach() throws {
        let rt = try runtime(with: [ServerFixtures.partner("owner.example", additional: ["taken.example"])])
        let path = ServerFixtures.file("e.yml", """
            hosts: [example.com]
            s2s_use_starttls: false
            s2s_access: partners
            acl:
              a: { server: [good.example] }
              b: { server: [taken.example, other.example] }
              c: { server: ["bad_name!.example"] }
              d: { server_regexp: ".*" }
            access_rules:
              partners: [allow: a, allow: b, allow: c, allow: d, deny]
            modules:
              mod_s2s_dialback: {}
            """)
        try invoke(ImportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Ejabberd")), ("Path", s(path))])
        #expect(try rt.xmppStore.partners().map(\.identity) == ["owner.example", "good.example"])
        #expect(rt.errors.map(\.errorId).sorted() == ["InvalidImportedDomain", "UnsupportedAclMatch", "XmppDomainInUse"])
        // TLS off with certificates only: no method is left.
        let rt2 = try runtime(with: [])
        let cert = ServerFixtures.file("p.cfg.lua", "s2s_allow_encryption = false\ns2s_secure_domains = { \"x.example\" }\n")
        try invoke(ImportCsXmppFederationConfigurationCommand.self, rt2, [("Server", server("Prosody")), ("Path", s(cert))])
        #expect(rt2.errors.map(\.errorId) == ["InvalidNegotiationConfiguration"])
        #expect(rt2.warnings.first?.contains("has no allow list") == true)
    }

    @Test func aMissingOrUnreadableConfigurationIsATerminatingError() throws {
        let rt = try runtime(with: [])
        let dir = temporaryFolder()
        do {
            try invoke(ImportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Prosody")), ("Path", s(dir + "/none.cfg.lua"))])
            Issue.record("no error")
        } catch let e as ErrorRecord {
            #expect(e.message == "Could not find file '\(dir)/none.cfg.lua'.")
        }
        let bad = ServerFixtures.file("bad.cfg.lua", "this is not lua\n", in: dir)
        do {
            try invoke(ImportCsXmppFederationConfigurationCommand.self, rt, [("Server", server("Prosody")), ("Path", s(bad))])
            Issue.record("no error")
        } catch let e as ErrorRecord {
            #expect(e.errorId == "ProsodyConfigInvalid" && e.message.contains("bad.cfg.lua:1:"))
        }
    }
}
