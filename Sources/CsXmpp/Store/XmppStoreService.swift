import CsCore

/// The store as a session service: opened the first time a cmdlet needs it, synchronised at the end
/// of each command line, closed (the journal folded into the document) when the shell exits.
public final class XmppStoreService: SessionService {
    private let open: () throws -> any XmppStore
    private var opened: (any XmppStore)?

    /// A service that opens the store at `location` on first use.
    public convenience init(location: StoreLocation) {
        self.init { try location.open() }
    }

    /// A service over a store made by `open` (tests pass an in-memory store).
    public init(open: @escaping () throws -> any XmppStore) {
        self.open = open
    }

    /// The session's store, opened on first use.
    public func store() throws -> any XmppStore {
        if let s = opened { return s }
        let s = try open()
        opened = s
        return s
    }

    public func commandLineFinished() throws {
        guard let s = opened else { return }
        do { try s.sync() } catch {
            throw ErrorRecord.runtime("The store could not be synchronised: \(Self.text(of: error))", id: "StoreSyncFailed", category: .WriteError)
        }
    }

    public func sessionEnding() throws {
        guard let s = opened else { return }
        do { try s.close() } catch {
            throw ErrorRecord.runtime("The store could not be closed: \(Self.text(of: error))", id: "StoreCloseFailed", category: .WriteError)
        }
    }

    private static func text(of error: Error) -> String {
        (error as? XmppStoreError)?.message ?? "\(error)"
    }
}

extension CommandRuntime {
    /// The XMPP partner store of the session.
    func store() throws -> any XmppStore { try service(XmppStoreService.self).store() }
}
