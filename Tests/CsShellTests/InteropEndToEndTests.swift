// End to end, with the real binary: csshell's JSON and CSV read by other tools (python3's json.tool
// and csv module), and 1,000 partners taken through Export-Csv / Import-Csv and ConvertTo-Json /
// ConvertFrom-Json into fresh stores with nothing lost.

import Foundation
import Testing

/// Runs another program with text on its stdin.
enum External {
    static func run(_ args: [String], stdin: String, cwd: String? = nil) throws -> ShellRun {
        try Subprocess.run("/usr/bin/env", args, stdin: stdin, cwd: cwd)
    }
}

@Suite(.serialized) struct InteropEndToEndTests {
    /// A store with three partners that exercise lists, nulls, enums and awkward text.
    func seededStore() throws -> (dir: String, env: [String: String]) {
        let d = CLI.tempDir()
        let env = ["CSSHELL_STORE": d + "/store.json"]
        let r = try CLI.run(["-c", """
            New-CsXmppAllowedPartner fabrikam.com -PartnerType Federated -AdditionalDomains research.fabrikam.com, sales.fabrikam.com -Description 'Fabrikam, "the" partner' -WarningAction SilentlyContinue
            New-CsXmppAllowedPartner contoso.com -TlsNegotiation Optional -SaslNegotiation Optional -ConnectionLimit 50 -ProxyFqdn xmpp.contoso.com
            New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -PartnerType PublicVerified
            """], env: env)
        #expect(r.status == 0, "\(r.err)")
        return (d, env)
    }

