import Foundation
import Testing
import Yams
@testable import CsCore
@testable import CsXmpp

/// The ejabberd writer and reader. A real node's acceptance of the files is in
/// Tests/scripts/xmpp-servers.sh.
@Suite struct EjabberdConfigTests {
    typealias Row = (row: Int, tls: String, sasl: String, dialback: Bool)

    /// The file's structure, read back with Yams: one ACL per partner, the two rules, and the
    /// per-host options under host_config of each local domain.
    @Test func theFileHasTheDocumentedStructure() throws {
        let text = try EjabberdConfigWriter.text(try ServerFixtures.policy(.ejabberd, ServerFixtures.lyncPartners, local: ["example.com", "example.org"]))
        let doc = try #require(try Yams.load(yaml: text) as? [String: Any])
        let acl = try #require(doc["acl"] as? [String: Any])
        #expect((acl["csshell_partner_contoso.com"] as? [String: Any])?["server"] as? [String] == ["contoso.com", "na.contoso.com"])
        #expect(acl.count == 3)
        let rules = try #require(doc["access_rules"] as? [String: Any])
        let s2s = try #require(rules["csshell_s2s"] as? [Any])
        #expect(s2s.count == 4 && (s2s.last as? String) == "deny")
        #expect((rules["csshell_dialback"] as? [Any])?.compactMap { ($0 as? [String: String])?["allow"] } == ["csshell_partner_gmail.com"])
        let hosts = try #require(doc["host_config"] as? [String: [String: Any]])
        #expect(Set(hosts.keys) == ["example.com", "example.org"])
        let h = try #require(hosts["example.com"])
        #expect(h["s2s_access"] as? String == "csshell_s2s")
        #expect(h["s2s_use_starttls"] as? String == "required")
        #expect(h["s2s_timeout"] as? Int == 600)
        #expect(((h["modules"] as? [String: Any])?["mod_s2s_dialback"] as? [String: String])?["access"] == "csshell_dialback")
        #expect(!text.contains("********"))
    }

    /// TLS off is ejabberd's boolean false, not the string "false".
    @Test func tlsOffIsABoolean() throws {
        let text = try EjabberdConfigWriter.text(try ServerFixtures.policy(.ejabberd, [ServerFixtures.partner("g.example", tls: .notSupported, sasl: .notSupported)]))
        let doc = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(((doc["host_config"] as? [String: [String: Any]])?["example.com"]?["s2s_use_starttls"]) as? Bool == false)
    }

    @Test func lyncExamplesRoundTripWithTheirDomains() throws {
        let path = ServerFixtures.file("policy.yml", try EjabberdConfigWriter.text(try ServerFixtures.policy(.ejabberd, ServerFixtures.lyncPartners)))
        let r = try EjabberdConfigReader.read(path)
        #expect(r.entries.map(\.identity) == ["contoso.com", "fabrikam.com", "gmail.com"])
        #expect(r.entries.map(\.additionalDomains) == [["na.contoso.com"], ["research.fabrikam2.com"], []])
        #expect(r.entries.map(\.authentication) == [.certificates, .certificates, .dialbackAllowed])
        #expect(r.entries.allSatisfy { $0.tls == .required })
        #expect(r.streamInactivityTimeout == 600 && r.streamEstablishmentTimeout == nil)
        #expect(r.rejected.isEmpty && r.notes.isEmpty)
    }

    @Test(arguments: ServerFixtures.storableRows)
    func eachRowRoundTrips(_ c: Row) throws {
        try ServerFixtures.expectRowRoundTrips(.ejabberd, c)
    }

    @Test func aThousandPartnersRoundTrip() throws {
        let partners = ServerFixtures.thousand()
        let r = try EjabberdConfigReader.read(ServerFixtures.file("big.yml", try EjabberdConfigWriter.text(try ServerFixtures.policy(.ejabberd, partners))))
        #expect(r.entries.map(\.identity) == partners.map(\.identity))
        #expect(r.entries.map { $0.additionalDomains ?? [] } == partners.map(\.additionalDomains))
        #expect(r.entries.map { $0.authentication == .dialbackAllowed } == partners.map(\.supportDialbackNegotiation))
    }

