import CsCore
import CsLanguage

/// Runs the syntax tree: statements, control flow, pipelines, expressions. One interpreter per
/// session; `source` is the text of the code running now (script blocks carry their own).
final class Interpreter {
    let session: Session
    var source: SourceText
    /// Set by a method that returns nothing (void in .NET) as it returns: a statement that is only
    /// that call writes no `$null`.
    var voidResult = false
    /// Inside a class's method: where `return` writes (the method's other output is discarded).
    var methodReturnSink: CollectingSink?
    /// What statements collected as a value (`$( … )`, an `if` assigned to a variable) had written when
    /// a `return` among them left the function: it goes on to the function's output, as in PowerShell.
    var pendingReturnOutput: [PSValue] = []

    init(session: Session, source: SourceText) {
        self.session = session
        self.source = source
    }

    // MARK: Positions

    func position(_ range: SourceRange) -> ErrorPosition { ErrorPosition(range, in: source) }

    /// A terminating runtime error at `range` (statement-terminating unless said otherwise).
    func failure(_ message: String, id: String, category: ErrorCategory = .InvalidOperation, at range: SourceRange,
                 target: PSValue? = nil, exceptionType: String = "System.Management.Automation.RuntimeException",
                 scriptTerminating: Bool = false) -> TerminatingError {
        var r = ErrorRecord.runtime(message, id: id, category: category, target: target, exceptionType: exceptionType)
        r.position = position(range)
        return TerminatingError(record: r, scriptTerminating: scriptTerminating)
    }

    /// Runs code from another source (a script block defined elsewhere), restoring the current one after.
    func withSource<T>(_ s: SourceText, _ body: () throws -> T) rethrows -> T {
        let saved = source
        source = s
        defer { source = saved }
        return try body()
    }

    // MARK: Statements

    /// Runs statements in order. A statement-terminating error is reported and the next statement runs;
    /// inside a try block it goes to the catch instead.
    func execute(_ statements: [StatementAst], output: OutputSink, traps blockTraps: [TrapAst]? = nil) throws {
        // A block with traps handles its statements' terminating errors, also those from nested blocks
        // and calls, which propagate to it as they would to a try.
        let traps = blockTraps ?? Interpreter.traps(in: statements)
        if !traps.isEmpty { session.tryDepth += 1 }
        defer { if !traps.isEmpty { session.tryDepth -= 1 } }
        for s in statements {
            if session.interrupted() { throw FlowControl.pipelineStopped }
            let outerFailed = session.pipelineFailed
            session.pipelineFailed = false
            defer {
                session.lastStatus = !session.pipelineFailed
                session.pipelineFailed = outerFailed || session.pipelineFailed
            }
            do {
                do {
                    try execute(s, output: output)
                } catch let f as FlowControl {
                    throw f
                } catch let e as TerminatingError {
                    throw e
                } catch let e as ElementLimit.Exceeded {
                    var r = e.record
                    r.position = position(s.range)
                    throw TerminatingError(record: r, scriptTerminating: true)
                } catch {
                    // A value-model error that no layer turned into an error record (a conversion in an
                    // operator, say): a statement-terminating runtime error at this statement.
                    throw failure(error.message, id: error.errorId, category: .InvalidOperation, at: s.range)
                }
            } catch let e as TerminatingError {
                if e.endsCommand != nil { throw e }
                if !traps.isEmpty {
                    if let trap = traps.first(where: { t in catches(t.typeName.map { [$0] } ?? [], e.record, stoppedByPreference: e.stoppedByPreference) }) {
                        try runTrap(trap, e, output: output)
                        continue
                    }
                    if session.tryDepth > 1 { throw e }
                } else if session.tryDepth > 0 {
                    throw e
                }
                try session.statementFailed(e, redirection: e.redirection(in: session))
            }
        }
    }

