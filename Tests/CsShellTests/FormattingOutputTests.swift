// Out-Default (powershell-language.md §5.1, §5.6): scalars one per line, views, ≤ 4 → table,
// ≥ 5 → list, blocks per shape.

import CsCore
import Testing
@testable import CsShell
@testable import CsXmpp

@Suite struct FormattingOutputTests {
    @Test func scalarsOnePerLine() {
        let e = PSEnumValue(type: TestEnums.partnerType, index: 1)
        #expect(outString([.string("a"), .int(5), .double(2.5), .bool(true), .enumValue(e), .double(1e20)]) ==
            "a\n5\n2.5\nTrue\nPublicVerified\n1E+20\n")
    }

    @Test func nullPrintsNothingAndArraysAreEnumerated() {
        #expect(outString([.null]) == "")
        #expect(outString([.array([.int(1), .null, .string("x")])]) == "1\nx\n")
        #expect(outString([.string("")]) == "\n")
        #expect(outString([.string("two\nlines")]) == "two\nlines\n")
    }

    @Test func fourPropertiesTableFiveList() {
        let four = obj(("P1", .int(1)), ("P2", .int(2)), ("P3", .int(3)), ("P4", .int(4)))
        #expect(outString([four]) == "\nP1 P2 P3 P4\n-- -- -- --\n 1  2  3  4\n\n")
        let five = obj(("P1", .int(1)), ("P2", .int(2)), ("P3", .int(3)), ("P4", .int(4)), ("P5", .int(5)))
        #expect(outString([five]) == "\nP1 : 1\nP2 : 2\nP3 : 3\nP4 : 4\nP5 : 5\n\n")
    }

    @Test func sameShapeSharesOneTable() {
        #expect(outString([obj(("a", .int(1))), obj(("a", .int(22)))]) == "\n a\n -\n 1\n22\n\n")
    }

    /// The first object of a type decides its layout (FormatViewManager.Initialize); later objects of the
    /// type fill its columns (a row with an empty cell here) or, in a list, show their own properties.
    @Test func laterObjectsOfTheTypeFollowTheFirstObjectsLayout() {
        #expect(outString([obj(("a", .int(1))), obj(("b", .string("x")))]) == "\na\n-\n1\n\n\n")
        let five = obj(("P1", .int(1)), ("P2", .int(2)), ("P3", .int(3)), ("P4", .int(4)), ("P5", .int(5)))
        #expect(outString([five, obj(("a", .int(1)))]) == "\nP1 : 1\nP2 : 2\nP3 : 3\nP4 : 4\nP5 : 5\n\na : 1\n\n")
    }

    @Test func aStringOrAnotherTypeStartsANewBlock() {
        #expect(outString([obj(("a", .int(1))), .string("between"), obj(("a", .int(2)))]) == "\na\n-\n1\n\nbetween\n\na\n-\n2\n\n")
        let typed = PSObject(typeNames: ["Other.Type"], properties: [("b", .int(2))])
        #expect(outString([obj(("a", .int(1))), .object(typed)]) == "\na\n-\n1\n\n\nb\n-\n2\n\n")
    }

    @Test func hashtablesShareTheNameValueTable() {
        let s = outString([.hashtable(PSHashtable([("a", .int(1))])), .hashtable(PSHashtable([("b", .int(2))]))])
        #expect(s == "\nName                           Value\n----                           -----\na                              1\nb                              2\n\n")
        #expect(outString([.hashtable(PSHashtable())]) == "")
    }

    @Test func groupInfoTable() {
        let g = typed(FormatTypeNames.groupInfo, [("Count", .int(2)), ("Name", .string("a")), ("Group", strings("x", "y"))])
        let name = "Name" + String(repeating: " ", count: 21)
        #expect(outString([g]) == "\nCount \(name) Group\n----- ----" + String(repeating: " ", count: 22) + "-----\n    2 a" + String(repeating: " ", count: 25) + "{x, y}\n\n")
    }

    @Test func commandInfoTable() {
        let c = typed(FormatTypeNames.cmdletInfo, [("CommandType", .string("Cmdlet")), ("Name", .string("Get-CsXmppAllowedPartner")),
                                                    ("Version", .string("1.0.0")), ("Source", .string("csshell"))])
        let a = typed(FormatTypeNames.aliasInfo, [("CommandType", .string("Alias")), ("Name", .string("gcm")),
                                                   ("DisplayName", .string("gcm -> Get-Command")), ("Version", .null), ("Source", .string(""))])
        func row(_ t: String, _ n: String, _ v: String, _ s: String) -> String {
            func pad(_ x: String, _ w: Int) -> String { x + String(repeating: " ", count: w - x.count) }
            var line = pad(t, 15) + " " + pad(n, 50) + " " + pad(v, 10) + " " + s
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        #expect(outString([c, a]) == "\n" + row("CommandType", "Name", "Version", "Source") + "\n"
            + row("-----------", "----", "-------", "------") + "\n"
            + row("Cmdlet", "Get-CsXmppAllowedPartner", "1.0.0", "csshell") + "\n"
            + row("Alias", "gcm -> Get-Command", "", "") + "\n\n")
    }

    @Test func historyTable() {
        let h = typed(FormatTypeNames.historyInfo, [("Id", .int(1)), ("CommandLine", .string("1+1")), ("ExecutionStatus", .string("Completed")),
                                                     ("Duration", .double(0.0123))])
        let h2 = typed(FormatTypeNames.historyInfo, [("Id", .int(12)), ("CommandLine", .string("Get-History")), ("Duration", .double(83.5))])
        #expect(outString([h, h2]) == "\n  Id     Duration CommandLine\n  --     -------- -----------\n   1        0.012 1+1\n  12     1:23.500 Get-History\n\n")
        #expect(FormatViewRegistry.duration(seconds: 3723.25) == "1:02:03.250")
    }

    @Test func getMemberGroupsByTypeName() {
        func member(_ type: String, _ name: String, _ kind: String, _ def: String) -> PSValue {
            typed(FormatTypeNames.memberDefinition, [("TypeName", .string(type)), ("Name", .string(name)), ("MemberType", .string(kind)), ("Definition", .string(def))])
        }
        let s = outString([
            member("System.String", "Length", "Property", "int Length {get;}"),
            member("System.String", "Clone", "Method", "System.Object Clone()"),
            member("System.Int32", "CompareTo", "Method", "int CompareTo(int value)"),
        ])
        #expect(s == """

               TypeName: System.String

            Name   MemberType Definition
            ----   ---------- ----------
            Length Property   int Length {get;}
            Clone  Method     System.Object Clone()


               TypeName: System.Int32

            Name      MemberType Definition
            ----      ---------- ----------
            CompareTo Method     int CompareTo(int value)


            """)
    }

    @Test func formatBlocksRenderAtTheOutputWidth() {
        let rows = [obj(("a", .string(String(repeating: "x", count: 50))))]
        let block = FormatCommand.table(rows)
        #expect(outString([block.value], width: 20) == "\na\n-\n" + String(repeating: "x", count: 19) + "\u{2026}\n\n")
        #expect(outString([block.value], width: 120) == "\na\n-\n" + String(repeating: "x", count: 50) + "\n\n")
        #expect(FormatBlock.from(block.value) === block)
    }

    @Test func formatTableOfMixedInput() {
        let block = FormatCommand.table([.string("text"), obj(("a", .int(1))), obj(("a", .int(2))), .hashtable(PSHashtable([("k", .string("v"))]))])
        #expect(text(block.render(width: 120)) ==
            "text\n\na\n-\n1\n2\n\n\nName                           Value\n----                           -----\nk                              v\n\n")
    }

    @Test func formatTableUsesATableViewEvenForFivePropertyObjects() {
        let five = obj(("P1", .int(1)), ("P2", .int(2)), ("P3", .int(3)), ("P4", .int(4)), ("P5", .int(5)))
        #expect(text(FormatCommand.table([five]).render(width: 120)) == "\nP1 P2 P3 P4 P5\n-- -- -- -- --\n 1  2  3  4  5\n\n")
    }

    @Test func formatListOfAPartnerUsesTheListView() {
        #expect(text(FormatCommand.list([partner("contoso.com")], registry: sessionViews).render(width: 120)) == outString([partner("contoso.com")]))
    }

    @Test func registryIsExtensible() {
        var r = FormatViewRegistry.standard
        r.register(.table(TableView(columns: [.property("Identity", width: 12), .property("PartnerType")])), for: XmppAllowedPartner.typeName)
        let out = StringLineOutput(width: 120)
        let f = OutputFormatter(output: out, options: OutputFormatterOptions(registry: r))
        f.write(partner("contoso.com"))
        f.finish()
        #expect(out.text == "\nIdentity     PartnerType\n--------     -----------\ncontoso.com  Federated\n\n")
    }

    @Test func emptyCustomObjectPrintsNothing() {
        #expect(outString([obj()]) == "")
    }
}
