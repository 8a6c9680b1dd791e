/// Where in the script an error happened, for the `At line:N char:M` block.
public struct ErrorPosition: Sendable, Equatable {
    /// The script file, or nil for `-Command` text and interactive input (`At line:…`).
    public var file: String?
    public var line: Int
    public var column: Int
    /// The whole source line.
    public var lineText: String
    /// How many characters to underline, starting at `column` (at least 1).
    public var length: Int

    public init(file: String?, line: Int, column: Int, lineText: String, length: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
        self.length = max(1, length)
    }
}
