/// Reads lines from stdin without editing (a terminal without libedit, or tests).
final class PlainLineReader: LineReader {
    func readLine(prompt: String) -> ReadResult {
        ConsoleHostIO.writeAll(1, Array(prompt.utf8))
        guard let l = Swift.readLine(strippingNewline: true) else { return .endOfFile }
        return .line(l)
    }

    func addHistory(_ line: String) {}
}
