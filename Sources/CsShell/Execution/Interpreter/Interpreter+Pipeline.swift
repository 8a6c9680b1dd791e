import CsCore
import CsLanguage
import Foundation

extension Interpreter {
    /// Runs `a | b | c`: all begin phases, the objects streamed one at a time, then all end phases.
    func runPipeline(_ p: PipelineAst, output: OutputSink) throws {
        // `$i++` / `--$i` as a statement only assigns; in parentheses it is a value.
        if p.elements.count == 1, case let .expression(.unary(op, _, _), redirections) = p.elements[0], redirections.isEmpty,
           [.preIncrement, .preDecrement, .postIncrement, .postDecrement].contains(op) {
            _ = try evaluate(p)
            return
        }
        var elements = p.elements[...]
        var firstValue: (PSValue, [RedirectionAst])?
        var files: [RedirectionFile] = []
        // What an expression's `2>&1` / `3>&1` … merged while it was evaluated; written before its value.
        let mergedEarly = CollectingSink()
        if case let .expression(e, redirections)? = elements.first {
            let redirect = try errorRedirection(redirections, output: { mergedEarly }, files: &files)
            let streams = StreamRedirections(redirections)
            let savedStreams = session.inheritedStreams
            if !streams.isEmpty { session.inheritedStreams = streams.merging(into: mergedEarly).inheriting(savedStreams) }
            defer { session.inheritedStreams = savedStreams }
            voidResult = false
            var value = PSValue.null
            try redirectingErrors(redirect) { value = try evaluate(e) }
            // A call of a void method writes nothing (PowerShell's AutomationNull), not $null.
            if case .invokeMember = e, voidResult, value.isNull {
                firstValue = (.array([]), redirections)
            } else if case let .convert(type, _, _) = e, type.name.equalsIgnoringCase("void") {
                // `[void]x` writes nothing either.
                firstValue = (.array([]), redirections)
            } else {
                firstValue = (value, redirections)
            }
            elements = elements.dropFirst()
        }
        var stages: [PipelineStage] = []
        var outputSinks: [RedirectionSink] = []
        var begun = 0
        // Once the pipeline is over, however it ended, the stages that began clean up in order.
        defer { for s in stages.prefix(begun) { s.clean() } }
        for (i, element) in elements.enumerated() {
            guard case let .command(c) = element else { continue }
            let isFirst = i == 0 && firstValue == nil
            let position = i + 1 + (firstValue == nil ? 0 : 1)
            stages.append(try makeStage(c, expectsInput: !isFirst, files: &files,
                                        pipeline: (p.range, position, p.elements.count)))
        }
        // Link the stages; an output redirection (`> file`) takes a stage's output instead of the next stage.
        var sinks: [OutputSink] = stages.map { $0 }
        sinks.append(output)
        for (i, stage) in stages.enumerated() {
            guard case let .command(c) = elements[elements.startIndex + i] else { continue }
            if let sink = try outputRedirection(c.redirections, files: &files) {
                outputSinks.append(sink)
                stage.next = sink
            } else {
                stage.next = sinks[i + 1]
            }
        }
        // The variable lists of the command this pipeline runs in follow its output: the last stage's.
        stages.last?.outputCollectors = session.streamCollectors
        var firstSink: OutputSink = sinks[0]
        if let (_, redirections) = firstValue, let sink = try outputRedirection(redirections, files: &files) {
            outputSinks.append(sink)
            firstSink = sink
        }
        defer { writeRedirectionFiles(files, outputSinks) }
        // A command that wants no more input (FlowControl.stopUpstream) stops the commands before it:
        // they get no more input and do not end; it and the commands after it end as usual.
        func requester(_ error: Error) -> Int? {
            guard case let FlowControl.stopUpstream(id) = error else { return nil }
            return stages.firstIndex { ObjectIdentifier($0) == id }
        }
        var stoppedAt: Int?
        while begun < stages.count {
            begun += 1
            do {
                try stages[begun - 1].begin()
            } catch {
                guard let k = requester(error) else { throw error }
                stoppedAt = max(stoppedAt ?? k, k)
            }
        }
        if stoppedAt == nil {
            do {
                if let (value, _) = firstValue {
                    for item in mergedEarly.items { try firstSink.write(item) }
                    if let items = value.enumerated {
                        for item in items {
                            if session.interrupted() { throw FlowControl.pipelineStopped }
                            try firstSink.write(item)
                        }
                    } else {
                        try firstSink.write(value)
                    }
                } else if let first = stages.first {
                    try first.processWithoutInput()
                }
            } catch {
                guard let k = requester(error) else { throw error }
                stoppedAt = k
            }
        }
        try endStages(stages, from: stoppedAt ?? 0)
    }

