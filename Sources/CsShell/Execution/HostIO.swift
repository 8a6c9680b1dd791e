import CsCmdlets
import Foundation

/// Where the session's text goes and where prompts come from. The console host writes to the
/// process's stdout/stderr; tests use a string host.
protocol HostIO: AnyObject {
    /// Text to standard output (the caller includes line breaks).
    func writeOut(_ text: String)
    /// Text to standard error.
    func writeErr(_ text: String)
    /// Makes everything written so far visible (before a prompt, at the end of a command).
    func flush()
    /// Width for formatting: the terminal's columns, or 120 when stdout is not a terminal.
    var outputWidth: Int { get }
    /// True when ANSI colour may be used on stderr.
    var colorErrors: Bool { get }
    /// A line typed by the user after `prompt`, or nil when the host cannot prompt (non-interactive).
    func readLine(prompt: String) -> String?
    var canPrompt: Bool { get }
    /// True when stdout is a terminal that an external program may write to directly.
    var stdoutIsTerminal: Bool { get }
}

/// The process's own streams, with stdout buffered (flushed at the end of each statement, before
/// anything goes to stderr, and before prompts) so that large outputs cost few system calls.
final class ConsoleHostIO: HostIO {
    private var outBuffer: [UInt8] = []
    let canPrompt: Bool
    let outputWidth: Int
    let colorErrors: Bool
    let stdoutIsTerminal = isatty(1) == 1

    init(nonInteractive: Bool) {
        let stdinTTY = isatty(0) == 1
        canPrompt = stdinTTY && !nonInteractive
        var width = 120
        if isatty(1) == 1 {
            var ws = winsize()
            if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 1 { width = Int(ws.ws_col) - 1 }
        }
        outputWidth = width
        colorErrors = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        outBuffer.reserveCapacity(1 << 16)
    }

    func writeOut(_ text: String) {
        outBuffer.append(contentsOf: text.utf8)
        if outBuffer.count >= 1 << 16 { flushOut() }
    }

    func writeErr(_ text: String) {
        flushOut()
        ConsoleHostIO.writeAll(2, Array(text.utf8))
    }

    func flush() { flushOut() }

    private func flushOut() {
        guard !outBuffer.isEmpty else { return }
        ConsoleHostIO.writeAll(1, outBuffer)
        outBuffer.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }

    func readLine(prompt: String) -> String? {
        guard canPrompt else { return nil }
        flushOut()
        ConsoleHostIO.writeAll(1, Array(prompt.utf8))
        return Swift.readLine(strippingNewline: true)
    }

    deinit { flushOut() }
}

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
