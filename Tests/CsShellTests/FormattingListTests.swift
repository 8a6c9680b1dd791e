// List layout (powershell-language.md §5.3; Format-List.Tests.ps1; Measure-Object.md example).

import CsCore
import Testing
@testable import CsShell
@testable import CsXmpp

@Suite struct FormattingListTests {
    @Test func singleObject() {
        // Format-List.Tests.ps1: "${nl}testName : testValue${nl}${nl}"
        let block = FormatCommand.list([obj(("testName", .string("testValue")))])
        #expect(text(block.render(width: 120)) == "\ntestName : testValue\n\n")
    }

    @Test func labelsArePaddedToTheLongest() {
        let block = FormatCommand.list([obj(("Name", .string("name1")), ("Length", .int(1))), obj(("Name", .string("name2")), ("Length", .int(2)))])
        #expect(text(block.render(width: 120)) == "\nName   : name1\nLength : 1\n\nName   : name2\nLength : 2\n\n")
    }

    @Test func hashtableEntriesAsNameValue() {
        let h = PSHashtable([("array", .array((0...255).map { .int($0) }))])
        let block = FormatCommand.list([.hashtable(h)])
        #expect(text(block.render(width: 120)) == "\nName  : array\nValue : {0, 1, 2, 3…}\n\n")
    }

    @Test func emptyValuesShowNothingAfterTheColon() {
        // Measure-Object's GenericMeasureInfo view; statistics not requested are empty.
        let m = typed(FormatTypeNames.genericMeasureInfo, [
            ("Count", .int(3)), ("Average", .null), ("Sum", .int(8)), ("Maximum", .null), ("Minimum", .null),
            ("StandardDeviation", .null), ("Property", .null),
        ])
        #expect(outString([m]) == """

            Count             : 3
            Average           :
            Sum               : 8
            Maximum           :
            Minimum           :
            StandardDeviation :
            Property          :


            """)
    }

    @Test func doublesInFullInLists() {
        let block = FormatCommand.list([obj(("double", .double(1234.56789)))])
        #expect(text(block.render(width: 120)) == "\ndouble : 1234.56789\n\n")
    }

    @Test func longValuesWrapUnderTheValueColumn() {
        let o = obj(("Description", .string("alpha beta gamma delta epsilon")), ("Id", .int(1)))
        // Width 30: the value column starts at 14, leaving 16 cells; words are kept whole.
        #expect(text(FormatCommand.list([o]).render(width: 30)) ==
            "\nDescription : alpha beta\n              gamma delta\n              epsilon\nId          : 1\n\n")
    }

    @Test func aWordLongerThanTheColumnIsSplit() {
        let o = obj(("V", .string(String(repeating: "x", count: 12))))
        // "V : " takes 4 cells, leaving 6.
        #expect(text(FormatCommand.list([o]).render(width: 10)) == "\nV : xxxxxx\n    xxxxxx\n\n")
    }

    @Test func multilineValuesAreIndented() {
        let o = obj(("Notes", .string("first\nsecond")), ("N", .int(1)))
        #expect(text(FormatCommand.list([o]).render(width: 120)) == "\nNotes : first\n        second\nN     : 1\n\n")
    }

    @Test func propertiesWithWildcardsPerObject() throws {
        let specs = try PropertySpec.parse(.string("*e"), usage: .list)
        let block = FormatCommand.list([obj(("Name", .string("a")), ("Size", .int(1)), ("Other", .int(2)))], properties: specs)
        #expect(text(block.render(width: 120)) == "\nName : a\nSize : 1\n\n")
    }

    @Test func scalarsWithPropertiesShowNothing() throws {
        let specs = try PropertySpec.parse(strings("foo", "bar"), usage: .list)
        #expect(FormatCommand.list([.string("single line string")], properties: specs).render(width: 120).isEmpty)
        #expect(FormatCommand.list([.null], properties: specs).render(width: 120).isEmpty)
    }

    @Test func partnerViewInContractOrder() {
        let p = partner("contoso.com", domains: ["a.contoso.com", "b.contoso.com"])
        #expect(outString([p]) == """

            Identity                   : contoso.com
            AdditionalDomains          : {a.contoso.com, b.contoso.com}
            ConnectionLimit            : 20
            Description                :
            Domain                     : contoso.com
            EnableKeepAlive            : True
            PartnerType                : Federated
            ProxyFqdn                  :
            SaslNegotiation            : Required
            SupportDialbackNegotiation : True
            TlsNegotiation             : Required


            """)
    }

    @Test func partnerViewUsesContractOrderWhateverTheObjectOrder() {
        let p = typed(XmppAllowedPartner.typeName + "#Decorated", [("TlsNegotiation", .string("Optional")), ("Identity", .string("x.org"))])
        let s = outString([p])
        #expect(s.hasPrefix("\nIdentity                   : x.org\nAdditionalDomains          :\n"))
        #expect(s.hasSuffix("TlsNegotiation             : Optional\n\n"))
    }

    @Test func twoPartnersShareOneList() {
        let s = outString([partner("a.com"), partner("b.com", type: 2, tls: 1)])
        #expect(s.components(separatedBy: "\n\nIdentity").count == 2)
        #expect(!s.contains("\n\n\n"), "one blank line between entries, no second list")
        #expect(s.contains("\n\nIdentity                   : b.com\n"))
        #expect(s.contains("PartnerType                : PublicUnverified\n"))
        #expect(s.hasSuffix("TlsNegotiation             : Optional\n\n"))
    }

    @Test func gatewayViewShowsItsPropertiesInOrder() {
        let g = typed(XmppGatewaySettings.typeName, [
            ("Identity", .string("Global")), ("ConnectionLimit", .int(1000)), ("DialbackPassphrase", .string("********")),
        ])
        #expect(outString([g]) == "\nIdentity           : Global\nConnectionLimit    : 1000\nDialbackPassphrase : ********\n\n")
    }
}
