import CsCore

// The persistence seam the XMPP cmdlets use. A backend (the JSON file store, the PostgreSQL store,
// the in-memory store) implements XmppStore; the cmdlets see only a location, an XmppStoreView of the
// contents and the changes they return. What every backend must do is stated by the store
// conformance suite (Tests/CsXmppTests/StoreConformanceTests.swift), which runs against each one.

/// A store failure (unreadable, corrupt, newer version, unreachable, cannot write): a terminating
/// error for the command that uses the store. The message names the location and the problem.
public struct XmppStoreError: DescribedError, Equatable, Sendable {
    public var message: String
    public var errorId: String
    public var category: ErrorCategory
    /// The store's location as messages name it (a file path; a server and database).
    public var location: String

    public init(_ message: String, errorId: String, category: ErrorCategory, location: String) {
        self.message = message
        self.errorId = errorId
        self.category = category
        self.location = location
    }

    /// A store written by a newer csshell: left alone, whatever the backend.
    public static func newerVersion(location: String, version: Int, supported: Int) -> XmppStoreError {
        XmppStoreError("The XMPP store '\(location)' has version \(version), but this csshell reads only version \(supported) or older. It was left unchanged; use a newer csshell.",
                       errorId: "XmppStoreVersionTooNew", category: .InvalidData, location: location)
    }

    public var errorRecord: ErrorRecord {
        ErrorRecord(message: message, errorId: errorId, category: category, target: .string(location),
                    exceptionType: "System.IO.IOException")
    }
}

/// What reading and deciding may ask of the store's contents. A backend answers from memory or with
/// queries inside the change's transaction; either way a decision sees the contents as they are under
/// the store's lock.
public protocol XmppStoreView {
    var gateway: XmppGatewaySettings { get throws }
    /// The number of partners.
    var partnerCount: Int { get throws }
    /// The partner with this identity (compared ignoring case and a trailing dot).
    func partner(identity: String) throws -> XmppAllowedPartner?
    /// The partner whose primary or additional domains include this one.
    func partner(holding domain: String) throws -> XmppAllowedPartner?
    /// The partners whose identity matches `pattern` (every partner when nil), in stored order.
    func partners(matching pattern: WildcardPattern?) throws -> [XmppAllowedPartner]
    /// Everything at once, as one consistent snapshot (Export-CsConfiguration).
    func contents() throws -> XmppStoreContents
    /// The change history, oldest first.
    func changes() throws -> [XmppChangeEntry]
}

/// Whether this process may change the store's contents.
public enum XmppStoreAccess: Equatable, Sendable {
    case readWrite
    /// Only reading is possible; `reason` says why, for the user (a read-only file or file system, a
    /// database role without write privileges).
    case readOnly(reason: String)

    public var isWritable: Bool { self == .readWrite }
}

public protocol XmppStore: AnyObject {
    /// How messages name where the store lives.
    var location: String { get }

    /// Whether changes can be made, as far as the backend can tell without making one (views that
    /// offer changes ask it, as the Control Panel does to show itself view-only). `apply` still refuses
    /// a change it cannot make, whatever this said. Never creates or changes the store's data.
    func access() throws -> XmppStoreAccess

    /// Runs `body` on the current contents, after picking up other processes' changes. `body` must not
    /// keep the view beyond the call. Reading never creates or changes the store's data.
    func read<R>(_ body: (any XmppStoreView) throws -> R) throws -> R

    /// One atomic read-modify-write: under the store's exclusive lock (or in one transaction), with
    /// other processes' changes picked up, `decide` sees the current contents and returns the change to
    /// make (nil: none) or throws (nothing is written; the error is rethrown). The change is in the
    /// store before `apply` returns, so a process killed afterwards loses nothing it reported; it is
    /// durable at the next `sync()`, or sooner. Its history entries (XmppChangeRecorder, numbered
    /// after every entry before them) are written with it, atomically: a change is never stored
    /// without them, nor they without it.
    @discardableResult
    func apply(_ context: XmppChangeContext, _ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange?

    /// Makes every change so far durable; called at the end of each interactive command and of a script.
    func sync() throws

    /// Syncs and releases what the store holds (the file store folds its journal into the document);
    /// called once when the shell exits. The store stays usable: a later call reopens it.
    func close() throws
}

extension XmppStore {
    /// A change recorded with no command line (tests, and code that makes changes of its own).
    @discardableResult
    public func apply(_ decide: (any XmppStoreView) throws -> XmppStoreChange?) throws -> XmppStoreChange? {
        try apply(XmppChangeContext(command: ""), decide)
    }

    public func changes() throws -> [XmppChangeEntry] { try read { try $0.changes() } }
    /// A backend that cannot tell answers read-write and lets `apply` report what fails.
    public func access() throws -> XmppStoreAccess { .readWrite }

    public func partners() throws -> [XmppAllowedPartner] { try read { try $0.partners(matching: nil) } }
    public func partner(identity: String) throws -> XmppAllowedPartner? { try read { try $0.partner(identity: identity) } }
    public func gatewaySettings() throws -> XmppGatewaySettings { try read { try $0.gateway } }
}
