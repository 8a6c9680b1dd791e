import CsCore
import CsLanguage
import Foundation

extension ScriptStage {
    /// `./script.ps1 args`: the file parsed and run in a new scope (`. ./script.ps1`: in the caller's).
    static func scriptFile(interpreter: Interpreter, path: String, arguments: [CommandArgument], range: SourceRange,
                           dotSource: Bool, errorRedirection: ErrorRedirection?, expectsInput: Bool, call: CallSite) throws -> ScriptStage {
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
        let stage = ScriptStage(interpreter: interpreter, block: ScriptBlock(ast: parsed.ast, source: parsed.source), arguments: arguments,
                                name: (path as NSString).lastPathComponent, dotSource: dotSource, errorRedirection: errorRedirection,
                                expectsInput: expectsInput, call: call)
        // A script file run (not dot-sourced) has a script scope of its own.
        stage.ownsScriptScope = !dotSource
        return stage
    }
}
