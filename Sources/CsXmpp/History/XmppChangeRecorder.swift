import CsCore

/// Works out the history entries of a change, the same way for every backend: from the change, its
/// context and the store's contents just before it (the view its decision saw, under the store's
/// lock). The entries' numbers and times are the backend's to give, as it writes them with the change.
enum XmppChangeRecorder {
    /// The entries recording `change` (numbered 0, time empty), in the order they are to be numbered.
    /// A replacement records each partner it adds, changes or removes, and the gateway settings when
    /// they differ.
    static func entries(for change: XmppStoreChange, context: XmppChangeContext, view: any XmppStoreView) throws -> [XmppChangeEntry] {
        func entry(_ action: XmppChangeAction, _ identity: String?, _ before: XmppChangeState?, _ after: XmppChangeState?) -> XmppChangeEntry {
            XmppChangeEntry(id: 0, time: "", actor: context.actor, action: context.action ?? action, identity: identity,
                            command: context.command, before: before, after: after)
        }
        switch change {
        case let .putPartner(p):
            let old = try view.partner(identity: p.identity)
            return [entry(old == nil ? .new : .set, p.identity, old.map { .partner($0) }, .partner(p))]
        case let .removePartner(identity):
            guard let old = try view.partner(identity: identity) else { return [] }
            return [entry(.remove, old.identity, .partner(old), nil)]
        case let .setGateway(g):
            let (before, after) = recorded(try view.gateway, g)
            return [entry(.setGateway, nil, .gateway(before), .gateway(after))]
        case let .replaceContents(contents):
            let current = try view.contents()
            var out: [XmppChangeEntry] = []
            var incoming: [String: XmppAllowedPartner] = [:]
            for p in contents.partners { incoming[p.identity] = p }
            var existing: [String: XmppAllowedPartner] = [:]
            for p in current.partners {
                existing[p.identity] = p
                if incoming[p.identity] == nil { out.append(entry(.import, p.identity, .partner(p), nil)) }
            }
            for p in contents.partners {
                let old = existing[p.identity]
                if old != p { out.append(entry(.import, p.identity, old.map { .partner($0) }, .partner(p))) }
            }
            if current.gateway != contents.gateway {
                let (before, after) = recorded(current.gateway, contents.gateway)
                out.append(entry(.import, nil, .gateway(before), .gateway(after)))
            }
            return out
        case .clearHistory:
            return [entry(.clear, nil, nil, nil)]
        }
    }

    /// Gateway settings before and after a change as history keeps them: the passphrase replaced by
    /// a marker that tells only whether one is set and whether the change set a new one.
    static func recorded(_ before: XmppGatewaySettings, _ after: XmppGatewaySettings) -> (XmppGatewaySettings, XmppGatewaySettings) {
        var b = before, a = after
        b.dialbackPassphrase = before.dialbackPassphrase == nil ? nil : XmppChangeEntry.passphraseSet
        a.dialbackPassphrase = after.dialbackPassphrase == nil ? nil
            : (after.dialbackPassphrase == before.dialbackPassphrase ? XmppChangeEntry.passphraseSet : XmppChangeEntry.passphraseChanged)
        return (b, a)
    }

    /// Numbers `entries` from `next` and gives them `time`.
    static func stamped(_ entries: [XmppChangeEntry], from next: Int64, time: String) -> [XmppChangeEntry] {
        entries.enumerated().map { n, e in
            var e = e
            e.id = next + Int64(n)
            e.time = time
            return e
        }
    }
}
