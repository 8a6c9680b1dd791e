import CsCore

// The in-memory state every store backend keeps: the partners in stored order with an index by
// identity and by domain (for uniqueness checks), and the gateway settings.

/// One change to the store, made atomically by every backend (the file store's journal records the
/// first three; a replacement rewrites its document).
public enum XmppStoreChange: Equatable, Sendable {
    /// Inserts a partner, or replaces the one with the same identity (keeping its place).
    case putPartner(XmppAllowedPartner)
    /// Removes the partner with this identity (nothing when there is none).
    case removePartner(identity: String)
    case setGateway(XmppGatewaySettings)
    /// Replaces everything: every partner, the gateway settings, the members csshell does not know.
    case replaceContents(XmppStoreContents)
    /// Removes the history entries made before this time (an entry's time text, XmppChangeEntry.time).
    case clearHistory(before: String)
}

/// The store's contents in memory: what the in-memory and file stores hand to `read` and `apply`.
public final class XmppStoreState: XmppStoreView {
    public private(set) var gateway = XmppGatewaySettings()
    /// Partners in stored order; nil marks a removed one until the next compaction.
    private var slots: [XmppAllowedPartner?] = []
    /// Identity → slot of each partner present (so its size is the partner count).
    private var slotByIdentity: [String: Int] = [:]
    /// Every domain (primary and additional) → the identity of the partner that holds it.
    private var holderByDomain: [String: String] = [:]
    /// Members of the stored JSON that csshell does not know, kept as written.
    var unknown = UnknownMembers()
    /// History entries this state holds, oldest first: all of them in the in-memory store; in the file
    /// store the ones its journal holds (the rest are in the history file).
    public private(set) var history: [XmppChangeEntry] = []
    /// The time before which older entries (those not in `history`) were cleared by a change this
    /// state holds; nil when none was.
    public private(set) var historyCutoff: String?
    /// The highest entry number this state has seen.
    public private(set) var lastChangeId: Int64 = 0
    /// The entries kept elsewhere (the file store's history file), oldest first; nil: none.
    var olderHistory: (() throws -> [XmppChangeEntry])?

    public init() {}

    public init(partners: [XmppAllowedPartner], gateway: XmppGatewaySettings = XmppGatewaySettings()) {
        self.gateway = gateway
        slots.reserveCapacity(partners.count)
        for p in partners { apply(.putPartner(p)) }
    }

    public convenience init(contents: XmppStoreContents) {
        self.init(partners: contents.partners, gateway: contents.gateway)
        unknown = contents.unknownMembers
    }

    public func contents() -> XmppStoreContents {
        XmppStoreContents(gateway: gateway, partners: partners, unknownMembers: unknown)
    }

    /// The number of partners.
    public var count: Int { slotByIdentity.count }
    public var partnerCount: Int { count }

    public func partners(matching pattern: WildcardPattern?) -> [XmppAllowedPartner] {
        guard let pattern else { return partners }
        var out: [XmppAllowedPartner] = []
        forEachPartner { if pattern.matches($0.identity) { out.append($0) } }
        return out
    }

    /// All partners in stored order.
    public var partners: [XmppAllowedPartner] {
        var out: [XmppAllowedPartner] = []
        out.reserveCapacity(count)
        for case let p? in slots { out.append(p) }
        return out
    }

    public func forEachPartner(_ body: (XmppAllowedPartner) throws -> Void) rethrows {
        for case let p? in slots { try body(p) }
    }

    /// The partner with this identity (compared ignoring case and a trailing dot).
    public func partner(identity: String) -> XmppAllowedPartner? {
        slotByIdentity[DomainName.lookupKey(identity)].flatMap { slots[$0] }
    }

    /// Every history entry, oldest first.
    public func changes() throws -> [XmppChangeEntry] {
        guard let older = try olderHistory?(), let last = older.last?.id else { return history }
        let kept = historyCutoff.map { cut in older.filter { $0.time >= cut } } ?? older
        // A fold that wrote the history file but not the document leaves its entries in both.
        return kept + history.filter { $0.id > last }
    }

    /// Adds entries recorded with a change (applied with it), or read back with it from the journal.
    public func record(_ entries: [XmppChangeEntry]) {
        history.append(contentsOf: entries)
        if let last = entries.last?.id, last > lastChangeId { lastChangeId = last }
    }

    /// After the file store has moved `history` to its history file.
    func historyFolded() {
        history.removeAll()
        historyCutoff = nil
    }

    /// The partner whose primary or additional domains include this one.
    public func partner(holding domain: String) -> XmppAllowedPartner? {
        holderByDomain[DomainName.lookupKey(domain)].flatMap { partner(identity: $0) }
    }

    /// Adds a partner while loading a document: nil when added, else the identity of the partner that
    /// already holds one of its domains, and that domain (the state is then not to be used).
    func load(_ p: XmppAllowedPartner) -> (domain: String, holder: String)? {
        if let holder = holderByDomain.updateValue(p.identity, forKey: p.identity) { return (p.identity, holder) }
        for d in p.additionalDomains {
            if let holder = holderByDomain.updateValue(p.identity, forKey: d) { return (d, holder) }
        }
        slotByIdentity[p.identity] = slots.count
        slots.append(p)
        return nil
    }

    func reserveCapacity(_ n: Int) {
        slots.reserveCapacity(n)
        slotByIdentity.reserveCapacity(n)
        holderByDomain.reserveCapacity(n * 2)
    }

    /// Applies a change as it is (no validation: callers decide under the store's lock).
    public func apply(_ change: XmppStoreChange) {
        switch change {
        case let .putPartner(p):
            let key = p.identity
            if let i = slotByIdentity[key], let old = slots[i] {
                for d in old.allDomains where holderByDomain[d] == key { holderByDomain[d] = nil }
                slots[i] = p
            } else {
                slotByIdentity[key] = slots.count
                slots.append(p)
            }
            for d in p.allDomains { holderByDomain[d] = key }
        case let .removePartner(identity):
            let key = DomainName.lookupKey(identity)
            guard let i = slotByIdentity[key], let old = slots[i] else { return }
            for d in old.allDomains where holderByDomain[d] == old.identity { holderByDomain[d] = nil }
            slots[i] = nil
            slotByIdentity[key] = nil
            unknown.partners[key] = nil
            if slots.count > 64 && slots.count > 2 * count { compact() }
        case let .setGateway(g):
            gateway = g
        case let .clearHistory(before):
            history.removeAll { $0.time < before }
            historyCutoff = max(historyCutoff ?? before, before)
        case let .replaceContents(c):
            slots.removeAll()
            slotByIdentity.removeAll()
            holderByDomain.removeAll()
            gateway = c.gateway
            unknown = c.unknownMembers
            reserveCapacity(c.partners.count)
            for p in c.partners { apply(.putPartner(p)) }
        }
    }

    private func compact() {
        slots = slots.filter { $0 != nil }
        slotByIdentity.removeAll(keepingCapacity: true)
        for (i, p) in slots.enumerated() { slotByIdentity[p!.identity] = i }
    }
}
