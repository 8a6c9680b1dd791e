import CsCore
import Foundation
import CsLanguage

/// A function, filter, script block (`& { … }`) or script file in a pipeline, run as PowerShell runs
/// script commands:
/// - the arguments are bound by the binder cmdlets use, over the block's declaration (ScriptCommand);
///   an advanced function binds each pipeline object to its pipeline parameters too;
/// - `begin` runs before the input, `process` once per object (`$_`; once when the command is first
///   in its pipeline), `end` after it, `clean` at the very end whatever happened (its output
///   discarded, its errors reported but not passed on); a filter's body is its process block, any
///   other body its end block, with the input in `$input`;
/// - an advanced function takes the common parameters (preferences set in its scope, -OutVariable,
///   -ErrorVariable, -WarningVariable, -InformationVariable, -PipelineVariable) and has `$PSCmdlet`.
final class ScriptStage: PipelineStage {
    let interpreter: Interpreter
    let block: ScriptBlock
    let arguments: [CommandArgument]
    let name: String
    let isFilter: Bool
    let dotSource: Bool
    /// A script file's stage: `$script:` names its own scope while it runs.
    var ownsScriptScope = false
    let errorRedirection: ErrorRedirection?
    let expectsInput: Bool
    /// Where the call was written (errors of the call, `$MyInvocation`).
    let call: CallSite
    var next: OutputSink = NullSink()

    /// Where and how a command was called.
    struct CallSite {
        var range: SourceRange
        var statementRange: SourceRange
        var source: SourceText
        var invocationName: String
        var commandType: String
        var pipelinePosition = 1
        var pipelineLength = 1
        /// The call's warning, verbose, debug and information redirections, which the commands inside follow.
        var streams = StreamRedirections()
    }

    private(set) var command: ScriptCommand = .empty
    private var binder: ParameterBinder?
    private var state: ParameterBinder.State?
    private(set) var scope: Scope?
    private var callerScope: Scope?
    private var begun = false
    /// True once a begin, process or end block has run: only then does the clean block run.
    private var ranNamedBlock = false
    /// A script file that ran `exit`: it runs no further block.
    private var exited = false
    /// Objects written to this command while the commands before it were beginning (output of a
    /// `begin` block): processed once this command has begun.
    private var early: [PSValue] = []
    private var input: [PSValue] = []
    /// The parameters the last pipeline object bound (their defaults come back for the next one).
    private var pipelineBound: [Int] = []
    private var defaults: [Int: PSValue] = [:]
    private var invocation: ScriptInvocationInfo?
    /// -ErrorVariable, -WarningVariable, -InformationVariable: they collect what this command's
    /// blocks and the commands inside them write, not what the commands after it in the pipeline do.
    private var collectors: [(StreamCollector, String)] = []
    var outputCollectors: [StreamCollector] = []
    /// Where the body's output goes (see DownstreamSink).
    private lazy var downstream = DownstreamSink(self)
    private var outVariable: String?
    /// The redirections in force around this command while a block of it runs with its own (nil
    /// otherwise): the commands after it see those again.
    private var enclosing: (error: ErrorRedirection?, streams: StreamRedirections)?
    private var pipelineVariable: (name: String, existed: Bool)?
    let gate = ShouldProcessGate()

    init(interpreter: Interpreter, block: ScriptBlock, arguments: [CommandArgument], name: String = "", isFilter: Bool = false,
         dotSource: Bool, errorRedirection: ErrorRedirection?, expectsInput: Bool = false, call: CallSite) {
        self.interpreter = interpreter
        self.block = block
        self.arguments = arguments
        self.name = name
        self.isFilter = isFilter
        self.dotSource = dotSource
        self.errorRedirection = errorRedirection
        self.expectsInput = expectsInput
        self.call = call
    }

    /// A script-defined function or filter.
    convenience init(interpreter: Interpreter, function: FunctionInfo, arguments: [CommandArgument], name: String, dotSource: Bool,
                     errorRedirection: ErrorRedirection?, expectsInput: Bool, call: CallSite) {
        self.init(interpreter: interpreter, block: function.block, arguments: arguments, name: function.name, isFilter: function.ast.isFilter,
                  dotSource: dotSource, errorRedirection: errorRedirection, expectsInput: expectsInput, call: call)
    }

