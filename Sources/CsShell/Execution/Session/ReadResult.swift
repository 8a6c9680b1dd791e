/// What reading one line from the user gave: at the command prompt, and at every prompt a command
/// asks (a confirmation, a missing mandatory parameter). Callers must handle each case: Ctrl-C at a
/// command's prompt stops the command, as in PowerShell.
public enum ReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C while typing: the partial line is discarded.
    case interrupted
    /// Ctrl-D on an empty line, the end of input, or a host that cannot prompt.
    case endOfFile
}
