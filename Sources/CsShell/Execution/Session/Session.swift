import CsCore
import CsLanguage
import Foundation

/// The state of one shell session: variables, functions, commands, the error list, the console and
/// the store; and the rules for what happens to errors and warnings (preferences, redirection, $?,
/// the process exit status).
final class Session: ServiceProvider {
    let variables = VariableTable()
    let registry: CommandRegistry
    let host: HostIO
    var functions: [String: FunctionInfo] = [:]
    /// The last 256 errors in the order they happened, as the objects `$Error` lists newest first
    /// (built once, so `$Error[0]` is the same object each time, and the same as a catch block's `$_`).
    private var errors: [PSObject] = []
    /// How many errors were added since the session started (never capped).
    private(set) var errorCount = 0
    /// True once any error was shown or redirected (not caught, not silenced): the exit status is 1.
    var errorReported = false
    /// `$?` of the last statement.
    var lastStatus = true
    /// Set by any error during the current pipeline; becomes `$?`.
    var pipelineFailed = false
    /// How many try blocks enclose the code running now (terminating errors then go to catch).
    var tryDepth = 0
    /// The error redirection of the script block or function running now (`& { … } 2>&1`), which the
    /// commands inside it follow unless they redirect their own errors.
    var inheritedErrorRedirection: ErrorRedirection?
    /// Likewise for the warning, verbose, debug and information streams (`& { … } 3>&1`).
    var inheritedStreams = StreamRedirections()

    /// Both inherited redirections, as a command finds them when it runs a phase.
    var inheritedRedirections: (error: ErrorRedirection?, streams: StreamRedirections) {
        get { (inheritedErrorRedirection, inheritedStreams) }
        set { (inheritedErrorRedirection, inheritedStreams) = newValue }
    }

    /// Runs `body` (a command passing an object to the next one) under the redirections the command
    /// found, not its own: in `& { 1 } 2>$null | % { Write-Error e }` the error is shown.
    func passingDownstream<T>(_ enclosing: (error: ErrorRedirection?, streams: StreamRedirections)?, _ body: () throws -> T) rethrows -> T {
        guard let enclosing else { return try body() }
        let own = inheritedRedirections
        inheritedRedirections = enclosing
        defer { inheritedRedirections = own }
        return try body()
    }
    var callDepth = 0
    /// The -ErrorVariable, -WarningVariable and -InformationVariable lists of the advanced functions
    /// running now: what any command inside them writes to those streams is added to each.
    var streamCollectors: [StreamCollector] = []
    /// True once Set-StrictMode ran (until then no check looks for the strict mode of a scope).
    var strictModeUsed = false
    static let maxCallDepth = 200
    /// Interactive console session (the REPL) rather than a script.
    var isInteractive = false
    /// The input being run is one line typed at the prompt (errors then show in one-line form).
    var singleLineInput = false
    /// The services the registered modules lend to cmdlets (the XMPP store, say).
    let services: SessionServices
    /// The formatter's views: the shell's own and the modules'.
    let formatViews: FormatViewRegistry
    /// Set by the SIGINT handler's flag reader.
    let interrupted: () -> Bool
    /// Makes Ctrl-C set that flag while a command runs until Ctrl-C; returns what undoes it.
    let catchInterrupts: () -> () -> Void
    var regexCache: [String: NSRegularExpression] = [:]
    let history = CommandHistory()
    /// Runs a command line typed earlier (Invoke-History); set by the interactive host.
    var commandLineRunner: ((String, OutputSink) throws -> Void)?
    /// Opens a nested command prompt and returns when the user leaves it with `exit` (a
    /// confirmation's [S] Suspend); set by the interactive host, the only host with a command prompt.
    var nestedPromptRunner: (() -> Void)?

    /// Whether the session may prompt (`-NonInteractive`) is the host's `canPrompt`.
    init(registry: CommandRegistry, host: HostIO, interrupted: @escaping () -> Bool = { false },
         catchInterrupts: @escaping () -> () -> Void = { {} }) {
        self.registry = registry
        self.host = host
        self.services = SessionServices(registry.services)
        self.formatViews = FormatViewRegistry.standard.including(registry.views)
        self.interrupted = interrupted
        self.catchInterrupts = catchInterrupts
        NumberLiterals.installed
        definePreferences()
    }

