import Foundation
@testable import CsCore
@testable import CsXmpp

/// A CommandRuntime that records what a cmdlet writes. `whatIf` makes shouldProcess answer false (as
/// -WhatIf does); `errorActionStop` makes writeError throw (as -ErrorAction Stop does).
final class FakeRuntime: CommandRuntime {
    var commandName: String
    var objects: [PSValue] = []
    var errors: [ErrorRecord] = []
    var warnings: [String] = []
    var shouldProcessCalls: [(target: String, action: String)] = []
    var whatIf = false
    var errorActionStop = false
    var isStopping = false
    let xmppStore: any XmppStore
    private let storeService: XmppStoreService

    init(store: any XmppStore = InMemoryXmppStore(), commandName: String = "") {
        self.xmppStore = store
        self.storeService = XmppStoreService { store }
        self.commandName = commandName
    }

    func writeObject(_ value: PSValue) { objects.append(value) }
    func writeError(_ error: ErrorRecord) throws {
        errors.append(error)
        if errorActionStop { throw error }
    }
    func writeWarning(_ message: String) { warnings.append(message) }
    func writeVerbose(_ message: String) {}
    func writeDebug(_ message: String) {}
    func writeHost(_ text: String, newline: Bool) {}
    func shouldProcess(target: String, action: String) throws -> Bool {
        shouldProcessCalls.append((target, action))
        return !whatIf
    }
    func service<S: SessionService>(_ type: S.Type) throws -> S {
        guard let s = storeService as? S else { throw MissingServiceError(String(describing: type)) }
        return s
    }

    var partnerObjects: [PSObject] { objects.compactMap(\.objectValue) }
    func reset() { objects = []; errors = []; warnings = []; shouldProcessCalls = [] }
}

/// Runs a cmdlet as the engine would: begin, process once per input's parameters (or once), end.
@discardableResult
func invoke<C: Cmdlet>(_ type: C.Type, _ runtime: FakeRuntime, _ pairs: [(String, PSValue)] = [],
                       set: String? = nil, modifiers: [(String, PSValue)] = [],
                       pipeline: [[(String, PSValue)]]? = nil) throws -> FakeRuntime {
    runtime.commandName = C.metadata.name
    var params = BoundParameters(parameterSetName: set ?? C.metadata.defaultParameterSet ?? ParameterSetSpec.allSets, pairs)
    for (name, value) in modifiers { params.setListModifier(name, try PSListModifier(value)) }
    let cmdlet = C()
    try cmdlet.begin(params, runtime)
    if let pipeline {
        for extra in pipeline {
            var p = params
            for (k, v) in extra { p[k] = v }
            try cmdlet.process(p, runtime)
        }
    } else {
        try cmdlet.process(params, runtime)
    }
    try cmdlet.end(runtime)
    return runtime
}

func s(_ text: String) -> PSValue { .string(text) }

func tls(_ name: String) -> PSValue { .enumValue(XmppNegotiation.tlsType.member(named: name)!) }
func sasl(_ name: String) -> PSValue { .enumValue(XmppNegotiation.saslType.member(named: name)!) }
func partnerType(_ name: String) -> PSValue { .enumValue(XmppPartnerType.psType.member(named: name)!) }

/// A fresh temporary folder, inside one folder per test process that is removed when it exits.
func temporaryFolder() -> String {
    let dir = cmdletTestRunFolder + "/" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

let cmdletTestRunFolder: String = {
    let base = NSTemporaryDirectory() + "csshell-cmdlet-tests-\(getpid())"
    try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "csshell-cmdlet-tests-\(getpid())") }
    return base
}()

func fileBytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
func fileMode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
}

/// The 18 combinations in the matrix's row order, with the row number (negotiation.md §3).
let matrixCombinations: [(row: Int, tls: String, sasl: String, dialback: Bool)] = [
    (1, "Required", "Required", true), (2, "Required", "Required", false),
    (3, "Optional", "Required", true), (4, "Optional", "Required", false),
    (5, "NotSupported", "Required", true), (6, "NotSupported", "Required", false),
    (7, "Required", "Optional", true), (8, "Required", "Optional", false),
    (9, "Optional", "Optional", true), (10, "Optional", "Optional", false),
    (11, "NotSupported", "Optional", true), (12, "NotSupported", "Optional", false),
    (13, "Required", "NotSupported", true), (14, "Required", "NotSupported", false),
    (15, "Optional", "NotSupported", true), (16, "Optional", "NotSupported", false),
    (17, "NotSupported", "NotSupported", true), (18, "NotSupported", "NotSupported", false),
]

// Texts copied from negotiation.md §3 (the reference), not from the code.
enum Ref {
    static let wDialback = "Dialback will not operate if both SASL and TLS are required."
    static let wTls = "SASL requires TLS. Allowing TLS to be optional may result in failed session negotiations."
    static let eNoTls = "Because SASL requires TLS, and TLS is not available, SASL/TLS cannot succeed. TCP Dialback is set to false, and cannot be used."
    static let eNone = "SASL or Dialback must be enabled."
    static let n13 = "Configuration allows for TLS Dialback."
    static let n15 = "Based on negotiation choices of the other end point, TCP or TLS Dialback will be accepted."
    static let n17 = "TCP Dialback is the only negotiation method available"

    /// Row → (expected methods or nil for Not Valid, warning-box text, note).
    static let rows: [Int: (methods: [String]?, warning: String?, note: String?)] = [
        1: (["SASL over TLS"], wDialback, nil),
        2: (["SASL over TLS"], nil, nil),
        3: (["SASL over TLS", "TLS Dialback", "TCP Dialback"], wTls, nil),
        4: (["SASL over TLS"], wTls, nil),
        5: (["TCP Dialback"], wTls, nil),
        6: (nil, eNoTls, nil),
        7: (["SASL over TLS", "TLS Dialback"], nil, nil),
        8: (["SASL over TLS"], nil, nil),
        9: (["SASL over TLS", "TLS Dialback", "TCP Dialback"], wTls, nil),
        10: (["SASL over TLS"], wTls, nil),
        11: (["TCP Dialback"], wTls, nil),
        12: (nil, wTls, nil),
        13: (["TLS Dialback"], nil, n13),
        14: (nil, eNone, nil),
        15: (["TLS Dialback", "TCP Dialback"], nil, n15),
        16: (nil, eNone, nil),
        17: (["TCP Dialback"], nil, n17),
        18: (nil, eNone, nil),
    ]

    static let notFoundPrefix = "Cannot find an XMPP allowed partner with Identity '"
    static let partnerType = "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppAllowedPartner"
    static let gatewayType = "Microsoft.Rtc.Management.WritableConfig.Settings.XmppFederation.XmppGatewaySettings"
    static let propertyOrder = ["Identity", "AdditionalDomains", "ConnectionLimit", "Description", "Domain", "EnableKeepAlive",
                                "PartnerType", "ProxyFqdn", "SaslNegotiation", "SupportDialbackNegotiation", "TlsNegotiation"]
}

extension PSValue {
    var strings: [String] { asList.map { PSConvert.toString($0) } }
}