    @Test func jsonFeedsPythonsJsonTool() throws {
        let (_, env) = try seededStore()
        let json = try CLI.run(["-c", "Get-CsXmppAllowedPartner | ConvertTo-Json"], env: env)
        #expect(json.status == 0 && json.err == "")
        let tool = try External.run(["python3", "-m", "json.tool"], stdin: json.out)
        #expect(tool.status == 0, "\(tool.err)")
        let check = try External.run(["python3", "-c", """
            import json, sys
            data = json.load(sys.stdin)
            assert isinstance(data, list) and len(data) == 3, data
            keys = ["Identity", "AdditionalDomains", "ConnectionLimit", "Description", "Domain", "EnableKeepAlive",
                    "PartnerType", "ProxyFqdn", "SaslNegotiation", "SupportDialbackNegotiation", "TlsNegotiation"]
            for p in data:
                assert list(p.keys()) == keys, list(p.keys())
            f = {p["Identity"]: p for p in data}
            assert f["fabrikam.com"]["PartnerType"] == "Federated"
            assert f["fabrikam.com"]["AdditionalDomains"] == ["research.fabrikam.com", "sales.fabrikam.com"]
            assert f["fabrikam.com"]["Description"] == 'Fabrikam, "the" partner'
            assert f["contoso.com"]["TlsNegotiation"] == "Optional" and f["contoso.com"]["ConnectionLimit"] == 50
            assert f["contoso.com"]["ProxyFqdn"] == "xmpp.contoso.com" and f["contoso.com"]["Description"] is None
            assert f["gmail.com"]["SaslNegotiation"] == "NotSupported" and f["gmail.com"]["EnableKeepAlive"] is False
            assert f["gmail.com"]["PartnerType"] == "PublicVerified" and f["gmail.com"]["AdditionalDomains"] == []
            print("ok")
            """], stdin: json.out)
        #expect(check.out == "ok\n", "\(check.err)")
        // jq reads it too, when it is installed.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/jq") {
            let jq = try External.run(["jq", "-r", ".[].PartnerType"], stdin: json.out)
            #expect(jq.out == "Federated\nPublicUnverified\nPublicVerified\n")
        }
    }

    @Test func csvFeedsPythonsCsvModule() throws {
        let (d, env) = try seededStore()
        let csv = try CLI.run(["-c", "Get-CsXmppAllowedPartner | ConvertTo-Csv"], env: env)
        _ = try CLI.run(["-c", "Get-CsXmppAllowedPartner | Export-Csv '\(d)/p.csv'"], env: env)
        let file = String(decoding: FileManager.default.contents(atPath: d + "/p.csv") ?? Data(), as: UTF8.self)
        #expect(file == csv.out)
        let check = try External.run(["python3", "-c", """
            import csv, sys
            rows = list(csv.DictReader(sys.stdin))
            assert len(rows) == 3, rows
            f = {r["Identity"]: r for r in rows}
            assert f["fabrikam.com"]["Description"] == 'Fabrikam, "the" partner', f["fabrikam.com"]
            assert f["fabrikam.com"]["AdditionalDomains"].split(" ") == ["research.fabrikam.com", "sales.fabrikam.com"]
            assert f["contoso.com"]["Description"] == "" and f["contoso.com"]["ConnectionLimit"] == "50"
            assert f["gmail.com"]["EnableKeepAlive"] == "False" and f["gmail.com"]["TlsNegotiation"] == "NotSupported"
            print("ok")
            """], stdin: csv.out)
        #expect(check.out == "ok\n", "\(check.err)")
    }

    /// The combinations New-CsXmppAllowedPartner stores (with -Force): the 13 that are not
    /// "Not Valid Configuration" rows of the negotiation matrix.
    static let combinations: [(String, String, String)] = [
        ("Required", "Required", "$true"), ("Required", "Required", "$false"), ("Required", "Optional", "$true"),
        ("Required", "Optional", "$false"), ("Required", "NotSupported", "$true"), ("Optional", "Required", "$true"),
        ("Optional", "Required", "$false"), ("Optional", "Optional", "$true"), ("Optional", "Optional", "$false"),
        ("Optional", "NotSupported", "$true"), ("NotSupported", "Required", "$true"), ("NotSupported", "Optional", "$true"),
        ("NotSupported", "NotSupported", "$true"),
    ]

    /// A script that creates 1,000 partners with every kind of value.
    static func generationScript() -> String {
        let types = ["Federated", "PublicVerified", "PublicUnverified"]
        var lines: [String] = []
        for i in 0..<1000 {
            let (tls, sasl, dialback) = combinations[i % combinations.count]
            var args = ["-Identity p\(i).example.com", "-PartnerType \(types[i % 3])", "-TlsNegotiation \(tls)", "-SaslNegotiation \(sasl)",
                        "-SupportDialbackNegotiation \(dialback)", "-ConnectionLimit \(i % 50 + 1)", "-EnableKeepAlive \(i % 2 == 1 ? "$true" : "$false")"]
            if i % 4 == 1 { args.append("-AdditionalDomains a\(i).example.org") }
            if i % 4 == 2 { args.append("-AdditionalDomains a\(i).example.org, b\(i).example.net") }
            if i % 5 == 0 { args.append("-Description 'Partner \(i), \"quoted\" é; ''single'''") }
            if i % 7 == 0 { args.append("-ProxyFqdn proxy\(i).example.com") }
            lines.append("New-CsXmppAllowedPartner " + args.joined(separator: " ") + " -Force -WarningAction SilentlyContinue")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let importScript = """
        Import-Csv $args[0] | ForEach-Object {
            $description = $null
            if ($_.Description -ne '') { $description = $_.Description }
            $proxy = $null
            if ($_.ProxyFqdn -ne '') { $proxy = $_.ProxyFqdn }
            New-CsXmppAllowedPartner -Identity $_.Identity -AdditionalDomains @($_.AdditionalDomains -split ' ' | Where-Object { $_ }) `
                -ConnectionLimit $_.ConnectionLimit -Description $description -EnableKeepAlive ($_.EnableKeepAlive -eq 'True') `
                -PartnerType $_.PartnerType -ProxyFqdn $proxy -SaslNegotiation $_.SaslNegotiation `
                -SupportDialbackNegotiation ($_.SupportDialbackNegotiation -eq 'True') -TlsNegotiation $_.TlsNegotiation `
                -Force -WarningAction SilentlyContinue
        }

        """

    @Test func thousandPartnersRoundTripThroughCsvAndJson() throws {
        let d = CLI.tempDir()
        let a = ["CSSHELL_STORE": d + "/a.json"], b = ["CSSHELL_STORE": d + "/b.json"], c = ["CSSHELL_STORE": d + "/c.json"]
        _ = FileManager.default.createFile(atPath: d + "/gen.ps1", contents: Data(Self.generationScript().utf8))
        _ = FileManager.default.createFile(atPath: d + "/import.ps1", contents: Data(Self.importScript.utf8))
        let gen = try CLI.run(["-File", d + "/gen.ps1"], env: a)
        #expect(gen.status == 0 && gen.err == "", "\(gen.err)")
        let original = try CLI.run(["-c", "Get-CsXmppAllowedPartner | ConvertTo-Json"], env: a)
        #expect(original.status == 0)
        #expect(try CLI.run(["-c", "(Get-CsXmppAllowedPartner | Measure-Object).Count"], env: a).out == "1000\n")

        // CSV: Export-Csv, then Import-Csv | ForEach-Object { New-CsXmppAllowedPartner … } into another store.
        let export = try CLI.run(["-c", "Get-CsXmppAllowedPartner | Export-Csv '\(d)/partners.csv'"], env: a)
        #expect(export.status == 0 && export.err == "")
        let imported = try CLI.run(["-File", d + "/import.ps1", d + "/partners.csv"], env: b)
        #expect(imported.status == 0 && imported.err == "", "\(imported.err)")
        let viaCsv = try CLI.run(["-c", "Get-CsXmppAllowedPartner | ConvertTo-Json"], env: b)
        #expect(viaCsv.out == original.out)

        // JSON: ConvertTo-Json to a file, then Get-Content | ConvertFrom-Json | Set-CsXmppAllowedPartner (-Instance).
        let save = try CLI.run(["-c", "Get-CsXmppAllowedPartner | ConvertTo-Json > '\(d)/partners.json'"], env: a)
        #expect(save.status == 0 && save.err == "")
        let restored = try CLI.run(["-c", "Get-Content '\(d)/partners.json' | ConvertFrom-Json | Set-CsXmppAllowedPartner -Force -WarningAction SilentlyContinue"], env: c)
        #expect(restored.status == 0 && restored.err == "", "\(restored.err)")
        let viaJson = try CLI.run(["-c", "Get-CsXmppAllowedPartner | ConvertTo-Json"], env: c)
        #expect(viaJson.out == original.out)

        // And the JSON file is exactly what ConvertTo-Json printed.
        let file = String(decoding: FileManager.default.contents(atPath: d + "/partners.json") ?? Data(), as: UTF8.self)
        #expect(file == original.out)
    }

    @Test func helpAndSyntaxFromTheBinary() throws {
        let help = try CLI.run(["-c", "Get-Help New-CsXmppAllowedPartner"])
        let syntax = try CLI.run(["-c", "Get-Command New-CsXmppAllowedPartner -Syntax"])
        // Help wraps each syntax line (continuation lines indented like the first); Get-Command
        // -Syntax writes them whole.
        let lines = help.out.components(separatedBy: "\n")
        let start = lines.firstIndex(of: "SYNTAX")! + 1, end = lines.firstIndex(of: "DESCRIPTION")!
        let joined = lines[start..<end].split(separator: "").map { $0.map { $0.dropFirst(4) }.joined(separator: " ") }
        #expect(joined == syntax.out.components(separatedBy: "\n").filter { !$0.isEmpty })
        let q = try CLI.run(["-c", "New-CsXmppAllowedPartner -?"])
        #expect(q.out == help.out && q.status == 0)
    }

    // Get-Help lays SYNTAX out as PowerShell's help view does (Help_format_ps1xml: a frame indented 4;
    // ComplexWriter/GenerateLinesWithWordWrap: words kept whole, each with the space after it, so a
    // line breaks before a word that would pass the width): wrapped to the output width, here 120.
    @Test func helpSyntaxWrapsToTheWidth() throws {
        let help = try CLI.run(["-c", "Get-Help Set-CsXmppGatewayConfiguration"])
        let lines = help.out.components(separatedBy: "\n")
        let start = lines.firstIndex(of: "SYNTAX")!, end = lines.firstIndex(of: "DESCRIPTION")!
        #expect(lines[start..<end].joined(separator: "\n") + "\n" == """
            SYNTAX
                Set-CsXmppGatewayConfiguration [[-Identity] <XdsIdentity>] [-ConnectionLimit <uint32>] [-DialbackPassphrase
                <string>] [-EnableLoggingAllMessageBodies <bool>] [-Force] [-KeepAliveInterval <uint32>] [-PartnerConnectionLimit
                <uint32>] [-StreamEstablishmentTimeout <uint32>] [-StreamInactivityTimeout <uint32>] [-SubscriptionRefreshInterval
                <uint32>] [-WhatIf] [-Confirm] [<CommonParameters>]

                Set-CsXmppGatewayConfiguration [-Instance <psobject>] [-ConnectionLimit <uint32>] [-DialbackPassphrase <string>]
                [-EnableLoggingAllMessageBodies <bool>] [-Force] [-KeepAliveInterval <uint32>] [-PartnerConnectionLimit <uint32>]
                [-StreamEstablishmentTimeout <uint32>] [-StreamInactivityTimeout <uint32>] [-SubscriptionRefreshInterval <uint32>]
                [-WhatIf] [-Confirm] [<CommonParameters>]



            """)
    }
}
