import CsCore
import CsLanguage

/// Runs one cmdlet in a pipeline: binds its command line, then each input object, calls its
/// begin / process / end, and is the CommandRuntime it writes through (streams, ShouldProcess,
/// -ErrorAction, -OutVariable, -ErrorVariable, -WarningVariable).
final class CmdletProcessor: PipelineStage, ShellRuntime {
    let interpreter: Interpreter
    let entry: CommandEntry
    let commandName: String
    let arguments: [CommandArgument]
    let commandRange: SourceRange
    let nameRange: SourceRange
    let source: SourceText
    let expectsInput: Bool
    /// This command's own error redirection; nil inherits the enclosing one (`& { … } 2>&1`).
    let ownErrorRedirection: ErrorRedirection?
    /// The redirections in force around this command while it runs with its own (nil otherwise):
    /// the commands after it see those again.
    private var enclosing: (error: ErrorRedirection?, streams: StreamRedirections)?
    /// This command's own stream redirections; the others follow the enclosing command's.
    let ownStreams: StreamRedirections
    var next: OutputSink = NullSink()

    private let cmdlet: CmdletInstance
    private let binder: ParameterBinder
    private var state: ParameterBinder.State?
    private var downstreamFailure: Error?
    private var outItems: [PSValue] = []
    private var errorItems: [PSValue] = []
    private var warningItems: [PSValue] = []
    private var informationItems: [PSValue] = []
    /// Objects written to this command while the commands before it were beginning (a function's
    /// `begin` output): processed once this command has begun.
    private var early: [PSValue]? = []
    private let gate = ShouldProcessGate()
    var outputCollectors: [StreamCollector] = []

    var session: Session { interpreter.session }
    var errorRedirection: ErrorRedirection { ownErrorRedirection ?? session.inheritedErrorRedirection ?? .host }
    var streams: StreamRedirections { ownStreams.inheriting(session.inheritedStreams) }
    var metadata: CmdletMetadata { entry.metadata }
    var commandLine: String { source.lines(covering: commandRange, mask: "********") }
    var common: CommonParameterValues { state?.common ?? CommonParameterValues() }

    init(interpreter: Interpreter, entry: CommandEntry, invocationName: String, arguments: [CommandArgument],
         commandRange: SourceRange, nameRange: SourceRange, expectsInput: Bool,
         errorRedirection: ErrorRedirection?, streams: StreamRedirections) {
        self.interpreter = interpreter
        self.entry = entry
        self.commandName = invocationName
        self.arguments = arguments
        self.commandRange = commandRange
        self.nameRange = nameRange
        self.source = interpreter.source
        self.expectsInput = expectsInput
        self.ownErrorRedirection = errorRedirection
        self.ownStreams = streams
        self.cmdlet = entry.kind.instantiate()
        self.binder = ParameterBinder(plan: entry.plan, expectsPipelineInput: expectsInput, commandRange: nameRange)
    }

    // MARK: Phases

    func begin() throws {
        try withOutputCollectors {
            do {
                state = try binder.bindCommandLine(arguments, prompt: session.host.canPrompt ? promptForMissing : nil)
            } catch let e as BindingError {
                throw TerminatingError(record: record(for: e), scriptTerminating: false, errorRedirection: errorRedirection)
            }
            try guarded { try cmdlet.begin(state!.parameters, self) }
        }
        let queued = early ?? []
        early = nil
        for v in queued { try write(v) }
    }

    func processWithoutInput() throws {
        // The parameters alone, not the whole binding state, are copied out of the optional.
        guard let parameters = state?.parameters else { return }
        try withOutputCollectors { try guarded { try cmdlet.process(parameters, self) } }
    }

    func write(_ input: PSValue) throws {
        guard let state else {
            early?.append(input)
            return
        }
        if session.interrupted() { throw FlowControl.pipelineStopped }
        try withOutputCollectors {
            let bound: BoundParameters
            do {
                bound = try binder.bindPipelineObject(input, state)
            } catch let e as BindingError {
                try writeError(record(for: e))
                return
            }
            try guarded { try cmdlet.process(bound, self) }
        }
    }

    func end() throws {
        defer { finishVariables() }
        try withOutputCollectors { try guarded { try cmdlet.end(self) } }
    }

    /// Runs a phase with the variable lists of the command its output goes to collecting its streams.
    private func withOutputCollectors(_ body: () throws -> Void) throws {
        let saved = session.streamCollectors
        session.streamCollectors = outputCollectors
        defer { session.streamCollectors = saved }
        try body()
    }

