import Testing
@testable import CsCore
@testable import CsShell
@testable import CsXmpp

/// Get-, Undo- and Clear-CsXmppPartnerChange through the shell (the rules for the change
/// history; contract.md's property order and action names). Stores are in memory: the backends'
/// own recording is the store conformance suite's (StoreHistoryConformanceTests).
@Suite struct PartnerChangeCmdletTests {
    private func run(_ script: String, _ store: InMemoryXmppStore = InMemoryXmppStore()) -> ShellRun {
        ShellHarness.run(script, store: { store })
    }

    @Test func changeObjectsHaveContractsPropertiesInOrder() {
        let r = run("New-CsXmppAllowedPartner a.example.com -TlsNegotiation Optional; Get-CsXmppPartnerChange | ConvertTo-Json -Depth 1")
        let keys = r.lines.filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
        #expect(keys == ["Id", "Time", "Actor", "Action", "Identity", "Command", "Before", "After"], "\(r.out)")
    }

    @Test func theCommandLineIsRecordedAsWrittenWithSecretsMasked() {
        let store = InMemoryXmppStore()
        let r = run("Set-CsXmppGatewayConfiguration -DialbackPassphrase 'Never-Shown-77' -ConnectionLimit 10", store)
        #expect(r.status == 0, "\(r.err)")
        let e = try? #require(store.state.history.first)
        #expect(e?.command == "Set-CsXmppGatewayConfiguration -DialbackPassphrase ******** -ConnectionLimit 10")
        #expect(e?.action == .setGateway && e?.identity == nil)
        let shown = run("Get-CsXmppPartnerChange | Format-List | Out-String; Get-CsXmppPartnerChange | ConvertTo-Json -Depth 4", store)
        #expect(!shown.out.contains("Never-Shown-77") && shown.out.contains("******** (changed)"))
    }

    @Test func whatIfAndFailedCommandsRecordNothing() {
        let store = InMemoryXmppStore()
        let r = run("""
            New-CsXmppAllowedPartner x.example.com -WarningAction Ignore
            New-CsXmppAllowedPartner a.example.com -WhatIf
            New-CsXmppAllowedPartner b.example.com -TlsNegotiation NotSupported -SaslNegotiation Required
            New-CsXmppAllowedPartner c.example.com -AdditionalDomains x.example.com
            New-CsXmppAllowedPartner x.example.com
            Set-CsXmppAllowedPartner x.example.com -Description changed -WhatIf
            Remove-CsXmppAllowedPartner x.example.com -WhatIf
            Set-CsXmppGatewayConfiguration -ConnectionLimit 5 -WhatIf
            @(Get-CsXmppPartnerChange).Count
            """, store)
        #expect(r.lines.last == "1")
        #expect(store.state.history.count == 1 && r.err.contains("already belongs to"))
    }

    @Test func identityMatchesWildcardsAndAdditionalDomains() {
        let r = run("""
            New-CsXmppAllowedPartner contoso.com -AdditionalDomains eu.contoso.com -WarningAction Ignore
            New-CsXmppAllowedPartner fabrikam.com -WarningAction Ignore
            Set-CsXmppGatewayConfiguration -ConnectionLimit 5
            (Get-CsXmppPartnerChange -Identity eu.contoso.com).Identity
            (Get-CsXmppPartnerChange -Identity '*.com').Id -join ','
            (Get-CsXmppPartnerChange -Last 2).Id -join ','
            (Get-CsXmppPartnerChange -Actor '*@*' -Identity fab*).Id
            @(Get-CsXmppPartnerChange -Actor 'nobody@*').Count
            """)
        #expect(r.lines == ["contoso.com", "1,2", "2,3", "2", "0"], "\(r.err)")
    }

    @Test func aDateThatIsNoDateIsAParameterError() {
        let r = run("Get-CsXmppPartnerChange -After 'yesterday-ish'")
        #expect(r.err.contains("Cannot bind parameter 'After'. Cannot convert value \"yesterday-ish\" to type \"System.DateTime\""))
        #expect(r.err.contains("CannotConvertArgumentNoMessage"))
    }

    @Test func undoRestoresTheStateBeforeAndIsRecorded() {
        let store = InMemoryXmppStore()
        let r = run("""
            New-CsXmppAllowedPartner contoso.com -Description first -WarningAction Ignore
            Set-CsXmppAllowedPartner contoso.com -Description second
            Undo-CsXmppPartnerChange -Id 2
            (Get-CsXmppAllowedPartner contoso.com).Description
            $u = Get-CsXmppPartnerChange -Last 1
            $u.Action; $u.Before.Description; $u.After.Description
            Undo-CsXmppPartnerChange -Id 3
            (Get-CsXmppAllowedPartner contoso.com).Description
            """, store)
        #expect(r.lines == ["first", "Undo", "second", "first", "second"], "\(r.err)")
    }

