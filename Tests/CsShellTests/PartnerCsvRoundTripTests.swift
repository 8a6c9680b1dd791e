import Foundation
import Testing

/// Partners survive Export-Csv → Import-Csv → New / Set: Export-Csv writes AdditionalDomains as the
/// domains joined with spaces (CSVWriter), and the XMPP domain parameters and -Instance reader take a
/// string holding several domains separated by white space or commas (a DNS name contains neither),
/// an empty cell meaning no additional domains. 1,000 partners through the built binary.
struct PartnerCsvRoundTripTests {
    static let create = """
    1..1000 | ForEach-Object {
        $i = $_
        $params = @{
            Identity = "p$i.example.com"
            ConnectionLimit = 10 + $i % 7
            PartnerType = @('Federated', 'PublicVerified', 'PublicUnverified')[$i % 3]
            EnableKeepAlive = ($i % 2 -eq 0)
        }
        if ($i % 4) { $params.AdditionalDomains = @(1..3 | Where-Object { $_ -le $i % 4 } | ForEach-Object { "alt$_.p$i.example.net" }) }
        if ($i % 5 -eq 0) { $params.Description = "Partner $i, ""quoted"", with commas" }
        if ($i % 6 -eq 0) { $params.ProxyFqdn = "proxy$i.example.com" }
        New-CsXmppAllowedPartner @params
    }
    """

    private func run(_ store: String, _ script: String, cwd: String) throws -> ShellRun {
        let r = try CLI.runBounded(["-Store", store, "-c", script], memoryMB: 4096, seconds: 300, cwd: cwd)
        #expect(!r.timedOut)
        // The negotiation matrix warns about the default settings (contract.md); nothing else may be written.
        let errors = r.err.split(separator: "\n").filter { !$0.hasPrefix("WARNING: ") }
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        #expect(r.status == 0)
        return r
    }

    @Test func thousandPartnersRoundTripThroughCsv() throws {
        let dir = CLI.tempDir()
        let original = dir + "/original.json"
        _ = try run(original, Self.create, cwd: dir)
        _ = try run(original, "Get-CsXmppAllowedPartner | Export-Csv partners.csv", cwd: dir)
        let dump = "Get-CsXmppAllowedPartner | Sort-Object Identity | ConvertTo-Json -Depth 3"
        let expected = try run(original, dump, cwd: dir).out
        let withDomains = try run(original, "@(Get-CsXmppAllowedPartner | Where-Object { $_.AdditionalDomains.Count -eq 3 }).Count", cwd: dir).out
        #expect(withDomains == "250\n")

        // The natural admin loop: New with the cells of the file.
        let viaNew = dir + "/new.json"
        _ = try run(viaNew, """
        Import-Csv partners.csv | ForEach-Object {
            New-CsXmppAllowedPartner $_.Identity -AdditionalDomains $_.AdditionalDomains -ConnectionLimit $_.ConnectionLimit `
                -PartnerType $_.PartnerType -EnableKeepAlive ([bool]::Parse($_.EnableKeepAlive)) -Description $_.Description -ProxyFqdn $_.ProxyFqdn
        }
        """, cwd: dir)
        let afterNew = try run(viaNew, dump, cwd: dir).out
        // Import-Csv cannot tell an empty Description from none: compare the rest.
        func withoutDescription(_ json: String) -> String {
            json.split(separator: "\n").filter { !$0.contains("\"Description\"") }.joined(separator: "\n")
        }
        #expect(withoutDescription(afterNew) == withoutDescription(expected))

        // The imported objects as -Instance, from the pipeline.
        let viaSet = dir + "/set.json"
        _ = try run(viaSet, "Import-Csv partners.csv | Set-CsXmppAllowedPartner", cwd: dir)
        #expect(withoutDescription(try run(viaSet, dump, cwd: dir).out) == withoutDescription(expected))

        // And Set on existing partners with the cell as it is.
        _ = try run(viaNew, "Import-Csv partners.csv | ForEach-Object { Set-CsXmppAllowedPartner $_.Identity -AdditionalDomains $_.AdditionalDomains }", cwd: dir)
        #expect(withoutDescription(try run(viaNew, dump, cwd: dir).out) == withoutDescription(expected))
    }

    @Test func aDomainListCellSplitsOnSpacesAndCommas() throws {
        let dir = CLI.tempDir()
        let store = dir + "/s.json"
        let r = try run(store, """
        New-CsXmppAllowedPartner a.example.com -AdditionalDomains 'b.example.com c.example.com'
        New-CsXmppAllowedPartner d.example.com -AdditionalDomains 'e.example.com, f.example.com', 'g.example.com'
        New-CsXmppAllowedPartner h.example.com -AdditionalDomains ''
        Set-CsXmppAllowedPartner a.example.com -AdditionalDomains @{Add = 'x.example.com y.example.com'; Remove = 'b.example.com'}
        Get-CsXmppAllowedPartner | ForEach-Object { "$($_.Identity): $($_.AdditionalDomains -join '|') ($($_.AdditionalDomains.Count))" }
        """, cwd: dir)
        #expect(r.out == "a.example.com: c.example.com|x.example.com|y.example.com (3)\nd.example.com: e.example.com|f.example.com|g.example.com (3)\nh.example.com:  (0)\n")
    }

    @Test func aBadDomainInACellIsStillNamed() throws {
        let dir = CLI.tempDir()
        let r = try CLI.run(["-Store", dir + "/s.json", "-c", "New-CsXmppAllowedPartner a.example.com -AdditionalDomains 'b.example.com bad_name.com'"])
        #expect(r.status == 1)
        #expect(r.err.contains("The additional domain 'bad_name.com' is not a valid DNS name"))
    }
}
