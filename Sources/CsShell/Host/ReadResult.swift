/// What reading one line at the prompt gave.
enum ReadResult: Equatable {
    case line(String)
    /// Ctrl-C while typing: the partial line is discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfFile
}