    @Test func undoRefusesWhenALaterChangeTouchedThePartnerUnlessForced() {
        let store = InMemoryXmppStore()
        let r = run("""
            New-CsXmppAllowedPartner contoso.com -WarningAction Ignore
            Set-CsXmppAllowedPartner contoso.com -Description later
            Undo-CsXmppPartnerChange -Id 1
            @(Get-CsXmppAllowedPartner).Count
            Undo-CsXmppPartnerChange -Id 1 -Force
            @(Get-CsXmppAllowedPartner).Count
            """, store)
        #expect(r.lines == ["1", "0"])
        #expect(r.err.contains("Undo-CsXmppPartnerChange : Change 1 cannot be undone: change 2 (Set, "))
        #expect(r.err.contains("changed 'contoso.com' after it. Use -Force to restore the state before change 1 anyway."))
        #expect(r.err.contains("XmppPartnerChangedSince,Csshell.Xmpp.UndoXmppPartnerChangeCmdlet"))
    }

    /// A later change that took one of the partner's domains counts as touching it.
    @Test func aLaterChangeOfOneOfItsDomainsBlocksTheUndo() {
        let r = run("""
            New-CsXmppAllowedPartner contoso.com -AdditionalDomains eu.contoso.com -WarningAction Ignore
            Remove-CsXmppAllowedPartner contoso.com
            New-CsXmppAllowedPartner other.com -AdditionalDomains eu.contoso.com -WarningAction Ignore
            Undo-CsXmppPartnerChange -Id 2
            Undo-CsXmppPartnerChange -Id 2 -Force
            (Get-CsXmppAllowedPartner).Identity
            """)
        #expect(r.err.contains("Change 2 cannot be undone: change 3 (New, "), "\(r.err)")
        // Forced, the restored partner would take a domain another partner holds: the usual refusal.
        #expect(r.err.contains("The domain 'eu.contoso.com' already belongs to the XMPP allowed partner 'other.com'"), "\(r.err)")
        #expect(r.lines == ["other.com"])
    }

    @Test func undoOfAnUnknownOrClearEntryIsRefused() {
        let r = run("""
            New-CsXmppAllowedPartner contoso.com -WarningAction Ignore
            Clear-CsXmppPartnerChange -Before '2000-01-01'
            Undo-CsXmppPartnerChange -Id 9
            Undo-CsXmppPartnerChange -Id 2
            (Get-CsXmppPartnerChange).Action
            """)
        #expect(r.err.contains("Cannot find a change with Id 9 in the change history."))
        #expect(r.err.contains("XmppPartnerChangeNotFound"))
        #expect(r.err.contains("Change 2 trimmed the change history"))
        #expect(r.lines == ["New", "Clear"])
    }

    /// The passphrase is not in the history: undoing a gateway change keeps the current one and says so.
    @Test func undoOfAGatewayChangeKeepsThePassphrase() {
        let store = InMemoryXmppStore()
        let r = run("""
            Set-CsXmppGatewayConfiguration -ConnectionLimit 5 -DialbackPassphrase 'first-secret'
            Undo-CsXmppPartnerChange -Id 1
            (Get-CsXmppGatewayConfiguration).ConnectionLimit
            """, store)
        #expect(r.lines == ["1000"])
        #expect(store.state.gateway.dialbackPassphrase == "first-secret")
        #expect(r.err.hasPrefix("WARNING: The DialbackPassphrase is not kept in the change history"))
    }

    @Test func clearRemovesOlderEntriesAndRecordsItself() {
        let r = run("""
            New-CsXmppAllowedPartner a.example.com -WarningAction Ignore
            Clear-CsXmppPartnerChange -Before (Get-Date).AddDays(1) -WhatIf
            @(Get-CsXmppPartnerChange).Count
            Clear-CsXmppPartnerChange -Before (Get-Date).AddDays(1)
            (Get-CsXmppPartnerChange).Action
            @(Get-CsXmppAllowedPartner).Count
            """)
        #expect(r.lines.first?.hasPrefix("What if: Performing the operation \"Clear-CsXmppPartnerChange\" on target \"1 change history entry made before ") == true)
        #expect(Array(r.lines.dropFirst()) == ["1", "Clear", "1"])
    }
}
