import Foundation
import Testing
@testable import CsCore
@testable import CsShell
@testable import CsXmpp

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
        /// Lines the example's output must contain.
        var outputContains: [String] = []
        /// What the example may write to stderr (a prefix); nil means nothing.
        var stderrPrefix: String? = nil
        /// For a command that runs until Ctrl-C: a pattern its first stdout line must match; the test
        /// then presses Ctrl-C and expects status 0.
        var servesUntilInterrupted: String? = nil
        /// Files the example needs that the test makes first: a PEM certificate and key (openssl).
        var certificate: (cert: String, key: String)? = nil
    }

    /// Files in the working folder every example runs in (the examples read domains.txt, partners.csv, partners.json).
    static let files: [String: String] = [
        "domains.txt": "alpha.example.com\nbeta.example.com\ngamma.example.com\n",
        "partners.csv": "\"Identity\",\"PartnerType\",\"TlsNegotiation\",\"SaslNegotiation\",\"SupportDialbackNegotiation\"\n" +
            "\"csv1.example.com\",\"Federated\",\"Required\",\"Optional\",\"True\"\n\"csv2.example.org\",\"PublicVerified\",\"Optional\",\"NotSupported\",\"True\"\n",
        "partners.json": """
            [
              {
                "Identity": "xmpp.contoso.com",
                "AdditionalDomains": [],
                "ConnectionLimit": 25,
                "Description": "restored from JSON",
                "Domain": "xmpp.contoso.com",
                "EnableKeepAlive": true,
                "PartnerType": "Federated",
                "ProxyFqdn": null,
                "SaslNegotiation": "Optional",
                "SupportDialbackNegotiation": true,
                "TlsNegotiation": "Required"
              }
            ]

            """,
    ]

    /// The fixture exported to config.json, then the store changed: what an import puts back.
    static let importSetup = fixture + """

    Export-CsConfiguration -FileName config.json
    Get-CsXmppAllowedPartner | Remove-CsXmppAllowedPartner
    New-CsXmppAllowedPartner -Identity other.example.com -SaslNegotiation Optional
    Set-CsXmppGatewayConfiguration -ConnectionLimit 5
    """

    /// Server configurations the import examples read: Prosody with a mod_firewall allow list, ejabberd
    /// with an s2s_access rule.
    static let serverFiles: [String: String] = [
        "prosody.cfg.lua": """
            modules_enabled = { "tls"; "saslauth"; "dialback"; "firewall" }
            s2s_secure_auth = true
            s2s_insecure_domains = { "legacy.example.org" } -- may use dialback
            firewall_scripts = { "partners.pfw" }
            VirtualHost "example.com"

            """,
        "partners.pfw": """
            %ZONE partners: partner.example.com, legacy.example.org
            ::deliver
            ENTERING: $local
            NOT LEAVING: partners
            DROP.

            """,
        "ejabberd.yml": """
            hosts: [example.com]
            s2s_use_starttls: required
            s2s_access: s2s_partners
            acl:
              partners:
                server: [partner.example.com, im.partner.example.com]
            access_rules:
              s2s_partners:
                - allow: partners
                - deny

            """,
    ]

    static let warningDefaults = "WARNING: Dialback will not operate if both SASL and TLS are required."

    /// A fresh folder holding every file the examples read.
    static func folder() throws -> String {
        let dir = CLI.tempDir()
        try writeFiles(into: dir)
        return dir
    }

    /// Writes the files the examples read into `dir`.
    static func writeFiles(into dir: String) throws {
        for (name, text) in files.merging(serverFiles, uniquingKeysWith: { a, _ in a }) {
            try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
    }

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
        // contract.md's defaults, one line each (labels padded to the longest, 29), the passphrase null.
        "Get-CsXmppGatewayConfiguration":
            Check(verify: nil, expected: [],
                  outputContains: ["Identity                      : Global", "ConnectionLimit               : 1000",
                                   "EnableLoggingAllMessageBodies : False", "KeepAliveInterval             : 300", "PartnerConnectionLimit        : 20",
                                   "StreamEstablishmentTimeout    : 60", "StreamInactivityTimeout       : 600", "SubscriptionRefreshInterval   : 28800",
                                   "DialbackPassphrase            :"]),
        "Set-CsXmppGatewayConfiguration -Identity \"global\" -ConnectionLimit 1200":
            Check(verify: "(Get-CsXmppGatewayConfiguration).ConnectionLimit", expected: ["1200"]),
        // Export- and Import-CsXmppFederationConfiguration (the TLS line: the fixture has partners that require TLS)
        "Export-CsXmppFederationConfiguration -Server Prosody -LocalDomain example.com -Path federation.cfg.lua -WarningAction SilentlyContinue":
            Check(setup: fixture, verify: "Get-Content federation.cfg.lua | Where-Object { $_ -like '; s2s_require_encryption*' -or $_ -like '; VirtualHost*' }",
                  expected: ["; s2s_require_encryption = true", "; VirtualHost \"example.com\""]),
        "Export-CsXmppFederationConfiguration -Server Ejabberd -LocalDomain example.com, example.org -Path federation.yml":
            Check(setup: fixture, verify: "(Get-Content federation.yml | Where-Object { $_ -like '*s2s_access: csshell_s2s*' }).Count",
                  expected: ["2"], stderrPrefix: "WARNING: "),
        "Export-CsXmppFederationConfiguration Prosody -LocalDomain example.com -WarningAction SilentlyContinue | Out-String -Stream | Where-Object { $_ -like \"*s2s_require_encryption*\" }":
            Check(setup: fixture, verify: nil, expected: [], output: ["; s2s_require_encryption = true"]),
        "Export-CsXmppFederationConfiguration -Server Ejabberd -LocalDomain example.com -Path federation.yml -NoClobber -WhatIf":
            Check(setup: fixture, verify: "try { Get-Content federation.yml -ErrorAction Stop; 'written' } catch { 'not written' }",
                  expected: ["not written"], stderrPrefix: "WARNING: "),
        "Import-CsXmppFederationConfiguration -Server Prosody -Path prosody.cfg.lua":
            Check(verify: "Get-CsXmppAllowedPartner | ForEach-Object { \"$($_.Identity) $($_.TlsNegotiation) $($_.SaslNegotiation) $($_.SupportDialbackNegotiation)\" }",
                  expected: ["partner.example.com Required Required False", "legacy.example.org Required Optional True"]),
        "Import-CsXmppFederationConfiguration -Server Ejabberd -Path ejabberd.yml -WhatIf":
            Check(verify: "@(Get-CsXmppAllowedPartner).Count", expected: ["0"],
                  output: ["What if: Performing the operation \"New-CsXmppAllowedPartner\" on target \"partner.example.com\"."]),
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
        // Export-CsConfiguration / Import-CsConfiguration
        "Export-CsConfiguration -FileName \"config.json\"":
            Check(setup: fixture, verify: "$d = Get-Content config.json | ConvertFrom-Json; $d.format; $d.partners.Identity; $d.gatewayConfiguration.ConnectionLimit",
                  expected: ["csshell-xmpp-store", "contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org", "1000"]),
        "Export-CsConfiguration -FileName \"config.json\"; Import-CsConfiguration -FileName \"config.json\" -WhatIf":
            Check(setup: fixture + "\nRemove-CsXmppAllowedPartner contoso.com", verify: "(Get-CsXmppAllowedPartner).Identity",
                  expected: ["xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"]),
        "Import-CsConfiguration -FileName \"config.json\"":
            Check(setup: importSetup, verify: "(Get-CsXmppAllowedPartner).Identity; (Get-CsXmppGatewayConfiguration).ConnectionLimit",
                  expected: ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org", "1000"]),
        "Import-CsConfiguration -FileName \"config.json\" -WhatIf":
            Check(setup: importSetup, verify: "(Get-CsXmppAllowedPartner).Identity; (Get-CsXmppGatewayConfiguration).ConnectionLimit",
                  expected: ["other.example.com", "5"]),
        // Test-CsXmppFederation (outcomes worked out from negotiation.md §8 and the Prosody rules it names)
        "Test-CsXmppFederation -Identity \"contoso.com\" -RemoteProfile \"Prosody 0.12 default\"":
            Check(setup: fixture, verify: "(Test-CsXmppFederation contoso.com -RemoteProfile 'Prosody 0.12 default').Method",
                  expected: ["SASL over TLS", "SASL over TLS"], outputContains: ["Identity    Direction Succeeds Method        FailingSide FailingStep Reason"]),
        "Test-CsXmppFederation -Identity \"contoso.com\" -RemoteProfile \"Prosody 0.12 default\" -RemoteCertificate Invalid":
            Check(setup: fixture, verify: "$r = Test-CsXmppFederation contoso.com -RemoteProfile 'Prosody 0.12 default' -RemoteCertificate Invalid -WarningAction SilentlyContinue; $r.FailingSide; $r.FailingStep",
                  expected: ["Remote", "Remote", "Certificate", "Certificate"], stderrPrefix: "WARNING: contoso.com: no federation: both directions fail."),
        "Get-CsXmppAllowedPartner | Test-CsXmppFederation -RemoteProfile \"ejabberd 23.01 default\" -RemoteCertificate Invalid | Where-Object { -not $_.Succeeds }":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Test-CsXmppFederation -RemoteProfile 'ejabberd 23.01 default' -RemoteCertificate Invalid -WarningAction SilentlyContinue | Where-Object { -not $_.Succeeds }) | ForEach-Object { \"$($_.Identity) $($_.Direction)\" }",
                  expected: ["contoso.com Outbound", "contoso.com Inbound"], stderrPrefix: "WARNING: contoso.com: no federation"),
        "Test-CsXmppFederation -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true -RemoteProfile \"legacy dialback-only server\"":
            Check(verify: "(Test-CsXmppFederation -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true -RemoteProfile 'legacy dialback-only server').Method",
                  expected: ["TCP Dialback", "TCP Dialback"]),
        "Test-CsXmppFederation -Identity \"xmpp.contoso.com\" -RemoteProfile prosody.cfg.lua -LocalDomain legacy.example.org -LocalCertificate Invalid":
            Check(setup: fixture, verify: "(Test-CsXmppFederation xmpp.contoso.com -RemoteProfile prosody.cfg.lua -LocalDomain legacy.example.org -LocalCertificate Invalid -WarningAction SilentlyContinue).Method",
                  expected: ["TLS Dialback", "SASL over TLS"], stderrPrefix: "WARNING: xmpp.contoso.com: the effective federation is TLS Dialback, the weaker direction (Outbound)"),
        "Test-CsXmppFederation -Identity \"xmpp.contoso.com\" -RemoteSaslNegotiation Optional -AllCertificateStates -WarningAction SilentlyContinue | Where-Object Succeeds | Select-Object -ExpandProperty Method -Unique":
            Check(setup: fixture, verify: nil, expected: [], output: ["SASL over TLS", "TLS Dialback"]),
        "Test-CsXmppFederation -Identity \"xmpp.contoso.com\" -RemoteProfile \"Prosody 0.12 default\" -LocalBidi -RemoteBidi | ConvertTo-Json":
            Check(setup: fixture, verify: "$o = Test-CsXmppFederation xmpp.contoso.com -RemoteProfile 'Prosody 0.12 default' -LocalBidi -RemoteBidi | ConvertTo-Json | ConvertFrom-Json; $o.Direction; $o.Method",
                  expected: ["Both", "SASL over TLS"], outputContains: ["  \"Direction\": \"Both\","]),
        // Get-CsXmppPartnerChange / Undo-CsXmppPartnerChange / Clear-CsXmppPartnerChange (the fixture's
        // four New commands are changes 1 to 4)
        "Get-CsXmppPartnerChange":
            Check(setup: fixture, verify: "(Get-CsXmppPartnerChange).Id; (Get-CsXmppPartnerChange).Action",
                  expected: ["1", "2", "3", "4", "New", "New", "New", "New"]),
        "Get-CsXmppPartnerChange -Identity \"*.contoso.com\" -Last 5":
            Check(setup: fixture + "\nSet-CsXmppAllowedPartner xmpp.fabrikam.org -Description x",
                  verify: "(Get-CsXmppPartnerChange -Identity '*.contoso.com' -Last 5).Identity",
                  expected: ["contoso.com", "xmpp.contoso.com"]),
        "Get-CsXmppPartnerChange -After (Get-Date).AddDays(-1) | Format-List":
            Check(setup: fixture, verify: "@(Get-CsXmppPartnerChange -After (Get-Date).AddDays(-1)).Count; @(Get-CsXmppPartnerChange -After (Get-Date).AddDays(1)).Count",
                  expected: ["4", "0"], outputContains: ["Action   : New", "Identity : xmpp.fabrikam.org"]),
        "Get-CsXmppPartnerChange -Identity \"contoso.com\" | ConvertTo-Json -Depth 3":
            Check(setup: fixture, verify: "$o = Get-CsXmppPartnerChange -Identity contoso.com | ConvertTo-Json -Depth 3 | ConvertFrom-Json; $o.Id; $o.After.AdditionalDomains; $o.Before",
                  expected: ["1", "europe.contoso.com", "asia.contoso.com"], outputContains: ["  \"Action\": \"New\","]),
        "Get-CsXmppPartnerChange -Actor \"alice@*\"":
            Check(setup: fixture, verify: "@(Get-CsXmppPartnerChange -Actor 'alice@*').Count; @(Get-CsXmppPartnerChange -Actor '*@*').Count",
                  expected: ["0", "4"]),
        "Undo-CsXmppPartnerChange -Id 4":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner).Identity; $u = Get-CsXmppPartnerChange -Last 1; $u.Action; $u.Identity; $u.Before.Identity; $u.After",
                  expected: ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "Undo", "xmpp.fabrikam.org", "xmpp.fabrikam.org"]),
        "Get-CsXmppPartnerChange -Identity \"contoso.com\" -Last 1 | Undo-CsXmppPartnerChange -WhatIf":
            Check(setup: fixture, verify: "@(Get-CsXmppAllowedPartner).Count; @(Get-CsXmppPartnerChange).Count",
                  expected: ["4", "4"], output: ["What if: Performing the operation \"Undo-CsXmppPartnerChange\" on target \"change 1 (New of 'contoso.com')\"."]),
        "Undo-CsXmppPartnerChange -Id 1 -Force":
            Check(setup: fixture + "\nSet-CsXmppAllowedPartner contoso.com -Description later",
                  verify: "(Get-CsXmppAllowedPartner).Identity; (Get-CsXmppPartnerChange -Last 1).Action",
                  expected: ["xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org", "Undo"]),
        "Clear-CsXmppPartnerChange -Before \"2026-01-01\"":
            Check(setup: fixture, verify: "(Get-CsXmppPartnerChange).Action", expected: ["New", "New", "New", "New", "Clear"]),
        "Clear-CsXmppPartnerChange -Before (Get-Date).AddDays(-365) -WhatIf":
            Check(setup: fixture, verify: "@(Get-CsXmppPartnerChange).Count", expected: ["4"], outputContains: []),
        // The shell's own cmdlets
        "Write-Output \"test output\"": Check(verify: nil, expected: [], output: ["test output"]),
        "Write-Host \"no newline test \" -NoNewline": Check(verify: nil, expected: [], output: ["no newline test "]),
        "Write-Warning \"This is only a test warning.\"": Check(verify: nil, expected: [], output: [], stderrPrefix: "WARNING: This is only a test warning."),
        "Write-Error \"Access denied.\"": Check(verify: nil, expected: [], output: [], stderrPrefix: "Write-Error : Access denied."),
        "Write-Error -Message \"Partner not found.\" -Category ObjectNotFound -TargetObject \"contoso.com\"":
            Check(verify: nil, expected: [], output: [], stderrPrefix: "Write-Error : Partner not found."),
        "Get-CsXmppAllowedPartner | ForEach-Object { $_.Identity }":
            Check(setup: fixture, verify: nil, expected: [], output: ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"]),
        "Get-CsXmppAllowedPartner | ForEach-Object -Begin { $n = 0 } -Process { $n++ } -End { \"$n partners\" }":
            Check(setup: fixture, verify: nil, expected: [], output: ["4 partners"]),
        "'xmpp.contoso.com' | ForEach-Object -MemberName Split -ArgumentList '.'":
            Check(verify: nil, expected: [], output: ["xmpp", "contoso", "com"]),
        "Get-CsXmppAllowedPartner | ForEach-Object Identity":
            Check(setup: fixture, verify: nil, expected: [], output: ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"]),
        "Get-CsXmppAllowedPartner | Where-Object PartnerType -eq Federated":
            Check(setup: fixture, verify: nil, expected: [], outputContains: ["Identity                   : xmpp.contoso.com"]),
        "Get-CsXmppAllowedPartner | Out-Null": Check(setup: fixture, verify: nil, expected: [], output: []),
        "Get-CsXmppAllowedPartner | Measure-Object":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Measure-Object).Count", expected: ["4"]),
        // The groups are sorted by their values: PartnerType's order (Federated, PublicVerified, PublicUnverified).
        "Get-CsXmppAllowedPartner | Group-Object PartnerType":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Group-Object PartnerType).Name", expected: ["Federated", "PublicVerified", "PublicUnverified"]),
        "$byType = Get-CsXmppAllowedPartner | Group-Object PartnerType -AsHashTable -AsString; $byType['Federated']":
            Check(setup: fixture, verify: nil, expected: [], outputContains: ["Identity                   : xmpp.contoso.com"]),
        "Get-CsXmppAllowedPartner | Measure-Object -Maximum { $_.Identity.Length }":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Measure-Object -Maximum { $_.Identity.Length }).Maximum", expected: ["17"]),
        "Get-CsXmppAllowedPartner | Sort-Object Identity -Bottom 2":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Sort-Object Identity -Bottom 2).Identity", expected: ["xmpp.contoso.org", "xmpp.fabrikam.org"]),
        "Get-CsXmppAllowedPartner | Sort-Object PartnerType -Unique -Stable":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Sort-Object PartnerType -Unique -Stable).Identity",
                  expected: ["xmpp.contoso.com", "xmpp.fabrikam.org", "contoso.com"]),
        "Get-CsXmppAllowedPartner | Select-Object -ExcludeProperty Description":
            Check(setup: fixture, verify: "$s = Get-CsXmppAllowedPartner | Select-Object -ExcludeProperty Description; $s.Count; ($s[0] | Get-Member -MemberType NoteProperty).Name -contains 'Description'; $s[0].Identity",
                  expected: ["4", "False", "contoso.com"]),
        "Get-CsXmppAllowedPartner | Where-Object -Not EnableKeepAlive":
            Check(setup: fixture + "\nNew-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true",
                  verify: "(Get-CsXmppAllowedPartner | Where-Object -Not EnableKeepAlive).Identity", expected: ["gmail.com"]),
        "Get-CsXmppAllowedPartner | Sort-Object PartnerType, Identity":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Sort-Object PartnerType, Identity).Identity",
                  expected: ["xmpp.contoso.com", "xmpp.fabrikam.org", "contoso.com", "xmpp.contoso.org"]),
        // Two properties: a table; enums right-aligned, each column as wide as its widest cell.
        "Get-CsXmppAllowedPartner | Select-Object Identity, PartnerType":
            Check(setup: fixture, verify: nil, expected: [],
                  output: ["", "Identity               PartnerType", "--------               -----------", "contoso.com       PublicUnverified",
                           "xmpp.contoso.com         Federated", "xmpp.contoso.org  PublicUnverified", "xmpp.fabrikam.org   PublicVerified", ""]),
        "Get-CsXmppAllowedPartner | Select-Object -First 2":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Select-Object -First 2).Identity", expected: ["contoso.com", "xmpp.contoso.com"]),
        "Get-History": Check(verify: nil, expected: [], output: []),
        "Get-History -Count 5": Check(verify: nil, expected: [], output: []),
        "Invoke-History": Check(verify: nil, expected: [], output: [], stderrPrefix: "Invoke-History : Cannot locate the most recent history."),
        "Invoke-History -Id 2": Check(verify: nil, expected: [], output: [], stderrPrefix: "Invoke-History : Cannot locate history for Id 2."),
        "Clear-History": Check(verify: nil, expected: [], output: []),
        // Formatting and output
        "Get-CsXmppAllowedPartner | Format-List *":
            Check(setup: fixture, verify: nil, expected: [], outputContains: ["Identity                   : contoso.com", "TlsNegotiation             : Required"]),
        "Get-CsXmppAllowedPartner -Identity fabrikam.com | Format-List Identity, *Negotiation":
            Check(setup: fixture + "\nNew-CsXmppAllowedPartner fabrikam.com -TlsNegotiation Optional -WarningAction Ignore", verify: nil, expected: [],
                  output: ["", "Identity                   : fabrikam.com", "SaslNegotiation            : Required", "SupportDialbackNegotiation : True",
                           "TlsNegotiation             : Optional", ""]),
        "Get-CsXmppAllowedPartner | Format-Table Identity, PartnerType, TlsNegotiation":
            Check(setup: fixture, verify: nil, expected: [],
                  output: ["", "Identity               PartnerType TlsNegotiation", "--------               ----------- --------------",
                           "contoso.com       PublicUnverified       Required", "xmpp.contoso.com         Federated       Required",
                           "xmpp.contoso.org  PublicUnverified       Optional", "xmpp.fabrikam.org   PublicVerified       Required", ""]),
        "Get-CsXmppAllowedPartner | Format-Table Identity, @{Name='Domains'; Expression={ $_.AdditionalDomains.Count }}":
            Check(setup: fixture, verify: nil, expected: [],
                  output: ["", "Identity          Domains", "--------          -------", "contoso.com             2", "xmpp.contoso.com        0",
                           "xmpp.contoso.org        0", "xmpp.fabrikam.org       0", ""]),
        "$text = Get-CsXmppAllowedPartner | Out-String":
            Check(setup: fixture, verify: "$text = Get-CsXmppAllowedPartner | Out-String; ($text -split \"`n\" | Where-Object { $_ -like 'Identity *' }).Count",
                  expected: ["4"], output: []),
        "Get-CsXmppAllowedPartner | Out-String -Stream | Where-Object { $_ -like '*Federated*' }":
            Check(setup: fixture, verify: nil, expected: [], output: ["PartnerType                : Federated"]),
        "Get-CsXmppAllowedPartner | Out-File -FilePath partners.txt":
            Check(setup: fixture, verify: "(Get-Content partners.txt | Where-Object { $_ -like 'Identity *' }).Count", expected: ["4"], output: []),
        "Test-CsXmppAllowedPartner fabrikam.com | Out-File -FilePath checks.log -Append":
            Check(setup: "New-CsXmppAllowedPartner fabrikam.com -WarningAction Ignore", verify: "(Get-Content checks.log | Where-Object { $_ -like 'IsValid*' })",
                  expected: ["IsValid                       : True"], output: []),
        // JSON
        "Get-CsXmppAllowedPartner | ConvertTo-Json | Out-File partners.json":
            Check(setup: fixture, verify: "(Get-Content partners.json -Raw | ConvertFrom-Json).Identity",
                  expected: ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"], output: []),
        "Get-CsXmppAllowedPartner -Identity fabrikam.com | ConvertTo-Json -Compress":
            Check(setup: "New-CsXmppAllowedPartner fabrikam.com -WarningAction Ignore", verify: nil, expected: [],
                  output: ["{\"Identity\":\"fabrikam.com\",\"AdditionalDomains\":[],\"ConnectionLimit\":20,\"Description\":null,\"Domain\":\"fabrikam.com\",\"EnableKeepAlive\":true,\"PartnerType\":\"PublicUnverified\",\"ProxyFqdn\":null,\"SaslNegotiation\":\"Required\",\"SupportDialbackNegotiation\":true,\"TlsNegotiation\":\"Required\"}"]),
        "Get-Content partners.json | ConvertFrom-Json | Set-CsXmppAllowedPartner":
            Check(setup: fixture, verify: "$p = Get-CsXmppAllowedPartner xmpp.contoso.com; $p.Description; $p.ConnectionLimit",
                  expected: ["restored from JSON", "25"], output: []),
        "'{\"a\":1,\"b\":2}' | ConvertFrom-Json -AsHashtable":
            Check(verify: "$h = '{\"a\":1,\"b\":2}' | ConvertFrom-Json -AsHashtable; $h.Keys -join ','; $h.b", expected: ["a,b", "2"]),
        "Get-Content partners.json -Raw | ConvertFrom-Json":
            Check(verify: "(Get-Content partners.json -Raw | ConvertFrom-Json).Description", expected: ["restored from JSON"]),
        // CSV
        "Get-CsXmppAllowedPartner | ConvertTo-Csv":
            Check(setup: fixture, verify: nil, expected: [],
                  outputContains: ["\"Identity\",\"AdditionalDomains\",\"ConnectionLimit\",\"Description\",\"Domain\",\"EnableKeepAlive\",\"PartnerType\",\"ProxyFqdn\",\"SaslNegotiation\",\"SupportDialbackNegotiation\",\"TlsNegotiation\"",
                                   "\"contoso.com\",\"europe.contoso.com asia.contoso.com\",\"20\",,\"contoso.com\",\"True\",\"PublicUnverified\",,\"Required\",\"True\",\"Required\""]),
        "Get-CsXmppAllowedPartner | Select-Object Identity, PartnerType | ConvertTo-Csv -UseQuotes AsNeeded":
            Check(setup: fixture, verify: nil, expected: [],
                  output: ["Identity,PartnerType", "contoso.com,PublicUnverified", "xmpp.contoso.com,Federated", "xmpp.contoso.org,PublicUnverified", "xmpp.fabrikam.org,PublicVerified"]),
        "Get-CsXmppAllowedPartner | ConvertTo-Csv | ConvertFrom-Csv":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | ConvertTo-Csv | ConvertFrom-Csv).PartnerType",
                  expected: ["PublicUnverified", "Federated", "PublicUnverified", "PublicVerified"]),
        "'fabrikam.com;Federated' | ConvertFrom-Csv -Delimiter ';' -Header Identity, PartnerType":
            Check(verify: "$o = 'fabrikam.com;Federated' | ConvertFrom-Csv -Delimiter ';' -Header Identity, PartnerType; $o.Identity; $o.PartnerType",
                  expected: ["fabrikam.com", "Federated"]),
        "Get-CsXmppAllowedPartner | Export-Csv -Path partners.csv":
            Check(setup: fixture, verify: "(Import-Csv partners.csv).Identity", expected: ["contoso.com", "xmpp.contoso.com", "xmpp.contoso.org", "xmpp.fabrikam.org"], output: []),
        "Import-Csv partners.csv | ForEach-Object { New-CsXmppAllowedPartner -Identity $_.Identity -PartnerType $_.PartnerType -TlsNegotiation $_.TlsNegotiation -SaslNegotiation $_.SaslNegotiation -SupportDialbackNegotiation ([bool]::Parse($_.SupportDialbackNegotiation)) }":
            Check(verify: "Get-CsXmppAllowedPartner | ForEach-Object { \"$($_.Identity) $($_.PartnerType) $($_.TlsNegotiation) $($_.SaslNegotiation)\" }",
                  expected: ["csv1.example.com Federated Required Optional", "csv2.example.org PublicVerified Optional NotSupported"], output: []),
        "Get-CsXmppAllowedPartner -Filter *.org | Export-Csv -Path partners.csv -Append":
            Check(setup: fixture, verify: "(Import-Csv partners.csv).Identity",
                  expected: ["csv1.example.com", "csv2.example.org", "xmpp.contoso.org", "xmpp.fabrikam.org"], output: []),
        "Import-Csv -Path partners.csv":
            Check(verify: "(Import-Csv -Path partners.csv).Identity", expected: ["csv1.example.com", "csv2.example.org"]),
        "Import-Csv partners.csv | ForEach-Object { New-CsXmppAllowedPartner -Identity $_.Identity -PartnerType $_.PartnerType }":
            Check(verify: "(Get-CsXmppAllowedPartner).PartnerType", expected: ["Federated", "PublicVerified"], output: [], stderrPrefix: warningDefaults),
        // Files and discovery
        "Get-Content -Path domains.txt | ForEach-Object { New-CsXmppAllowedPartner -Identity $_ }":
            Check(verify: "(Get-CsXmppAllowedPartner).Identity", expected: ["alpha.example.com", "beta.example.com", "gamma.example.com"], output: [],
                  stderrPrefix: warningDefaults),
        "Get-Content -Path domains.txt -TotalCount 5":
            Check(verify: nil, expected: [], output: ["alpha.example.com", "beta.example.com", "gamma.example.com"]),
        "Get-Command -Noun CsXmppAllowedPartner":
            Check(verify: "(Get-Command -Noun CsXmppAllowedPartner).Name",
                  expected: ["Get-CsXmppAllowedPartner", "New-CsXmppAllowedPartner", "Remove-CsXmppAllowedPartner", "Set-CsXmppAllowedPartner", "Test-CsXmppAllowedPartner"]),
        "Get-Command New-CsXmppAllowedPartner -Syntax":
            Check(verify: "(Get-Command New-CsXmppAllowedPartner -Syntax | Out-String -Stream | Where-Object { $_ -like 'New-*' }).Count", expected: ["2"]),
        "Get-Command *-Csv":
            Check(verify: "(Get-Command *-Csv).Name", expected: ["ConvertFrom-Csv", "ConvertTo-Csv", "Export-Csv", "Import-Csv"]),
        "Get-Help New-CsXmppAllowedPartner":
            Check(verify: nil, expected: [], outputContains: ["NAME", "    New-CsXmppAllowedPartner", "SYNOPSIS", "SYNTAX"]),
        "Get-Help Set-CsXmppAllowedPartner -Full":
            Check(verify: nil, expected: [], outputContains: ["PARAMETERS", "    -Instance <psobject>"]),
        "Get-Help New-CsXmppAllowedPartner -Parameter TlsNegotiation":
            Check(verify: nil, expected: [], outputContains: ["    Required?                    false"]),
        "Get-CsXmppAllowedPartner -?":
            Check(verify: nil, expected: [], outputContains: ["    Get-CsXmppAllowedPartner"]),
        "Get-CsXmppAllowedPartner | Get-Member":
            Check(setup: fixture, verify: nil, expected: [],
                  outputContains: ["   TypeName: Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner"]),
        "Get-CsXmppAllowedPartner | Get-Member -MemberType Property":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Get-Member -MemberType Property).Name -join ','",
                  expected: ["AdditionalDomains,ConnectionLimit,Description,Domain,EnableKeepAlive,Identity,PartnerType,ProxyFqdn,SaslNegotiation,SupportDialbackNegotiation,TlsNegotiation"]),
        // Start-CsControlPanel: each example serves until Ctrl-C; its first line is the sign-in URL.
        "Start-CsControlPanel":
            Check(verify: nil, expected: [], servesUntilInterrupted: #"http://127\.0\.0\.1:8443/signin\?token=[0-9a-f]{64}"#),
        "Start-CsControlPanel -Port 0 -ViewOnly":
            Check(verify: nil, expected: [], servesUntilInterrupted: #"http://127\.0\.0\.1:[1-9][0-9]*/signin\?token=[0-9a-f]{64}"#),
        "Start-CsControlPanel -Address 0.0.0.0 -Port 9443 -CertificatePath panel.crt -KeyPath panel.key":
            Check(verify: nil, expected: [], servesUntilInterrupted: #"https://[^/:]+:9443/signin\?token=[0-9a-f]{64}"#,
                  certificate: ("panel.crt", "panel.key")),
        "Import-Csv partners.csv | Get-Member":
            Check(verify: "(Import-Csv partners.csv | Get-Member -MemberType NoteProperty).Name -join ','",
                  expected: ["Identity,PartnerType,SaslNegotiation,SupportDialbackNegotiation,TlsNegotiation"]),
        // Modules
        "Import-Module Lync": Check(verify: nil, expected: [], output: []),
        "Import-Module SkypeForBusiness -PassThru":
            Check(verify: "(Import-Module SkypeForBusiness -PassThru).Name", expected: ["Lync"],
                  outputContains: ["ModuleType Version    PreRelease Name                                ExportedCommands"]),
        "Get-Module":
            Check(verify: "(Get-Module).Name -contains 'Lync'", expected: ["True"],
                  outputContains: ["ModuleType Version    PreRelease Name                                ExportedCommands"]),
        "(Get-Module Lync).ExportedCommands.Keys": Check(verify: nil, expected: [], outputContains: ["New-CsXmppAllowedPartner", "Test-CsXmppAllowedPartner"]),
        // Dates and times
        "Get-Date": Check(verify: "(Get-Date).Kind", expected: ["Local"]),
        "Get-Date -Date \"2024-01-02 15:04:05\" -Format \"yyyy-MM-dd HH:mm:ss\"": Check(verify: nil, expected: [], output: ["2024-01-02 15:04:05"]),
        "Get-Date -Date \"2024-01-02\" -UFormat \"%A %d %B %Y\"": Check(verify: nil, expected: [], output: ["Tuesday 02 January 2024"]),
        "\"partners-$(Get-Date -Format FileDate).csv\"":
            Check(verify: "\"partners-$(Get-Date -Format FileDate).csv\" -match '^partners-\\d{8}\\.csv$'", expected: ["True"]),
        "((Get-Date) - (Get-Date -Year 2020 -Month 1 -Day 1)).Days -gt 365": Check(verify: nil, expected: [], output: ["True"]),
        "New-TimeSpan -Hours 1 -Minutes 25": Check(verify: "(New-TimeSpan -Hours 1 -Minutes 25).ToString()", expected: ["01:25:00"],
                                                   outputContains: ["Hours             : 1", "Minutes           : 25"]),
        "New-TimeSpan -Start \"2024-01-01\" -End \"2024-03-01\"": Check(verify: nil, expected: [], outputContains: ["Days              : 60"]),
        "Start-Sleep -Milliseconds 250": Check(verify: nil, expected: [], output: []),
        "Start-Sleep -Seconds 0.5": Check(verify: nil, expected: [], output: []),
        "Start-Sleep -Duration (New-TimeSpan -Milliseconds 100)": Check(verify: nil, expected: [], output: []),
        // Read-Host prompts; the examples run without a terminal, where prompting is PowerShell's NonInteractive error.
        "$domain = Read-Host -Prompt \"Partner domain\"":
            Check(verify: nil, expected: [], output: [], stderrPrefix: "Read-Host : PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."),
        "$secret = Read-Host \"Passphrase\" -AsSecureString":
            Check(verify: nil, expected: [], output: [], stderrPrefix: "Read-Host : PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."),
        // Paths and items
        "if (Test-Path partners.csv) { Import-Csv partners.csv }": Check(verify: nil, expected: [], outputContains: ["Identity                   : csv1.example.com"]),
        "Test-Path -Path /tmp -PathType Container": Check(verify: nil, expected: [], output: ["True"]),
        "Test-Path env:HOME": Check(verify: nil, expected: [], output: ["True"]),
        "Join-Path -Path /var/log -ChildPath csshell.log": Check(verify: nil, expected: [], output: ["/var/log/csshell.log"]),
        "Join-Path exports 2024 partners.csv": Check(verify: nil, expected: [], output: ["exports/2024/partners.csv"]),
        "Join-Path -Path exports -ChildPath partners.csv -Extension .json": Check(verify: nil, expected: [], output: ["exports/partners.json"]),
        "Split-Path -Path /var/log/csshell.log": Check(verify: nil, expected: [], output: ["/var/log"]),
        "Split-Path -Path /var/log/csshell.log -Leaf": Check(verify: nil, expected: [], output: ["csshell.log"]),
        "Split-Path -Path exports/partners.csv -LeafBase": Check(verify: nil, expected: [], output: ["partners"]),
        "New-Item -Path . -Name partners.txt -ItemType File -Value \"contoso.com\"":
            Check(verify: "Get-Content partners.txt", expected: ["contoso.com"], outputContains: ["UnixMode         User Group         LastWriteTime         Size Name"]),
        "New-Item -Path exports -ItemType Directory": Check(verify: "Test-Path exports -PathType Container", expected: ["True"]),
        "New-Item -Path logs/2024/run.log -Force": Check(verify: "Test-Path logs/2024/run.log -PathType Leaf", expected: ["True"]),
        "Set-Content -Path domains.txt -Value 'contoso.com', 'fabrikam.com'":
            Check(verify: "Get-Content domains.txt", expected: ["contoso.com", "fabrikam.com"], output: []),
        "Get-Content domains.txt | Where-Object { $_ -like 'a*' } | Set-Content alpha.txt":
            Check(verify: "Get-Content alpha.txt", expected: ["alpha.example.com"], output: []),
        "Add-Content -Path checks.log -Value 'federation checked'":
            Check(verify: "Get-Content checks.log", expected: ["federation checked"], output: []),
        "Add-Content -Path domains.txt -Value 'contoso' -NoNewline; Add-Content -Path domains.txt -Value '.com'":
            Check(verify: "(Get-Content domains.txt)[-1]", expected: ["contoso.com"], output: []),
        "New-Variable -Name domain -Value contoso.com; $domain": Check(verify: nil, expected: [], output: ["contoso.com"]),
        "New-Variable -Name MaxPartners -Value 50 -Option Constant; (Get-Variable MaxPartners).Options": Check(verify: nil, expected: [], output: ["Constant"]),
        "$domain = 'contoso.com'; Remove-Variable -Name domain": Check(verify: "Test-Path variable:domain", expected: ["False"], output: []),
        "$p1 = 1; $p2 = 2; Remove-Variable -Name p* -Exclude PID, PSHOME, PWD, PSVersionTable, PSCulture, PSUICulture, PSEdition, PSStyle, PSNativeCommandUseErrorActionPreference -ErrorAction SilentlyContinue":
            Check(verify: "(Test-Path variable:p1), (Test-Path variable:p2), (Test-Path variable:PID)", expected: ["False", "False", "True"], output: []),
        "Get-Random -Minimum 1 -Maximum 7": Check(verify: "$r = Get-Random -Minimum 1 -Maximum 7; $r -ge 1 -and $r -le 6 -and $r -is [int]", expected: ["True"], outputContains: []),
        "'contoso.com', 'fabrikam.com', 'litware.com' | Get-Random":
            Check(verify: "('contoso.com', 'fabrikam.com', 'litware.com') -contains ('contoso.com', 'fabrikam.com', 'litware.com' | Get-Random)", expected: ["True"]),
        "1..5 | Get-Random -Shuffle -SetSeed 42":
            Check(verify: "$a = 1..5 | Get-Random -Shuffle -SetSeed 42; $b = 1..5 | Get-Random -Shuffle -SetSeed 42; ($a -join ',') -eq ($b -join ','); ($a | Sort-Object) -join ','",
                  expected: ["True", "1,2,3,4,5"]),
        "$domain = 'contoso.com'; Clear-Variable -Name domain; $null -eq $domain": Check(verify: nil, expected: [], output: ["True"]),
        "$p1 = 1; $p2 = 2; Clear-Variable -Name p1, p2 -PassThru": Check(verify: nil, expected: [], outputContains: ["p1", "p2"]),
        "Clear-Content -Path domains.txt": Check(verify: "(Test-Path domains.txt -PathType Leaf); $null -eq (Get-Content domains.txt -Raw)", expected: ["True", "True"], output: []),
        "Remove-Item -Path partners.csv": Check(verify: "Test-Path partners.csv", expected: ["False"], output: []),
        "Remove-Item -Path exports -Recurse":
            Check(setup: "New-Item exports/a/b.txt -Force | Out-Null", verify: "Test-Path exports", expected: ["False"], output: []),
        "Remove-Item *.txt -WhatIf": Check(verify: "Test-Path domains.txt", expected: ["True"]),
        // Pipelines and variables
        "Get-CsXmppAllowedPartner | Tee-Object -FilePath partners.txt | Measure-Object":
            Check(setup: fixture, verify: "(Get-Content partners.txt | Where-Object { $_ -like 'Identity *' }).Count", expected: ["4"],
                  outputContains: ["Count             : 4"]),
        "Get-CsXmppAllowedPartner | Tee-Object -Variable all | Where-Object PartnerType -eq Federated":
            Check(setup: fixture, verify: nil, expected: [], outputContains: ["Identity                   : xmpp.contoso.com"]),
        "Get-Variable -Name *Preference": Check(verify: nil, expected: [], outputContains: ["ErrorActionPreference          Continue"]),
        "Get-Variable -Name PSVersionTable -ValueOnly": Check(verify: nil, expected: [], outputContains: ["PSEdition                      Core"]),
        "Set-Variable -Name domain -Value contoso.com": Check(verify: nil, expected: [], output: []),
        "Set-Variable -Name MaxPartners -Value 50 -Option ReadOnly": Check(verify: nil, expected: [], output: []),
        "Get-CsXmppAllowedPartner | Set-Variable -Name partners": Check(setup: fixture, verify: nil, expected: [], output: []),
        "Set-StrictMode -Version Latest": Check(verify: nil, expected: [], output: []),
        "Set-StrictMode -Off": Check(verify: nil, expected: [], output: []),
        "Get-CsXmppAllowedPartner | Format-Wide -Property Identity -Column 3":
            Check(setup: fixture, verify: "(Get-CsXmppAllowedPartner | Format-Wide -Property Identity -Column 3 | Out-String -Stream | Where-Object { $_ }).Count",
                  expected: ["2"], outputContains: ["xmpp.fabrikam.org"]),
        // Names of up to 39 cells fit three to a 120-cell line.
        "Get-Command -Noun CsXmpp* | Format-Wide -AutoSize":
            Check(verify: "$n = @(Get-Command -Noun CsXmpp*).Count; @(Get-Command -Noun CsXmpp* | Format-Wide -AutoSize | Out-String -Stream | Where-Object { $_ }).Count -eq [math]::Ceiling($n / 3)",
                  expected: ["True"]),
        // Streams
        "Write-Verbose -Message \"Checking contoso.com\" -Verbose": Check(verify: nil, expected: [], output: [], stderrPrefix: "VERBOSE: Checking contoso.com"),
        "$VerbosePreference = \"Continue\"; Write-Verbose \"Starting the export\"": Check(verify: nil, expected: [], output: [], stderrPrefix: "VERBOSE: Starting the export"),
        "Write-Debug -Message \"Partner count: 4\" -Debug": Check(verify: nil, expected: [], output: [], stderrPrefix: "DEBUG: Partner count: 4"),
        "Write-Debug \"Not shown\"": Check(verify: nil, expected: [], output: []),
        "Write-Information -MessageData \"Export finished\" -InformationAction Continue": Check(verify: nil, expected: [], output: ["Export finished"]),
        "Write-Information \"contoso.com checked\" -Tags Audit -InformationVariable log; $log.Tags": Check(verify: nil, expected: [], output: ["Audit"]),
        // Objects
        "New-Object -TypeName PSObject -Property ([ordered]@{ Domain = 'contoso.com'; Enabled = $true })":
            Check(verify: nil, expected: [], outputContains: ["Domain      Enabled"]),
        "$list = New-Object System.Collections.ArrayList; [void]$list.Add('contoso.com'); $list.Count": Check(verify: nil, expected: [], output: ["1"]),
        "New-Object -TypeName System.Version -ArgumentList '1.2.3.4'":
            Check(verify: "$v = New-Object -TypeName System.Version -ArgumentList '1.2.3.4'; \"$v\"; $v.Build", expected: ["1.2.3.4", "3"]),
        "$o = [pscustomobject]@{ Domain = 'contoso.com' }; $o | Add-Member -NotePropertyName Enabled -NotePropertyValue $true; $o.Enabled":
            Check(verify: nil, expected: [], output: ["True"]),
        "[pscustomobject]@{ a = 1 } | Add-Member -NotePropertyMembers ([ordered]@{ b = 2; c = 3 }) -PassThru":
            Check(verify: nil, expected: [], output: ["", "a b c", "- - -", "1 2 3", ""]),
        "$o = [pscustomobject]@{ Domain = 'contoso.com' }; Add-Member -InputObject $o -MemberType ScriptProperty -Name Upper -Value { $this.Domain.ToUpper() }; $o.Upper":
            Check(verify: nil, expected: [], output: ["CONTOSO.COM"]),
        "Invoke-Expression -Command '2 + 2'": Check(verify: nil, expected: [], output: ["4"]),
        "$command = 'Get-Date -Year 2024 -Month 1 -Day 1 -Format yyyy-MM-dd'; Invoke-Expression $command": Check(verify: nil, expected: [], output: ["2024-01-01"]),
    ]

    /// Every example of every registered cmdlet.
    static var all: [(cmdlet: String, example: CmdletExample)] {
        ShellHarness.allMetadata.flatMap { m in m.help.examples.map { (m.name, $0) } }
    }
}

