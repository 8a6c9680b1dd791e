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

extension ReadResult {
    /// The answer to a command's prompt: the line, or nil at the end of input. Ctrl-C stops the
    /// pipeline: PowerShell prints nothing more and the command does not go on.
    func promptAnswer() throws -> String? {
        switch self {
        case let .line(l): return l
        case .endOfFile: return nil
        case .interrupted: throw FlowControl.pipelineStopped
        }
    }
}
