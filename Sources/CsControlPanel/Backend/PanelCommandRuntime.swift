import CsCore
import CsXmpp

/// The runtime the panel runs a cmdlet on: it collects what the cmdlet writes (objects, errors,
/// warnings) for the page instead of the console, confirms every change (the page's Commit and Delete
/// confirmation are the admin's answer), and lends the cmdlet the session's services, with the XMPP
/// store seen through a guard of the panel's (view-only, changed-meanwhile).
final class PanelCommandRuntime: CommandRuntime {
    let commandName: String
    private(set) var objects: [PSValue] = []
    private(set) var errors: [ErrorRecord] = []
    private(set) var warnings: [String] = []
    private let session: any CommandRuntime
    private let storeService: XmppStoreService

    /// - Parameters:
    ///   - session: the runtime of Start-CsControlPanel, whose session services the cmdlet uses.
    ///   - store: the store the cmdlet sees in place of the session's.
    init(commandName: String, session: any CommandRuntime, store: any XmppStore) {
        self.commandName = commandName
        self.session = session
        self.storeService = XmppStoreService { store }
    }

    func writeObject(_ value: PSValue) { objects.append(value) }
    func writeError(_ error: ErrorRecord) throws { errors.append(error) }
    func writeWarning(_ message: String) { warnings.append(message) }
    func writeVerbose(_ message: String) {}
    func writeDebug(_ message: String) {}
    func writeHost(_ text: String, newline: Bool) {}
    func shouldProcess(target: String, action: String) throws -> Bool { true }
    var isStopping: Bool { false }

    func service<S: SessionService>(_ type: S.Type) throws -> S {
        if let s = storeService as? S { return s }
        return try session.service(type)
    }

    /// Runs a cmdlet as the engine does (begin, process once, end). A terminating error is recorded
    /// like the others; errors of the panel's own store guard are rethrown.
    func run<C: Cmdlet>(_ type: C.Type, _ parameters: BoundParameters) throws {
        let cmdlet = C()
        do {
            try cmdlet.begin(parameters, self)
            try cmdlet.process(parameters, self)
            try cmdlet.end(self)
        } catch let record as ErrorRecord {
            errors.append(record)
        }
    }
}