    /// Runs cmdlet code: a thrown ErrorRecord becomes a statement-terminating error of this command,
    /// and an error from downstream (recorded by writeObject) surfaces after the cmdlet returns.
    private func guarded(_ body: () throws -> Void) throws {
        do {
            try withInheritedStreams(body)
        } catch var r as ErrorRecord {
            enrich(&r)
            if common.errorVariable != nil { errorItems.append(.object(ErrorRecordObject.make(r))) }
            throw TerminatingError(record: r, scriptTerminating: false, errorRedirection: errorRedirection)
        } catch let e as TerminatingError {
            throw e
        } catch let f as FlowControl {
            throw f
        } catch {
            var r = ErrorRecord(message: error.message, errorId: "System.Exception", category: .NotSpecified)
            enrich(&r)
            throw TerminatingError(record: r, scriptTerminating: false, errorRedirection: errorRedirection)
        }
        if let f = downstreamFailure {
            downstreamFailure = nil
            throw f
        }
    }

    /// Runs cmdlet code with the script blocks it runs following this command's redirections: the
    /// commands inside `1 | % { Write-Error x } 2>$null` write where the cmdlet itself would.
    private func withInheritedStreams(_ body: () throws -> Void) throws {
        guard ownErrorRedirection != nil || !ownStreams.isEmpty else { return try body() }
        let saved = enclosing
        enclosing = session.inheritedRedirections
        defer { enclosing = saved }
        try interpreter.redirectingErrors(ownErrorRedirection) { try withOwnStreams(body) }
    }

    private func withOwnStreams(_ body: () throws -> Void) throws {
        guard !ownStreams.isEmpty else { return try body() }
        let saved = session.inheritedStreams
        session.inheritedStreams = ownStreams.merging(into: ClosureSink { [unowned self] in self.writeObject($0) }).inheriting(saved)
        defer { session.inheritedStreams = saved }
        try body()
    }

    private func finishVariables() {
        let c = common
        func store(_ spec: String?, _ items: [PSValue]) {
            guard var name = spec, !name.isEmpty else { return }
            var existing: [PSValue] = []
            if name.hasPrefix("+") {
                name.removeFirst()
                existing = session.variables.get(name)?.asList ?? []
            }
            try? session.variables.set(name, .array(existing + items))
        }
        store(c.outVariable, outItems)
        store(c.errorVariable, errorItems)
        store(c.warningVariable, warningItems)
        store(c.informationVariable, informationItems)
    }

    // MARK: Binding errors

    private func record(for b: BindingError) -> ErrorRecord {
        var r = ErrorRecord(message: b.message, errorId: b.errorId, category: b.category, target: b.target, exceptionType: b.exceptionType)
        r.targetName = ""
        r.targetTypeName = ""
        if let range = b.range { r.position = ErrorPosition(range, in: source) }
        enrich(&r)
        return r
    }

    private func enrich(_ r: inout ErrorRecord) {
        if r.activity.isEmpty { r.activity = commandName }
        if r.commandClass == nil { r.commandClass = metadata.className }
        if r.position == nil { r.position = ErrorPosition(commandRange, in: source) }
    }

    /// PowerShell's prompt for missing mandatory parameters. Ctrl-C at it stops the command.
    private func promptForMissing(_ missing: [ParameterMetadata]) throws -> [(ParameterMetadata, PSValue)]? {
        try interpreter.promptForMandatory(missing, command: metadata.name)
    }

    // MARK: CommandRuntime

    func writeObject(_ value: PSValue) {
        guard downstreamFailure == nil else { return }
        if common.outVariable != nil { outItems.append(value) }
        // -PipelineVariable: the commands after this one see its current output object.
        if let name = common.pipelineVariable { try? session.variables.set(name, value) }
        do { try session.passingDownstream(enclosing) { try next.write(value) } } catch { downstreamFailure = error }
    }

    func writeError(_ error: ErrorRecord) throws {
        if common.errorAction == nil, let failure = suspended("ErrorActionPreference", session.errorActionPreference, default: "Continue") {
            throw failure
        }
        var r = error
        enrich(&r)
        if common.errorVariable != nil { errorItems.append(.object(ErrorRecordObject.make(r))) }
        try session.nonTerminating(r, action: common.errorAction?.name, redirection: errorRedirection)
    }