    /// Runs the end phases from `start` on. A command that wants no more input while an earlier one
    /// ends (`Sort-Object | Select-Object -First 1`) stops the commands before it; its own end and
    /// those after it still run.
    private func endStages(_ stages: [PipelineStage], from start: Int) throws {
        var i = start
        while i < stages.count {
            do {
                try stages[i].end()
                i += 1
            } catch let FlowControl.stopUpstream(requester) {
                guard let j = stages.firstIndex(where: { ObjectIdentifier($0) == requester }), j > i else {
                    throw FlowControl.stopUpstream(requester: requester)
                }
                i = j
            }
        }
    }

    /// `> file` / `>> file` / `*> file` on the success stream: a formatter writing into the file's text
    /// (shared with `2>` / `*>` on the same path, so output and errors interleave as they happen).
    private func outputRedirection(_ redirections: [RedirectionAst], files: inout [RedirectionFile]) throws -> RedirectionSink? {
        for r in redirections {
            if case let .file(from, target, append, range) = r, from == .output || from == .all {
                let v = try evaluate(target)
                if v.isNull { return OutDefaultSink(session: session, width: 1) { _ in } }
                if let name = VariableRedirectionSink.variableName(PSConvert.toString(v)) {
                    return VariableRedirectionSink(name: name, append: append, variables: session.variables)
                }
                let file = redirectionFile(try redirectionPath(v, range), append: append, &files)
                return OutDefaultSink(session: session, width: session.host.outputWidth) { file.text += $0 }
            }
        }
        return nil
    }

    private func redirectionFile(_ path: String, append: Bool, _ files: inout [RedirectionFile]) -> RedirectionFile {
        if let existing = files.first(where: { $0.path == path }) { return existing }
        let f = RedirectionFile(path: path, append: append)
        files.append(f)
        return f
    }

    private func redirectionPath(_ v: PSValue, _ range: SourceRange) throws -> String {
        let s = PSConvert.toString(v)
        if s.isEmpty {
            throw failure("Missing file specification after redirection operator.", id: "MissingFileSpecification", category: .ParserError, at: range)
        }
        // `> X:\file` with a drive csshell does not have fails as PowerShell's does (DriveNotFound).
        if let (drive, _) = ItemPath.driveQualified(ItemPath.normalized(s)), !ItemPath.isSpecialDrive(drive) {
            let r = ItemPath.driveNotFound(drive)
            throw failure(r.message, id: r.errorId, category: r.category, at: range, target: .string(drive), exceptionType: r.exceptionType)
        }
        return FileSystemPath.resolve(s)
    }

    private func writeRedirectionFiles(_ files: [RedirectionFile], _ outputs: [RedirectionSink]) {
        for sink in outputs { sink.finish() }
        guard !files.isEmpty else { return }
        let encoding = redirectionEncoding()
        for f in files {
            do { try TextFile.write(f.text, to: f.path, append: f.append, encoding: encoding) } catch let e as TextFileError {
                // A redirection is Out-File: its error is Out-File's.
                var r = e.record(target: f.path)
                r.activity = "Out-File"
                r.commandClass = "Microsoft.PowerShell.Commands.OutFileCommand"
                session.reportEngineError(r)
            } catch {
                session.reportEngineError(ErrorRecord.runtime(error.message, id: "FileOpenFailure", category: .OpenError, target: .string(f.path)))
            }
        }
    }

