import CsCore
import Foundation

/// Where the session's text goes and where prompts come from. The console host writes to the
/// process's stdout/stderr; tests use a string host.
public protocol HostIO: AnyObject {
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
    /// A line typed by the user after `prompt`; `.interrupted` when Ctrl-C was pressed (the caller
    /// stops its command), `.endOfFile` when the input ended or the host cannot prompt.
    func readLine(prompt: String) -> ReadResult
    var canPrompt: Bool { get }
    /// True when stdout is a terminal that an external program may write to directly.
    var stdoutIsTerminal: Bool { get }
}
