// Table layout (powershell-language.md §5.2, §5.4; Format-Table.Tests.ps1). Every expected text is
// written from the rules and PowerShell's own test expectations, not from this program's output.

import CsCore
import Testing
@testable import CsShell

@Suite struct FormattingTableTests {
    @Test func widthsFromRowsAndHeaderDashes() {
        // §5.2: ⏎abc··bcd⏎---··---⏎1234·123⏎1····1234⏎⏎
        let rows = [obj(("abc", .string("1234")), ("bcd", .string("123"))), obj(("abc", .string("1")), ("bcd", .string("1234")))]
        #expect(outString(rows) == "\nabc  bcd\n---  ---\n1234 123\n1    1234\n\n")
    }

    @Test func valuesWiderThanHeaderInBothColumns() {
        let rows = [obj(("abc", .string("1234")), ("bcd", .string("1234"))), obj(("abc", .string("1")), ("bcd", .string("1")))]
        #expect(outString(rows) == "\nabc  bcd\n---  ---\n1234 1234\n1    1\n\n")
        let rows2 = [obj(("abc", .string("123")), ("bcd", .string("1234"))), obj(("abc", .string("1")), ("bcd", .string("123")))]
        #expect(outString(rows2) == "\nabc bcd\n--- ---\n123 1234\n1   123\n\n")
    }

    @Test func numbersAreRightAlignedWithTheirHeader() {
        #expect(outString([obj(("a", .string("abc")), ("b", .int(123)))]) == "\na     b\n-     -\nabc 123\n\n")
        #expect(outString([obj(("a", .string("abc")), ("b", .string("abc")))]) == "\na   b\n-   -\nabc abc\n\n")
        #expect(outString([obj(("a", .int(123)), ("b", .string("abc")))]) == "\n  a b\n  - -\n123 abc\n\n")
        #expect(outString([obj(("a", .int(123)), ("b", .int(123)))]) == "\n  a   b\n  -   -\n123 123\n\n")
    }

    @Test func booleansAndEnumsAreRightAlignedToo() {
        let e = PSEnumValue(type: TestEnums.partnerType, index: 0)
        let rows = [obj(("name", .string("Bob")), ("flag", .bool(true)), ("kind", .enumValue(e)))]
        #expect(outString(rows) == "\nname flag      kind\n---- ----      ----\nBob  True Federated\n\n")
    }

    @Test func hideTableHeadersLeavesNoTrailingWhitespace() {
        let block = FormatCommand.table([obj(("a", .int(1)), ("b", .int(2)))], options: TableFormatOptions(hideTableHeaders: true))
        let s = text(block.render(width: 120))
        #expect(s.replacingOccurrences(of: "\n", with: "") == "1 2")
        #expect(s == "\n1 2\n\n")
    }

    @Test func propertylessScalarShowsHeaderOnly() throws {
        let specs = try PropertySpec.parse(strings("fox", "bar"), usage: .table)
        let block = FormatCommand.table([.string("x")], properties: specs)
        #expect(text(block.render(width: 120)) == "\nfox bar\n--- ---\n\n")
        let one = FormatCommand.table([.string("hello")], properties: try PropertySpec.parse(.string("foo"), usage: .table))
        #expect(text(one.render(width: 120)).replacingOccurrences(of: "\n", with: "") == "foo---")
    }

    @Test func nullInputFormatsNothing() throws {
        let block = FormatCommand.table([.null], properties: try PropertySpec.parse(strings("foo", "bar"), usage: .table))
        #expect(block.render(width: 120).isEmpty)
    }

    @Test func missingPropertyIsAnEmptyCell() {
        let t = TableFormatter(columns: [.property("a"), .property("b")])
        let lines = t.format([obj(("a", .string("x")), ("b", .string("y"))), obj(("a", .string("z")))], width: 120)
        #expect(text(lines) == "\na b\n- -\nx y\nz\n\n")
    }

    @Test func hashtableIsNameValueWithNameWidth30() {
        let h = PSHashtable([("a", .int(1))])
        #expect(outString([.hashtable(h)]) == "\nName                           Value\n----                           -----\na                              1\n\n")
    }

    @Test func formatTableOfAHashtableShowsItsEntries() throws {
        let h = PSValue.hashtable(PSHashtable(ordered: true, [("a", .int(1)), ("b", .int(2))]))
        let byName = FormatCommand.table([h], properties: try PropertySpec.parse(.string("Name"), usage: .table))
        #expect(text(byName.render(width: 120)) == "\nName\n----\na\nb\n\n")
        let byKey = FormatCommand.table([h], properties: try PropertySpec.parse(.string("a"), usage: .table))
        #expect(text(byKey.render(width: 120)) == "\na\n-\n\n\n\n")
    }