    /// The encoding `>` writes in: Out-File's, so `$PSDefaultParameterValues['Out-File:Encoding']` sets it
    /// (about_Redirection); UTF-8 without BOM otherwise.
    private func redirectionEncoding() -> TextEncoding {
        guard case let .hashtable(defaults)? = session.variables.get("PSDefaultParameterValues") else { return .default }
        for entry in defaults.entries {
            let key = PSConvert.toString(entry.key).filter { $0 != " " }
            guard let colon = key.firstIndex(of: ":") else { continue }
            let command = WildcardPattern(String(key[..<colon]), caseSensitive: false)
            let parameter = WildcardPattern(String(key[key.index(after: colon)...]), caseSensitive: false)
            if command.matches("Out-File") && parameter.matches("Encoding"), let e = TextEncoding.named(PSConvert.toString(entry.value)) {
                return e
            }
        }
        return .default
    }

    /// Where a command's errors go, from its redirections.
    func errorRedirection(_ redirections: [RedirectionAst], output: () -> OutputSink, files: inout [RedirectionFile]) throws -> ErrorRedirection? {
        for r in redirections {
            switch r {
            case let .merge(from, _, _) where from == .error || from == .all:
                return .merge(output())
            case let .file(from, target, append, range) where from == .error || from == .all:
                let v = try evaluate(target)
                if v.isNull { return .discard }
                return .file(redirectionFile(try redirectionPath(v, range), append: append, &files))
            default:
                continue
            }
        }
        return nil
    }

    // MARK: Commands

    /// `pipeline`: the statement's range, this command's position in it (from 1) and its length.
    private func makeStage(_ c: CommandAst, expectsInput: Bool, files: inout [RedirectionFile],
                           pipeline: (range: SourceRange, position: Int, length: Int)) throws -> PipelineStage {
        let args = try commandArguments(c.elements)
        // `2>&1` sends errors wherever the stage's output goes, which is known only once the pipeline is linked.
        let merged = LateBoundSink()
        var stage: PipelineStage?
        let redirect = try errorRedirection(c.redirections, output: { merged }, files: &files)
        defer { if let s = stage { merged.target = { [weak s] in s?.next } } }
        let streams = StreamRedirections(c.redirections)
        try checkMethodCallSyntax(c)
        func call(_ name: String, _ type: String) -> ScriptStage.CallSite {
            ScriptStage.CallSite(range: c.range, statementRange: pipeline.range, source: source, invocationName: name, commandType: type,
                                 pipelinePosition: pipeline.position, pipelineLength: pipeline.length, streams: streams)
        }
        switch c.name {
        case let .name(name, range):
            // `Command -?` is `Get-Help Command`.
            if args.contains(where: { if case .parameter("?", _, _, _) = $0 { return true } else { return false } }),
               session.functions[name.caseFoldedKey] != nil || session.registry.resolve(name) != nil,
               let help = session.registry.resolve("Get-Help") {
                stage = IgnoringInputStage(CmdletProcessor(interpreter: self, entry: help, invocationName: help.name,
                                                           arguments: [.value(ArgumentValue(.string(name), range: range))],
                                                           commandRange: c.range, nameRange: range, expectsInput: false,
                                                           errorRedirection: redirect, streams: streams))
                return stage!
            }
            if let f = session.functions[name.caseFoldedKey] {
                stage = ScriptStage(interpreter: self, function: f, arguments: args, name: name, dotSource: c.invocationOperator == .dotSource,
                                    errorRedirection: redirect, expectsInput: expectsInput,
                                    call: call(name, f.ast.isFilter ? "Filter" : "Function"))
            } else if let entry = session.registry.resolve(name) {
                stage = CmdletProcessor(interpreter: self, entry: entry, invocationName: name, arguments: args,
                                        commandRange: c.range, nameRange: range, expectsInput: expectsInput,
                                        errorRedirection: redirect, streams: streams)
            } else if let script = scriptFile(name) {
                stage = try ScriptStage.scriptFile(interpreter: self, path: script, arguments: args, range: range,
                                                   dotSource: c.invocationOperator == .dotSource, errorRedirection: redirect,
                                                   expectsInput: expectsInput, call: call(name, "ExternalScript"))
            } else if let program = NativeCommandStage.find(name) {
                stage = NativeCommandStage(interpreter: self, path: program, arguments: args, expectsInput: expectsInput, errorRedirection: redirect)
            } else {
                var r = ErrorRecord.commandNotFound(name)
                r.position = position(range)
                throw TerminatingError(record: r, scriptTerminating: false, errorRedirection: redirect)
            }
        case let .expression(e):
            let v = try evaluate(e)
            if case let .scriptBlock(sb) = v, let block = sb as? ScriptBlock {
                stage = ScriptStage(interpreter: self, block: block, arguments: args, dotSource: c.invocationOperator == .dotSource,
                                    errorRedirection: redirect, expectsInput: expectsInput, call: call("", "Script"))
            } else if case let .string(name) = v {
                let inner = CommandAst(invocationOperator: nil, name: .name(name, e.range), elements: c.elements, redirections: c.redirections, range: c.range)
                return try makeStage(inner, expectsInput: expectsInput, files: &files, pipeline: pipeline)
            } else {
                throw failure("The expression after '&' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object.",
                              id: "BadExpression", category: .InvalidOperation, at: e.range)
            }
        }
        return stage!
    }

