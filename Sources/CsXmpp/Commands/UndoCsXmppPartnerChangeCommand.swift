import CsCore

// Undo-CsXmppPartnerChange: puts a partner (or the gateway settings) back as it was before a recorded
// change; the undo is recorded in turn.

public final class UndoCsXmppPartnerChangeCommand: Cmdlet {
    public static let metadata = CmdletMetadata(
        verb: "Undo", noun: "CsXmppPartnerChange",
        className: "Csshell.Xmpp.UndoXmppPartnerChangeCmdlet",
        module: XmppCommand.module,
        parameters: [
            ParameterMetadata("Id", .int64, mandatory: true, pipeline: .byPropertyName,
                              description: "The number (Id) of the change to take back, as Get-CsXmppPartnerChange shows it. Change objects piped to the cmdlet bind by their Id."),
            ParameterMetadata("Force", .switchParameter,
                              description: "Restores the state before the change even when a later change touched the same partner, one of its domains, or the gateway settings (that later change is then overwritten too)."),
        ],
        supportsShouldProcess: true,
        confirmImpact: .medium,
        help: CmdletHelp(
            synopsis: "Restores an XMPP allowed partner, or the XMPP gateway settings, to the state before a recorded change.",
            description: "Undo-CsXmppPartnerChange takes back the change with the given Id: a partner that the change added is removed, a partner it changed or removed is put back as it was before, and gateway settings it changed get their earlier values. The undo is itself a change, recorded with the action Undo, so it can be undone in turn.\n\nThe cmdlet refuses, naming the later change, when a change after the one to undo touched the same partner or one of its domains (or, for a gateway change, the gateway settings), unless -Force is given. It refuses, with the messages New-CsXmppAllowedPartner gives, when the restored partner would break the current rules (for example, one of its domains now belongs to another partner). The DialbackPassphrase is never recorded, so it cannot be restored: an undo of a change that set it leaves the current passphrase and says so in a warning. Clear entries cannot be undone.",
            examples: [
                CmdletExample("Example 1", code: "Undo-CsXmppPartnerChange -Id 4",
                              remarks: "Takes back change 4: a partner that change added is removed again, one it changed or removed is put back as it was before it. The undo is recorded as change with the action Undo."),
                CmdletExample("Example 2", code: "Get-CsXmppPartnerChange -Identity \"contoso.com\" -Last 1 | Undo-CsXmppPartnerChange -WhatIf",
                              remarks: "Shows what undoing the last change of contoso.com would do, without doing it."),
                CmdletExample("Example 3", code: "Undo-CsXmppPartnerChange -Id 1 -Force",
                              remarks: "Restores the state before change 1 even though later changes touched the same partner (without -Force the cmdlet refuses and names the later change)."),
            ],
            inputs: "Csshell.Xmpp.PartnerChange objects (their Id), as Get-CsXmppPartnerChange writes them.",
            outputs: "None."))

    public init() {}

    public func process(_ params: BoundParameters, _ runtime: any CommandRuntime) throws {
        let id = Int64(params.int("Id") ?? 0)
        let force = params.isPresent("Force")
        try XmppCommand.run(runtime) { store in
            let entry = try Self.undoable(id, in: try store.changes())
            let what = entry.identity.map { "'\($0)'" } ?? "the XMPP gateway settings"
            guard try runtime.shouldProcess(target: "change \(id) (\(entry.action.rawValue) of \(what))", action: Self.metadata.name) else { return }
            var passphraseKept = false
            try store.apply(XmppChangeContext(runtime, action: .undo)) { view in
                let history = try view.changes()
                let entry = try Self.undoable(id, in: history)
                if !force, let later = history.first(where: { $0.id > id && Self.touchesSame($0, as: entry) }) {
                    throw XmppValidationError("Change \(id) cannot be undone: change \(later.id) (\(later.action.rawValue), \(later.time), by \(later.actor)) changed \(what) after it. Use -Force to restore the state before change \(id) anyway.",
                                              errorId: "XmppPartnerChangedSince", category: .InvalidOperation, target: String(id))
                }
                if entry.isGatewayChange {
                    guard let before = entry.before?.gateway else { return nil }
                    let now = try view.gateway
                    var g = before
                    g.dialbackPassphrase = now.dialbackPassphrase
                    passphraseKept = entry.before?.gateway?.dialbackPassphrase != entry.after?.gateway?.dialbackPassphrase
                        || entry.after?.gateway?.dialbackPassphrase == XmppChangeEntry.passphraseChanged
                    return g == now ? nil : .setGateway(g)
                }
                let identity = entry.identity ?? ""
                let now = try view.partner(identity: identity)
                guard let before = entry.before?.partner else {
                    return now == nil ? nil : .removePartner(identity: identity)
                }
                let p = try before.validated()
                try XmppCommand.checkDomains(p, in: view)
                return p == now ? nil : .putPartner(p)
            }
            if passphraseKept {
                runtime.writeWarning("The DialbackPassphrase is not kept in the change history, so change \(id) could not restore it: the current passphrase was left as it is. Set it with Set-CsXmppGatewayConfiguration -DialbackPassphrase if needed.")
            }
        }
    }

    /// The entry numbered `id`, when it can be undone.
    static func undoable(_ id: Int64, in history: [XmppChangeEntry]) throws -> XmppChangeEntry {
        guard let entry = history.first(where: { $0.id == id }) else {
            throw XmppValidationError("Cannot find a change with Id \(id) in the change history.",
                                      errorId: "XmppPartnerChangeNotFound", category: .ObjectNotFound, target: String(id))
        }
        if entry.action == .clear {
            throw XmppValidationError("Change \(id) trimmed the change history, and trimmed entries are not kept: it cannot be undone.",
                                      errorId: "XmppPartnerChangeNotUndoable", category: .InvalidOperation, target: String(id))
        }
        return entry
    }

    /// Whether `later` touched what `entry` changed: the gateway settings, or the same partner or one
    /// of its domains.
    static func touchesSame(_ later: XmppChangeEntry, as entry: XmppChangeEntry) -> Bool {
        if entry.isGatewayChange { return later.isGatewayChange }
        if later.identity != nil && later.identity == entry.identity { return true }
        let domains = Set(entry.domains)
        return later.domains.contains(where: domains.contains)
    }
}
