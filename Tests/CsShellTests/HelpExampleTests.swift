import Foundation
import Testing
@testable import CsCmdlets
@testable import CsShell

/// Every example in every cmdlet's help runs against a fresh store and has its documented effect
/// (lync-xmpp-cmdlets.md §3.3, §4.3, §5.3, §6.3, §9 for the partner cmdlets).
enum HelpExamples {
    /// Partners the Set/Get/Remove/Test examples act on.
    static let fixture = """
    New-CsXmppAllowedPartner -Identity contoso.com -AdditionalDomains europe.contoso.com, asia.contoso.com -WarningAction SilentlyContinue
    New-CsXmppAllowedPartner -Identity xmpp.contoso.com -PartnerType Federated -SaslNegotiation Optional
    New-CsXmppAllowedPartner -Identity xmpp.contoso.org -TlsNegotiation Optional -SaslNegotiation NotSupported
    New-CsXmppAllowedPartner -Identity xmpp.fabrikam.org -PartnerType PublicVerified -SaslNegotiation Optional
    """

    struct Check {
        /// Run before the example (nil: an empty store).
        var setup: String?
        /// Run after the example; its output lines must equal `expected`.
        var verify: String?
        var expected: [String]
        /// The example's own output lines, when it has some to check.
        var output: [String]? = nil
        /// What the example may write to stderr (a prefix); nil means nothing.
        var stderrPrefix: String? = nil
    }

    static let warningDefaults = "WARNING: Dialback will not operate if both SASL and TLS are required."