    @Test func orderedHashtableKeepsItsOrder() {
        let h = PSHashtable(ordered: true, [("b", .int(2)), ("a", .string("x"))])
        #expect(outString([.hashtable(h)]) ==
            "\nName                           Value\n----                           -----\nb                              2\na                              x\n\n")
    }

    @Test func collectionsInCellsUseTheEnumerationLimit() {
        let big = PSValue.array((0...255).map { .int($0) })
        #expect(outString([obj(("array", big))]) == "\narray\n-----\n{0, 1, 2, 3…}\n\n")
        let two = obj(("test", .array([.int(1), .int(2)])))
        #expect(outString([two], enumerationLimit: 1) == "\ntest\n----\n{1…}\n\n")
        #expect(outString([two], enumerationLimit: 2) == "\ntest\n----\n{1, 2}\n\n")
        #expect(outString([two], enumerationLimit: 10) == "\ntest\n----\n{1, 2}\n\n")
        #expect(outString([two], enumerationLimit: -1) == "\ntest\n----\n{1, 2}\n\n")
        #expect(outString([obj(("e", .array([])))]) == "\ne\n-\n{}\n\n")
    }

    @Test func hashtableCellsWithCollections() {
        // Format-Table.Tests.ps1: intArray {1, 2, 3, 4}, arrayList {string1, string2}.
        let h = PSHashtable(ordered: true, [("intArray", .array([.int(1), .int(2), .int(3), .int(4)])), ("arrayList", strings("string1", "string2"))])
        let s = outString([.hashtable(h)])
        #expect(s.contains("\nintArray                       {1, 2, 3, 4}\n"))
        #expect(s.contains("\narrayList                      {string1, string2}\n"))
    }

    @Test func doublesHaveTwoDecimalsInTables() {
        #expect(outString([obj(("double", .double(1234.56789)))]) == "\n double\n ------\n1234.57\n\n")
        #expect(outString([obj(("d", .double(5)))]) == "\n   d\n   -\n5.00\n\n")
    }

    @Test func fixedWidthCutsWithEllipsisAndCountsWideCharacters() {
        // Format-Table.Tests.ps1 "should not have trailing whitespace if there is truncation".
        let left = TableFormatter(columns: [.property("Left", alignment: .left, width: 4)], alignByType: false)
        #expect(text(left.format([obj(("Left", .string("123\u{2B758}")))], width: 120)).replacingOccurrences(of: "\n", with: "") == "Left----123\u{2026}")
        let center = TableFormatter(columns: [.property("Center", alignment: .center, width: 6)], alignByType: false)
        #expect(text(center.format([obj(("Center", .string("12345\u{2B758}")))], width: 120)).replacingOccurrences(of: "\n", with: "") == "Center------12345\u{2026}")
    }

    private func spanTable(_ widths: [Int], alignments: [FormatAlignment] = [.undefined, .undefined, .undefined], wrap: Bool = false) -> TableFormatter {
        TableFormatter(columns: [
            FormatColumn(label: "LongLongHeader", alignment: alignments[0], width: widths[0]) { FormatValue.property("First", of: $0) },
            FormatColumn(label: "Header2", alignment: alignments[1], width: widths[1]) { FormatValue.property("Second", of: $0) },
            FormatColumn(label: "Header3", alignment: alignments[2], width: widths[2]) { FormatValue.property("Third", of: $0) },
        ], options: TableFormatOptions(wrap: wrap), alignByType: false)
    }

    private let numbers = obj(("First", .int(1)), ("Second", .int(2)), ("Third", .int(3)))
    private let wide = obj(("First", .string("12345")), ("Second", .string("12345678")), ("Third", .string("123456")))

    @Test func headersWiderThanFixedColumnsSpanRows() {
        #expect(text(spanTable([7, 7, 7]).format([numbers], width: 120)) == "\nLongLon Header2 Header3\ngHeader\n------- ------- -------\n1       2       3\n\n")
        #expect(text(spanTable([4, 7, 4]).format([numbers], width: 120)) == "\nLong Header2 Head\nLong         er3\nHead\ner\n---- ------- ----\n1    2       3\n\n")
        #expect(text(spanTable([14, 7, 3]).format([numbers], width: 120)) ==
            "\nLongLongHeader Header2 Hea\n                       der\n                       3\n-------------- ------- ---\n1              2       3\n\n")
    }

    @Test func rowsCutPerAlignment() {
        let lcr: [FormatAlignment] = [.left, .right, .center]
        // Narrow values: right-aligned 2, centred 3.
        #expect(text(spanTable([4, 7, 5], alignments: lcr).format([numbers], width: 120)) ==
            "\nLong Header2 Heade\nLong          r3\nHead\ner\n---- ------- -----\n1          2   3\n\n")
        // Wide values: left and centre cut at the end, right cut at the start.
        #expect(text(spanTable([4, 7, 5], alignments: lcr).format([wide], width: 120)) ==
            "\nLong Header2 Heade\nLong          r3\nHead\ner\n---- ------- -----\n123… …345678 1234…\n\n")
    }

    @Test func wrapContinuesCellsOnFollowingLines() {
        let lcr: [FormatAlignment] = [.left, .right, .center]
        #expect(text(spanTable([4, 7, 5], alignments: lcr, wrap: true).format([wide], width: 120)) ==
            "\nLong Header2 Heade\nLong          r3\nHead\ner\n---- ------- -----\n1234 1234567 12345\n5          8   6\n\n")
        #expect(text(spanTable([5, 7, 6], alignments: lcr, wrap: true).format([wide], width: 120)) ==
            "\nLongL Header2 Header\nongHe           3\nader\n----- ------- ------\n12345 1234567 123456\n            8\n\n")
    }

    @Test func wrapShowsMultilineValues() throws {
        let body = PSValue.string("This\nIs some random\nmultiline content")
        let right = FormatCommand.table([obj(("A", .int(1)), ("B", .int(2)), ("Name", body))], options: TableFormatOptions(wrap: true))
        #expect(text(right.render(width: 120)) == "\nA B Name\n- - ----\n1 2 This\n    Is some random\n    multiline content\n\n")
        // The column is as wide as the whole text (37 cells), as PowerShell measures it.
        let left = FormatCommand.table([obj(("Name", body), ("A", .int(1)), ("B", .int(2)))], options: TableFormatOptions(wrap: true))
        let pad = String(repeating: " ", count: 33)
        #expect(text(left.render(width: 120)) ==
            "\nName\(pad) A B\n----\(pad) - -\nThis\(pad) 1 2\nIs some random\nmultiline content\n\n")
        let middle = FormatCommand.table([obj(("A", .int(1)), ("Name", body), ("B", .int(2)))], options: TableFormatOptions(wrap: true))
        #expect(text(middle.render(width: 120)) ==
            "\nA Name\(pad) B\n- ----\(pad) -\n1 This\(pad) 2\n  Is some random\n  multiline content\n\n")
    }

    @Test func withoutWrapAMultilineCellShowsItsFirstLine() {
        #expect(outString([obj(("a", .string("x\ny")), ("b", .string("z")))]) == "\na   b\n-   -\nx…  z\n\n")
    }

    @Test func calculatedColumnWithWidthAndCenterAlignment() throws {
        let spec = PSHashtable([("l", .string("one")), ("e", .string("one")), ("width", .int(10)), ("alignment", .string("center"))])
        let block = FormatCommand.table([obj(("one", .int(1)))], properties: try PropertySpec.parse(.hashtable(spec), usage: .table))
        #expect(text(block.render(width: 120)) == "\n   one\n   ---\n    1\n\n")
    }

    @Test func explicitAlignmentView() {
        let t = TableFormatter(columns: [.property("Left", alignment: .left), .property("Center", alignment: .center), .property("Right", alignment: .right)],
                               alignByType: false)
        #expect(text(t.format([obj(("Left", .int(1)), ("Center", .int(2)), ("Right", .int(3)))], width: 120)) ==
            "\nLeft Center Right\n---- ------ -----\n1      2        3\n\n")
    }

    @Test func doubleWidthCharacters() {
        let o = obj(("\u{54C7}", .string("62")), ("dbda", .string("KM")), ("\u{6D88}\u{606F}", .string("\u{5343}")))
        #expect(outString([o]) == "\n\u{54C7} dbda \u{6D88}\u{606F}\n-- ---- ----\n62 KM   \u{5343}\n\n")
    }

    @Test func autoSizeAndDefaultSizingAgree() {
        let rows = [obj(("name", .string("Bob")), ("size", .int(1234)), ("booleanValue", .bool(true))),
                    obj(("name", .string("Jim")), ("size", .int(5678)), ("booleanValue", .bool(false)))]
        let block = FormatCommand.table(rows, options: TableFormatOptions(autoSize: true))
        #expect(text(block.render(width: 120)) == "\nname size booleanValue\n---- ---- ------------\nBob  1234         True\nJim  5678        False\n\n")
        #expect(outString(rows) == text(block.render(width: 120)))
    }

    @Test func tableNeverExceedsTheLineWidth() {
        // Format-Table.Tests.ps1: a 200-character value in a hashtable fills 120 columns.
        let h = PSHashtable([("test", .string(String(repeating: "1", count: 200)))])
        let lines = outString([.hashtable(h)]).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.map { DisplayText.width(String($0)) }.max() == 120)
        #expect(lines[3] == "test" + String(repeating: " ", count: 27) + String(repeating: "1", count: 88) + "\u{2026}")
    }

    @Test func lastColumnShrinksToFitTheWidth() {
        let o = obj(("a", .string("0123456789")), ("b", .string(String(repeating: "x", count: 60))))
        let s = outString([o], width: 40)
        // a is 10 wide; b gets 40 - 11 = 29 cells: 28 characters and the ellipsis.
        #expect(s == "\na          b\n-          -\n0123456789 " + String(repeating: "x", count: 28) + "\u{2026}\n\n")
    }

    @Test func columnsThatCannotFitAreDropped() {
        // The last column would be narrower than 1 cell: it is dropped and the first shrinks.
        let o = obj(("a", .string(String(repeating: "y", count: 60))), ("b", .string("z")))
        #expect(outString([o], width: 20) == "\na\n-\n" + String(repeating: "y", count: 19) + "\u{2026}\n\n")
    }

    @Test func aSqueezedColumnKeepsItsHeaderWidthOrIsDropped() {
        let x = String(repeating: "x", count: 30)
        let gap = String(repeating: " ", count: 27)
        // Kind shrinks from 9 to 4 cells, the width of its header.
        #expect(outString([obj(("Name", .string(x)), ("Kind", .string("Federated")))], width: 35) ==
            "\nName\(gap)Kind\n----\(gap)----\n\(x) Fed\u{2026}\n\n")
        // PartnerType would get 4 cells, fewer than its header: it is dropped.
        #expect(outString([obj(("Name", .string(x)), ("PartnerType", .string("Federated")))], width: 35) == "\nName\n----\n\(x)\n\n")
        // A view column without a width that cannot get its header's width is dropped too.
        let t = TableFormatter(columns: [.property("A", width: 15), .property("B", width: 10), .property("Source")], alignByType: false)
        #expect(text(t.format([obj(("A", .string("a")), ("B", .string("b")), ("Source", .string("s")))], width: 30)) ==
            "\nA               B\n-               -\na               b\n\n")
    }

    @Test func rightAlignedCellsAreCutAtTheStart() {
        let t = TableFormatter(columns: [.property("n", alignment: .right, width: 4)], alignByType: false)
        #expect(text(t.format([obj(("n", .int(1234567)))], width: 120)) == "\n   n\n   -\n…567\n\n")
    }

    @Test func wildcardPropertiesAndScriptBlockColumns() throws {
        let o = obj(("Name", .string("n1")), ("Length", .int(5)), ("Other", .string("o")))
        let specs = try PropertySpec.parse(.array([.string("N*"), .scriptBlock(TestScriptBlock("$_.Length * 2"))]), usage: .table)
        let block = FormatCommand.table([o], properties: specs) { _, input in
            if case let .int(i) = FormatValue.property("Length", of: input) { return .int(i * 2) }
            return .null
        }
        #expect(text(block.render(width: 120)) == "\nName $_.Length * 2\n---- -------------\nn1              10\n\n")
    }

    @Test func formatStringOnCalculatedColumn() throws {
        let spec = PSHashtable([("Name", .string("Size")), ("Expression", .string("n")), ("FormatString", .string("N1"))])
        let block = FormatCommand.table([obj(("n", .int(1234567)))], properties: try PropertySpec.parse(.hashtable(spec), usage: .table))
        #expect(text(block.render(width: 120)) == "\n       Size\n       ----\n1,234,567.0\n\n")
    }

    @Test func badCalculatedPropertiesAreReported() {
        #expect(throws: FormatError.self) { try PropertySpec.parse(.hashtable(PSHashtable([("Bogus", .int(1))])), usage: .table) }
        #expect(throws: FormatError.self) { try PropertySpec.parse(.hashtable(PSHashtable([("Name", .string("x"))])), usage: .table) }
        do {
            _ = try PropertySpec.parse(.hashtable(PSHashtable([("Label", .null), ("Expression", .string("a"))])), usage: .table)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "The Label key has no value.")
            #expect(error.errorId == "DictionaryKeyMissingValue")
        }
        // Width is not a Format-List or Select-Object key.
        #expect(throws: FormatError.self) {
            try PropertySpec.parse(.hashtable(PSHashtable([("E", .string("a")), ("Width", .int(3))])), usage: .list)
        }
    }
}
