// ConvertTo-Csv / Export-Csv and ConvertFrom-Csv / Import-Csv (powershell-language.md §5.8;
// ConvertTo-Csv.Tests.ps1, Import-Csv.Tests.ps1, CSVCommands.cs).

import CsCore
import Testing
@testable import CsShell
@testable import CsXmpp

private func csv(_ values: [PSValue], _ options: CSVWriterOptions = CSVWriterOptions()) -> [String] {
    var w = CSVWriter(options: options)
    return values.flatMap { w.write($0) }
}

private func read(_ text: String, _ options: CSVReaderOptions = CSVReaderOptions()) throws(CSVError) -> [PSObject] {
    var r = CSVReader(text, options: options)
    return try r.readAll().map { $0.objectValue! }
}

private func s(_ v: PSValue?) -> String? { v?.stringValue }

@Suite struct FormattingCSVWriterTests {
    private let firstSecond = obj(("First", .int(1)), ("Second", .int(2)))

    @Test func everyFieldQuotedByDefault() {
        #expect(csv([firstSecond]) == ["\"First\",\"Second\"", "\"1\",\"2\""])
    }

    @Test func typeInformationOnlyWhenAsked() {
        #expect(csv([firstSecond], CSVWriterOptions(includeTypeInformation: true)) ==
            ["#TYPE System.Management.Automation.PSCustomObject", "\"First\",\"Second\"", "\"1\",\"2\""])
        #expect(csv([partner("a.com")], CSVWriterOptions(includeTypeInformation: true))[0] == "#TYPE " + XmppAllowedPartner.typeName)
    }

    @Test func delimiter() {
        #expect(csv([firstSecond], CSVWriterOptions(delimiter: ";")) == ["\"First\";\"Second\"", "\"1\";\"2\""])
        #expect(csv([firstSecond], CSVWriterOptions(delimiter: "\t")) == ["\"First\"\t\"Second\"", "\"1\"\t\"2\""])
    }

    @Test func nullIsAnEmptyUnquotedField() {
        #expect(csv([obj(("a", .string("Hello")), ("b", .null))]) == ["\"a\",\"b\"", "\"Hello\","])
        #expect(csv([obj(("a", .null), ("b", .string("")))]) == ["\"a\",\"b\"", ",\"\""])
    }

    @Test func embeddedQuotesDelimitersAndNewlines() {
        let o = obj(("q", .string("say \"hi\"")), ("d", .string("a,b")), ("n", .string("line1\nline2")))
        #expect(csv([o]) == ["\"q\",\"d\",\"n\"", "\"say \"\"hi\"\"\",\"a,b\",\"line1\nline2\""])
    }

    @Test func useQuotesVariants() {
        let o = obj(("plain", .string("x")), ("comma", .string("a,b")), ("quote", .string("a\"b")), ("nl", .string("a\nb")), ("null", .null))
        #expect(csv([o], CSVWriterOptions(quoting: .never)) == ["plain,comma,quote,nl,null", "x,a,b,a\"b,a\nb,"])
        #expect(csv([o], CSVWriterOptions(quoting: .asNeeded)) == ["plain,comma,quote,nl,null", "x,\"a,b\",\"a\"\"b\",\"a\nb\","])
        #expect(csv([o], CSVWriterOptions(quoting: .always)) == ["\"plain\",\"comma\",\"quote\",\"nl\",\"null\"", "\"x\",\"a,b\",\"a\"\"b\",\"a\nb\","])
        #expect(csv([obj(("a;b", .string("c;d")))], CSVWriterOptions(delimiter: ";", quoting: .asNeeded)) == ["\"a;b\"", "\"c;d\""])
    }

    @Test func quoteFieldsQuotesOnlyThoseColumns() {
        let o = obj(("Name", .string("n")), ("Value", .string("v")), ("Other", .string("o")))
        #expect(csv([o], CSVWriterOptions(quoteFields: ["value", "NAME"])) == ["\"Name\",\"Value\",Other", "\"n\",\"v\",o"])
    }

    @Test func noHeader() {
        #expect(csv([firstSecond, firstSecond], CSVWriterOptions(noHeader: true)) == ["\"1\",\"2\"", "\"1\",\"2\""])
    }

    @Test func columnsComeFromTheFirstObject() {
        let later = obj(("Second", .string("b")), ("Third", .string("c")))
        #expect(csv([firstSecond, later]) == ["\"First\",\"Second\"", "\"1\",\"2\"", ",\"b\""])
    }

    @Test func appendUsesTheFileColumns() {
        var w = CSVWriter(appendingTo: ["a", "b"])
        let o = obj(("b", .int(2)), ("c", .int(3)))
        #expect(w.missingColumns(of: o) == ["a"])
        #expect(w.write(o) == [",\"2\""])
        #expect(CSVWriter.appendMismatchMessage(file: "/tmp/x.csv", column: "a") ==
            "Cannot append CSV content to the following file: /tmp/x.csv. The appended object does not have a property that corresponds to the following column: a. To continue with mismatched properties, add the -Force parameter, and then retry the command.")
        #expect(CSVReader.readHeader("#TYPE X\n\"a\",\"b\"\n\"1\",\"2\"\n") == ["a", "b"])
        #expect(CSVReader.readHeader("") == nil)
    }

    @Test func valuesAsStrings() {
        let e = PSValue.enumValue(PSEnumValue(type: TestEnums.partnerType, index: 1))
        let o = obj(("list", strings("a.com", "b.com")), ("empty", .array([])), ("bool", .bool(false)), ("enum", e),
                    ("double", .double(0.1 + 0.2)), ("whole", .double(2)), ("hash", .hashtable(PSHashtable())), ("obj", obj(("x", .int(1)))))
        #expect(csv([o])[1] == "\"a.com b.com\",\"\",\"False\",\"PublicVerified\",\"0.30000000000000004\",\"2\",\"System.Collections.Hashtable\",\"@{x=1}\"")
    }

    @Test func hashtablesAndStrings() {
        let h = PSHashtable(ordered: true, [("k1", .int(1)), ("k2", .string("v"))])
        #expect(csv([.hashtable(h)]) == ["\"k1\",\"k2\"", "\"1\",\"v\""])
        #expect(csv([.string("abc")]) == ["\"Length\"", "\"3\""])
    }
}

