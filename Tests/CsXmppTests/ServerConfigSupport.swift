import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

/// Stores and files the server configuration tests share.
enum ServerFixtures {
    /// Debian 12's own prosody.cfg.lua and ejabberd.yml (Tests/Fixtures/xmpp).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xmpp").path
    static var debianProsody: String { folder + "/prosody.cfg.lua.debian" }
    static var debianEjabberd: String { folder + "/ejabberd.yml.debian" }

    /// The 13 matrix rows New and Set can store (rows 5 and 11 with -Force), from negotiation.md §3.
    static var storableRows: [(row: Int, tls: String, sasl: String, dialback: Bool)] {
        matrixCombinations.filter { Ref.rows[$0.row]!.methods != nil }
    }

    static func partner(_ id: String, tls: XmppNegotiation = .required, sasl: XmppNegotiation = .required, dialback: Bool = true,
                        additional: [String] = [], keepAlive: Bool = true) -> XmppAllowedPartner {
        XmppAllowedPartner(identity: id, additionalDomains: additional, enableKeepAlive: keepAlive, saslNegotiation: sasl,
                           supportDialbackNegotiation: dialback, tlsNegotiation: tls)
    }

    static func rowPartner(_ c: (row: Int, tls: String, sasl: String, dialback: Bool)) -> XmppAllowedPartner {
        partner("row\(c.row).example", tls: XmppNegotiation(name: c.tls)!, sasl: XmppNegotiation(name: c.sasl)!, dialback: c.dialback)
    }

    /// The partners of Lync's help examples for New- and Set-CsXmppAllowedPartner (lync-xmpp-cmdlets.md).
    static var lyncPartners: [XmppAllowedPartner] {
        var contoso = partner("contoso.com", dialback: false, additional: ["na.contoso.com"])
        contoso.partnerType = .publicVerified
        return [contoso,
                partner("fabrikam.com", additional: ["research.fabrikam2.com"]),
                partner("gmail.com", tls: .notSupported, sasl: .notSupported, dialback: true, keepAlive: false)]
    }

    static func thousand() -> [XmppAllowedPartner] {
        (1...1000).map { i in
            i % 3 == 0 ? partner("p\(i).example.net", sasl: .optional, additional: ["im.p\(i).example.net"])
                       : partner("p\(i).example.net", dialback: false)
        }
    }

    static func policy(_ server: XmppServerKind, _ partners: [XmppAllowedPartner], gateway: XmppGatewaySettings = XmppGatewaySettings(),
                       local: [String] = ["example.com"]) throws(XmppValidationError) -> FederationPolicy {
        try FederationPolicy(server: server, localDomains: local, partners: partners, gateway: gateway)
    }

    /// Writes `text` to a new file in a fresh folder and returns its path.
    static func file(_ name: String, _ text: String, in dir: String = temporaryFolder()) -> String {
        let path = dir + "/" + name
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The authentication methods a partner's settings allow, as the reference lists them.
    static func methods(_ tls: XmppNegotiation, _ sasl: XmppNegotiation, _ dialback: Bool) -> [String] {
        let c = matrixCombinations.first { $0.tls == tls.name && $0.sasl == sasl.name && $0.dialback == dialback }!
        return Ref.rows[c.row]!.methods ?? []
    }

    /// The methods an imported entry stands for once imported (New's settings for it).
    static func methods(of e: ImportedFederation.Entry) -> [String] {
        guard let n = FederationPolicy.canonicalNegotiation(tls: e.tls, authentication: e.authentication) else { return [] }
        return methods(n.tls, n.sasl, n.dialback)
    }

    /// Exports `partners` for `server` to a file and reads it back.
    static func roundTrip(_ server: XmppServerKind, _ partners: [XmppAllowedPartner]) throws -> ImportedFederation {
        let policy = try policy(server, partners)
        switch server {
        case .prosody: return try ProsodyConfigReader.read(file("policy.cfg.lua", ProsodyConfigWriter.text(policy)))
        case .ejabberd: return try EjabberdConfigReader.read(file("policy.yml", try EjabberdConfigWriter.text(policy)))
        }
    }

    /// A storable row alone comes back with the methods the file expresses: the row's own, with SASL
    /// over TLS added for SaslNegotiation NotSupported with TLS on (rows 13 and 15, which are warned about).
    static func expectRowRoundTrips(_ server: XmppServerKind, _ c: (row: Int, tls: String, sasl: String, dialback: Bool)) throws {
        let p = rowPartner(c)
        let r = try roundTrip(server, [p])
        let e = try #require(r.entries.first)
        #expect(r.entries.count == 1 && e.identity == p.identity && e.tls == p.tlsNegotiation)
        let wanted = Ref.rows[c.row]!.methods!
        #expect(methods(of: e) == ((c.row == 13 || c.row == 15) ? ["SASL over TLS"] + wanted : wanted))
    }
}
