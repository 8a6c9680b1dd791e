import CsXmpp

/// The session's store as a cmdlet run by the panel sees it: reads pass through; every change first
/// runs the panel's check on the contents under the store's own lock (or in its transaction), so the
/// check and the cmdlet's decision see the same contents and nothing can come between them.
final class GuardedXmppStore: XmppStore {
    private let base: any XmppStore
    private let check: (any XmppStoreView) throws -> Void

    /// - Parameter check: throws to refuse the change (nothing is written; the error is rethrown).
    init(_ base: any XmppStore, check: @escaping (any XmppStoreView) throws -> Void) {
        self.base = base
        self.check = check
    }

    var location: String { base.location }
    func access() throws -> XmppStoreAccess { try base.access() }
    func read<R>(_ body: (any XmppStoreView) throws -> R) throws -> R { try base.read(body) }

    @discardableResult
    func apply(_ context: XmppChangeContext, _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        try base.apply(context) { view in
            try check(view)
            return try decide(view)
        }
    }

    func sync() throws { try base.sync() }
    func close() throws { try base.close() }
}