@Suite struct FormattingCSVReaderTests {
    @Test func headerAndStringValues() throws {
        let rows = try read("\"First\",\"Second\"\n\"1\",\"2\"\n3,4\n")
        #expect(rows.count == 2)
        #expect(rows[0].names == ["First", "Second"])
        #expect(s(rows[0]["First"]) == "1")
        #expect(s(rows[1]["Second"]) == "4")
        #expect(rows[0].isCustomObject)
    }

    @Test func quotedFieldsWithDelimitersQuotesAndNewlines() throws {
        let rows = try read("a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"l1\r\nl2\nl3\"\r\n")
        #expect(rows.count == 1)
        #expect(s(rows[0]["a"]) == "x,y")
        #expect(s(rows[0]["b"]) == "say \"hi\"")
        #expect(s(rows[0]["c"]) == "l1\r\nl2\nl3")
    }

    @Test func typeLineAndComments() throws {
        let rows = try read("#TYPE Some.Type\n#comment\na\n1\n")
        #expect(rows.count == 1)
        #expect(rows[0].typeNames == ["Some.Type", "CSV:Some.Type"])
        #expect(s(rows[0]["a"]) == "1")
        var r = CSVReader("#TYPE Some.Type\na\n1\n")
        _ = try r.readAll()
        #expect(r.typeName == "Some.Type")
    }

    @Test func shortRowsGiveNullLongRowsAreCut() throws {
        let rows = try read("a,b,c\n1\n1,2,3,4\n")
        #expect(s(rows[0]["a"]) == "1")
        #expect(rows[0]["b"]?.isNull == true)
        #expect(rows[0]["c"]?.isNull == true)
        #expect(rows[1].names == ["a", "b", "c"])
        #expect(s(rows[1]["c"]) == "3")
    }

    @Test func emptyFieldsAreEmptyStrings() throws {
        let rows = try read("a,b,c\n,\"\",\n")
        #expect(s(rows[0]["a"]) == "")
        #expect(s(rows[0]["b"]) == "")
        #expect(s(rows[0]["c"]) == "")
    }

    @Test func blankLinesAreSkipped() throws {
        let rows = try read("a\n\n1\n\n2\n")
        #expect(rows.map { s($0["a"]) } == ["1", "2"])
    }