    /// The `trap` statements of a block.
    static func traps(in statements: [StatementAst]) -> [TrapAst] {
        guard statements.contains(where: { if case .trapStatement = $0 { return true }; return false }) else { return [] }
        return statements.compactMap { if case let .trapStatement(t) = $0 { return t }; return nil }
    }

    /// Runs a trap for an error: `continue` in its body goes on with the next statement, `break` passes
    /// the error on to the enclosing handlers; otherwise the error is reported and the next statement
    /// runs.
    private func runTrap(_ trap: TrapAst, _ e: TerminatingError, output: OutputSink) throws {
        let caught = session.addToErrorList(e.record)
        let saved = session.variables.get("_")
        session.variables.setLocal("_", .object(caught))
        defer { session.variables.setLocal("_", saved ?? .null) }
        do {
            try execute(trap.body.statements, output: output)
        } catch FlowControl.continueLoop(nil) {
            return
        } catch FlowControl.breakLoop(nil) {
            var rethrown = e
            rethrown.scriptTerminating = true
            throw rethrown
        }
        session.pipelineFailed = true
        try session.emit(e.record, via: e.redirection(in: session))
    }

    func execute(_ s: StatementAst, output: OutputSink) throws {
        switch s {
        case let .pipeline(p):
            try runPipeline(p, output: output)
        case let .assignment(a):
            _ = try assign(a)
        case let .ifStatement(node):
            for clause in node.clauses where PSConvert.isTrue(try evaluate(clause.condition)) {
                try execute(clause.body.statements, output: output)
                return
            }
            if let e = node.elseBody { try execute(e.statements, output: output) }
        case let .foreachStatement(node):
            let collection = try evaluate(node.collection)
            try loop(label: node.label) { body in
                for item in collection.asList {
                    // `foreach ($PSItem in …)` sets `$_`, which $PSItem names.
                    if node.variable.caseFoldedKey == "psitem" { session.variables.setLocal("_", item) } else { try session.variables.set(node.variable, item) }
                    try body { try execute(node.body.statements, output: output) }
                }
            }
        case let .forStatement(node):
            if let i = node.initializer { try execute(i, output: NullSink()) }
            try loop(label: node.label) { body in
                while try node.condition.map({ PSConvert.isTrue(try evaluate($0)) }) ?? true {
                    try body { try execute(node.body.statements, output: output) }
                    if let it = node.iterator { try execute(it, output: NullSink()) }
                }
            }
        case let .whileStatement(node):
            try loop(label: node.label) { body in
                while PSConvert.isTrue(try evaluate(node.condition)) {
                    try body { try execute(node.body.statements, output: output) }
                }
            }
        case let .doStatement(node):
            try loop(label: node.label) { body in
                repeat {
                    try body { try execute(node.body.statements, output: output) }
                } while PSConvert.isTrue(try evaluate(node.condition)) != node.isUntil
            }
        case let .tryStatement(node):
            try executeTry(node, output: output)
        case let .switchStatement(node):
            try executeSwitch(node, output: output)
        case let .throwStatement(p, range):
            throw try thrownError(p, range)
        case let .exitStatement(p, _):
            var code: Int32 = 0
            if let p {
                let v = try evaluate(p)
                if case let .int(i) = (try? PSConvert.convert(v, to: .int32)) ?? .int(0) { code = Int32(truncatingIfNeeded: i) }
            }
            throw FlowControl.exit(code)
        case let .returnStatement(p, _):
            if let p { try runPipeline(p, output: methodReturnSink ?? output) }
            throw FlowControl.returnFromScope
        case let .breakStatement(label, _):
            throw FlowControl.breakLoop(label: label)
        case let .continueStatement(label, _):
            throw FlowControl.continueLoop(label: label)
        case let .functionDefinition(f):
            session.functions[f.name.caseFoldedKey] = FunctionInfo(name: f.name, ast: f, source: source)
        case .trapStatement:
            break
        case let .typeDefinition(d):
            try defineType(d)
        case let .pipelineChain(c):
            try runPipelineChain(c, output: output)
        }
    }