    /// The documented effect of each example, by its code.
    static let checks: [String: Check] = [
        // New-CsXmppAllowedPartner
        "New-CsXmppAllowedPartner -Identity \"contoso.com\" -PartnerType \"PublicVerified\"":
            Check(verify: "$p = Get-CsXmppAllowedPartner -Identity contoso.com; $p.Identity; $p.PartnerType", expected: ["contoso.com", "PublicVerified"], stderrPrefix: warningDefaults),
        "New-CsXmppAllowedPartner -Identity \"fabrikam.com\" -AdditionalDomains \"research.fabrikam2.com\"":
            Check(verify: "(Get-CsXmppAllowedPartner fabrikam.com).AdditionalDomains", expected: ["research.fabrikam2.com"], stderrPrefix: warningDefaults),
        "New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true":
            Check(verify: "$p = Get-CsXmppAllowedPartner gmail.com; $p.TlsNegotiation; $p.SaslNegotiation; $p.EnableKeepAlive; $p.SupportDialbackNegotiation",
                  expected: ["NotSupported", "NotSupported", "False", "True"]),
        // Set-CsXmppAllowedPartner
        "Set-CsXmppAllowedPartner -Identity \"contoso.com\" -SupportDialbackNegotiation $False":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner contoso.com).SupportDialbackNegotiation", expected: ["False"]),
        "Get-CsXmppAllowedPartner | Set-CsXmppAllowedPartner -SaslNegotiation \"Required\"":
            Check(setup: fixture, verify: "Get-CsXmppAllowedPartner | ForEach-Object { \"$($_.Identity) $($_.SaslNegotiation)\" }",
                  expected: ["contoso.com Required", "xmpp.contoso.com Required", "xmpp.contoso.org Required", "xmpp.fabrikam.org Required"],
                  stderrPrefix: "WARNING: "),
        "Set-CsXmppAllowedPartner -Identity \"contoso.com\" -AdditionalDomains @{Add=\"na.contoso.com\"}":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner contoso.com).AdditionalDomains", expected: ["europe.contoso.com", "asia.contoso.com", "na.contoso.com"], stderrPrefix: warningDefaults),
        "Set-CsXmppAllowedPartner -Identity \"contoso.com\" -AdditionalDomains @{Remove=\"europe.contoso.com\"}":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner contoso.com).AdditionalDomains", expected: ["asia.contoso.com"], stderrPrefix: warningDefaults),
        "Set-CsXmppAllowedPartner -Identity \"contoso.com\" -AdditionalDomains $Null":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner contoso.com).AdditionalDomains.Count", expected: ["0"], stderrPrefix: warningDefaults),
        // Get-CsXmppAllowedPartner
        "Get-CsXmppAllowedPartner":
            Check(setup: fixture, verify: nil, expected: [], output: nil),
        "Get-CsXmppAllowedPartner -Identity \"xmpp.contoso.com\"":
            Check(setup: fixture, verify: nil, expected: []),
        "Get-CsXmppAllowedPartner -Filter \"*.org\"":
            Check(setup: fixture, verify: nil, expected: []),
        "Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq \"Required\"}":
            Check(setup: fixture, verify: nil, expected: []),
        // Remove-CsXmppAllowedPartner
        "Remove-CsXmppAllowedPartner -Identity \"contoso.com\"":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner).Identity", expected: ["xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"]),
        "Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner":
            Check(setup: fixture, verify: "@(Get-CsXmppAllowedPartner).Count", expected: ["0"]),
        "Get-CsXmppAllowedPartner | Where-Object {$_.PartnerType -eq \"PublicUnverified\"} | Remove-CsXmppAllowedPartner":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner).Identity", expected: ["xmpp.contoso.com", "xmpp.fabrikam.org"]),
        // Gateway
        "Get-CsXmppGatewayConfiguration":
            Check(verify: nil, expected: []),
        "Set-CsXmppGatewayConfiguration -Identity \"global\" -ConnectionLimit 1200":
            Check(verify: "(Get-CsXmppGatewayConfiguration).ConnectionLimit", expected: ["1200"]),
        // Test-CsXmppAllowedPartner
        "Test-CsXmppAllowedPartner -Identity \"contoso.com\"":
            Check(setup: fixture, verify: "$t = Test-CsXmppAllowedPartner contoso.com; $t.IsValid; $t.ExpectedAuthenticationMethods; $t.Warnings",
                  expected: ["True", "SASL over TLS", "Dialback will not operate if both SASL and TLS are required."]),
        "Test-CsXmppAllowedPartner -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true":
            Check(verify: "$t = Test-CsXmppAllowedPartner -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true; $t.IsValid; $t.ExpectedAuthenticationMethods; $t.Notes",
                  expected: ["True", "TCP Dialback", "TCP Dialback is the only negotiation method available"]),
        "Get-CsXmppAllowedPartner | Test-CsXmppAllowedPartner | Where-Object {$_.Warnings.Count -gt 0}":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Test-CsXmppAllowedPartner | Where-Object {$_.Warnings.Count -gt 0}).Identity",
                  expected: ["contoso.com"]),
        // The shell's own cmdlets
        "Write-Output \"test output\"": Check(verify: nil, expected: [], output: ["test output"]),
        "Write-Host \"no newline test \" -NoNewline": Check(verify: nil, expected: [], output: ["no newline test "]),
        "Write-Warning \"This is only a test warning.\"": Check(verify: nil, expected: [], output: [], stderrPrefix: "WARNING: This is only a test warning."),
        "Write-Error \"Access denied.\"": Check(verify: nil, expected: [], output: [], stderrPrefix: "Write-Error : Access denied."),
        "Get-CsXmppAllowedPartner | ForEach-Object { $_.Identity }":
            Check(setup: fixture, verify: nil, expected: [], output: ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"]),
        "Get-CsXmppAllowedPartner | ForEach-Object Identity":
            Check(setup: fixture, verify: nil, expected: [], output: ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"]),
        "Get-CsXmppAllowedPartner | Where-Object PartnerType -eq Federated":
            Check(setup: fixture, verify: nil, expected: []),
        "Get-CsXmppAllowedPartner | Out-Null": Check(setup: fixture, verify: nil, expected: [], output: []),
        "Get-CsXmppAllowedPartner | Measure-Object":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Measure-Object).Count", expected: ["4"]),
        "Get-CsXmppAllowedPartner | Group-Object PartnerType":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Group-Object PartnerType).Name", expected: ["PublicUnverified", "Federated", "PublicVerified"]),
        "Get-CsXmppAllowedPartner | Sort-Object PartnerType, Identity":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Sort-Object PartnerType, Identity).Identity",
                  expected: ["xmpp.contoso.com", "xmpp.fabrikam.org", "contoso.com", "xmpp.contoso.org"]),
        "Get-CsXmppAllowedPartner | Select-Object Identity, PartnerType": Check(setup: fixture, verify: nil, expected: []),
        "Get-CsXmppAllowedPartner | Select-Object -First 2":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Select-Object -First 2).Identity", expected: ["contoso.com", "xmpp.contoso.com"]),
        "Get-History": Check(verify: nil, expected: [], output: []),
        "Get-History -Count 5": Check(verify: nil, expected: [], output: []),
        "Invoke-History": Check(verify: nil, expected: [], output: [], stderrPrefix: "Invoke-History : Cannot locate the most recent history."),
        "Invoke-History -Id 2": Check(verify: nil, expected: [], output: [], stderrPrefix: "Invoke-History : Cannot locate history for Id 2."),
        "Clear-History": Check(verify: nil, expected: [], output: []),
    ]

    /// Every example of every registered cmdlet.
    static var all: [(cmdlet: String, example: CmdletExample)] {
        CommandCatalog.all.flatMap { t in t.metadata.help.examples.map { (t.metadata.name, $0) } }
    }
}

