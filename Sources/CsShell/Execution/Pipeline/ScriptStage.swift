import CsCore
import Foundation
import CsLanguage

/// A function, filter, script block (`& { … }`) or script file in a pipeline.
/// - With `begin` / `process` / `end` blocks: begin before the input, process once per object (`$_`) or
///   once when there is none, end after it, all in one scope of its own.
/// - A filter runs its body once per input object with `$_`.
/// - Otherwise the body runs once at the end, with the pipeline input as `$input`.
final class ScriptStage: PipelineStage {
    let interpreter: Interpreter
    let block: ScriptBlock
    let parameters: [ParameterAst]
    let arguments: [CommandArgument]
    let name: String
    let isFilter: Bool
    let dotSource: Bool
    let errorRedirection: ErrorRedirection?
    var next: OutputSink = NullSink()
    private var input: [PSValue] = []
    private var sawInput = false
    private var scope: Scope?

    init(interpreter: Interpreter, block: ScriptBlock, parameters: [ParameterAst]? = nil, arguments: [CommandArgument], name: String = "",
         isFilter: Bool = false, dotSource: Bool, errorRedirection: ErrorRedirection?) {
        self.interpreter = interpreter
        self.block = block
        self.parameters = parameters ?? block.ast.parameters
        self.arguments = arguments
        self.name = name
        self.isFilter = isFilter
        self.dotSource = dotSource
        self.errorRedirection = errorRedirection
    }

    /// A script-defined function or filter.
    convenience init(interpreter: Interpreter, function: FunctionInfo, arguments: [CommandArgument], name: String, dotSource: Bool,
                     errorRedirection: ErrorRedirection?) {
        self.init(interpreter: interpreter, block: ScriptBlock(ast: function.ast.body, source: function.source),
                  parameters: function.parameters, arguments: arguments, name: name, isFilter: function.ast.isFilter,
                  dotSource: dotSource, errorRedirection: errorRedirection)
    }

    private var session: Session { interpreter.session }

    private func runNamed(_ b: StatementBlockAst?, dollarUnder: PSValue?) throws {
        guard let b, let scope else { return }
        try interpreter.redirectingErrors(errorRedirection) {
            try interpreter.run(b.statements, of: block, in: scope, dollarUnder: dollarUnder, output: next)
        }
    }

    func begin() throws {
        guard let named = block.ast.namedBlocks else { return }
        let s = dotSource ? nil : session.variables.makeChildScope()
        scope = s ?? session.variables.current
        try session.variables.run(in: scope!) {
            try interpreter.withSource(block.source) {
                try interpreter.bindScriptParameters(parameters, arguments, name: name)
            }
        }
        try runNamed(named.begin, dollarUnder: nil)
    }

    func processWithoutInput() throws {}

    func write(_ value: PSValue) throws {
        sawInput = true
        if let named = block.ast.namedBlocks {
            try runNamed(named.process, dollarUnder: value)
        } else if isFilter {
            try interpreter.redirectingErrors(errorRedirection) {
                try interpreter.invoke(block, dollarUnder: value, args: arguments, newScope: !dotSource, parameters: parameters, name: name, output: next)
            }
        } else {
            input.append(value)
        }
    }

    func end() throws {
        if let named = block.ast.namedBlocks {
            if !sawInput { try runNamed(named.process, dollarUnder: nil) }
            try runNamed(named.end, dollarUnder: nil)
            return
        }
        if isFilter && sawInput { return }
        try interpreter.redirectingErrors(errorRedirection) {
            try interpreter.invoke(block, dollarUnder: nil, args: arguments, newScope: !dotSource, parameters: parameters, name: name,
                                   output: next, extraVariables: [("input", .array(input))])
        }
    }
}

extension ScriptStage {
    /// `./script.ps1 args`: the file parsed and run in a new scope (`. ./script.ps1`: in the caller's).
    static func scriptFile(interpreter: Interpreter, path: String, arguments: [CommandArgument], range: SourceRange,
                           dotSource: Bool, errorRedirection: ErrorRedirection?) throws -> ScriptStage {
        let text: String
        switch ScriptFile.read(path) {
        case let .success(t):
            text = t
        case .failure(.notFound):
            var r = ErrorRecord.commandNotFound(path)
            r.position = interpreter.position(range)
            throw TerminatingError(record: r, scriptTerminating: false, errorRedirection: errorRedirection)
        case let .failure(.unreadable(reason)):
            throw interpreter.failure(ScriptFile.unreadableMessage(path, reason), id: "ScriptFileUnreadable", category: .ReadError, at: range)
        }
        let parsed: ParsedScript
        do {
            parsed = try ParsedScript(SourceText(text, file: path), registry: interpreter.session.registry)
        } catch {
            throw TerminatingError(record: error.record, scriptTerminating: true)
        }
        return ScriptStage(interpreter: interpreter, block: ScriptBlock(ast: parsed.ast, source: parsed.source), arguments: arguments,
                           name: (path as NSString).lastPathComponent, dotSource: dotSource, errorRedirection: errorRedirection)
    }
}
