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
        session.variables.setLocal("args", .array(arguments.map { .string($0) }))
        let outcome = executeInteractive(parsed.ast.statements, source: parsed.source)
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

    /// Runs statements at the top level, each statement's output formatted as it ends.
    func executeInteractive(_ statements: [StatementAst], source: SourceText) -> Outcome {
        let interpreter = Interpreter(session: session, source: source)
        let out = OutDefaultSink(session: session)
        var outcome = Outcome()
        do {
            for s in statements {
                defer { out.finish() }
                try interpreter.execute([s], output: out)
            }
        } catch let FlowControl.exit(code) {
            outcome.exitCode = Int32(UInt8(truncatingIfNeeded: code))
            session.variables.setLocal("LASTEXITCODE", .int(Int(code)))
        } catch let e as TerminatingError {
            session.scriptFailed(e)
        } catch FlowControl.pipelineStopped {
            outcome.interrupted = true
        } catch {
            // A stray break/continue/return ends the script quietly, as in PowerShell.
        }
        out.finish()
        return outcome
    }
}
