import CsCore
// The persistence seam the partner cmdlets use. Backends (the JSON file store, an in-memory store for
// tests) implement it; the cmdlets never see files.

/// A store failure (unreadable, corrupt, newer version, cannot write): a terminating error for the
/// command that uses the store. The message names the path and the problem.
public struct XmppStoreError: DescribedError, Equatable, Sendable {
    public var message: String
    public var errorId: String
    public var category: ErrorCategory
    public var path: String

    public init(_ message: String, errorId: String, category: ErrorCategory, path: String) {
        self.message = message
        self.errorId = errorId
        self.category = category
        self.path = path
    }

    public var errorRecord: ErrorRecord {
        ErrorRecord(message: message, errorId: errorId, category: category, target: .string(path),
                    exceptionType: "System.IO.IOException")
    }
}

public protocol XmppStore: AnyObject {
    /// Runs `body` on the current contents, after picking up other processes' changes. `body` must not
    /// keep the state beyond the call.
    func read<R>(_ body: (XmppStoreState) throws -> R) throws -> R

    /// One atomic read-modify-write: under the store's exclusive lock, with other processes' changes
    /// picked up, `decide` sees the current contents and returns the change to make (nil: none) or
    /// throws (nothing is written; the error is rethrown). The change is in the store (the journal)
    /// before `apply` returns, so a process killed afterwards loses nothing; it reaches the disk at
    /// the next `sync()`, or sooner.
    @discardableResult
    func apply(_ decide: (XmppStoreState) throws -> XmppStoreChange?) throws -> XmppStoreChange?

    /// Makes every change so far durable (fsync); called at the end of each interactive command and of a script.
    func sync() throws

    /// Syncs, folds this process's journal entries into the document and releases files; called once
    /// when the shell exits (after a script, or when the interactive session ends). The store stays
    /// usable: a later call reopens it.
    func close() throws
}

extension XmppStore {
    public func partners() throws -> [XmppAllowedPartner] { try read { $0.partners } }
    public func partner(identity: String) throws -> XmppAllowedPartner? { try read { $0.partner(identity: identity) } }
    public func gatewaySettings() throws -> XmppGatewaySettings { try read { $0.gateway } }
}
