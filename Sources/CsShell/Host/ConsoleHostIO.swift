import CsCore
import Foundation

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

    func readLine(prompt: String) -> ReadResult {
        guard canPrompt else { return .endOfFile }
        flushOut()
        ConsoleHostIO.writeAll(1, Array(prompt.utf8))
        return ConsoleHostIO.readInputLine()
    }

    /// One line from stdin (the terminal's own line editing), or `.interrupted` as soon as Ctrl-C
    /// sets the interrupt flag: a blocked read(2) is restarted after the SIGINT handler, so the
    /// input is polled, which a signal always wakes (and a short timeout covers a signal that
    /// arrives between checking the flag and polling, or lands on another thread). Reads byte by
    /// byte, so nothing after the line is taken from stdin.
    static func readInputLine() -> ReadResult {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            if InterruptFlag.isSet { return .interrupted }
            var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, 200)
            if ready < 0 && errno != EINTR { return .endOfFile }
            if ready <= 0 { continue }
            let n = read(0, &byte, 1)
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .endOfFile
            }
            if n == 0 { return bytes.isEmpty ? .endOfFile : .line(String(decoding: bytes, as: UTF8.self)) }
            if byte == 0x0A {
                if bytes.last == 0x0D { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            bytes.append(byte)
        }
    }

    deinit { flushOut() }
}
