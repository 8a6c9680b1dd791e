/// Reads command lines for the interactive host (libedit on a terminal, plain lines otherwise).
protocol LineReader: AnyObject {
    func readLine(prompt: String) -> ReadResult
    /// Adds a finished command to the recall history.
    func addHistory(_ line: String)
}

/// Reads lines from the terminal without editing (when libedit cannot start).
final class PlainLineReader: LineReader {
    func readLine(prompt: String) -> ReadResult {
        ConsoleHostIO.writeAll(1, Array(prompt.utf8))
        InterruptFlag.clear()
        return ConsoleHostIO.readInputLine()
    }

    func addHistory(_ line: String) {}
}