    private func scriptFile(_ name: String) -> String? {
        guard name.lowercased().hasSuffix(".ps1") else { return nil }
        let path = FileSystemPath.resolve(name)
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue ? path : nil
    }

    /// Evaluates a command's arguments; splats (`@h`, `@a`) expand into named and positional arguments.
    func commandArguments(_ elements: [CommandElementAst]) throws -> [CommandArgument] {
        var out: [CommandArgument] = []
        for el in elements {
            switch el {
            case let .parameter(p):
                var colon: ArgumentValue?
                if p.usedColon, let a = p.argument { colon = try argumentValue(a) }
                out.append(.parameter(name: p.name, text: p.text, range: p.range, colonArgument: colon))
            case let .argument(e):
                if case let .variable(v) = e, v.splatted {
                    let value = try readVariable(v)
                    switch value {
                    case let .hashtable(h):
                        for (k, val) in h.entries {
                            let name = PSConvert.toString(k)
                            out.append(.parameter(name: name, text: "-" + name + ":", range: v.range,
                                                  colonArgument: ArgumentValue(val, range: v.range, fromSplat: true)))
                        }
                    case let .array(items):
                        // `@args`: the parameter names a simple function did not take are parameters again.
                        var i = 0
                        while i < items.count {
                            if case let .object(o) = items[i], let token = o.native as? ParameterToken {
                                var colon: ArgumentValue?
                                if token.takesNext && i + 1 < items.count {
                                    colon = ArgumentValue(items[i + 1], range: v.range)
                                    i += 1
                                }
                                out.append(.parameter(name: token.name, text: o.toStringOverride ?? "-" + token.name, range: v.range, colonArgument: colon))
                            } else {
                                out.append(.value(ArgumentValue(items[i], range: v.range)))
                            }
                            i += 1
                        }
                    case .null:
                        break
                    default:
                        out.append(.value(ArgumentValue(value, range: v.range)))
                    }
                } else {
                    out.append(.value(try argumentValue(e)))
                }
            }
        }
        return out
    }

    private func argumentValue(_ e: ExpressionAst) throws -> ArgumentValue {
        if case let .number(_, text, range) = e {
            return ArgumentValue(try evaluate(e), range: range, literalText: text)
        }
        return ArgumentValue(try evaluate(e), range: e.range)
    }
}

/// `Cmdlet -?` anywhere in a pipeline: the help is shown once; the input is dropped.
final class IgnoringInputStage: PipelineStage {
    private let inner: PipelineStage
    private var ran = false
    init(_ inner: PipelineStage) { self.inner = inner }
    var next: OutputSink {
        get { inner.next }
        set { inner.next = newValue }
    }
    func begin() throws { try inner.begin() }
    func processWithoutInput() throws { ran = true; try inner.processWithoutInput() }
    func write(_ value: PSValue) throws {}
    func end() throws {
        if !ran { ran = true; try inner.processWithoutInput() }
        try inner.end()
    }
    var outputCollectors: [StreamCollector] {
        get { inner.outputCollectors }
        set { inner.outputCollectors = newValue }
    }
}
