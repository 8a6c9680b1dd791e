// ConvertTo-Json / ConvertFrom-Json (§5.7, contract.md), ConvertTo-Csv / ConvertFrom-Csv /
// Export-Csv / Import-Csv (§5.8) and Get-Content, run as scripts. Expected texts come from the rules:
// 2-space JSON indentation and `"key": value`; every CSV field quoted, `$null` an empty unquoted
// field, no #TYPE line unless -IncludeTypeInformation.

import CsCore
import Foundation
import Testing
@testable import CsShell
@testable import CsXmpp

@Suite struct InteropCmdletTests {
    func run(_ script: String) -> ShellRun { ShellHarness.run(script, store: { InMemoryXmppStore() }) }
    func out(_ script: String) -> String { run(script).out }
    func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }
    func write(_ path: String, _ text: String) { _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) }

    // MARK: JSON

    @Test func convertToJsonShapes() {
        #expect(out("1 | ConvertTo-Json") == "1\n")
        #expect(out("1, 2 | ConvertTo-Json -Compress") == "[1,2]\n")
        #expect(out("1 | ConvertTo-Json -AsArray") == "[\n  1\n]\n")
        #expect(out("[pscustomobject]@{a=1; b='x'; c=$null} | ConvertTo-Json") == "{\n  \"a\": 1,\n  \"b\": \"x\",\n  \"c\": null\n}\n")
        #expect(out("ConvertTo-Json -InputObject @() -Compress") == "[]\n")
        #expect(out("$null | ConvertTo-Json") == "null\n")
        #expect(out("[ordered]@{z=1; a=@('p','q')} | ConvertTo-Json -Compress") == "{\"z\":1,\"a\":[\"p\",\"q\"]}\n")
        // All input is collected into one string.
        #expect(out("(1..3 | ConvertTo-Json).GetType().FullName") == "System.String\n")
        #expect(out("@() | ConvertTo-Json") == "")
    }

    @Test func convertToJsonDepthAndEscaping() {
        let r = run("[pscustomobject]@{a=@{b=1}} | ConvertTo-Json -Depth 0 -Compress")
        #expect(r.out == "{\"a\":\"System.Collections.Hashtable\"}\n")
        #expect(r.err == "WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 0.\n")
        #expect(run("[pscustomobject]@{a=@{b=1}} | ConvertTo-Json -Compress").err == "")
        #expect(out("\"it's <b>\" | ConvertTo-Json") == "\"it's <b>\"\n")
        #expect(out("\"it's <b>\" | ConvertTo-Json -EscapeHandling EscapeHtml") == "\"it\\u0027s \\u003cb\\u003e\"\n")
        let bad = run("1 | ConvertTo-Json -Depth 101")
        #expect(bad.err.contains("Cannot validate argument on parameter 'Depth'. The 101 argument is greater than the maximum allowed range of 100."))
    }

    @Test func partnersAsJsonUseEnumNames() {
        let r = run("New-CsXmppAllowedPartner fabrikam.com -PartnerType Federated -TlsNegotiation Optional -AdditionalDomains a.fabrikam.com; Get-CsXmppAllowedPartner | ConvertTo-Json")
        #expect(r.out == """
            {
              "Identity": "fabrikam.com",
              "AdditionalDomains": [
                "a.fabrikam.com"
              ],
              "ConnectionLimit": 20,
              "Description": null,
              "Domain": "fabrikam.com",
              "EnableKeepAlive": true,
              "PartnerType": "Federated",
              "ProxyFqdn": null,
              "SaslNegotiation": "Required",
              "SupportDialbackNegotiation": true,
              "TlsNegotiation": "Optional"
            }

            """)
        #expect(run("New-CsXmppAllowedPartner a.com; Get-CsXmppAllowedPartner | ConvertTo-Json -EnumsAsStrings -Compress").out
                .contains("\"PartnerType\":\"PublicUnverified\""))
    }

    @Test func convertFromJson() {
        #expect(out("'{\"a\":1,\"b\":[1,2]}' | ConvertFrom-Json | ForEach-Object { $_.a; $_.b.Count; $_.GetType().FullName }")
                == "1\n2\nSystem.Management.Automation.PSCustomObject\n")
        // A top-level array is enumerated unless -NoEnumerate.
        #expect(out("('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count") == "3\n")
        #expect(out("('[1,2,3]' | ConvertFrom-Json -NoEnumerate | Measure-Object).Count") == "1\n")
        #expect(out("'[ 1 ]' | ConvertFrom-Json | ConvertTo-Json") == "1\n")
        // Piped lines: one document when the first line is not whole; each a document when it is.
        #expect(out("'{', '  \"a\": 5', '}' | ConvertFrom-Json | ForEach-Object a") == "5\n")
        #expect(out("'{\"a\":1}', '{\"a\":2}' | ConvertFrom-Json | ForEach-Object a") == "1\n2\n")
        // -AsHashtable keeps the key order: PowerShell 7.3+ makes an OrderedHashtable, a Hashtable.
        #expect(out("$h = '{\"z\":1,\"a\":2}' | ConvertFrom-Json -AsHashtable; $h.Keys -join ','; $h.GetType().FullName; $h -is [hashtable]; $h.GetType().BaseType.FullName")
                == "z,a\nSystem.Management.Automation.OrderedHashtable\nTrue\nSystem.Collections.Hashtable\n")
        #expect(out("'null' | ConvertFrom-Json | ForEach-Object { $_ -eq $null }") == "True\n")
        let bad = run("'{bad' | ConvertFrom-Json; 'after'")
        #expect(bad.out == "after\n")
        #expect(bad.err.hasPrefix("ConvertFrom-Json : Conversion from JSON failed with error: "))
        #expect(bad.err.contains("+ CategoryInfo          : ParserError: (:) [ConvertFrom-Json], ArgumentException"))
        #expect(bad.err.contains("+ FullyQualifiedErrorId : System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand"))
    }

    @Test func jsonObjectsFeedThePartnerCmdlets() {
        let r = run("""
            '{"Identity":"a.com","PartnerType":"Federated","AdditionalDomains":["b.a2.com"],"ConnectionLimit":5}' | ConvertFrom-Json | Set-CsXmppAllowedPartner
            $p = Get-CsXmppAllowedPartner a.com
            $p.PartnerType; $p.AdditionalDomains; $p.ConnectionLimit
            Get-CsXmppAllowedPartner | ConvertTo-Json | ConvertFrom-Json | Set-CsXmppAllowedPartner -Description 'again'
            (Get-CsXmppAllowedPartner a.com).Description
            '{"Identity":"a.com"}' | ConvertFrom-Json | Remove-CsXmppAllowedPartner
            (Get-CsXmppAllowedPartner | Measure-Object).Count
            """)
        #expect(r.lines == ["Federated", "b.a2.com", "5", "again", "0"])
        #expect(!r.err.contains("Error"))
    }

    // MARK: CSV

    let people = "$p = [pscustomobject]@{Name='a, \"b\"'; N=1; L=@('x','y'); Z=$null}\n"

    @Test func convertToCsv() {
        #expect(run(people + "$p | ConvertTo-Csv").lines == ["\"Name\",\"N\",\"L\",\"Z\"", "\"a, \"\"b\"\"\",\"1\",\"x y\","])
        #expect(run(people + "$p | ConvertTo-Csv -NoHeader -Delimiter ';'").lines == ["\"a, \"\"b\"\"\";\"1\";\"x y\";"])
        #expect(run(people + "$p | ConvertTo-Csv -UseQuotes AsNeeded").lines == ["Name,N,L,Z", "\"a, \"\"b\"\"\",1,x y,"])
        #expect(run(people + "$p | ConvertTo-Csv -UseQuotes Never").lines == ["Name,N,L,Z", "a, \"b\",1,x y,"])
        #expect(run(people + "$p | ConvertTo-Csv -QuoteFields n").lines == ["Name,\"N\",L,Z", "a, \"b\",\"1\",x y,"])
        #expect(run(people + "$p | ConvertTo-Csv -IncludeTypeInformation").lines.first == "#TYPE System.Management.Automation.PSCustomObject")
        #expect(run(people + "$p | ConvertTo-Csv -NoTypeInformation").lines.first == "\"Name\",\"N\",\"L\",\"Z\"")
        let both = run(people + "$p | ConvertTo-Csv -UseQuotes Always -QuoteFields N")
        #expect(both.err.hasPrefix("ConvertTo-Csv : You must specify either the -UseQuotes or -QuoteFields parameters, but not both."))
        #expect(both.err.contains("CannotSpecifyQuoteFieldsAndUseQuotes,Microsoft.PowerShell.Commands.ConvertToCsvCommand"))
        #expect(run("1 | ConvertTo-Csv -Delimiter ab").err.contains("Cannot convert value \"ab\" to type \"System.Char\""))
    }

    @Test func convertFromCsv() {
        let r = run("'Name,N', 'x,1', '\"y, z\",2' | ConvertFrom-Csv | ForEach-Object { \"$($_.Name)|$($_.N)|$($_.N.GetType().Name)\" }")
        #expect(r.lines == ["x|1|String", "y, z|2|String"])
        #expect(run("'a;b' | ConvertFrom-Csv -Delimiter ';' -Header One, Two | ForEach-Object { $_.One + $_.Two }").lines == ["ab"])
        #expect(run(people + "$p | ConvertTo-Csv | ConvertFrom-Csv | ForEach-Object { $_.Name; $_.L; $_.Z -eq '' }").lines == ["a, \"b\"", "x y", "True"])
    }

    @Test func exportAndImportCsv() {
        let d = CLI.tempDir()
        let r = run(people + "$p | Export-Csv '\(d)/p.csv'; Import-Csv '\(d)/p.csv' | ForEach-Object { $_.Name; $_.N }")
        #expect(r.lines == ["a, \"b\"", "1"])
        #expect(String(decoding: bytes(d + "/p.csv"), as: UTF8.self) == "\"Name\",\"N\",\"L\",\"Z\"\n\"a, \"\"b\"\"\",\"1\",\"x y\",\n")
        // -Append: the file's columns; extra properties skipped; a missing column is an error without -Force.
        let a = run("""
            [pscustomobject]@{Name='n2'; N=2; L=$null; Z='z'; Extra=9} | Export-Csv '\(d)/p.csv' -Append
            [pscustomobject]@{Name='n3'} | Export-Csv '\(d)/p.csv' -Append
            [pscustomobject]@{Name='n4'} | Export-Csv '\(d)/p.csv' -Append -Force
            """)
        #expect(a.err.hasPrefix("Export-Csv : Cannot append CSV content to the following file: \(d)/p.csv. The appended object does not have a property that corresponds to the following column: N. To continue with mismatched properties, add the -Force parameter, and then retry the command."))
        #expect(a.err.contains("CannotAppendCsvWithMismatchedPropertyNames,Microsoft.PowerShell.Commands.ExportCsvCommand"))
        #expect(String(decoding: bytes(d + "/p.csv"), as: UTF8.self)
                == "\"Name\",\"N\",\"L\",\"Z\"\n\"a, \"\"b\"\"\",\"1\",\"x y\",\n\"n2\",\"2\",,\"z\"\n\"n4\",,,\n")
        // -Append to a missing file writes the header; -NoHeader; -Delimiter; -IncludeTypeInformation.
        _ = run("[pscustomobject]@{a=1} | Export-Csv '\(d)/new.csv' -Append; [pscustomobject]@{a=1; b=2} | Export-Csv '\(d)/h.csv' -NoHeader -Delimiter ';' -UseQuotes Never")
        #expect(String(decoding: bytes(d + "/new.csv"), as: UTF8.self) == "\"a\"\n\"1\"\n")
        #expect(String(decoding: bytes(d + "/h.csv"), as: UTF8.self) == "1;2\n")
        _ = run("[pscustomobject]@{a=1} | Export-Csv '\(d)/t.csv' -IncludeTypeInformation")
        #expect(String(decoding: bytes(d + "/t.csv"), as: UTF8.self) == "#TYPE System.Management.Automation.PSCustomObject\n\"a\"\n\"1\"\n")
        #expect(run("Import-Csv '\(d)/t.csv' | ForEach-Object { $_.GetType().FullName; $_.a }").lines == ["System.Management.Automation.PSCustomObject", "1"])
        #expect(run("Import-Csv '\(d)/h.csv' -Delimiter ';' -Header x, y | ForEach-Object { $_.y }").lines == ["2"])
    }

    @Test func exportCsvRulesAndErrors() {
        let d = CLI.tempDir()
        write(d + "/keep.csv", "old\n")
        let nc = run("[pscustomobject]@{a=1} | Export-Csv '\(d)/keep.csv' -NoClobber")
        #expect(nc.err.hasPrefix("Export-Csv : File \(d)/keep.csv already exists and NoClobber was specified."))
        #expect(String(decoding: bytes(d + "/keep.csv"), as: UTF8.self) == "old\n")
        let w = run("[pscustomobject]@{a=1} | Export-Csv '\(d)/w.csv' -WhatIf")
        #expect(w.out == "What if: Performing the operation \"Export-Csv\" on target \"\(d)/w.csv\".\n")
        #expect(!FileManager.default.fileExists(atPath: d + "/w.csv"))
        let both = run("[pscustomobject]@{a=1} | Export-Csv '\(d)/x.csv' -Append -NoHeader")
        #expect(both.err.contains("CannotSpecifyBothAppendAndNoHeader,Microsoft.PowerShell.Commands.ExportCsvCommand"))
        let q = run("[pscustomobject]@{a=1} | Export-Csv '\(d)/x.csv' -UseQuotes Never -QuoteFields a")
        #expect(q.err.contains("CannotSpecifyQuoteFieldsAndUseQuotes,Microsoft.PowerShell.Commands.ExportCsvCommand"))
        _ = run("[pscustomobject]@{a='é'} | Export-Csv '\(d)/bom.csv' -Encoding utf8BOM; [pscustomobject]@{a='f'} | Export-Csv '\(d)/bom.csv' -Append")
        #expect(bytes(d + "/bom.csv") == [0xEF, 0xBB, 0xBF] + Array("\"a\"\n\"é\"\n\"f\"\n".utf8))
    }

    @Test func importCsvMissingFile() {
        let d = CLI.tempDir()
        let r = run("Import-Csv '\(d)/nope.csv'; 'after'")
        #expect(r.out == "after\n")
        #expect(r.err.hasPrefix("Import-Csv : Could not find file '\(d)/nope.csv'.\n"))
        #expect(r.err.contains("+ CategoryInfo          : OpenError: (\(d)/nope.csv:String) [Import-Csv], FileNotFoundException"))
        #expect(r.err.contains("+ FullyQualifiedErrorId : FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand"))
    }

    // MARK: Get-Content

    @Test func getContent() {
        let d = CLI.tempDir()
        write(d + "/l.txt", "one\ntwo\r\nthree\n\nfive\n")
        #expect(run("Get-Content '\(d)/l.txt' | ForEach-Object { \"[$_]\" }").lines == ["[one]", "[two]", "[three]", "[]", "[five]"])
        #expect(run("gc '\(d)/l.txt' -TotalCount 2").lines == ["one", "two"])
        #expect(run("cat '\(d)/l.txt' -Head 1; type '\(d)/l.txt' -First 1").lines == ["one", "one"])
        #expect(run("Get-Content '\(d)/l.txt' -Tail 2").lines == ["", "five"])
        #expect(run("Get-Content '\(d)/l.txt' -Last 1").lines == ["five"])
        #expect(run("(Get-Content '\(d)/l.txt' -Raw) -eq \"one`ntwo`r`nthree`n`nfive`n\"").lines == ["True"])
        #expect(run("(Get-Content '\(d)/l.txt').Count").lines == ["5"])
        #expect(run("Get-Content '\(d)/l.txt' -ReadCount 2 | ForEach-Object { $_.Count }").lines == ["2", "2", "1"])
        #expect(run("Get-Content '\(d)/l.txt' -Delimiter 'o' | ForEach-Object { \"[$_]\" }").lines == ["[]", "[ne", "tw]", "[", "three", "", "five", "]"])
        write(d + "/bom.txt", "\u{FEFF}x\n")
        #expect(run("Get-Content '\(d)/bom.txt' | ForEach-Object Length").lines == ["1"])
        write(d + "/empty.txt", "")
        #expect(run("(Get-Content '\(d)/empty.txt' | Measure-Object).Count; Get-Content '\(d)/empty.txt' -Raw").lines == ["0"])
    }

    @Test func getContentMissingPathIsNonTerminating() {
        let d = CLI.tempDir()
        write(d + "/a.txt", "a\n")
        let r = run("Get-Content '\(d)/nope.txt', '\(d)/a.txt'; 'after'")
        #expect(r.lines == ["a", "after"])
        #expect(r.err.hasPrefix("Get-Content : Cannot find path '\(d)/nope.txt' because it does not exist.\n"))
        #expect(r.err.contains("+ CategoryInfo          : ObjectNotFound: (\(d)/nope.txt:String) [Get-Content], ItemNotFoundException"))
        #expect(r.err.contains("+ FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand"))
        #expect(r.status == 1)
        #expect(run("Get-Content '\(d)/nope.txt' -ErrorAction SilentlyContinue; $?").lines == ["False"])
    }
}
