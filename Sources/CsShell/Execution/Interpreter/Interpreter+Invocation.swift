import CsCore
import CsLanguage
import Foundation

extension Interpreter {
    /// Runs a script block. `newScope` gives it its own variables (`& {}`, functions); otherwise it runs
    /// in the caller's scope (`. {}`, ForEach-Object, Where-Object). `$_` is set for the block's run.
    func invoke(_ block: ScriptBlock, dollarUnder: PSValue?, args: [CommandArgument] = [], newScope: Bool,
                parameters: [ParameterAst]? = nil, name: String = "", output: OutputSink, extraVariables: [(String, PSValue)] = []) throws {
        try enterCall(block)
        defer { session.callDepth -= 1 }
        let body = {
            try self.withSource(block.source) {
                if let d = dollarUnder { self.session.variables.setLocal("_", d) }
                for (k, v) in extraVariables { self.session.variables.setLocal(k, v) }
                try self.bindScriptParameters(parameters ?? block.ast.parameters, args, name: name)
                // begin / process / end outside a pipeline: each once, in order.
                let parts = block.ast.namedBlocks.map { [$0.begin, $0.process, $0.end].compactMap { $0?.statements } } ?? [block.ast.statements]
                for statements in parts {
                    do {
                        try self.execute(statements, output: output)
                    } catch FlowControl.returnFromScope {
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
        try session.variables.run(in: scope) {
            try withSource(block.source) {
                if let d = dollarUnder { session.variables.setLocal("_", d) }
                do { try execute(statements, output: output) } catch FlowControl.returnFromScope { return }
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

    /// Binds a script block's or function's `param()` list: named (`-Name value`, unique prefixes), then
    /// positional in order; what is left over becomes `$args`.
    func bindScriptParameters(_ params: [ParameterAst], _ args: [CommandArgument], name: String) throws {
        var values: [String: PSValue] = [:]
        var rest: [PSValue] = []
        var i = 0
        func paramFor(_ typed: String, _ range: SourceRange) throws -> ParameterAst? {
            if let exact = params.first(where: { $0.name.equalsIgnoringCase(typed) }) { return exact }
            let matches = params.filter { $0.name.hasPrefixIgnoringCase(typed) }
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 {
                throw bindingFailure(.ambiguousParameter(typed, matches.map(\.name), range), name)
            }
            if params.isEmpty { return nil }
            throw bindingFailure(.namedParameterNotFound(typed, range), name)
        }
        while i < args.count {
            switch args[i] {
            case let .value(v):
                rest.append(v.value)
            case let .parameter(pname, text, range, colon):
                guard let p = try paramFor(pname, range) else { rest.append(.string(text)); break }
                if let c = colon {
                    values[p.name.caseFoldedKey] = c.value
                } else if isSwitch(p) {
                    values[p.name.caseFoldedKey] = .bool(true)
                } else if i + 1 < args.count, case let .value(v) = args[i + 1] {
                    values[p.name.caseFoldedKey] = v.value
                    i += 1
                } else {
                    throw bindingFailure(BindingError(errorId: "MissingArgument",
                                                      message: "Missing an argument for parameter '\(p.name)'. Specify a parameter of type '\(typeFullName(p))' and try again.",
                                                      range: range), name)
                }
            }
            i += 1
        }
        for p in params where values[p.name.caseFoldedKey] == nil && !isSwitch(p) {
            if !rest.isEmpty { values[p.name.caseFoldedKey] = rest.removeFirst() }
        }
        for p in params {
            var v: PSValue
            if let given = values[p.name.caseFoldedKey] {
                v = given
            } else if let d = p.defaultValue {
                v = try evaluate(d)
            } else if isSwitch(p) {
                v = .bool(false)
            } else {
                if p.attributes.contains(where: { $0.lowercased().contains("mandatory") }) {
                    throw bindingFailure(.missingMandatory([p.name], p.range), name)
                }
                v = .null
            }
            if let t = p.typeName, let target = TypeResolver.resolve(t, registry: session.registry), !(v.isNull && !isSwitch(p)) {
                do { v = try target.convert(v, ofs: session.ofs) } catch {
                    throw bindingFailure(BindingError(errorId: "ParameterArgumentTransformationError",
                                                      message: "Cannot process argument transformation on parameter '\(p.name)'. \(error.message)",
                                                      category: .InvalidData, range: p.range), name)
                }
            }
            session.variables.setLocal(p.name, v)
        }
        session.variables.setLocal("args", .array(rest))
    }

    private func isSwitch(_ p: ParameterAst) -> Bool { p.typeName?.lowercased() == "switch" || p.attributes.contains { $0.lowercased() == "switch" } }

    private func typeFullName(_ p: ParameterAst) -> String {
        p.typeName.flatMap { TypeResolver.resolve($0, registry: session.registry)?.fullName } ?? "System.Object"
    }

    private func bindingFailure(_ b: BindingError, _ name: String) -> TerminatingError {
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
                ? "System.Management.Automation.IncompleteParseException" : "System.Management.Automation.ParseException")
        }
    }
}
