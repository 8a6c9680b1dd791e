import CsCore
import CsLanguage
import Foundation

/// The interactive session: read a command (continuing on `>> ` while the input is incomplete), run
/// it, show its output and errors, remember it, repeat. A failing command never ends the session;
/// Ctrl-C discards the line being typed or stops the running pipeline; Ctrl-D on an empty line or
/// `exit` leaves with the exit status contract.md fixes.
final class InteractiveHost {
    let session: Session
    let reader: LineReader
    let historyFile: HistoryFile?
    let runner: ScriptRunner

    init(session: Session, reader: LineReader, historyFile: HistoryFile?) {
        self.session = session
        self.reader = reader
        self.historyFile = historyFile
        self.runner = ScriptRunner(session: session)
        session.commandLineRunner = { [unowned self] line, output in try self.runNested(line, output: output) }
    }

    func run() -> Int32 {
        for entry in historyFile?.load() ?? [] { reader.addHistory(entry) }
        var buffer = ""
        while true {
            let prompt = buffer.isEmpty ? promptText() : ">> "
            session.host.flush()
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                buffer = ""
                ConsoleHostIO.writeAll(1, Array("\n".utf8))
                continue
            case .endOfFile:
                if !buffer.isEmpty { buffer = ""; ConsoleHostIO.writeAll(1, Array("\n".utf8)); continue }
                ConsoleHostIO.writeAll(1, Array("\n".utf8))
                session.sessionEnding()
                return session.errorReported ? 1 : 0
            case let .line(line):
                buffer += buffer.isEmpty ? line : "\n" + line
            }
            if buffer.trimmingCharacters(in: .whitespaces).isEmpty { buffer = ""; continue }
            let source = SourceText(buffer)
            let ast: ScriptBlockAst
            do {
                ast = try Parser.parse(source)
            } catch {
                if error.isIncomplete { continue }
                remember(buffer, status: "Failed", start: Date())
                session.singleLineInput = !buffer.contains("\n")
                session.reportEngineError(.parseError(error, in: source))
                buffer = ""
                continue
            }
            let line = buffer
            buffer = ""
            if let code = execute(ast, source: source, line: line) {
                session.sessionEnding()
                return code
            }
        }
    }

    /// Runs one command line; returns an exit status when the line ran `exit`.
    private func execute(_ ast: ScriptBlockAst, source: SourceText, line: String) -> Int32? {
        InterruptFlag.clear()
        session.singleLineInput = !line.contains("\n")
        let start = Date()
        let before = session.errorCount
        let result = runner.executeInteractive(ast.statements, source: source)
        session.commandLineFinished()
        session.host.flush()
        let status = result.interrupted ? "Stopped" : (session.errorCount > before || !session.lastStatus ? "Failed" : "Completed")
        remember(line, status: status, start: start)
        if result.interrupted { ConsoleHostIO.writeAll(1, Array("\n".utf8)) }
        return result.exitCode
    }

    private func remember(_ line: String, status: String, start: Date) {
        reader.addHistory(line)
        historyFile?.append(line)
        let limit: Int = { if case let .int(i)? = session.variables.get("MaximumHistoryCount") { return i }; return 4096 }()
        session.history.add(line, status: status, start: start, end: Date(), limit: limit)
    }

    /// Invoke-History: runs an earlier command line inside the current one.
    private func runNested(_ line: String, output: OutputSink) throws {
        let source = SourceText(line)
        let ast: ScriptBlockAst
        do { ast = try Parser.parse(source) } catch {
            throw TerminatingError(record: .parseError(error, in: source), scriptTerminating: false)
        }
        let interpreter = Interpreter(session: session, source: source)
        try interpreter.execute(ast.statements, output: output)
    }

    private func promptText() -> String {
        var dir = FileSystemPath.currentDirectory()
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, dir == home || dir.hasPrefix(home + "/") {
            dir = "~" + dir.dropFirst(home.count)
        }
        return "PS \(dir)> "
    }
}
