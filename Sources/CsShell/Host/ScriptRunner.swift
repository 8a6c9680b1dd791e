import CsCore
import CsLanguage
import Foundation

/// Runs a whole script (from -Command, -File or stdin): parse it all first, then run the
/// statements, each top-level statement's output formatted to stdout as it ends. Returns the exit
/// status contract.md fixes.
final class ScriptRunner {
    let session: Session

    init(session: Session) { self.session = session }

    func run(_ text: String, file: String?, arguments: [String] = []) -> Int32 {
        let parsed: ParsedScript
        do {
            parsed = try ParsedScript(SourceText(text, file: file), registry: session.registry)
        } catch {
            session.reportEngineError(error.record)
            session.host.flush()
            return 1
        }
        session.variables.enterScriptScope()
        // The script's param() is bound as for a script called from inside the shell; the arguments of
        // the command line are strings, as pwsh -File passes them. `begin`/`process`/`end` run in order.
        let ast = parsed.ast
        let statements = ast.namedBlocks.map { [$0.begin, $0.process, $0.end].compactMap { $0?.statements }.flatMap { $0 } } ?? ast.statements
        let name = file.map { ($0 as NSString).lastPathComponent } ?? ""
        let args = ast.parameters.isEmpty ? arguments.map { CommandArgument.value(ArgumentValue(.string($0), range: .empty)) }
                                          : Self.commandLineArguments(arguments, range: ast.paramBlock ?? .empty)
        let outcome = executeInteractive(statements, source: parsed.source) { interpreter in
            if let file {
                let path = FileSystemPath.resolve(file)
                interpreter.session.variables.setLocal("PSCommandPath", .string(path))
                interpreter.session.variables.setLocal("PSScriptRoot", .string((path as NSString).deletingLastPathComponent))
            }
            let block = ScriptBlock(ast: ast, source: parsed.source)
            try interpreter.bindScriptArguments(try interpreter.scriptCommand(for: block, name: name), args, name: name, range: ast.paramBlock)
        }
        // Closing folds the journal into the store; a failure there (a full disk, a read-only folder)
        // is an error reported during the run, so it counts for the exit status unless `exit N` set it.
        session.sessionEnding()
        session.host.flush()
        return status(of: outcome)
    }

    /// How running a command line ended.
    struct Outcome {
        /// Set when the code ran `exit N` (masked to 0–255).
        var exitCode: Int32?
        /// Ctrl-C stopped it.
        var interrupted = false
    }

    private func status(of outcome: Outcome) -> Int32 {
        if outcome.interrupted { session.errorReported = true }
        if let c = outcome.exitCode { return c }
        return session.errorReported ? 1 : 0
    }

    /// pwsh -File's reading of a script's arguments (CommandLineParameterParser.CollectPSArgs): `-Name`
    /// is a parameter name, `-Name:value` a parameter with its value (`$true`, `true`, `$false`,
    /// `false` become Booleans, so `-Switch:$false` works), `-Name:` takes the next argument as its
    /// value, anything else is a positional string.
    static func commandLineArguments(_ arguments: [String], range: SourceRange) -> [CommandArgument] {
        func boolIfPossible(_ s: String) -> PSValue {
            let t = s.hasPrefix("$") ? String(s.dropFirst()) : s
            if t.equalsIgnoringCase("true") { return .bool(true) }
            if t.equalsIgnoringCase("false") { return .bool(false) }
            return .string(s)
        }
        var out: [CommandArgument] = []
        var pending: (name: String, text: String)?
        for arg in arguments {
            if let p = pending {
                out.append(.parameter(name: p.name, text: p.text, range: range, colonArgument: ArgumentValue(.string(arg), range: range)))
                pending = nil
            } else if arg.count > 1, let first = arg.first, "-\u{2013}\u{2014}\u{2015}".contains(first) {
                let body = arg.dropFirst()
                if let colon = body.firstIndex(of: ":") {
                    let name = String(body[..<colon])
                    let value = String(body[body.index(after: colon)...])
                    if value.isEmpty {
                        pending = (name, arg)
                    } else {
                        out.append(.parameter(name: name, text: arg, range: range, colonArgument: ArgumentValue(boolIfPossible(value), range: range)))
                    }
                } else {
                    out.append(.parameter(name: String(body), text: arg, range: range, colonArgument: nil))
                }
            } else {
                out.append(.value(ArgumentValue(.string(arg), range: range)))
            }
        }
        // `-Name:` last, with nothing after it: a parameter without its argument (the binder's error).
        if let p = pending { out.append(.parameter(name: p.name, text: p.text, range: range, colonArgument: nil)) }
        return out
    }

    /// Runs statements at the top level, each statement's output formatted as it ends. `prepare` runs
    /// first, with the same interpreter and error handling (binding a script's parameters).
    func executeInteractive(_ statements: [StatementAst], source: SourceText, prepare: ((Interpreter) throws -> Void)? = nil) -> Outcome {
        let interpreter = Interpreter(session: session, source: source)
        let out = OutDefaultSink(session: session)
        var outcome = Outcome()
        do {
            try prepare?(interpreter)
            let traps = Interpreter.traps(in: statements)
            for s in statements {
                defer { out.finish() }
                try interpreter.execute([s], output: out, traps: traps)
            }
        } catch let FlowControl.exit(code) {
            outcome.exitCode = Int32(UInt8(truncatingIfNeeded: code))
            session.variables.setLocal("LASTEXITCODE", .int(Int(code)))
        } catch let e as TerminatingError {
            session.scriptFailed(e)
        } catch FlowControl.pipelineStopped {
            outcome.interrupted = true
        } catch FlowControl.returnFromScope {
            // `return` at the top level ends the script, with what it carried out of collected statements.
            try? interpreter.flushReturnOutput(to: out)
        } catch {
            // A stray break/continue ends the script quietly, as in PowerShell.
        }
        out.finish()
        return outcome
    }
}