@Suite(.serialized) struct HelpExampleTests {
    @Test func everyCmdletHasExamples() {
        for m in ShellHarness.allMetadata { #expect(!m.help.examples.isEmpty, "\(m.name) has no help example") }
    }

    /// Each example runs verbatim through the csshell binary, in a folder holding the files examples
    /// read, against a fresh store (with the fixture partners when the check says so).
    @Test func everyExampleRunsAndHasItsDocumentedEffect() throws {
        for (cmdlet, example) in HelpExamples.all {
            guard let check = HelpExamples.checks[example.code] else {
                Issue.record("\(cmdlet): no documented effect is checked for example: \(example.code)")
                continue
            }
            let dir = try HelpExamples.folder()
            let env = ["CSSHELL_STORE": dir + "/store.json", "HOME": dir]
            func run(_ script: String) throws -> ShellRun { try CLI.run(["-Command", script], env: env, cwd: dir) }
            if let setup = check.setup {
                let s = try run(setup)
                #expect(s.status == 0, "setup failed: \(s.err)")
            }
            if let pattern = check.servesUntilInterrupted {
                if let (cert, key) = check.certificate {
                    let made = try Subprocess.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                                                       "-days", "1", "-subj", "/CN=localhost"], cwd: dir)
                    #expect(made.status == 0, "openssl: \(made.err)")
                }
                let (first, status, err) = try ServingCommand.runUntilInterrupted(CLI.binary, ["-Command", example.code], env: env, cwd: dir)
                #expect(first.range(of: "^" + pattern + "$", options: .regularExpression) != nil, "\(example.code): first line \(first); \(err)")
                #expect(status == 0 && err.isEmpty, "\(example.code): status \(status), stderr \(err)")
                continue
            }
            let r = try run(example.code)
            if let prefix = check.stderrPrefix {
                #expect(r.err.hasPrefix(prefix), "\(example.code): stderr was \(r.err)")
            } else {
                #expect(r.err == "", "\(example.code): stderr was \(r.err)")
                #expect(r.status == 0, "\(example.code): status \(r.status)")
            }
            if let output = check.output { #expect(r.lines == output, "\(example.code)") }
            for line in check.outputContains { #expect(r.lines.contains(line), "\(example.code): output lacks \(line)") }
            if let verify = check.verify {
                let v = try run(verify)
                #expect(v.lines == check.expected, "\(example.code): verified by \(verify): \(v.err)")
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

/// Runs a command that serves until Ctrl-C: waits for its first stdout line, sends SIGINT, and
/// returns that line, the exit status and stderr.
enum ServingCommand {
    static func runUntilInterrupted(_ executable: String, _ args: [String], env: [String: String], cwd: String) throws -> (String, Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(env.merging(["NO_COLOR": "1"]) { given, _ in given }) { _, given in given }
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        let outPipe = Pipe(), errPipe = Pipe()
        p.standardOutput = outPipe
        p.standardError = errPipe
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // The first line, or whatever came before the command ended (at most 60 s).
        var bytes: [UInt8] = []
        let reader = outPipe.fileHandleForReading
        let deadline = Date().addingTimeInterval(60)
        while !bytes.contains(10), Date() < deadline {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            bytes += chunk
        }
        if p.isRunning { kill(p.processIdentifier, SIGINT) }
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let first = String(decoding: bytes.prefix { $0 != 10 }, as: UTF8.self)
        return (first, p.terminationStatus, String(decoding: err, as: UTF8.self))
    }
}