    /// `a && b || c`: each pipeline after the first runs or not by the success ($?) of the chain so far.
    private func runPipelineChain(_ c: PipelineChainAst, output: OutputSink) throws {
        let outer = session.pipelineFailed
        session.pipelineFailed = false
        try runPipeline(c.first, output: output)
        var succeeded = !session.pipelineFailed
        for (op, p) in c.rest where (op == .and) == succeeded {
            session.pipelineFailed = false
            try runPipeline(p, output: output)
            succeeded = !session.pipelineFailed
        }
        session.pipelineFailed = outer || !succeeded
    }

    /// Runs a loop; `body` wraps one iteration so that break and continue (with or without this loop's
    /// label) act on it.
    private func loop(label: String?, _ run: ((() throws -> Void) throws -> Void) throws -> Void) throws {
        do {
            try run { iteration in
                // Ctrl-C stops a loop at its next iteration, also one whose body is empty (`while
                // ($true) {}` never reached a statement boundary and could not be stopped).
                if session.interrupted() { throw FlowControl.pipelineStopped }
                do {
                    try iteration()
                } catch let FlowControl.continueLoop(l) where l == nil || l!.equalsIgnoringCase(label ?? "") {
                    return
                }
            }
        } catch let FlowControl.breakLoop(l) where l == nil || l!.equalsIgnoringCase(label ?? "") {
            return
        }
    }

    private func executeTry(_ node: TryAst, output: OutputSink) throws {
        var pending: Error?
        session.tryDepth += 1
        do {
            try execute(node.body.statements, output: output)
            session.tryDepth -= 1
        } catch let e as TerminatingError {
            session.tryDepth -= 1
            if let clause = node.catches.first(where: { catches($0.typeNames, e.record, stoppedByPreference: e.stoppedByPreference) }) {
                let caught = session.addToErrorList(e.record)
                session.pipelineFailed = false
                let saved = session.variables.get("_")
                session.variables.setLocal("_", .object(caught))
                do { try execute(clause.body.statements, output: output) } catch { pending = error }
                session.variables.setLocal("_", saved ?? .null)
            } else {
                pending = e
            }
        } catch {
            session.tryDepth -= 1
            pending = error
        }
        if let f = node.finally { try execute(f.statements, output: output) }
        if let p = pending { throw p }
    }

    /// Whether a catch clause's types take this error. `[System.Exception]` and an untyped catch take
    /// everything; `[…RuntimeException]` every engine error; otherwise the exception's own type.
    private func catches(_ typeNames: [String], _ r: ErrorRecord, stoppedByPreference: Bool = false) -> Bool {
        if typeNames.isEmpty { return true }
        for raw in typeNames {
            let t = raw.lowercased()
            let short = t.split(separator: ".").last.map(String.init) ?? t
            if t == "system.exception" || t == "exception" { return true }
            if short == "actionpreferencestopexception" && stoppedByPreference { return true }
            if short == "runtimeexception" && r.exceptionType.hasPrefix("System.Management.Automation.") { return true }
            if r.exceptionType.lowercased() == t || r.reason.lowercased() == short { return true }
            // A base type of the exception (`catch [ArgumentException]` takes an ArgumentNullException), or of
            // its inner exception, as PowerShell looks there too when the exception itself does not match.
            if let type = TypeResolver.type(raw, registry: session.registry) {
                for thrown in [r.exceptionType, r.innerExceptionType].compactMap({ $0 })
                    where ExceptionTypes.chain(thrown).contains(where: { $0.equalsIgnoringCase(type.fullName) }) { return true }
            }
        }
        return false
    }

