import CsCmdlets
import Foundation

/// A host that keeps everything in strings (tests, Out-String).
final class StringHostIO: HostIO {
    var out = ""
    var err = ""
    var inputLines: [String]
    let outputWidth: Int
    let colorErrors = false
    let stdoutIsTerminal = false

    init(width: Int = 120, input: [String]? = nil) {
        outputWidth = width
        inputLines = input ?? []
        canPrompt = input != nil
    }

    let canPrompt: Bool
    func writeOut(_ text: String) { out += text }
    func writeErr(_ text: String) { err += text }
    func flush() {}
    func readLine(prompt: String) -> String? {
        guard canPrompt else { return nil }
        out += prompt
        guard !inputLines.isEmpty else { return nil }
        // Echo the answer as a terminal would.
        let line = inputLines.removeFirst()
        out += line + "\n"
        return line
    }
}