    func writeWarning(_ message: String) {
        if common.warningAction == nil, let failure = suspended("WarningPreference", session.warningPreference, default: "Continue") {
            return fail(failure)
        }
        warningItems.append(.string(message))
        session.collect(.warning, .string(message))
        stream(message, action: common.warningAction?.name ?? session.warningPreference, preference: "WarningPreference",
               target: streams.warning, prefix: "WARNING: ") { InformationalRecord.message(InformationalRecord.warningType, message) }
    }

    func writeVerbose(_ message: String) {
        if common.verbose == nil, let failure = suspended("VerbosePreference", session.verbosePreference, default: "SilentlyContinue") {
            return fail(failure)
        }
        let action = common.verbose.map { $0 ? "Continue" : "SilentlyContinue" } ?? session.verbosePreference
        stream(message, action: action, preference: "VerbosePreference", target: streams.verbose, prefix: "VERBOSE: ") {
            InformationalRecord.message(InformationalRecord.verboseType, message)
        }
    }

    /// -Debug shows debug messages (PowerShell 7 no longer asks to continue).
    func writeDebug(_ message: String) {
        if common.debug == nil, let failure = suspended("DebugPreference", session.debugPreference, default: "SilentlyContinue") {
            return fail(failure)
        }
        let action = common.debug.map { $0 ? "Continue" : "SilentlyContinue" } ?? session.debugPreference
        stream(message, action: action, preference: "DebugPreference", target: streams.debug, prefix: "DEBUG: ") {
            InformationalRecord.message(InformationalRecord.debugType, message)
        }
    }

    /// Write-Information: the record goes to -InformationVariable and to a merged stream whatever the
    /// preference; the console shows its message only when the action is Continue (or Stop, Inquire).
    func writeInformation(_ data: PSValue, tags: [String]) {
        if common.informationAction == nil,
           let failure = suspended("InformationPreference", session.informationPreference, default: "SilentlyContinue") {
            return fail(failure)
        }
        let action = common.informationAction?.name ?? session.informationPreference
        if action == "Ignore" { return }
        let record = InformationalRecord.information(data, tags: tags, source: commandName)
        if common.informationVariable != nil { informationItems.append(record) }
        session.collect(.information, record)
        if merge(streams.information, record) { return }
        stream(PSConvert.toString(data), action: action, preference: "InformationPreference", target: streams.information, prefix: "",
               toStdout: true) { record }
    }

    /// A message of the warning, verbose, debug or information stream under its action: shown
    /// (stderr, or stdout for information) with its prefix, merged into the output as a record,
    /// dropped; Stop shows it and then stops the command.
    /// A preference variable holding Suspend, which PowerShell reserves: the variable gets its default
    /// back and the command fails with NotSupportedException (PowerShell's CheckActionPreference).
    private func suspended(_ variable: String, _ action: String, default d: String) -> ErrorRecord? {
        guard action == "Suspend" else { return nil }
        try? session.variables.set(variable, .enumValue(PSEnumType.actionPreference.member(named: d)!))
        var r = ErrorRecord(message: "The Suspend ActionPreference value is reserved for future use and is not supported at this time. It has been replaced in your \(variable) variable by the default value of \(d). For more information about preference variables, see the Help topic, \"about_Preference_Variables.\"",
                            errorId: "System.NotSupportedException", category: .NotSpecified, exceptionType: "System.NotSupportedException")
        enrich(&r)
        return r
    }

    /// Fails the command from a method that cannot throw: the error surfaces when the cmdlet returns.
    private func fail(_ r: ErrorRecord) {
        if downstreamFailure == nil { downstreamFailure = TerminatingError(record: r, scriptTerminating: false, errorRedirection: errorRedirection) }
    }

    /// Writes a stream's record into the output it is merged into; false when the stream is not merged.
    private func merge(_ target: StreamRedirections.Target?, _ record: PSValue) -> Bool {
        switch target {
        case .merge?:
            writeObject(record)
        case let .mergeInto(sink)?:
            do { try sink.write(record) } catch { if downstreamFailure == nil { downstreamFailure = error } }
        default:
            return false
        }
        return true
    }

    private func stream(_ message: String, action: String, preference: String, target: StreamRedirections.Target?, prefix: String,
                        toStdout: Bool = false, record: () -> PSValue) {
        if action == "SilentlyContinue" || action == "Ignore" { return }
        switch target ?? .host {
        case .discard: break
        case .merge, .mergeInto: _ = merge(target, record())
        case .host:
            if toStdout { session.host.writeOut(prefix + message + "\n") } else { session.host.writeErr(prefix + message + "\n") }
        }
        if action == "Stop", downstreamFailure == nil { downstreamFailure = Session.stopped(by: preference, message) }
    }