    private func definePreferences() {
        variables.defineConstant("true", .bool(true))
        variables.defineConstant("false", .bool(false))
        variables.defineConstant("null", .null)
        let ap = PSEnumType.actionPreference
        func pref(_ name: String) -> PSValue { .enumValue(ap.member(named: name)!) }
        let defaults: [(String, PSValue)] = [
            ("ErrorActionPreference", pref("Continue")),
            ("WarningPreference", pref("Continue")),
            ("VerbosePreference", pref("SilentlyContinue")),
            ("DebugPreference", pref("SilentlyContinue")),
            ("InformationPreference", pref("SilentlyContinue")),
            ("ProgressPreference", pref("Continue")),
            ("ConfirmPreference", .enumValue(PSEnumType.confirmImpact.member(named: "High")!)),
            ("WhatIfPreference", .bool(false)),
            ("ErrorView", .string("NormalView")),
            ("FormatEnumerationLimit", .int(4)),
            ("OFS", .string(" ")),
            ("MaximumHistoryCount", .int(4096)),
            ("NestedPromptLevel", .int(0)),
            ("LASTEXITCODE", .int(0)),
            // The platform variables pwsh 7 defines (scripts branch on them).
            ("PSEdition", .string("Core")),
            ("IsCoreCLR", .bool(true)),
            ("IsLinux", .bool(true)),
            ("IsWindows", .bool(false)),
            ("IsMacOS", .bool(false)),
            ("PSVersionTable", .hashtable(PSHashtable(ordered: true, [
                ("PSVersion", .string("7.5.0")), ("PSEdition", .string("Core")),
                ("CsshellVersion", .string(Shell.version)), ("Platform", .string("Unix")), ("OS", .string("Linux")),
            ]))),
        ]
        for (k, v) in defaults { variables.setLocal(k, v) }
        for k in ["ErrorActionPreference", "WarningPreference", "VerbosePreference", "DebugPreference", "InformationPreference", "ProgressPreference"] {
            variables.constrainLocal(k, .actionPreference)
        }
        // Constants, as in PowerShell: assigning them is an error.
        variables.defineConstant("PID", .int(Int(getpid())))
        // getenv, not ProcessInfo's environment dictionary (built anew on each call: start-up cost).
        variables.defineConstant("HOME", .string(getenv("HOME").map { String(cString: $0) } ?? NSHomeDirectory()))
    }

    // MARK: Services

    /// Makes the services' changes durable (end of an interactive command, end of a script).
    func commandLineFinished() {
        for e in services.commandLineFinished() { reportEngineError(Session.record(e)) }
    }

    /// Releases the services when the shell ends.
    func sessionEnding() {
        for e in services.sessionEnding() { reportEngineError(Session.record(e)) }
    }

    private static func record(_ e: Error) -> ErrorRecord {
        e as? ErrorRecord ?? ErrorRecord.runtime(e.message, id: "ServiceFailed", category: .WriteError)
    }

    func service<S: SessionService>(_ type: S.Type) throws -> S { try services.service(type) }

    // MARK: Preferences

    func preference(_ name: String, default d: String) -> String {
        guard let v = variables.get(name) else { return d }
        switch v {
        case let .enumValue(e): return e.name
        default:
            if case let .success(e) = PSEnumType.actionPreference.parse(PSConvert.toString(v)) { return e.name }
            return d
        }
    }

    var errorActionPreference: String { preference("ErrorActionPreference", default: "Continue") }
    var warningPreference: String { preference("WarningPreference", default: "Continue") }
    var verbosePreference: String { preference("VerbosePreference", default: "SilentlyContinue") }
    var debugPreference: String { preference("DebugPreference", default: "SilentlyContinue") }
    var informationPreference: String { preference("InformationPreference", default: "SilentlyContinue") }

    var ofs: String { variables.get("OFS").map { PSConvert.toString($0) } ?? " " }

