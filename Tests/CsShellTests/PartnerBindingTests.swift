import Testing
@testable import CsCore
@testable import CsShell
@testable import CsXmpp

/// The binder against the real partner cmdlets: PowerShell's messages (powershell-language.md §2)
/// with Lync's parameter sets (lync-xmpp-cmdlets.md).
struct PartnerBindingTests {
    func run(_ script: String) -> ShellRun {
        let store = InMemoryXmppStore()
        return ShellHarness.run(script, store: { store })
    }

    /// The first line of stderr (the `Cmdlet : message` line).
    func firstError(_ script: String) -> String { run(script).err.components(separatedBy: "\n").first ?? "" }

    @Test func identityAndDomainAreDifferentSets() {
        #expect(firstError("New-CsXmppAllowedPartner -Identity a.com -Domain b.com") ==
                "New-CsXmppAllowedPartner : Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.")
        #expect(run("New-CsXmppAllowedPartner -Domain b.com -WarningAction Ignore; (Get-CsXmppAllowedPartner).Identity").lines == ["b.com"])
        #expect(firstError("Get-CsXmppAllowedPartner -Identity a.com -Filter *.com").hasSuffix("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided."))
        #expect(firstError("$p = New-CsXmppAllowedPartner a.com -InMemory; Set-CsXmppAllowedPartner -Identity a.com -Instance $p").contains("Parameter set cannot be resolved"))
    }

    /// A partner cmdlet's own errors name the cmdlet and carry its class in the FullyQualifiedErrorId,
    /// as every cmdlet's do (the engine adds them).
    @Test func partnerErrorsNameTheirCmdlet() {
        let newError = run("New-CsXmppAllowedPartner -Identity '-x.com'").err
        #expect(newError.hasPrefix("New-CsXmppAllowedPartner : "))
        #expect(newError.contains("+ FullyQualifiedErrorId : InvalidDomainName,\(NewCsXmppAllowedPartnerCommand.metadata.className)\n"))
        let setError = run("Set-CsXmppAllowedPartner -Identity nowhere.example.com -PartnerType Federated").err
        #expect(setError.hasPrefix("Set-CsXmppAllowedPartner : Cannot find an XMPP allowed partner with Identity 'nowhere.example.com'."))
        #expect(setError.contains("+ FullyQualifiedErrorId : XmppPartnerNotFound,\(SetCsXmppAllowedPartnerCommand.metadata.className)\n"))
    }

    @Test func booleansRejectStrings() {
        #expect(firstError("New-CsXmppAllowedPartner a.com -EnableKeepAlive 'true'") ==
                "New-CsXmppAllowedPartner : Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'EnableKeepAlive'. ")
        #expect(run("New-CsXmppAllowedPartner a.com -EnableKeepAlive 0 -WarningAction Ignore; (Get-CsXmppAllowedPartner a.com).EnableKeepAlive").lines == ["False"])
    }

    @Test func switchFollowedByFalseIsPositional() {
        #expect(firstError("New-CsXmppAllowedPartner a.com -Force $false") ==
                "New-CsXmppAllowedPartner : A positional parameter cannot be found that accepts argument 'False'.")
        #expect(run("New-CsXmppAllowedPartner a.com -Force:$false -WarningAction Ignore; @(Get-CsXmppAllowedPartner).Count").lines == ["1"])
    }

    @Test func enumValues() {
        #expect(run("New-CsXmppAllowedPartner a.com -PartnerType fed -WarningAction Ignore; (Get-CsXmppAllowedPartner a.com).PartnerType").lines == ["Federated"])
        #expect(firstError("New-CsXmppAllowedPartner a.com -PartnerType Public") ==
                "New-CsXmppAllowedPartner : Cannot bind parameter 'PartnerType'. Cannot convert value \"Public\" to type \"Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.PartnerType\". Error: \"The identifier name Public cannot be processed because it is either too similar or identical to the following enumerator names: PublicVerified, PublicUnverified. Use a more specific identifier name.\"")
        let none = run("New-CsXmppAllowedPartner a.com -TlsNegotiation Maybe").err
        #expect(none.hasPrefix("New-CsXmppAllowedPartner : Cannot bind parameter 'TlsNegotiation'. Cannot convert value \"Maybe\" to type \"Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.TlsNegotiation\". Error: \"Unable to match the identifier name Maybe to a valid enumerator name. Specify one of the following enumerator names and try again:\nRequired, Optional, NotSupported\""))
    }

    @Test func numbers() {
        #expect(firstError("New-CsXmppAllowedPartner a.com -ConnectionLimit -1") ==
                "New-CsXmppAllowedPartner : Cannot bind parameter 'ConnectionLimit'. Cannot convert value \"-1\" to type \"System.UInt32\". Error: \"Value was either too large or too small for a UInt32.\"")
        #expect(firstError("New-CsXmppAllowedPartner a.com -ConnectionLimit lots") ==
                "New-CsXmppAllowedPartner : Cannot bind parameter 'ConnectionLimit'. Cannot convert value \"lots\" to type \"System.UInt32\". Error: \"The input string 'lots' was not in a correct format.\"")
    }

    @Test func namesPrefixesAndAmbiguity() {
        #expect(run("New-CsXmppAllowedPartner a.com -Tls Optional -Sasl Optional; (Get-CsXmppAllowedPartner a.com).TlsNegotiation").lines == ["Optional"])
        #expect(firstError("New-CsXmppAllowedPartner a.com -S Optional") ==
                "New-CsXmppAllowedPartner : Parameter cannot be processed because the parameter name 'S' is ambiguous. Possible matches include: -SaslNegotiation -SupportDialbackNegotiation.")
        #expect(firstError("Get-CsXmppAllowedPartner -Tenant x") ==
                "Get-CsXmppAllowedPartner : A parameter cannot be found that matches parameter name 'Tenant'.")
        #expect(firstError("New-CsXmppAllowedPartner a.com -Description") ==
                "New-CsXmppAllowedPartner : Missing an argument for parameter 'Description'. Specify a parameter of type 'System.String' and try again.")
        #expect(firstError("Get-CsXmppAllowedPartner -Identity") ==
                "Get-CsXmppAllowedPartner : Missing an argument for parameter 'Identity'. Specify a parameter of type 'Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity' and try again.")
    }

    @Test func listModifiers() {
        #expect(firstError("New-CsXmppAllowedPartner a.com -AdditionalDomains @{Append='b.com'}").contains(
            "The following unknown list modifier was detected: 'Append'. Valid list modifiers are Add, Remove, and Replace."))
        let r = run("""
            New-CsXmppAllowedPartner a.com -AdditionalDomains b.com, c.com -WarningAction Ignore
            Set-CsXmppAllowedPartner a.com -AdditionalDomains @{Remove='b.com'; Add='d.com'} -WarningAction Ignore
            (Get-CsXmppAllowedPartner a.com).AdditionalDomains -join ','
            Set-CsXmppAllowedPartner a.com -AdditionalDomains @{Replace='e.com','f.com'} -WarningAction Ignore
            (Get-CsXmppAllowedPartner a.com).AdditionalDomains -join ','
            """)
        #expect(r.lines == ["c.com,d.com", "e.com,f.com"])
    }

    @Test func pipelineBinding() {
        let r = run("""
            New-CsXmppAllowedPartner a.com -WarningAction Ignore; New-CsXmppAllowedPartner b.org -WarningAction Ignore
            Get-CsXmppAllowedPartner | Set-CsXmppAllowedPartner -Description 'piped' -WarningAction Ignore
            (Get-CsXmppAllowedPartner).Description
            [pscustomobject]@{Identity='a.com'} | Remove-CsXmppAllowedPartner
            'b.org' | Get-CsXmppAllowedPartner
            """)
        #expect(r.lines == ["piped", "piped"])
        #expect(r.err.contains("The input object cannot be bound to any parameters for the command"))
        #expect(run("New-CsXmppAllowedPartner a.com -WarningAction Ignore; [pscustomobject]@{Identity='a.com'} | Remove-CsXmppAllowedPartner; @(Get-CsXmppAllowedPartner).Count").lines == ["0"])
    }

    @Test func notFoundIsNonTerminating() {
        let r = run("New-CsXmppAllowedPartner a.com -WarningAction Ignore; 'x.com','a.com' | ForEach-Object { [pscustomobject]@{Identity=$_} } | Remove-CsXmppAllowedPartner; @(Get-CsXmppAllowedPartner).Count")
        #expect(r.lines == ["0"])
        #expect(r.err.hasPrefix("Remove-CsXmppAllowedPartner : Cannot find an XMPP allowed partner with Identity 'x.com'."))
        #expect(r.status == 1)
        let stop = run("try { Get-CsXmppAllowedPartner nope.com -ErrorAction Stop; 'not here' } catch { $_.CategoryInfo.Category }")
        #expect(stop.lines == ["ObjectNotFound"])
    }
}
