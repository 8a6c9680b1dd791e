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

    public func read<R>(_ body: (any XmppStoreView) throws -> R) throws -> R { try body(state) }

    @discardableResult
    public func apply(_ context: XmppChangeContext, _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
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