    var session: Session { interpreter.session }
    private var named: NamedBlocksAst? { block.ast.namedBlocks }
    /// Where the body's output goes: the next command, run in the caller's scope.
    var output: OutputSink { downstream }

    // MARK: Phases

    func begin() throws {
        try guarded {
            command = try interpreter.scriptCommand(for: block, name: name)
            callerScope = session.variables.current
            let s = dotSource ? session.variables.current : session.variables.makeChildScope()
            scope = s
            try session.variables.run(in: s) {
                try interpreter.withSource(block.source) { try bind() }
            }
            begun = true
            if let b = named?.dynamicParam { try runBlock(b.statements, dollarUnder: nil, output: NullSink()) }
            if let b = named?.begin {
                ranNamedBlock = true
                try runBlock(b.statements, dollarUnder: nil, output: output, input: [], inputAsList: command.isAdvanced)
            }
        }
        let queued = early
        early = []
        for v in queued { try write(v) }
    }

    func processWithoutInput() throws {
        try guarded {
            if let named {
                if let b = named.process {
                    ranNamedBlock = true
                    try runBlock(b.statements, dollarUnder: nil, output: output, input: [], inputAsList: command.isAdvanced)
                }
            } else if isFilter {
                try runBlock(block.ast.statements, dollarUnder: nil, output: output)
            }
        }
    }

    func write(_ value: PSValue) throws {
        if session.interrupted() { throw FlowControl.pipelineStopped }
        guard begun else {
            if scope == nil { early.append(value) }
            return
        }
        try guarded {
            if command.isAdvanced {
                guard try bindPipelineObject(value) else { return }
            }
            if let named {
                if let b = named.process {
                    ranNamedBlock = true
                    try runBlock(b.statements, dollarUnder: value, output: output, input: [value], inputAsList: command.isAdvanced)
                }
            } else if isFilter {
                try runBlock(block.ast.statements, dollarUnder: value, output: output)
            } else {
                input.append(value)
            }
        }
    }

    func end() throws {
        guard begun else { return }
        try guarded {
            if let named {
                if let b = named.end {
                    ranNamedBlock = true
                    try runBlock(b.statements, dollarUnder: nil, output: output, input: named.process == nil ? input : [])
                }
            } else if !isFilter {
                try runBlock(block.ast.statements, dollarUnder: nil, output: output, input: input)
            }
        }
    }

    /// The `clean` block, when a begin, process or end block ran: its output is dropped (its merged
    /// streams are not), its errors are reported here and go no further, an `exit` in it only ends
    /// it. Then the common parameters' variables are set.
    func clean() {
        defer { finish() }
        guard begun, ranNamedBlock, let b = named?.clean else { return }
        do {
            try guarded(evenAfterExit: true) { try runBlock(b.statements, dollarUnder: nil, output: NullSink()) }
        } catch let e as TerminatingError {
            var r = e.record
            if r.commandClass == nil { r.commandClass = name.isEmpty ? nil : name }
            session.pipelineFailed = true
            session.addToErrorList(r)
            try? session.emit(r, via: e.redirection(in: session))
        } catch {
            // exit, break, return, Ctrl-C: the clean block ends, nothing more.
        }
    }

    // MARK: Binding

    private func bind() throws {
        let binder = interpreter.scriptBinder(command, expectsInput: expectsInput, range: call.range)
        self.binder = binder
        let kind = call.commandType
        let info = ScriptInvocationInfo(commandName: name, commandType: kind, block: block, invocationName: call.invocationName,
                                        callRange: call.range, statementRange: call.statementRange, callSource: call.source,
                                        pipelinePosition: call.pipelinePosition, pipelineLength: call.pipelineLength, expectingInput: expectsInput)
        invocation = info
        session.variables.setLocal("MyInvocation", .object(info.object))
        if kind == "ExternalScript", let file = block.source.file {
            session.variables.setLocal("PSCommandPath", .string(file))
            session.variables.setLocal("PSScriptRoot", .string((file as NSString).deletingLastPathComponent))
        }
        let state: ParameterBinder.State
        do {
            state = try interpreter.withSource(call.source) {
                try interpreter.bindScriptArguments(command, arguments, name: name, range: call.range, expectsInput: expectsInput, binder: binder)
            }
        } catch var e as TerminatingError {
            if e.errorRedirection == nil { e.errorRedirection = errorRedirection }
            throw e
        }
        self.state = state
        for (i, p) in command.metadata.parameters.enumerated() where !state.bound[i] {
            defaults[i] = session.variables.get("local:" + p.name) ?? .null
        }
        if case let .hashtable(h)? = session.variables.get("local:PSBoundParameters") {
            info.setArguments(bound: h, unbound: session.variables.get("local:args")?.asList ?? [])
        }
        guard command.isAdvanced else { return }
        session.variables.setLocal("PSCmdlet", .object(ScriptCmdletContext.make(self, parameterSet: state.parameters.parameterSetName)))
        applyCommonParameters(state.common)
    }

