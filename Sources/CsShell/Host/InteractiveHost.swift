import CsCmdlets
import CsLanguage
import Foundation

/// The interactive session: read a command (continuing on `>> ` while the input is incomplete), run
/// it, show its output and errors, repeat. A failing command never ends the session.
final class InteractiveHost {
    let session: Session

    init(session: Session) { self.session = session }

    func run() -> Int32 {
        let runner = ScriptRunner(session: session)
        var buffer = ""
        while true {
            let prompt = buffer.isEmpty ? "PS \(FileSystemPath.currentDirectory())> " : ">> "
            session.host.writeOut(prompt)
            session.host.flush()
            guard let line = readLine(strippingNewline: true) else {
                session.host.writeOut("\n")
                return 0
            }
            buffer += buffer.isEmpty ? line : "\n" + line
            let source = SourceText(buffer)
            let ast: ScriptBlockAst
            do {
                ast = try Parser.parse(source)
            } catch {
                if error.isIncomplete && !line.isEmpty { continue }
                session.reportEngineError(ScriptRunner.parseErrorRecord(error, source))
                buffer = ""
                continue
            }
            buffer = ""
            InterruptFlag.clear()
            session.singleLineInput = !source.text.contains("\n")
            let status = runner.execute(ast.statements, source: source)
            session.syncStore()
            if case .exit = exitRequested(ast), status >= 0 { return status }
        }
    }

    private enum Exit { case exit, none }

    private func exitRequested(_ ast: ScriptBlockAst) -> Exit {
        if case .exitStatement? = ast.statements.last { return .exit }
        return .none
    }
}
