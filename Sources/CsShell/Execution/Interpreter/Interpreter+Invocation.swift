import CsCore
import CsLanguage
import Foundation

extension Interpreter {
    /// Runs a script block. `newScope` gives it its own variables (`& {}`, functions); otherwise it runs
    /// in the caller's scope (`. {}`, ForEach-Object, Where-Object). `$_` is set for the block's run.
    func invoke(_ block: ScriptBlock, dollarUnder: PSValue?, args: [CommandArgument] = [], newScope: Bool,
                name: String = "", output: OutputSink, extraVariables: [(String, PSValue)] = []) throws {
        try enterCall(block)
        defer { session.callDepth -= 1 }
        let savedReturn = methodReturnSink
        methodReturnSink = nil
        defer { methodReturnSink = savedReturn }
        let body = {
            try self.withSource(block.source) {
                if let d = dollarUnder { self.session.variables.setLocal("_", d) }
                for (k, v) in extraVariables { self.session.variables.setLocal(k, v) }
                if args.isEmpty && block.ast.parameters.isEmpty {
                    self.session.variables.setLocal("args", .array([]))
                } else {
                    _ = try self.bindScriptArguments(try self.scriptCommand(for: block, name: name), args, name: name, range: block.ast.range)
                }
                // begin / process / end outside a pipeline: each once, in order.
                let parts = block.ast.namedBlocks.map { [$0.begin, $0.process, $0.end].compactMap { $0?.statements } } ?? [block.ast.statements]
                for statements in parts {
                    do {
                        try self.execute(statements, output: output)
                    } catch FlowControl.returnFromScope {
                        try self.flushReturnOutput(to: output)
                        continue
                    }
                }
            }
        }
        if newScope {
            try session.variables.withScope(body)
        } else {
            let saved = session.variables.get("_")
            defer { if dollarUnder != nil { session.variables.setLocal("_", saved ?? .null) } }
            try body()
        }
    }

    /// One call deeper (the caller undoes it with `session.callDepth -= 1` when the call ends); too deep
    /// is PowerShell's call depth overflow, which ends the script.
    private func enterCall(_ block: ScriptBlock) throws {
        session.callDepth += 1
        if session.callDepth > Session.maxCallDepth {
            session.callDepth -= 1
            throw failure("The script failed due to call depth overflow.", id: "CallDepthOverflow", category: .InvalidOperation,
                          at: block.ast.range, exceptionType: "System.Management.Automation.ScriptCallDepthException", scriptTerminating: true)
        }
    }

    /// Runs a block of a script in a given scope, as a pipeline stage does between its phases.
    func run(_ statements: [StatementAst], of block: ScriptBlock, in scope: Scope, dollarUnder: PSValue?, output: OutputSink) throws {
        try enterCall(block)
        defer { session.callDepth -= 1 }
        let savedReturn = methodReturnSink
        methodReturnSink = nil
        defer { methodReturnSink = savedReturn }
        try session.variables.run(in: scope) {
            try withSource(block.source) {
                if let d = dollarUnder { session.variables.setLocal("_", d) }
                do { try execute(statements, output: output) } catch FlowControl.returnFromScope { try flushReturnOutput(to: output) }
            }
        }
    }

    /// Runs `body` with the commands inside following `redirection` (when given) for their errors.
    func redirectingErrors(_ redirection: ErrorRedirection?, _ body: () throws -> Void) throws {
        guard let r = redirection else { return try body() }
        let saved = session.inheritedErrorRedirection
        session.inheritedErrorRedirection = r
        defer { session.inheritedErrorRedirection = saved }
        try body()
    }

    /// Runs a script block in the caller's scope with `$_` and returns its output as one value.
    func invokeForValue(_ block: ScriptBlock, dollarUnder: PSValue?) throws -> PSValue {
        let sink = CollectingSink()
        try invoke(block, dollarUnder: dollarUnder, newScope: false, output: sink)
        return sink.result
    }

    func invokeCollecting(_ block: ScriptBlock, dollarUnder: PSValue?, args: [PSValue] = []) throws -> [PSValue] {
        let sink = CollectingSink()
        try invoke(block, dollarUnder: dollarUnder, args: args.map { .value(ArgumentValue($0, range: block.ast.range)) },
                   newScope: !args.isEmpty, output: sink)
        return sink.items
    }

    func bindingFailure(_ b: BindingError, _ name: String) -> TerminatingError {
        var r = ErrorRecord(message: b.message, errorId: b.errorId, category: b.category, exceptionType: b.exceptionType)
        r.activity = name
        r.commandClass = name.isEmpty ? nil : name
        if let range = b.range { r.position = position(range) }
        return TerminatingError(record: r, scriptTerminating: false)
    }
}

extension Interpreter {
    /// `[scriptblock]::Create(text)`: the text parsed as a script block; a parse error is .NET's
    /// ParseException (IncompleteParseException when the text only ends too early).
    func createScriptBlock(_ text: String) throws -> PSValue {
        let source = SourceText(text)
        do {
            let parsed = try ParsedScript(source, registry: session.registry)
            return .scriptBlock(ScriptBlock(ast: parsed.ast, source: parsed.source))
        } catch {
            throw PSMethodError(error.error.message, exceptionType: error.error.isIncomplete
                ? "System.Management.Automation.IncompleteParseException" : "System.Management.Automation.ParseException",
                innerErrorId: error.error.errorId)
        }
    }
}
