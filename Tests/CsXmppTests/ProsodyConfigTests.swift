import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

/// The Prosody writer and reader (the reader runs Debian's lua5.4, which scripts/test installs with
/// prosody). prosodyctl's own checks of the files are in Tests/scripts/xmpp-servers.sh.
@Suite struct ProsodyConfigTests {
    typealias Row = (row: Int, tls: String, sasl: String, dialback: Bool)

    /// The file is Lua to Prosody and a rule script to mod_firewall: every line outside the rules
    /// starts with ";" (a comment to mod_firewall), and the rules sit between "; --[[" and "; ]]".
    @Test func theFileIsBothLuaAndAFirewallScript() throws {
        let text = ProsodyConfigWriter.text(try ServerFixtures.policy(.prosody, ServerFixtures.lyncPartners))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let open = try #require(lines.firstIndex { $0.hasPrefix("; --[[") })
        let close = try #require(lines.firstIndex(of: "; ]]"))
        #expect(open < close)
        for (i, l) in lines.enumerated() where (i < open || i > close) && !l.isEmpty { #expect(l.hasPrefix(";"), "line \(i + 1): \(l)") }
        for l in lines[(open + 1)..<close] { #expect(!l.hasPrefix(";") && !l.contains("]]")) }
        #expect(text.contains("; firewall_scripts = { (debug.getinfo(1, \"S\").source:gsub(\"^@\", \"\")) }"))
        let script = try ProsodyFirewallScript(text: text, folder: "/")
        #expect(script.allowListZones == ["csshell_partners"])
        #expect(script.allowedDomains == ["contoso.com", "na.contoso.com", "fabrikam.com", "research.fabrikam2.com", "gmail.com"])
        #expect(text.contains("; VirtualHost \"example.com\"\n;   modules_enabled = { \"firewall\"; \"s2s_idle_timeout\"; \"dialback\" }"))
    }

    @Test func aDescriptionStaysOneCommentLine() throws {
        var p = ServerFixtures.partner("d.example")
        p.description = "line one\nline two \\"
        let text = ProsodyConfigWriter.text(try ServerFixtures.policy(.prosody, [p]))
        #expect(text.contains("; --   d.example: line one line two\n"))
    }

    /// The Lync examples' partners: every domain comes back; contoso.com (dialback off) and fabrikam.com
    /// (New's defaults, row 1: SASL over TLS only) need certificates, gmail.com may use dialback; its
    /// keep-alive and TLS are global.
    @Test func lyncExamplesRoundTrip() throws {
        let path = ServerFixtures.file("policy.cfg.lua", ProsodyConfigWriter.text(try ServerFixtures.policy(.prosody, ServerFixtures.lyncPartners)))
        let r = try ProsodyConfigReader.read(path)
        #expect(r.entries.map(\.identity) == ["contoso.com", "na.contoso.com", "fabrikam.com", "research.fabrikam2.com", "gmail.com"])
        #expect(r.entries.map(\.authentication) == [.certificates, .certificates, .certificates, .certificates, .dialbackAllowed])
        #expect(r.entries.allSatisfy { $0.tls == .required && $0.enableKeepAlive == true && $0.additionalDomains == nil })
        #expect(r.rejected.isEmpty && r.notes.isEmpty)
        #expect(r.streamEstablishmentTimeout == 60 && r.streamInactivityTimeout == 600)
    }

    /// Each storable row alone comes back with the methods the file expresses (see FederationPolicyTests).
    @Test(arguments: ServerFixtures.storableRows)
    func eachRowRoundTrips(_ c: Row) throws {
        try ServerFixtures.expectRowRoundTrips(.prosody, c)
    }

    @Test func aThousandPartnersRoundTrip() throws {
        let partners = ServerFixtures.thousand()
        let r = try ProsodyConfigReader.read(ServerFixtures.file("big.cfg.lua", ProsodyConfigWriter.text(try ServerFixtures.policy(.prosody, partners))))
        #expect(r.entries.count == partners.reduce(0) { $0 + $1.allDomains.count })
        let certificates = Set(r.entries.filter { $0.authentication == .certificates }.map(\.identity))
        #expect(certificates == Set(partners.filter { !$0.supportDialbackNegotiation }.map(\.identity)))
    }

    /// Debian's shipped prosody.cfg.lua: it Includes conf.d/*.cfg.lua (which must exist, as for
    /// Prosody), sets s2s_secure_auth and has no allow list; an export dropped into conf.d adds one.
    @Test func debiansOwnConfigurationIsRead() throws {
        let dir = temporaryFolder()
        let main = dir + "/prosody.cfg.lua"
        try FileManager.default.copyItem(atPath: ServerFixtures.debianProsody, toPath: main)
        do {
            _ = try ProsodyConfigReader.read(main)
            Issue.record("a missing conf.d was accepted")
        } catch {
            #expect(error.errorId == "ProsodyConfigInvalid" && error.message.contains("conf.d"))
        }
        try FileManager.default.createDirectory(atPath: dir + "/conf.d", withIntermediateDirectories: false)
        let plain = try ProsodyConfigReader.read(main)
        #expect(plain.entries.isEmpty && plain.files == [main])
        #expect(plain.notes.count == 1 && plain.notes[0].contains("has no allow list"))

        var local = ServerFixtures.partner("partner.example", tls: .optional, sasl: .optional)
        local.description = "x"
        _ = ServerFixtures.file("csshell-federation.cfg.lua", ProsodyConfigWriter.text(try ServerFixtures.policy(.prosody, [local], local: ["localhost"])), in: dir + "/conf.d")
        let r = try ProsodyConfigReader.read(main)
        #expect(r.files == [main, dir + "/conf.d/csshell-federation.cfg.lua"])
        // The include comes after Debian's s2s_secure_auth = true and wins, as in Prosody.
        #expect(r.entries == [ImportedFederation.Entry(identity: "partner.example", additionalDomains: nil, tls: .optional,
                                                       authentication: .dialbackAllowed, enableKeepAlive: true,
                                                       source: dir + "/conf.d/csshell-federation.cfg.lua: %ZONE csshell_partners")])
    }

    /// What real configurations contain: comments (line and block), both quotings and long strings,
    /// tables with ";" and ",", relative Include, VirtualHost and Component sections, ENV_ variables.
    @Test func handWrittenConfigurationsAreReadAsProsodyReadsThem() throws {
        let dir = temporaryFolder()
        _ = ServerFixtures.file("extra.cfg.lua", """
            s2s_insecure_domains = { 'legacy.example', [[old.example]] } -- single quotes and a long string
            """, in: dir)
        let main = ServerFixtures.file("prosody.cfg.lua", """
            --[[ A block comment with s2s_secure_domains = { "ignored.example" } ]]
            modules_enabled = { "tls"; "dialback", "saslauth" } -- both separators
            s2s_secure_auth = false
            s2s_require_encryption = false
            s2s_secure_domains = { "bank.example"; "Other.Example"; }
            s2s_timeout = 30 s2s_idle_timeout = ENV_CSSHELL_TEST_UNSET or 45
            Include "extra.cfg.lua"
            VirtualHost "example.com"
              s2s_secure_auth = true -- under a host: not the global option
            Component "conference.example.com" "muc"
              modules_enabled = { "muc_mam" }
            """, in: dir)
        let r = try ProsodyConfigReader.read(main)
        #expect(r.entries.map(\.identity) == ["bank.example", "other.example", "legacy.example", "old.example"])
        #expect(r.entries.map(\.authentication) == [.certificates, .certificates, .dialbackAllowed, .dialbackAllowed])
        #expect(r.entries.allSatisfy { $0.tls == .optional })
        #expect(r.streamEstablishmentTimeout == 30 && r.streamInactivityTimeout == 45)
        #expect(r.files == [main, dir + "/extra.cfg.lua"])
    }

    @Test func withoutDialbackEveryoneNeedsCertificates() throws {
        let main = ServerFixtures.file("prosody.cfg.lua", """
            modules_enabled = { "tls"; "dialback" }
            s2s_insecure_domains = { "legacy.example" }
            VirtualHost "example.com"
              modules_disabled = { "dialback" }
            """)
        #expect(try ProsodyConfigReader.read(main).entries.map(\.authentication) == [.certificates])
    }

    @Test func errorsNameTheFileAndLine() throws {
        let main = ServerFixtures.file("prosody.cfg.lua", "s2s_secure_domains = { \"a.example\"\n\"b.example\" }\n")
        do { _ = try ProsodyConfigReader.read(main); Issue.record("accepted") } catch {
            #expect(error.errorId == "ProsodyConfigInvalid" && error.message.contains("prosody.cfg.lua:2:"))
        }
        let script = ServerFixtures.file("run.cfg.lua", "os.execute('true')\n")
        do { _ = try ProsodyConfigReader.read(script); Issue.record("os was reachable") } catch {
            #expect(error.message.contains("os"))
        }
        let missing = ServerFixtures.file("prosody.cfg.lua", "Include \"nowhere.cfg.lua\"\n")
        do { _ = try ProsodyConfigReader.read(missing); Issue.record("accepted") } catch {
            #expect(error.message.contains("nowhere.cfg.lua"))
        }
    }

    /// An entry that cannot be a partner is rejected alone; the rest is read.
    @Test func anInvalidDomainIsRejectedAlone() throws {
        let main = ServerFixtures.file("prosody.cfg.lua", "s2s_secure_domains = { \"*.wild.example\", \"good.example\" }\n")
        let r = try ProsodyConfigReader.read(main)
        #expect(r.entries.map(\.identity) == ["good.example"])
        #expect(r.rejected.count == 1 && r.rejected[0].target == "*.wild.example")
    }

    @Test func firewallScriptsAreReadAsModFirewallReadsThem() throws {
        let dir = temporaryFolder()
        _ = ServerFixtures.file("zone.txt", "z1.example\nz2.example\n", in: dir)
        let script = try ProsodyFirewallScript(text: """
            # comment
            %ZONE friends: a.example, \\
               b.example
            %ZONE more:< zone.txt
            %ZONE unused: c.example
            ; another comment
            NOT LEAVING: friends
            DROP.

            ::deliver_remote
            NOT LEAVING: more
            DROP.

            ::deliver
            NOT LEAVING: more
            DROP.
            """, folder: dir)
        #expect(script.zones["friends"] == ["a.example", "b.example"])
        // Rules before any "::chain" line are in the deliver chain; deliver_remote's do not count.
        #expect(script.allowListZones == ["friends", "more"])
        #expect(script.allowedDomains == ["a.example", "b.example", "z1.example", "z2.example"])
    }
}
