/// Reads command lines for the interactive host (libedit on a terminal, plain lines otherwise).
protocol LineReader: AnyObject {
    func readLine(prompt: String) -> ReadResult
    /// Adds a finished command to the recall history.
    func addHistory(_ line: String)
}

/// What reading one line at the prompt gave.
enum ReadResult: Equatable {
    case line(String)
    /// Ctrl-C while typing: the partial line is discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfFile
}

/// Reads lines from stdin without editing (a terminal without libedit, or tests).
final class PlainLineReader: LineReader {
    func readLine(prompt: String) -> ReadResult {
        ConsoleHostIO.writeAll(1, Array(prompt.utf8))
        guard let l = Swift.readLine(strippingNewline: true) else { return .endOfFile }
        return .line(l)
    }

    func addHistory(_ line: String) {}
}
