// A parse error with PowerShell's ErrorId and message, where it happened, and whether it only means
// "the input is not finished yet" (an unclosed string, brace or parenthesis, a trailing | or ,).

public struct ParseError: Error, Equatable, Sendable {
    public var errorId: String
    public var message: String
    /// Where the error is reported (often empty-length, at the point the parser stopped).
    public var range: SourceRange
    /// True when more input could complete the script: the console shows a `>> ` continuation prompt.
    public var isIncomplete: Bool

    public init(errorId: String, message: String, range: SourceRange, isIncomplete: Bool = false) {
        self.errorId = errorId
        self.message = message
        self.range = range
        self.isIncomplete = isIncomplete
    }
}
