
/// Reads command lines for the interactive host (libedit on a terminal, plain lines otherwise).
protocol LineReader: AnyObject {
    func readLine(prompt: String) -> ReadResult
    /// Adds a finished command to the recall history.
    func addHistory(_ line: String)
}
