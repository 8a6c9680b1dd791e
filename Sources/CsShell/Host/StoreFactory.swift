import CsCmdlets

/// Opens the store at a location.
enum StoreFactory {
    static func open(_ location: StoreLocation) throws -> any XmppStore {
        throw ErrorRecord(message: "The XMPP partner store is not available in this build.", errorId: "StoreUnavailable", category: .NotImplemented)
    }
}