    /// Debian's shipped ejabberd.yml: s2s_access is left at 'all', so there is no allow list; with an
    /// export included (host_config of its host, localhost), its partners come back, the main file's
    /// global s2s_use_starttls and mod_s2s_dialback notwithstanding.
    @Test func debiansOwnConfigurationIsRead() throws {
        let plain = try EjabberdConfigReader.read(ServerFixtures.debianEjabberd)
        #expect(plain.entries.isEmpty && plain.rejected.isEmpty)
        #expect(plain.notes.count == 1 && plain.notes[0].contains("has no allow list for localhost"))

        let dir = temporaryFolder()
        let policy = ServerFixtures.file("csshell.yml", try EjabberdConfigWriter.text(
            try ServerFixtures.policy(.ejabberd, [ServerFixtures.partner("partner.example", sasl: .optional)], local: ["localhost"])), in: dir)
        let main = ServerFixtures.file("ejabberd.yml", try String(contentsOfFile: ServerFixtures.debianEjabberd, encoding: .utf8)
            + "\ninclude_config_file:\n  - \"csshell.yml\"\n", in: dir)
        let r = try EjabberdConfigReader.read(main)
        #expect(r.files == [main, policy])
        #expect(r.entries.map(\.identity) == ["partner.example"])
        #expect(r.entries.first?.authentication == .dialbackAllowed && r.entries.first?.tls == .required)
    }

    /// Hand-written forms: inline ACLs, lists of ACLs, the map form of a rule, a glob (rejected),
    /// include_config_file with allow_only, s2s_use_starttls optional, timeouts with units.
    @Test func handWrittenConfigurationsAreRead() throws {
        let dir = temporaryFolder()
        _ = ServerFixtures.file("more.yml", """
            acl:
              friends:
                server:
                  - friend.example
                  - im.friend.example
              globbed:
                server_glob: "*.glob.example"
            s2s_timeout: 10 minutes
            loglevel: debug
            """, in: dir)
        let main = ServerFixtures.file("ejabberd.yml", """
            hosts: [example.com]
            s2s_use_starttls: optional
            s2s_access: partners
            access_rules:
              partners:
                - deny: blocked
                - allow: [friends, globbed]
                - allow:
                    server: inline.example
                - deny
              legacy:
                allow: friends
            modules:
              mod_s2s_dialback:
                access: legacy
            include_config_file:
              more.yml:
                allow_only: [acl, s2s_timeout]
            """, in: dir)
        let r = try EjabberdConfigReader.read(main)
        #expect(r.entries.map(\.identity) == ["friend.example", "inline.example"])
        #expect(r.entries.map(\.additionalDomains) == [["im.friend.example"], []])
        #expect(r.entries.map(\.authentication) == [.dialbackAllowed, .certificates])
        #expect(r.entries.allSatisfy { $0.tls == .optional })
        #expect(r.streamInactivityTimeout == 600)
        #expect(r.rejected.count == 1)   // globbed matches by pattern; "blocked" (undefined) is only denied
        #expect(r.rejected.contains { $0.target == "globbed" && $0.message.contains("server_glob") })
    }

    @Test func ejabberdsOwnRefusalsAreErrors() throws {
        let dir = temporaryFolder()
        _ = ServerFixtures.file("b.yml", "s2s_use_starttls: required\n", in: dir)
        let dup = ServerFixtures.file("a.yml", "s2s_use_starttls: optional\ninclude_config_file: b.yml\n", in: dir)
        do { _ = try EjabberdConfigReader.read(dup); Issue.record("accepted") } catch {
            #expect(error.message.contains("s2s_use_starttls") && error.message.contains("Duplicated option"))
        }
        let broken = ServerFixtures.file("c.yml", "acl:\n  x: [unclosed\n", in: dir)
        do { _ = try EjabberdConfigReader.read(broken); Issue.record("accepted") } catch {
            #expect(error.errorId == "EjabberdConfigInvalid" && error.message.contains("not valid YAML"))
        }
        let undefined = ServerFixtures.file("d.yml", "hosts: [example.com]\ns2s_access: nowhere\n", in: dir)
        do { _ = try EjabberdConfigReader.read(undefined); Issue.record("accepted") } catch {
            #expect(error.errorId == "EjabberdRuleUndefined")
        }
        do { _ = try EjabberdConfigReader.read(dir + "/missing.yml"); Issue.record("accepted") } catch {
            #expect(error.errorId == "EjabberdConfigUnreadable")
        }
    }
}
