@testable import CsCore
@testable import CsXmpp

/// A runtime over a store: the session Start-CsControlPanel runs in, as the backend sees it, and the
/// shell running a cmdlet directly (no panel in between), recording what the cmdlet writes.
final class TestSession: CommandRuntime {
    var commandName = "Start-CsControlPanel"
    var errors: [ErrorRecord] = []
    var warnings: [String] = []
    private let storeService: XmppStoreService

    init(store: any XmppStore = InMemoryXmppStore()) {
        storeService = XmppStoreService { store }
    }

    func writeObject(_ value: PSValue) {}
    func writeError(_ error: ErrorRecord) throws { errors.append(error) }
    func writeWarning(_ message: String) { warnings.append(message) }
    func writeVerbose(_ message: String) {}
    func writeDebug(_ message: String) {}
    func writeHost(_ text: String, newline: Bool) {}
    func shouldProcess(target: String, action: String) throws -> Bool { true }
    var isStopping: Bool { false }

    func service<S: SessionService>(_ type: S.Type) throws -> S {
        guard let s = storeService as? S else { throw MissingServiceError(String(describing: type)) }
        return s
    }

    /// Runs a cmdlet with typed parameters, as the binder would bind a command line, and returns what
    /// it wrote (a terminating error recorded with the others).
    static func run<C: Cmdlet>(_ type: C.Type, _ pairs: [(String, PSValue)], store: any XmppStore) throws -> TestSession {
        let runtime = TestSession(store: store)
        runtime.commandName = C.metadata.name
        let params = BoundParameters(parameterSetName: C.metadata.defaultParameterSet ?? ParameterSetSpec.allSets, pairs)
        let cmdlet = C()
        do {
            try cmdlet.begin(params, runtime)
            try cmdlet.process(params, runtime)
            try cmdlet.end(runtime)
        } catch let record as ErrorRecord {
            runtime.errors.append(record)
        }
        return runtime
    }
}

/// The 18 rows of negotiation.md §3 and how contract.md's rule treats each: Not Valid (refused even
/// with -Force), SASL without TLS (refused unless -Force), a warning, or stored silently. Copied from
/// the reference, not from the code.
enum MatrixReference {
    enum Outcome: Equatable { case notValid, needsForce, warning, silent }

    static let wDialback = "Dialback will not operate if both SASL and TLS are required."
    static let wTls = "SASL requires TLS. Allowing TLS to be optional may result in failed session negotiations."
    static let eNoTls = "Because SASL requires TLS, and TLS is not available, SASL/TLS cannot succeed. TCP Dialback is set to false, and cannot be used."
    static let eNone = "SASL or Dialback must be enabled."

    static let rows: [(row: Int, tls: String, sasl: String, dialback: Bool, outcome: Outcome, text: String?, methods: [String])] = [
        (1, "Required", "Required", true, .warning, wDialback, ["SASL over TLS"]),
        (2, "Required", "Required", false, .silent, nil, ["SASL over TLS"]),
        (3, "Optional", "Required", true, .warning, wTls, ["SASL over TLS", "TLS Dialback", "TCP Dialback"]),
        (4, "Optional", "Required", false, .warning, wTls, ["SASL over TLS"]),
        (5, "NotSupported", "Required", true, .needsForce, wTls, ["TCP Dialback"]),
        (6, "NotSupported", "Required", false, .notValid, eNoTls, []),
        (7, "Required", "Optional", true, .silent, nil, ["SASL over TLS", "TLS Dialback"]),
        (8, "Required", "Optional", false, .silent, nil, ["SASL over TLS"]),
        (9, "Optional", "Optional", true, .warning, wTls, ["SASL over TLS", "TLS Dialback", "TCP Dialback"]),
        (10, "Optional", "Optional", false, .warning, wTls, ["SASL over TLS"]),
        (11, "NotSupported", "Optional", true, .needsForce, wTls, ["TCP Dialback"]),
        (12, "NotSupported", "Optional", false, .notValid, wTls, []),
        (13, "Required", "NotSupported", true, .silent, nil, ["TLS Dialback"]),
        (14, "Required", "NotSupported", false, .notValid, eNone, []),
        (15, "Optional", "NotSupported", true, .silent, nil, ["TLS Dialback", "TCP Dialback"]),
        (16, "Optional", "NotSupported", false, .notValid, eNone, []),
        (17, "NotSupported", "NotSupported", true, .silent, nil, ["TCP Dialback"]),
        (18, "NotSupported", "NotSupported", false, .notValid, eNone, []),
    ]

    /// The Control Panel rule's opening sentences (CP-EDIT, negotiation.md §4).
    static let controlPanelRule = "SASL requires TLS. To use SASL, TLS must either be required or optional."
}
