import CsShell
import Foundation

/// A host that keeps everything in strings (tests, Out-String).
public final class StringHostIO: HostIO {
    public var out = ""
    public var err = ""
    public var inputLines: [String]
    public let outputWidth: Int
    public let colorErrors = false
    public let stdoutIsTerminal = false

    public init(width: Int = 120, input: [String]? = nil) {
        outputWidth = width
        inputLines = input ?? []
        canPrompt = input != nil
    }

    public let canPrompt: Bool
    public func writeOut(_ text: String) { out += text }
    public func writeErr(_ text: String) { err += text }
    public func flush() {}
    /// An input line that stands for Ctrl-C at the prompt.
    public static let ctrlC = "\u{3}"

    public func readLine(prompt: String) -> ReadResult {
        guard canPrompt else { return .endOfFile }
        out += prompt
        guard !inputLines.isEmpty else { return .endOfFile }
        let line = inputLines.removeFirst()
        // Echo the answer as a terminal would.
        if line == StringHostIO.ctrlC { out += "^C"; return .interrupted }
        out += line + "\n"
        return .line(line)
    }
}
