import CsCore
import CsXmpp

/// What the pages read and change, on the shell's thread: reads go through the session's store
/// service; every change runs the cmdlet a shell user would run (New-, Set-, Remove-CsXmppAllowedPartner,
/// Set-CsXmppGatewayConfiguration), on a runtime that collects its errors and warnings, so the page
/// and the shell never differ in validation or storage. Not thread-safe: the gate calls it from one
/// thread, one call at a time.
final class PanelBackend {
    /// The change was refused by the panel's guard because the settings differ from the form's.
    private struct ChangedMeanwhile: Error {}
    /// The change was refused by the panel's guard because the panel is view-only.
    private struct ViewOnlyRefusal: Error {}

    private static let startedViewOnly = "The Control Panel was started with -ViewOnly: it shows the settings and changes nothing."

    private let session: any CommandRuntime
    private let viewOnly: Bool
    /// Set when a change was refused for want of permission although the store had not said it was
    /// read-only (a database role that may read but not write, found out at the first Commit): the
    /// pages are view-only from then on, with the store's message.
    private var refusedPermission: String?

    /// - Parameters:
    ///   - session: Start-CsControlPanel's runtime: the session whose store and services the panel uses.
    ///   - viewOnly: `-ViewOnly`; changes are refused whatever the store allows.
    init(session: any CommandRuntime, viewOnly: Bool) {
        self.session = session
        self.viewOnly = viewOnly
    }

    private var storeService: XmppStoreService { get throws { try session.service(XmppStoreService.self) } }
    private var store: any XmppStore { get throws { try storeService.store() } }

    // MARK: Reading

    /// Whether the pages may offer changes, and why not.
    func access() throws -> PanelAccess {
        if viewOnly { return PanelAccess(viewOnlyReason: Self.startedViewOnly) }
        if let message = refusedPermission { return PanelAccess(viewOnlyReason: "The store refused a change, so the Control Panel changes nothing: \(message)") }
        switch try store.access() {
        case .readWrite: return .readWrite
        case let .readOnly(reason): return PanelAccess(viewOnlyReason: "The store can only be read here, so the Control Panel changes nothing: \(reason).")
        }
    }

    /// The partners whose Identity matches the wildcard (all when nil or empty), as
    /// Get-CsXmppAllowedPartner -Filter selects them.
    func partners(filter: String?) throws -> [XmppAllowedPartner] {
        let pattern = filter.flatMap { $0.isEmpty ? nil : WildcardPattern($0) }
        return try store.read { try $0.partners(matching: pattern) }
    }

    func partner(identity: String) throws -> XmppAllowedPartner? { try store.partner(identity: identity) }

    func gateway() throws -> XmppGatewaySettings { try store.gatewaySettings() }

    /// Test-CsXmppAllowedPartner's answer for each of the 18 combinations, in the matrix's order.
    func negotiationHints() throws -> [NegotiationHint] {
        var hints: [NegotiationHint] = []
        for sasl in XmppNegotiation.allCases {
            for tls in XmppNegotiation.allCases {
                for dialback in [true, false] {
                    let runtime = PanelCommandRuntime(commandName: TestCsXmppAllowedPartnerCommand.metadata.name, session: session, store: try store)
                    try runtime.run(TestCsXmppAllowedPartnerCommand.self, BoundParameters(parameterSetName: "Combination", [
                        ("TlsNegotiation", tls.tlsValue), ("SaslNegotiation", sasl.saslValue), ("SupportDialbackNegotiation", .bool(dialback)),
                    ]))
                    guard let result = runtime.objects.first?.objectValue else {
                        throw ControlPanelError(runtime.errors.first?.message ?? "Test-CsXmppAllowedPartner wrote no result.")
                    }
                    var needsForce = false
                    if case .needsForce = NegotiationMatrix.decide(tls: tls, sasl: sasl, dialback: dialback) { needsForce = true }
                    if let hint = NegotiationHint(result: result, needsForce: needsForce) { hints.append(hint) }
                }
            }
        }
        return hints
    }

    // MARK: Changing

