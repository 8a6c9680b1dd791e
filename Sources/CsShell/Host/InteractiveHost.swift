import CsCore
import CsLanguage
import Foundation

/// The interactive session: read a command (continuing on `>> ` while the input is incomplete), run
/// it, show its output and errors, remember it, repeat. A failing command never ends the session;
/// Ctrl-C discards the line being typed or stops the running pipeline; Ctrl-D on an empty line or
/// `exit` leaves with the exit status contract.md fixes (a nested prompt: returns to the command
/// that opened it).
final class InteractiveHost {
    let session: Session
    let reader: LineReader
    let historyFile: HistoryFile?
    let runner: ScriptRunner

    /// How deep the current command prompt is: 0 at the top, 1 in a confirmation's [S] Suspend.
    private var nestingLevel = 0

    init(session: Session, reader: LineReader, historyFile: HistoryFile?) {
        self.session = session
        self.reader = reader
        self.historyFile = historyFile
        self.runner = ScriptRunner(session: session)
        session.commandLineRunner = { [unowned self] line, output in try self.runNested(line, output: output) }
        session.nestedPromptRunner = { [unowned self] in self.runNestedPrompt() }
    }

    func run() -> Int32 {
        for entry in historyFile?.load() ?? [] { reader.addHistory(entry) }
        let end = readEvalLoop()
        session.sessionEnding()
        switch end {
        case .endOfInput: return session.errorReported ? 1 : 0
        case let .exit(code): return code
        }
    }

    /// How a command prompt was left.
    private enum LoopEnd {
        /// Ctrl-D on an empty line, or the end of input.
        case endOfInput
        /// `exit N`.
        case exit(Int32)
    }

    /// The prompt: read a command (continuing on `>> ` while it is incomplete), run it, repeat.
    private func readEvalLoop() -> LoopEnd {
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
                ConsoleHostIO.writeAll(1, Array("\n".utf8))
                if !buffer.isEmpty { buffer = ""; continue }
                return .endOfInput
            case let .line(line):
                buffer += buffer.isEmpty ? line : "\n" + line
            }
            if buffer.trimmingCharacters(in: .whitespaces).isEmpty { buffer = ""; continue }
            let parsed: ParsedScript
            do {
                parsed = try ParsedScript(SourceText(buffer), registry: session.registry)
            } catch {
                if error.error.isIncomplete { continue }
                remember(buffer, status: "Failed", start: Date(), secret: error.source.containsSecret)
                session.singleLineInput = !buffer.contains("\n")
                session.reportEngineError(error.record)
                buffer = ""
                continue
            }
            let line = buffer
            buffer = ""
            if let code = execute(parsed, line: line) { return .exit(code) }
        }
    }

    /// A confirmation's [S] Suspend: a command prompt one level deeper (`PS ~>> `), left with `exit`
    /// or Ctrl-D; then the suspended command goes on (PowerShell's EnterNestedPrompt).
    private func runNestedPrompt() {
        let singleLine = session.singleLineInput
        nestingLevel += 1
        try? session.variables.set("global:NestedPromptLevel", .int(nestingLevel))
        _ = readEvalLoop()
        nestingLevel -= 1
        try? session.variables.set("global:NestedPromptLevel", .int(nestingLevel))
        session.singleLineInput = singleLine
        // A Ctrl-C that discarded a line in the nested prompt does not stop the suspended command.
        InterruptFlag.clear()
    }

    /// Runs one command line; returns an exit status when the line ran `exit`.
    private func execute(_ parsed: ParsedScript, line: String) -> Int32? {
        InterruptFlag.clear()
        session.singleLineInput = !line.contains("\n")
        let start = Date()
        let before = session.errorCount
        let result = runner.executeInteractive(parsed.ast.statements, source: parsed.source)
        session.commandLineFinished()
        session.host.flush()
        let status = result.interrupted ? "Stopped" : (session.errorCount > before || !session.lastStatus ? "Failed" : "Completed")
        remember(line, status: status, start: start, secret: parsed.source.containsSecret)
        if result.interrupted { ConsoleHostIO.writeAll(1, Array("\n".utf8)) }
        return result.exitCode
    }

    /// Adds a finished command line to the histories: recall (Up, Ctrl-R), the file, Get-History. A
    /// line that gives a secret parameter a literal value goes into none of them; the file also
    /// leaves out lines that mention credentials (HistoryFile.isSensitive).
    private func remember(_ line: String, status: String, start: Date, secret: Bool) {
        guard !secret else { return }
        reader.addHistory(line)
        historyFile?.append(line)
        let limit: Int = { session.variables.get("MaximumHistoryCount")?.integerValue ?? 4096 }()
        session.history.add(line, status: status, start: start, end: Date(), limit: limit)
    }

    /// Invoke-History: runs an earlier command line inside the current one.
    private func runNested(_ line: String, output: OutputSink) throws {
        let parsed: ParsedScript
        do { parsed = try ParsedScript(SourceText(line), registry: session.registry) } catch {
            throw TerminatingError(record: error.record, scriptTerminating: false)
        }
        let interpreter = Interpreter(session: session, source: parsed.source)
        try interpreter.execute(parsed.ast.statements, output: output)
    }

    private func promptText() -> String {
        var dir = FileSystemPath.currentDirectory()
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, dir == home || dir.hasPrefix(home + "/") {
            dir = "~" + dir.dropFirst(home.count)
        }
        return "PS \(dir)" + String(repeating: ">", count: nestingLevel + 1) + " "
    }
}
