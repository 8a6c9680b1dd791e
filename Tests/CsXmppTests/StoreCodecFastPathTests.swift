import Foundation
import Testing
@testable import CsCore
@testable import CsXmpp

/// The store reader's shortcuts (expected key order, enum names and a Domain equal to Identity matched
/// on raw bytes) give the same partners as the general path: keys in any order, names in any case,
/// escaped strings, a Domain that differs, unknown keys.
@Suite struct StoreCodecFastPathTests {
    func read(_ partners: String) throws -> [XmppAllowedPartner] {
        let doc = "{\"format\": \"csshell-xmpp-store\", \"version\": 1, \"partners\": [\(partners)]}"
        let bytes = Array(doc.utf8)
        return try bytes.withUnsafeBufferPointer { try StoreCodec.readDocument($0) }.0.partners
    }

    @Test func shortcutsAndTheGeneralPathAgree() throws {
        let canonical = """
        {"Identity": "a.example.com", "AdditionalDomains": ["b.example.com"], "ConnectionLimit": 7, "Description": "d",
         "Domain": "a.example.com", "EnableKeepAlive": false, "PartnerType": "Federated", "ProxyFqdn": null,
         "SaslNegotiation": "Optional", "SupportDialbackNegotiation": false, "TlsNegotiation": "NotSupported"}
        """
        let shuffled = """
        {"TlsNegotiation": "notsupported", "Extra": {"x": [1, 2]}, "SaslNegotiation": "OPTIONAL", "PartnerType": "federated",
         "Domain": "\\u0061.example.com", "Identity": "a.example.com", "ConnectionLimit": 7, "SupportDialbackNegotiation": false,
         "Description": "d", "AdditionalDomains": ["b.example.com"], "EnableKeepAlive": false, "ProxyFqdn": null}
        """
        let a = try read(canonical)
        let b = try read(shuffled)
        #expect(a == b)
        #expect(a.first?.partnerType == .federated && a.first?.tlsNegotiation == .notSupported && a.first?.saslNegotiation == .optional)
        // A Domain that is not the Identity is ignored when there is an Identity (as before).
        #expect(try read(#"{"Identity": "c.example.com", "Domain": "other.example.com"}"#).map(\.identity) == ["c.example.com"])
        // Without an Identity, the Domain is the identity.
        #expect(try read(#"{"Domain": "d.example.com"}"#).map(\.identity) == ["d.example.com"])
        // Every enum name, exact and in another case.
        for (name, type) in [("Federated", XmppPartnerType.federated), ("PublicVerified", .publicVerified), ("PublicUnverified", .publicUnverified)] {
            #expect(try read("{\"Identity\": \"e.example.com\", \"PartnerType\": \"\(name)\"}").first?.partnerType == type)
            #expect(try read("{\"Identity\": \"e.example.com\", \"PartnerType\": \"\(name.uppercased())\"}").first?.partnerType == type)
        }
        for (name, value) in [("Required", XmppNegotiation.required), ("Optional", .optional), ("NotSupported", .notSupported)] {
            #expect(try read("{\"Identity\": \"e.example.com\", \"TlsNegotiation\": \"\(name)\"}").first?.tlsNegotiation == value)
        }
        // A wrong name or a near miss on the raw bytes is still an error with the general message.
        #expect(throws: StoreCodec.ReadError.self) { try read(#"{"Identity": "e.example.com", "TlsNegotiation": "Requiredx"}"#) }
        #expect(throws: StoreCodec.ReadError.self) { try read(#"{"Identity": "e.example.com", "Domain": 5}"#) }
    }
}