    /// `throw`, `throw "text"`, `throw $_`.
    private func thrownError(_ p: PipelineAst?, _ range: SourceRange) throws -> TerminatingError {
        var value: PSValue = .null
        if let p {
            value = try evaluate(p)
        } else if let current = session.variables.get("local:_"), ErrorRecordObject.record(from: current) != nil {
            // `throw` alone in a catch block rethrows the error being handled.
            value = current
        }
        var error: TerminatingError
        if let r = ErrorRecordObject.record(from: value) {
            error = TerminatingError(record: r, scriptTerminating: true)
        } else if case let .object(o) = value, o.typeNames.contains("System.Exception"), let type = o.typeNames.first {
            // An exception object: the error carries it, so catch and -is see its type.
            let message = o["Message"].map { PSConvert.toString($0) } ?? type
            var r = ErrorRecord(message: message, errorId: message, category: .OperationStopped, target: nil, exceptionType: type)
            r.exceptionObject = value
            r.position = position(range)
            error = TerminatingError(record: r, scriptTerminating: true)
        } else {
            let message = value.isNull ? "ScriptHalted" : PSConvert.toString(value, ofs: session.ofs)
            var r = ErrorRecord.runtime(message, id: message, category: .OperationStopped, target: value.isNull ? nil : value)
            r.position = position(range)
            error = TerminatingError(record: r, scriptTerminating: true)
        }
        error.fromThrow = true
        return error
    }

    // MARK: Pipelines as values

    /// Runs a pipeline and returns its output as one value (none → $null, one → it, more → array).
    func evaluate(_ p: PipelineAst) throws -> PSValue {
        if p.elements.count == 1, case let .expression(e, redirections) = p.elements[0], redirections.isEmpty {
            return try evaluate(e)
        }
        let sink = CollectingSink()
        try runPipeline(p, output: sink)
        return sink.result
    }

    /// Runs a statement and returns its output as one value (assignments give the assigned value).
    func evaluateStatement(_ s: StatementAst) throws -> PSValue {
        switch s {
        case let .pipeline(p): return try evaluate(p)
        case let .assignment(a): return try assign(a)
        default:
            let sink = CollectingSink()
            try executeCollecting([s], into: sink)
            return sink.result
        }
    }

    /// Runs statements and collects every output object (`$( … )`, `@( … )`).
    func collect(_ statements: [StatementAst]) throws -> [PSValue] {
        let sink = CollectingSink()
        try executeCollecting(statements, into: sink)
        return sink.items
    }

    /// Runs statements whose output becomes a value. A `return` among them leaves the function with
    /// what they wrote so far: `$("1"; return "2")` writes 1 and 2 to the function's output.
    private func executeCollecting(_ statements: [StatementAst], into sink: CollectingSink) throws {
        do {
            try execute(statements, output: sink)
        } catch FlowControl.returnFromScope {
            // Collections around this one wrote theirs earlier: theirs go first.
            pendingReturnOutput = sink.items + pendingReturnOutput
            throw FlowControl.returnFromScope
        }
    }

    /// Writes what a `return` carried out of collected statements (see `executeCollecting`) to the
    /// output of the function or script block it left.
    func flushReturnOutput(to output: OutputSink) throws {
        guard !pendingReturnOutput.isEmpty else { return }
        let items = pendingReturnOutput
        pendingReturnOutput = []
        for v in items { try output.write(v) }
    }

    /// `$( … )` and `@( … )`: their statements' output; `$?` after them is the status of the last
    /// statement they ran (`@(Write-Error x; 'y')` succeeds, `@('y'; Write-Error x)` fails).
    func collectSubexpression(_ statements: [StatementAst]) throws -> [PSValue] {
        let failed = session.pipelineFailed
        let items = try collect(statements)
        session.pipelineFailed = failed || (!statements.isEmpty && !session.lastStatus)
        return items
    }
}

extension TerminatingError {
    /// The error redirection of the command that raised it, when one applies.
    func redirection(in session: Session) -> ErrorRedirection { errorRedirection ?? session.inheritedErrorRedirection ?? .host }
}