    /// Commit on the New form: New-CsXmppAllowedPartner with the form's values.
    func commitNew(_ form: PartnerForm) -> CommitOutcome {
        perform(NewCsXmppAllowedPartnerCommand.self, form.arguments(for: NewCsXmppAllowedPartnerCommand.self, identity: form.identity ?? ""),
                field: form.field(of:), check: { _ in })
    }

    /// Commit on the Edit form: Set-CsXmppAllowedPartner with the form's values, refused when the
    /// partner changed after the form was opened.
    func commitEdit(_ form: PartnerForm) -> CommitOutcome {
        let identity = form.identity ?? ""
        return perform(SetCsXmppAllowedPartnerCommand.self, form.arguments(for: SetCsXmppAllowedPartnerCommand.self, identity: identity),
                       field: form.field(of:), check: partnerCheck(identity: identity, version: form.version))
    }

    /// Delete after confirmation: Remove-CsXmppAllowedPartner, refused when the partner changed after
    /// the confirmation was shown.
    func commitDelete(identity: String, version: String?) -> CommitOutcome {
        var args = CmdletArguments(RemoveCsXmppAllowedPartnerCommand.self, parameterSet: ParameterSetSpec.allSets)
        args.text("Identity", identity)
        return perform(RemoveCsXmppAllowedPartnerCommand.self, args, field: { _ in nil },
                       check: partnerCheck(identity: identity, version: version))
    }

    /// Commit on the gateway page: Set-CsXmppGatewayConfiguration, refused when the settings changed
    /// after the page was opened.
    func commitGateway(_ form: GatewayForm) -> CommitOutcome {
        perform(SetCsXmppGatewayConfigurationCommand.self, form.arguments, field: { _ in nil }, check: { view in
            if SettingsVersion.of(try view.gateway) != form.version { throw ChangedMeanwhile() }
        })
    }

    private func partnerCheck(identity: String, version: String?) -> (any XmppStoreView) throws -> Void {
        { view in
            // A partner that is gone is the cmdlet's to report ("Cannot find …").
            if let now = try view.partner(identity: identity), SettingsVersion.of(now) != version { throw ChangedMeanwhile() }
        }
    }

    /// Runs a changing cmdlet through the guard and makes its change durable, as the end of a command
    /// line does in the shell.
    private func perform<C: Cmdlet>(_ type: C.Type, _ args: CmdletArguments, field: (ErrorRecord) -> String?,
                                    check: @escaping (any XmppStoreView) throws -> Void) -> CommitOutcome {
        do {
            if case let reason? = try access().viewOnlyReason { return .viewOnly(reason: reason) }
            guard args.problems.isEmpty else { return .refused(errors: args.problems, warnings: []) }
            let viewOnly = self.viewOnly
            let guarded = GuardedXmppStore(try store) { view in
                if viewOnly { throw ViewOnlyRefusal() }
                try check(view)
            }
            // Checked before the cmdlet too, so a form opened on old settings is not judged on them.
            try guarded.read(check)
            let runtime = PanelCommandRuntime(commandName: C.metadata.name, session: session, store: guarded)
            try runtime.run(type, args.parameters)
            var warnings = runtime.warnings
            do { try storeService.commandLineFinished() } catch let record as ErrorRecord { warnings.append(record.message) }
            // A store that could not tell beforehand (a database role without write privileges).
            if let denied = runtime.errors.first(where: { $0.category == .PermissionDenied }) {
                refusedPermission = denied.message
                return try .viewOnly(reason: access().viewOnlyReason ?? denied.message)
            }
            if runtime.errors.isEmpty { return .saved(warnings: warnings) }
            return .refused(errors: runtime.errors.map { FieldMessage(field: field($0), text: $0.message) }, warnings: warnings)
        } catch is ChangedMeanwhile {
            return .changedMeanwhile
        } catch is ViewOnlyRefusal {
            return .viewOnly(reason: Self.startedViewOnly)
        } catch let e as XmppStoreError {
            return .refused(errors: [FieldMessage(field: nil, text: e.message)], warnings: [])
        } catch let record as ErrorRecord {
            return .refused(errors: [FieldMessage(field: nil, text: record.message)], warnings: [])
        } catch {
            return .refused(errors: [FieldMessage(field: nil, text: "\(error)")], warnings: [])
        }
    }
}