    var enumerationLimit: Int {
        if let i = variables.get("FormatEnumerationLimit")?.integerValue { return i }
        return 4
    }

    // MARK: Errors

    /// `$Error`: newest first.
    var errorList: PSValue { .array(errors.reversed().map { .object($0) }) }

    @discardableResult
    func addToErrorList(_ r: ErrorRecord) -> PSObject {
        let o = ErrorRecordObject.make(r)
        collect(.error, .object(o))
        errors.append(o)
        errorCount += 1
        if errors.count > 256 { errors.removeFirst(errors.count - 256) }
        return o
    }

    func clearErrors() { errors.removeAll() }

    /// Shows or redirects an error that is to be reported, and counts it for the exit status.
    func emit(_ r: ErrorRecord, via redirection: ErrorRedirection) throws {
        errorReported = true
        switch redirection {
        case .host:
            host.writeErr(ErrorRecordView.render(r, view: errorView, singleLine: isInteractive && singleLineInput, color: host.colorErrors))
        case .discard:
            break
        case let .merge(sink):
            try sink.write(.object(ErrorRecordObject.make(r)))
        case let .file(f):
            f.text += ErrorRecordView.render(r, view: errorView, singleLine: false, color: false)
        }
    }

    var errorView: String { variables.get("ErrorView").map { PSConvert.toString($0) } ?? "NormalView" }

    /// A non-terminating error written by a command, under its ErrorAction (or $ErrorActionPreference).
    func nonTerminating(_ r: ErrorRecord, action: String?, redirection: ErrorRedirection) throws {
        pipelineFailed = true
        switch action ?? errorActionPreference {
        case "Ignore":
            return
        case "SilentlyContinue":
            addToErrorList(r)
        case "Stop":
            var e = TerminatingError(record: r, scriptTerminating: true)
            e.stoppedByPreference = true
            throw e
        default:
            addToErrorList(r)
            try emit(r, via: redirection)
        }
    }

    /// A terminating error that reached a statement boundary outside any try block. Returns normally
    /// when the script goes on with the next statement; rethrows when it must end the script.
    func statementFailed(_ e: TerminatingError, redirection: ErrorRedirection = .host) throws {
        pipelineFailed = true
        lastStatus = false
        let preference = errorActionPreference
        // As PowerShell's CheckActionPreference: the error is kept in $Error whatever the preference,
        // and SilentlyContinue or Ignore let the script go on, even after a `throw` (outside try).
        if e.scriptTerminating {
            if e.fromThrow, preference == "SilentlyContinue" || preference == "Ignore" {
                addToErrorList(e.record)
                return
            }
            throw e
        }
        switch preference {
        case "Stop":
            var x = e
            x.scriptTerminating = true
            throw x
        case "Ignore", "SilentlyContinue":
            addToErrorList(e.record)
        default:
            addToErrorList(e.record)
            try emit(e.record, via: redirection)
        }
    }

    /// Shows a script-terminating error that ended the script.
    func scriptFailed(_ e: TerminatingError) {
        lastStatus = false
        addToErrorList(e.record)
        try? emit(e.record, via: .host)
    }

    /// An error from the engine outside any command (store sync, internal failures).
    func reportEngineError(_ r: ErrorRecord) {
        addToErrorList(r)
        try? emit(r, via: .host)
    }

    // MARK: Streams other than errors

    /// Adds a record of `stream` to the collectors of the functions running now.
    func collect(_ stream: StreamCollector.Stream, _ value: PSValue) {
        if streamCollectors.isEmpty { return }
        for c in streamCollectors where c.stream == stream { c.items.append(value) }
    }

    /// The error that ends a command whose stream's action is Stop (ActionPreferenceStopException).
    static func stopped(by preference: String, _ message: String) -> TerminatingError {
        TerminatingError(record: ErrorRecord.runtime(
            "The running command stopped because the preference variable \"\(preference)\" or common parameter is set to Stop: \(message)",
            id: "ActionPreferenceStop", category: .OperationStopped,
            exceptionType: "System.Management.Automation.ActionPreferenceStopException"), scriptTerminating: true)
    }
}