    @Test func headerOptionMakesTheFirstLineData() throws {
        let rows = try read("1,2\n3,4", CSVReaderOptions(header: ["x", "y"]))
        #expect(rows.count == 2)
        #expect(s(rows[0]["x"]) == "1")
        #expect(s(rows[1]["y"]) == "4")
    }

    @Test func missingHeaderNamesBecomeH1H2() throws {
        var r = CSVReader("a,,\n1,2,3\n")
        let rows = try r.readAll().map { $0.objectValue! }
        // Trailing empty header names are trimmed; an empty name inside is H1.
        #expect(rows[0].names == ["a"])
        var r2 = CSVReader(",b,\"\",d\n1,2,3,4\n")
        let rows2 = try r2.readAll().map { $0.objectValue! }
        #expect(rows2[0].names == ["H1", "b", "H2", "d"])
        #expect(r2.warnings == [CSVReader.unspecifiedHeaderWarning])
    }

    @Test func duplicateHeaderIsAnError() {
        do {
            _ = try read("a,A\n1,2\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "The member \"A\" is already present.")
        }
    }

    @Test func leadingBlanksIgnoredAndOtherDelimiters() throws {
        let rows = try read("a; b\n 1;  \"two\"  \n", CSVReaderOptions(delimiter: ";"))
        #expect(rows[0].names == ["a", "b"])
        #expect(s(rows[0]["a"]) == "1")
        #expect(s(rows[0]["b"]) == "two")
    }

    @Test func roundTripOfGeneratedObjects() throws {
        let tricky = ["", " lead", "trail ", "a,b", "q\"uote", "\"", "line\nbreak", "cr\rlf\r\n", "tab\there", "\u{E9}\u{65E5}\u{1F600}", "#hash", ";semi"]
        var objects: [PSValue] = []
        for i in 0..<1000 {
            objects.append(obj(
                ("Id", .int(i)),
                ("Name", .string("name \(i) " + tricky[i % tricky.count])),
                ("Text", .string(tricky[(i * 7) % tricky.count])),
                ("Flag", .bool(i % 2 == 0)),
                ("Ratio", .double(Double(i) / 7))))
        }
        for options in [CSVWriterOptions(), CSVWriterOptions(delimiter: ";", quoting: .asNeeded), CSVWriterOptions(delimiter: "\t", includeTypeInformation: true)] {
            let text = csv(objects, options).map { $0 + "\n" }.joined()
            let back = try read(text, CSVReaderOptions(delimiter: options.delimiter))
            #expect(back.count == 1000)
            for (a, b) in zip(objects, back) {
                let o = a.objectValue!
                #expect(b.names == o.names)
                for name in o.names {
                    #expect(s(b[name]) == CSVWriter.fieldText(o[name]!), "\(name)")
                }
            }
        }
    }

    @Test func partnersSurviveExportAndImport() throws {
        var partners: [PSValue] = []
        for i in 0..<1000 {
            partners.append(partner("p\(i).example.org", domains: (0..<(i % 4)).map { "d\($0).p\(i).example.org" }, limit: i,
                                    description: i % 3 == 0 ? nil : "Partner, \"\(i)\"", type: i % 3, tls: i % 2))
        }
        let text = csv(partners).map { $0 + "\n" }.joined()
        let back = try read(text)
        #expect(back.count == 1000)
        for (a, b) in zip(partners, back) {
            let p = a.objectValue!
            #expect(b.names == XmppAllowedPartner.descriptor.properties.map(\.name))
            // `$_.AdditionalDomains -split ' '` (empty entries dropped) gives the list back.
            let domains = s(b["AdditionalDomains"])!.split(separator: " ").map(String.init)
            #expect(domains == p["AdditionalDomains"]!.enumerated!.map { PSConvert.toString($0) })
            #expect(s(b["Identity"]) == p["Identity"]!.stringValue)
            #expect(s(b["Description"]) == (p["Description"]!.stringValue ?? ""))
            #expect(s(b["PartnerType"]) == PSConvert.toString(p["PartnerType"]!))
            #expect(s(b["ConnectionLimit"]) == PSConvert.toString(p["ConnectionLimit"]!))
            #expect(s(b["EnableKeepAlive"]) == "True")
        }
    }
}