struct HelpExampleTests {
    @Test func everyCmdletHasExamples() {
        for t in CommandCatalog.all { #expect(!t.metadata.help.examples.isEmpty, "\(t.metadata.name) has no help example") }
    }

    @Test func everyExampleRunsAndHasItsDocumentedEffect() throws {
        for (cmdlet, example) in HelpExamples.all {
            guard let check = HelpExamples.checks[example.code] else {
                Issue.record("\(cmdlet): no documented effect is checked for example: \(example.code)")
                continue
            }
            let store = InMemoryXmppStore()
            if let setup = check.setup {
                let s = ShellHarness.run(setup, store: { store })
                #expect(s.status == 0, "setup failed: \(s.err)")
            }
            let r = ShellHarness.run(example.code, store: { store })
            if let prefix = check.stderrPrefix {
                #expect(r.err.hasPrefix(prefix), "\(example.code): stderr was \(r.err)")
            } else {
                #expect(r.err == "", "\(example.code): stderr was \(r.err)")
                #expect(r.status == 0, "\(example.code): status \(r.status)")
            }
            if let output = check.output { #expect(r.lines == output, "\(example.code)") }
            if let verify = check.verify {
                let v = ShellHarness.run(verify, store: { store })
                #expect(v.lines == check.expected, "\(example.code): verified by \(verify)")
            }
        }
    }

    /// Get examples: their output is the documented selection of partners.
    @Test func getExamplesReturnTheDocumentedPartners() {
        let store = InMemoryXmppStore()
        _ = ShellHarness.run(HelpExamples.fixture, store: { store })
        func ids(_ code: String) -> [String] { ShellHarness.run("(\(code)).Identity", store: { store }).lines }
        #expect(ids("Get-CsXmppAllowedPartner") == ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"])
        #expect(ids("Get-CsXmppAllowedPartner -Identity \"xmpp.contoso.com\"") == ["xmpp.contoso.com"])
        #expect(ids("Get-CsXmppAllowedPartner -Filter \"*.org\"") == ["xmpp.contoso.org", "xmpp.fabrikam.org"])
        #expect(ids("Get-CsXmppAllowedPartner | Where-Object {$_.SaslNegotiation -eq \"Required\"}") == ["contoso.com"])
        #expect(ids("Get-CsXmppAllowedPartner | Where-Object PartnerType -eq Federated") == ["xmpp.contoso.com"])
    }
}