    /// The common parameters of an advanced function: preferences in its own scope (as PowerShell
    /// sets them for a script cmdlet), and the variables it fills as it runs.
    private func applyCommonParameters(_ c: CommonParameterValues) {
        let ap = PSEnumType.actionPreference
        func pref(_ name: String, _ value: String) { session.variables.setLocal(name, .enumValue(ap.member(named: value)!)) }
        if let v = c.verbose { pref("VerbosePreference", v ? "Continue" : "SilentlyContinue") }
        if let d = c.debug { pref("DebugPreference", d ? "Continue" : "SilentlyContinue") }
        if let e = c.errorAction { session.variables.setLocal("ErrorActionPreference", .enumValue(e)) }
        if let w = c.warningAction { session.variables.setLocal("WarningPreference", .enumValue(w)) }
        if let i = c.informationAction { session.variables.setLocal("InformationPreference", .enumValue(i)) }
        if let w = c.whatIf { session.variables.setLocal("WhatIfPreference", .bool(w)) }
        if let f = c.confirm {
            session.variables.setLocal("ConfirmPreference", .enumValue(PSEnumType.confirmImpact.member(named: f ? "Low" : "None")!))
        }
        func collector(_ spec: String?, _ stream: StreamCollector.Stream) {
            guard let spec, !spec.isEmpty else { return }
            let c = StreamCollector(stream)
            collectors.append((c, spec))
        }
        collector(c.errorVariable, .error)
        collector(c.warningVariable, .warning)
        collector(c.informationVariable, .information)
        if let spec = c.outVariable, !spec.isEmpty { outVariable = spec }
        if let name = c.pipelineVariable, !name.isEmpty, let caller = callerScope {
            pipelineVariable = (name, session.variables.run(in: caller) { session.variables.get("local:" + name) != nil })
        }
    }

    /// Binds one pipeline object; false (after writing the error) when it binds to nothing.
    private func bindPipelineObject(_ value: PSValue) throws -> Bool {
        guard let binder, let state, let scope else { return false }
        let bound: BoundParameters
        do {
            bound = try binder.bindPipelineObject(value, state)
        } catch {
            var r = ErrorRecord(message: error.message, errorId: error.errorId, category: error.category, target: error.target,
                                exceptionType: error.exceptionType)
            r.targetName = ""
            r.targetTypeName = ""
            try writeError(r)
            return false
        }
        try session.variables.run(in: scope) {
            let params = command.metadata.parameters
            for i in pipelineBound where bound[params[i].name] == nil { session.variables.setLocal(params[i].name, defaults[i] ?? .null) }
            pipelineBound = []
            for (i, p) in params.enumerated() where !state.bound[i] {
                guard let v = bound[p.name] else { continue }
                session.variables.setLocal(p.name, v)
                pipelineBound.append(i)
            }
            let table = interpreter.boundParametersTable(bound, common: state.commonBound)
            session.variables.setLocal("PSBoundParameters", .hashtable(table))
            invocation?.setArguments(bound: table, unbound: [])
            if case let .object(o)? = session.variables.get("local:PSCmdlet") { try? o.setProperty("ParameterSetName", .string(bound.parameterSetName)) }
        }
        return true
    }

    // MARK: Running blocks

