import Testing
@testable import CsCore
@testable import CsXmpp

/// A domain list value as Export-Csv writes it and administrators type it: names separated by white
/// space or commas (a DNS name contains neither), empty entries dropped.
@Suite struct DomainListTests {
    @Test func aStringOfSeveralNamesIsTakenApart() {
        #expect(DomainName.names(in: [.string("a.com b.com")]) == ["a.com", "b.com"])
        #expect(DomainName.names(in: [.string("a.com, b.com,c.com")]) == ["a.com", "b.com", "c.com"])
        #expect(DomainName.names(in: [.string(" a.com\tb.com\n"), .string("c.com")]) == ["a.com", "b.com", "c.com"])
    }

    @Test func emptyValuesAreNoDomain() {
        #expect(DomainName.names(in: [.string("")]).isEmpty)
        #expect(DomainName.names(in: [.string(" , ")]).isEmpty)
        #expect(DomainName.names(in: []).isEmpty)
    }

    @Test func otherCharactersAreLeftForValidation() throws {
        #expect(DomainName.names(in: [.string("bad_name.com")]) == ["bad_name.com"])
        #expect(throws: XmppValidationError.self) { try DomainName.normalize("bad_name.com") }
    }

    @Test func theInstanceReaderTakesACsvCell() throws {
        let o = PSObject(properties: [("Identity", .string("p.example.com")), ("AdditionalDomains", .string("x.example.com y.example.com"))])
        #expect(try XmppAllowedPartner(from: o).additionalDomains == ["x.example.com", "y.example.com"])
        let empty = PSObject(properties: [("Identity", .string("p.example.com")), ("AdditionalDomains", .string(""))])
        #expect(try XmppAllowedPartner(from: empty).additionalDomains == [])
    }
}