    func writeHost(_ text: String, newline: Bool) {
        let target = streams.information
        if case .discard? = target { return }
        if merge(target, InformationalRecord.information(.string(text), tags: ["PSHOST"], source: commandName)) { return }
        session.host.writeOut(newline ? text + "\n" : text)
    }

    var isStopping: Bool { downstreamFailure != nil || session.interrupted() }

    func flushHost() { session.host.flush() }

    func catchingInterrupts<R>(_ body: () throws -> R) rethrows -> R {
        let restore = session.catchInterrupts()
        defer { restore() }
        return try body()
    }

    // MARK: What shell cmdlets may ask of the engine

    func runStreaming(_ block: any PSScriptBlock, dollarUnder: PSValue?) throws {
        // The block's errors follow this command's redirection (`iex $s 2>$null`): every phase runs
        // under it (withInheritedStreams).
        guard let sb = block as? ScriptBlock else { return }
        try interpreter.invoke(sb, dollarUnder: dollarUnder, newScope: false, output: ClosureSink { value in
            self.writeObject(value)
            // A command downstream that wants no more input stops the script block too.
            if case .stopUpstream? = self.downstreamFailure as? FlowControl {
                let f = self.downstreamFailure!
                self.downstreamFailure = nil
                throw f
            }
        })
    }

    var stopUpstream: Error { FlowControl.stopUpstream(requester: ObjectIdentifier(self)) }

    var strictModeVersion: Int { interpreter.strictMode }

    func evaluate(_ block: any PSScriptBlock, dollarUnder: PSValue?) throws -> PSValue {
        guard let sb = block as? ScriptBlock else { return .null }
        return try interpreter.invokeForValue(sb, dollarUnder: dollarUnder)
    }

    func applyOperator(_ op: BinaryOperator, _ left: PSValue, _ right: PSValue) throws -> PSValue {
        try interpreter.binary(op, left, right, at: commandRange)
    }

    func invokeMethod(on target: PSValue, _ name: String, _ arguments: [PSValue]) throws -> PSValue {
        try interpreter.invokeMethod(target, name, arguments, at: commandRange)
    }

    func newObject(typeName: String, _ arguments: [PSValue]) throws -> PSValue {
        guard let type = TypeResolver.type(typeName, registry: session.registry) else {
            throw ErrorRecord(message: "Cannot find type [\(typeName)]: verify that the assembly containing this type is loaded.", errorId: "TypeNotFound",
                              category: .InvalidType, target: .string(typeName), exceptionType: "System.Management.Automation.PSArgumentException")
        }
        do {
            return try interpreter.construct(type, arguments, at: commandRange)
        } catch let e as TerminatingError {
            throw ErrorRecord(message: e.record.message, errorId: "ConstructorInvokedThrowException", category: .InvalidOperation,
                              target: .string(typeName), exceptionType: "System.Management.Automation.MethodException")
        }
    }

    func parseScript(_ text: String) throws -> any PSScriptBlock {
        do {
            let parsed = try ParsedScript(SourceText(text), registry: session.registry)
            return ScriptBlock(ast: parsed.ast, source: parsed.source)
        } catch {
            // The parse error's own id, as PowerShell's ParseException carries it.
            throw ErrorRecord(message: error.error.message, errorId: error.error.errorId, category: .ParserError, target: .string(text),
                              exceptionType: "System.Management.Automation.ParseException")
        }
    }

    func scriptDeclaration(_ block: ScriptBlock, name: String) throws -> (metadata: CmdletMetadata, advanced: Bool) {
        let c = try interpreter.scriptCommand(for: block, name: name)
        return (c.metadata, c.isAdvanced)
    }

    func service<S: SessionService>(_ type: S.Type) throws -> S { try session.service(type) }

    /// -WhatIf prints PowerShell's `What if:` line; -Confirm (or an impact at or above $ConfirmPreference)
    /// asks, or fails under a host that cannot prompt.
    func shouldProcess(target: String, action: String) throws -> Bool {
        try gate.shouldProcess(session, whatIf: state?.common.whatIf, confirm: state?.common.confirm, impact: metadata.confirmImpact,
                               target: target, action: action, writeError: writeError)
    }

    /// ShouldContinue: asks the question (a host that cannot prompt is an error, and the answer no).
    func shouldContinue(query: String) throws -> Bool {
        try gate.ask(query, session, writeError: writeError)
    }

}