    /// `inputAsList`: `$input` is an ArrayList, as in an advanced function's begin and process blocks
    /// (its end block, and simple functions, see an array).
    private func runBlock(_ statements: [StatementAst], dollarUnder: PSValue?, output: OutputSink, input: [PSValue]? = nil,
                          inputAsList: Bool = false) throws {
        guard let scope else { return }
        if let input {
            let value: PSValue = inputAsList ? .list(PSList.arrayList(input)) : .array(input)
            session.variables.run(in: scope) { session.variables.setLocal("input", value) }
        }
        let savedEnclosing = enclosing
        if errorRedirection != nil || !call.streams.isEmpty { enclosing = session.inheritedRedirections }
        defer { enclosing = savedEnclosing }
        let savedStreams = session.inheritedStreams
        if !call.streams.isEmpty { session.inheritedStreams = call.streams.merging(into: self.output).inheriting(savedStreams) }
        let savedCollectors = session.streamCollectors
        session.streamCollectors = outputCollectors + collectors.map(\.0)
        defer {
            session.inheritedStreams = savedStreams
            session.streamCollectors = savedCollectors
        }
        try session.variables.withScriptScope(ownsScriptScope ? scope : nil) {
            try interpreter.redirectingErrors(errorRedirection) {
                try interpreter.run(statements, of: block, in: scope, dollarUnder: dollarUnder, output: output)
            }
        }
    }

    /// Runs a phase; a terminating error leaving the command is recorded in -ErrorVariable, and one
    /// `$PSCmdlet.ThrowTerminatingError` raised for this command becomes an ordinary statement-terminating error.
    private func guarded(evenAfterExit: Bool = false, _ body: () throws -> Void) throws {
        guard !exited || evenAfterExit else { return }
        do {
            try body()
        } catch let FlowControl.exit(code) where call.commandType == "ExternalScript" {
            // `exit n` in a script file ends that script (not the shell) and sets $LASTEXITCODE; a code
            // other than 0 makes $? false.
            exited = true
            try? session.variables.set("global:LASTEXITCODE", .int(Int(code)))
            if code != 0 { session.pipelineFailed = true }
        } catch var e as TerminatingError {
            if e.endsCommand == ObjectIdentifier(self) { e.endsCommand = nil }
            let record = ErrorRecordObject.make(e.record)
            for (c, _) in collectors where c.stream == .error { c.items.append(.object(record)) }
            throw e
        }
    }

    /// Sets -OutVariable, -ErrorVariable, -WarningVariable, -InformationVariable; ends -PipelineVariable.
    private func finish() {
        func store(_ spec: String, _ items: [PSValue]) {
            var name = spec
            var existing: [PSValue] = []
            if name.hasPrefix("+") {
                name.removeFirst()
                existing = session.variables.get(name)?.asList ?? []
            }
            try? session.variables.set(name, .array(existing + items))
        }
        for (c, spec) in collectors {
            store(spec, c.items)
        }
        collectors = []
        if let spec = outVariable { store(spec, downstream.items) }
        outVariable = nil
        if let pv = pipelineVariable, !pv.existed, let caller = callerScope {
            session.variables.run(in: caller) { try? session.variables.remove(pv.name, force: true) }
        }
        pipelineVariable = nil
    }

    /// Writes an object to the next command (-OutVariable and -PipelineVariable see it).
    func writeObject(_ value: PSValue) throws { try output.write(value) }

    /// Passes output on to the next command, which runs in the scope the pipeline runs in (not this
    /// command's: its `$_` and variables stay its own); keeps a copy for -OutVariable and sets
    /// -PipelineVariable there.
    final class DownstreamSink: OutputSink {
        unowned let stage: ScriptStage
        var items: [PSValue] = []
        init(_ stage: ScriptStage) { self.stage = stage }
        func write(_ value: PSValue) throws {
            if stage.outVariable != nil { items.append(value) }
            try stage.session.passingDownstream(stage.enclosing) {
                guard let caller = stage.callerScope, !stage.dotSource else { return try stage.next.write(value) }
                let variables = stage.session.variables
                try variables.run(in: caller) {
                    if let pv = stage.pipelineVariable { variables.setLocal(pv.name, value) }
                    try stage.next.write(value)
                }
            }
        }
    }

    // MARK: Errors

    /// A non-terminating error of this command: attributed to it, under its ErrorAction preference.
    func writeError(_ error: ErrorRecord) throws {
        var r = error
        if r.activity.isEmpty { r.activity = name }
        if r.commandClass == nil && !name.isEmpty { r.commandClass = name }
        if r.position == nil { r.position = ErrorPosition(call.range, in: call.source) }
        let action = scope.map { s in session.variables.run(in: s) { session.errorActionPreference } }
        let saved = session.streamCollectors
        session.streamCollectors = outputCollectors + collectors.map(\.0)
        defer { session.streamCollectors = saved }
        try session.nonTerminating(r, action: action, redirection: errorRedirection ?? session.inheritedErrorRedirection ?? .host)
    }
}
