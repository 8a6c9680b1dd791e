import CsCore

/// A file a redirection writes; text accumulates and is written when the statement ends.
final class RedirectionFile {
    let path: String
    let append: Bool
    var text = ""
    init(path: String, append: Bool) { self.path = path; self.append = append }
}
