import CsCore

/// Where a command's error stream goes.
enum ErrorRedirection {
    /// Shown on the console (stderr).
    case host
    /// `2>$null`: dropped, but still counted as reported (contract.md) and kept in $Error.
    case discard
    /// `2>&1`: into the success stream as ErrorRecord objects.
    case merge(OutputSink)
    /// `2> file` / `2>> file`: the error text appended to a collector written at the end.
    case file(RedirectionFile)
}

/// A file a redirection writes; text accumulates and is written when the statement ends.
final class RedirectionFile {
    let path: String
    let append: Bool
    var text = ""
    init(path: String, append: Bool) { self.path = path; self.append = append }
}
