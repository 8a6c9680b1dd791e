import CsCore

/// A store that lives in memory only (tests, and sessions that do not persist).
public final class InMemoryXmppStore: XmppStore {
    public let state: XmppStoreState
    /// How many changes were applied (tests use it to check that nothing was written).
    public private(set) var changeCount = 0

    public init(partners: [XmppAllowedPartner] = [], gateway: XmppGatewaySettings = XmppGatewaySettings()) {
        state = XmppStoreState(partners: partners, gateway: gateway)
    }

    public let location = "(memory)"

    /// When set, the store acts as one this process may only read (as a read-only file or database
    /// role would): `access()` says so with this reason, and `apply` refuses every change.
    public var readOnlyReason: String?

    public func access() throws -> XmppStoreAccess {
        readOnlyReason.map { .readOnly(reason: $0) } ?? .readWrite
    }

    public func read<R>(_ body: (any XmppStoreView) throws -> R) throws -> R { try body(state) }

    @discardableResult
    public func apply(_ context: XmppChangeContext, _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        if let reason = readOnlyReason {
            throw XmppStoreError("Cannot write the XMPP store '\(location)': \(reason).",
                                 errorId: "XmppStoreWriteFailed", category: .PermissionDenied, location: location)
        }
        guard let change = try decide(state) else { return nil }
        let entries = try XmppChangeRecorder.entries(for: change, context: context, view: state)
        state.apply(change)
        state.record(XmppChangeRecorder.stamped(entries, from: state.lastChangeId + 1, time: XmppChangeEntry.now()))
        changeCount += 1
        return change
    }

    public func sync() throws {}
    public func close() throws {}
}
